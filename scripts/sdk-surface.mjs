// Reads the installed `openai` package's type declarations with the TypeScript checker and writes src/sdk-surface.ts:
// every resource reachable from a client (`client.chat.completions`), the class and declaration file that declare
// it, and each of its methods with its request parameter (which argument, the type written there, the declarations
// its properties come from, where it names a `model`) and what it resolves to. With `--check` writes nothing and
// fails when the file is out of date; tests/sdk-surface.test.ts runs `collect()` against the installed package.
//
//   node scripts/sdk-surface.mjs [--check] [--json]
//
// Files are named as in src/sdk-deprecations.ts: relative to the package, without `.d.ts`, and without `resources/`
// for the API's own modules (`chat/completions/completions`, `lib/responses/ResponseStream`). A declaration is
// `file:Name` (`chat/completions/completions:ChatCompletionCreateParamsBase`), as the deprecation keys name one.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { writeGenerated } from "./generated-file.mjs";

import ts from "typescript";

import { openaiPackageDir } from "./openai-sdk-files.mjs";

const root = openaiPackageDir();

/** The client classes: what `new X()` of the package gives, as `file:Name`. */
const CLIENTS = [
  ["client", "OpenAI"],
  ["azure", "AzureOpenAI"],
];

function fileOf(sourceFile) {
  const relative = path.relative(root, sourceFile.fileName).split(path.sep).join("/");
  if (relative.startsWith("..") || !relative.endsWith(".d.ts")) return null;
  return relative.replace(/\.d\.ts$/u, "").replace(/^resources\//u, "");
}

/** `file:Owner` of a property's declaration: the interface, type alias or class around it. */
function ownerOf(declaration) {
  for (let node = declaration.parent; node !== undefined; node = node.parent) {
    if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isClassDeclaration(node)) && node.name) {
      const file = fileOf(node.getSourceFile());
      if (file === null) return null;
      // A type nested in a namespace keeps its namespace: `ResponseCreateParams.Reasoning`.
      const names = [node.name.text];
      for (let outer = node.parent; outer !== undefined; outer = outer.parent) {
        if (ts.isModuleDeclaration(outer) && ts.isIdentifier(outer.name)) names.unshift(outer.name.text);
      }
      return `${file}:${names.join(".")}`;
    }
  }
  return null;
}

export function collect() {
  const rootNames = CLIENTS.map(([file]) => path.join(root, `${file}.d.ts`));
  const program = ts.createProgram(rootNames, { noEmit: true, skipLibCheck: true, types: [], target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();

  /** The class declaration a property's type names (`chat: API.Chat` → `Chat`), when it is a resource class. */
  const resourceClassOf = (symbol) => {
    const declaration = symbol.valueDeclaration;
    if (declaration === undefined || !ts.isPropertyDeclaration(declaration) || declaration.type === undefined) return null;
    const type = checker.getTypeAtLocation(declaration.type);
    const classDeclaration = type.getSymbol()?.getDeclarations()?.find(ts.isClassDeclaration);
    if (classDeclaration === undefined || fileOf(classDeclaration.getSourceFile()) === null) return null;
    const extendsResource = (classDeclaration.heritageClauses ?? []).some((clause) =>
      clause.types.some((base) => /\bAPIResource$/u.test(base.expression.getText())),
    );
    return extendsResource ? { declaration: classDeclaration, type } : null;
  };

  /** The declared type's `file:Name`, for what a method gives (`APIPromise<Response>` → the `Response`). */
  const declaredName = (type) => {
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const declaration = symbol?.getDeclarations()?.[0];
    if (declaration === undefined) return null;
    const file = fileOf(declaration.getSourceFile());
    return file === null ? null : `${file}:${symbol.getName()}`;
  };
  const resultOf = (signature) => {
    let type = checker.getReturnTypeOfSignature(signature);
    // `APIPromise<T>`, `PagePromise<Page, T>`, `Promise<T>`: what awaiting it gives.
    for (let depth = 0; depth < 3; depth++) {
      const name = type.getSymbol()?.getName();
      if (name !== "APIPromise" && name !== "Promise" && name !== "PagePromise") break;
      const args = checker.getTypeArguments(type);
      if (args.length === 0) break;
      type = args[0];
    }
    if (type.isUnion()) type = type.types[0];
    return declaredName(type);
  };

  /** Where an object type names a model: `model` itself, or one level down (`session.model`, `moderation.model`). */
  const modelKeys = (type) => {
    const keys = new Set();
    const members = (candidate) => (candidate.isUnion() ? candidate.types : [candidate]);
    for (const member of members(checker.getApparentType(type))) {
      if (member.getProperty("model") !== undefined) keys.add("model");
      for (const property of checker.getPropertiesOfType(member)) {
        const declaration = property.valueDeclaration;
        if (declaration === undefined || property.getName() === "model") continue;
        const inner = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, declaration));
        if (checker.isArrayType(inner)) continue;
        if (members(inner).some((candidate) => (candidate.flags & ts.TypeFlags.Object) !== 0 && candidate.getProperty("model") !== undefined)) {
          keys.add(`${property.getName()}.model`);
        }
      }
    }
    return [...keys].sort();
  };

  /** The request parameter of a method: its first parameter other than `options` whose type is an object. */
  const requestOf = (method, signatures) => {
    for (let index = 0; index < method.parameters.length; index++) {
      const parameter = method.parameters[index];
      if (!ts.isIdentifier(parameter.name) || parameter.name.text === "options" || parameter.type === undefined) continue;
      const types = signatures.map((signature) => signature.parameters[index]).filter(Boolean).map((symbol) => checker.getTypeOfSymbol(symbol));
      const objects = types.map((type) => checker.getNonNullableType(checker.getBaseConstraintOfType(type) ?? type));
      if (!objects.some((type) => (checker.getApparentType(type).flags & ts.TypeFlags.Object) !== 0 || type.isUnionOrIntersection())) continue;
      if (objects.every((type) => (type.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike)) !== 0)) continue;
      const owners = new Set();
      const keys = new Set();
      for (const type of objects) {
        for (const property of checker.getPropertiesOfType(checker.getApparentType(type))) {
          for (const declaration of property.getDeclarations() ?? []) {
            const owner = ownerOf(declaration);
            if (owner !== null) owners.add(owner);
          }
        }
        for (const key of modelKeys(type)) keys.add(key);
      }
      return { index, params: parameter.type.getText().replace(/\s+/gu, " "), owners: [...owners].sort(), model: [...keys].sort() };
    }
    return null;
  };

  const resources = [];
  const visit = (type, classDeclaration, resourcePath) => {
    const methods = [];
    for (const member of classDeclaration.members) {
      if (!ts.isMethodDeclaration(member) || !member.name || !ts.isIdentifier(member.name) || member.body !== undefined) continue;
      if ((ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Static)) !== 0) continue;
      const name = member.name.text;
      if (methods.some((method) => method.name === name)) continue;
      const symbol = type.getProperty(name);
      if (symbol === undefined) continue;
      const signatures = checker.getSignaturesOfType(checker.getTypeOfSymbol(symbol), ts.SignatureKind.Call);
      // The last overload is the most general one: read the request from its declaration.
      const declarations = classDeclaration.members.filter((other) => ts.isMethodDeclaration(other) && other.name?.getText() === name);
      const request = requestOf(declarations.at(-1), signatures);
      methods.push({ name, request, result: signatures.length === 0 ? null : resultOf(signatures[0]) });
    }
    resources.push({
      path: resourcePath.join("."),
      type: classDeclaration.name.text,
      file: fileOf(classDeclaration.getSourceFile()),
      methods: methods.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    });
    for (const property of type.getProperties()) {
      const child = resourceClassOf(property);
      if (child !== null && resourcePath.length < 6) visit(child.type, child.declaration, [...resourcePath, property.getName()]);
    }
  };

  const clientSource = program.getSourceFile(rootNames[0]);
  const clientClass = clientSource.statements.find((statement) => ts.isClassDeclaration(statement) && statement.name?.text === "OpenAI");
  visit(checker.getTypeAtLocation(clientClass.name), clientClass, []);
  resources.shift();
  resources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { clients: CLIENTS.map(([file, name]) => `${file}:${name}`), resources };
}

function render({ clients, resources }) {
  const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const lines = [];
  for (const resource of resources) {
    const head = `  resource(${JSON.stringify(resource.path)}, ${JSON.stringify(resource.type)}, ${JSON.stringify(resource.file)}, {`;
    if (resource.methods.length === 0) {
      lines.push(`${head}}),`);
      continue;
    }
    lines.push(head);
    for (const method of resource.methods) {
      const fields = [];
      if (method.request !== null) {
        const { index, params, owners, model } = method.request;
        fields.push(`request: { index: ${index}, params: ${JSON.stringify(params)}, owners: ${JSON.stringify(owners)}, model: ${JSON.stringify(model)} }`);
      }
      if (method.result !== null) fields.push(`result: ${JSON.stringify(method.result)}`);
      lines.push(`    ${method.name}: { ${fields.join(", ")} },`);
    }
    lines.push("  }),");
  }
  return `// Generated by scripts/sdk-surface.mjs from the \`openai\` package ${version}: do not edit by hand.
// Every resource reachable from a client, the class and file that declare it, and its methods with their request
// parameter and result. src/analysis/sdk-surface.ts derives the tables the rules use from it.

/** A method's request parameter. */
export interface SdkRequest {
  /** Which argument carries it: \`0\` for \`create(body)\`, \`1\` for \`accept(callID, body)\`. */
  readonly index: number;
  /** Its type as the SDK writes it. */
  readonly params: string;
  /** The declarations (\`file:Name\`) its properties come from: a deprecated parameter's key names one of them. */
  readonly owners: readonly string[];
  /** Where it names a model: \`model\`, and \`key.model\` for an object one level down (\`session.model\`). */
  readonly model: readonly string[];
}

export interface SdkMethod {
  readonly request?: SdkRequest;
  /** The declaration (\`file:Name\`) of what awaiting the method's result gives (the first overload's). */
  readonly result?: string;
}

/** A resource below a client: \`chat.completions\`, declared as \`Completions\` in \`chat/completions/completions\`. */
export interface SdkResource {
  readonly path: string;
  readonly type: string;
  readonly file: string;
  readonly methods: Readonly<Record<string, SdkMethod>>;
}

function resource(path: string, type: string, file: string, methods: Readonly<Record<string, SdkMethod>>): SdkResource {
  return { path, type, file, methods };
}

/** The \`openai\` package version this surface was read from. */
export const SDK_SURFACE_VERSION = ${JSON.stringify(version)};

/** The client classes (\`file:Name\`): a value of one is a client, at the empty path. */
export const SDK_CLIENTS: readonly string[] = ${JSON.stringify(clients)};

export const SDK_RESOURCES: readonly SdkResource[] = [
${lines.join("\n")}
];
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const surface = collect();
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(surface, null, 2));
  } else {
    writeGenerated(new URL("../src/sdk-surface.ts", import.meta.url), render(surface), "with the installed openai package: run node scripts/sdk-surface.mjs");
  }
}

export { render };
