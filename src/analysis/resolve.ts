import {
  type ParserServicesWithTypeInformation,
  type TSESLint,
  type TSESTree,
} from "@typescript-eslint/utils";

import path from "node:path";

import { sdkPathOfTypeName } from "../sdk-methods";
import { resourceNames } from "./sdk";
import { ModuleReader } from "./exports";
import type { ImportedBinding } from "./imports";
import { resolveModuleFile } from "./module-files";
import { importSpecifierBinding, moduleSourceOf, requireSourceOf } from "./modules";
import { AST_NODE_TYPES, withoutTypeCasts } from "./nodes";
import { getSettings } from "./settings";
import { TypeInfo } from "./types";
import { CLIENT, FOREIGN, mergeValues, PACKAGE, readMember, UNKNOWN, type OpenAIValue } from "./values";
import { walkNodes } from "./walk";

export { withoutTypeCasts };

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;
type LanguageOptions = { readonly parser?: unknown; readonly parserOptions?: unknown };

/** Module specifiers of the `openai` package: `openai` itself and its subpaths. */
export function isOpenAIModule(source: string): boolean {
  return source === "openai" || source.startsWith("openai/");
}

/**
 * A module of the user's own project rather than a package: relative paths and the usual path aliases
 * (`@/lib/openai`, `~/lib`, `#lib`, `src/lib`). Its exports cannot be resolved from one file, so they are `unknown`.
 */
function isProjectModule(source: string): boolean {
  return /^(?:\.{1,2}(?:\/|$)|\/|@\/|~\/?|#|src\/)/u.test(source);
}

/**
 * Resolves expressions of one file to {@link OpenAIValue}s. One instance serves every rule for a file (see
 * `getFileAnalysis`), and every answer is cached by node, so a chain is walked once however many rules ask.
 */
export class Resolver {
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  /**
   * The rule context the resolver was made for, read only where an answer needs it (the file's name, `clientModules`,
   * the parser): each property read from a context cost about a microsecond the first time in each file, where ESLint
   * makes each file's contexts anew (a CPU profile of the `openai` package's own files, and a micro-benchmark).
   */
  readonly #context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
  #filename: string | undefined;
  /** Finished answers: each computed without reading a slot still being computed, so true whoever asks first. */
  readonly #cache = new Map<TSESTree.Node, OpenAIValue>();
  /**
   * Answers that read a slot still being computed (a cycle such as `const a = b; const b = a`): they hold only for
   * the question being answered, and are dropped when it is (else the first rule to ask would fix them for all).
   */
  readonly #provisional = new Map<TSESTree.Node, OpenAIValue>();
  /** The slots being computed, outermost first. */
  readonly #inProgress = new Set<TSESTree.Node>();
  /** Whether what is being computed has read a slot still in progress (or a provisional answer). */
  #readUnfinished = false;
  readonly #classMembers = new Map<ClassNode, Map<string, OpenAIValue>>();
  /** What provider.ts collects of each class's fields (see {@link classFields}). */
  readonly #classFields = new Map<TSESTree.ClassBody, unknown>();
  readonly #classesInProgress = new Set<ClassNode>();
  /** Per variable: whether something other than its declaration writes it (asked per request, answered once). */
  readonly #reassigned = new Map<Variable, boolean>();
  readonly #soleAssignments = new Map<Variable, TSESTree.Expression | null>();
  /** `findImportedBinding`'s answers (imports.ts), by node: the rules ask it about the same callees and receivers. */
  readonly importedBindings = new Map<TSESTree.Node, ImportedBinding | null>();
  /** Per module specifier: whether it names a `clientModules` entry. */
  readonly #clientModuleMatches = new Map<string, boolean>();
  #modules: ModuleReader | undefined;
  /** Type information, when the user's config gives a program; `null` in untyped runs. */
  readonly types: TypeInfo | null;

  constructor(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>) {
    this.#sourceCode = context.sourceCode;
    this.#context = context;
    const services = this.#sourceCode.parserServices;
    this.types =
      services?.program != null && services.esTreeNodeToTSNodeMap != null
        ? new TypeInfo(services as ParserServicesWithTypeInformation)
        : null;
  }

  /**
   * What `collect` gathers of a class body's fields, worked out once per class: each request on `this.client` asks
   * who serves it (provider.ts), and a generated class with thousands of such requests is walked once, not once per
   * request. `collect` must depend on the class body alone.
   */
  classFields<T>(owner: TSESTree.ClassBody, collect: (owner: TSESTree.ClassBody) => T): T {
    if (!this.#classFields.has(owner)) this.#classFields.set(owner, collect(owner));
    return this.#classFields.get(owner) as T;
  }

  /** The file's source code, for the analyses that ask the resolver about it. */
  get sourceCode(): Readonly<TSESLint.SourceCode> {
    return this.#sourceCode;
  }

  /**
   * What the receiver of an SDK call is: {@link resolve}, and where syntax cannot see the root, the type checker
   * when there is one. Types win over the syntactic fallback both ways: a client typed `OpenAI` that came from
   * another module is resolved, and a look-alike class with the SDK's member names is not OpenAI's. `resources` are
   * the ones the caller looks for (`ASSISTANTS_SDK_RESOURCES`, …).
   */
  resolveReceiver(node: TSESTree.Node, resources: ReadonlyMap<string, ReadonlySet<string>>): OpenAIValue {
    const value = this.resolve(node);
    if (value.kind !== "unknown" || this.types === null) return value;
    // The checker is asked only about a receiver written with one of the resources' names (`….responses`, `threads`,
    // a `runs` variable): asking about every `schema.parse(…)` cost a second of typed linting on one zod-heavy file of
    // the Agents SDK (scripts/benchmark.mjs --typed), as the checker then works out zod's types.
    const name = value.path.at(-1) ?? (node.type === AST_NODE_TYPES.Identifier ? node.name : undefined);
    if (name === undefined || !resourceNames(resources).has(name)) return value;
    const path = this.types.sdkPathOf(node);
    if (path === undefined) return value;
    return path === null ? FOREIGN : { kind: "client", path };
  }

  /** The linted file's path, as ESLint gives it. */
  get filename(): string {
    this.#filename ??= this.#context.filename;
    return this.#filename;
  }

  /**
   * What other modules export, read with this file's parser (src/analysis/exports.ts). Made on first ask: only a value
   * that reaches a request position from an import asks, so other files never touch the file system for it.
   */
  get modules(): ModuleReader {
    if (this.#modules === undefined) {
      const languageOptions = (this.#context.languageOptions as LanguageOptions | undefined) ?? {};
      this.#modules = new ModuleReader({
        parser: languageOptions.parser,
        parserOptions: (languageOptions.parserOptions as Record<string, unknown> | undefined) ?? {},
        self: { file: this.filename, program: this.#sourceCode.ast },
      });
    }
    return this.#modules;
  }

  resolve(node: TSESTree.Node): OpenAIValue {
    const cached = this.#cache.get(node);
    if (cached !== undefined) return cached;
    const provisional = this.#provisional.get(node);
    if (provisional !== undefined) {
      this.#readUnfinished = true;
      return provisional;
    }
    // A cycle (`let a = b; let b = a`) meets a slot in progress and reads it as unknown; what it computes then is
    // true only for this question, so it is not kept once the question is answered.
    if (this.#inProgress.has(node)) {
      this.#readUnfinished = true;
      return UNKNOWN;
    }
    const outerReadUnfinished = this.#readUnfinished;
    this.#readUnfinished = false;
    this.#inProgress.add(node);
    let value: OpenAIValue;
    try {
      value = this.#resolveUncached(node);
    } finally {
      this.#inProgress.delete(node);
    }
    if (this.#readUnfinished) this.#provisional.set(node, value);
    else this.#cache.set(node, value);
    this.#readUnfinished ||= outerReadUnfinished;
    if (this.#inProgress.size === 0) {
      this.#provisional.clear();
      this.#readUnfinished = false;
    }
    return value;
  }

  /** Whether a variable is written anywhere but by its own declaration (`let x = a; x = b`, `x++`, a destructuring). */
  isReassigned(variable: Variable): boolean {
    let reassigned = this.#reassigned.get(variable);
    if (reassigned === undefined) {
      const init = variable.defs.length === 1 && variable.defs[0]!.type === "Variable" ? variable.defs[0]!.node.init : null;
      reassigned = variable.references.some((reference) => reference.isWrite() && (init === null || reference.writeExpr !== init));
      this.#reassigned.set(variable, reassigned);
    }
    return reassigned;
  }

  /**
   * The value of the one `x = value` that a variable declared without a value receives (`let client; client = new
   * AzureOpenAI()`), or `null` when it has an initializer, no such write, or more than one write. Worked out once per
   * variable, as {@link isReassigned} is: asked for every request on it.
   */
  soleAssignment(variable: Variable): TSESTree.Expression | null {
    let value = this.#soleAssignments.get(variable);
    if (value === undefined) {
      value = null;
      const def = variable.defs.length === 1 ? variable.defs[0]! : undefined;
      if (def?.type === "Variable" && def.node.init === null) {
        const writes = variable.references.filter((reference) => reference.isWrite());
        const write = writes.length === 1 ? writes[0]!.identifier.parent : undefined;
        if (write?.type === AST_NODE_TYPES.AssignmentExpression && write.operator === "=" && write.left === writes[0]!.identifier) value = write.right;
      }
      this.#soleAssignments.set(variable, value);
    }
    return value;
  }

  /** The variable a name refers to, or `null` for an undeclared global. */
  findVariable(node: TSESTree.Identifier): Variable | null {
    // `getScope` gives the innermost scope of a name, which is a leaf of the tree: the variable is in it or above. (The
    // utilities' `findVariable` looks for that scope again among the scope's children, one by one: in a file of
    // thousands of functions, every name read at the top scanned them all.)
    for (let scope: Scope | null = this.#sourceCode.getScope(node) as Scope; scope !== null; scope = scope.upper) {
      const variable = scope.set.get(node.name);
      if (variable !== undefined) return variable;
    }
    return null;
  }

  #resolveUncached(node: TSESTree.Node): OpenAIValue {
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
        return this.#resolveIdentifier(node);
      case AST_NODE_TYPES.MemberExpression:
        return this.#resolveMember(node);
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        return this.resolve(node.expression);
      case AST_NODE_TYPES.AwaitExpression: {
        const source = moduleSourceOf(node);
        if (source !== null) return this.#resolveModule(source, null);
        return node.argument.type === AST_NODE_TYPES.ImportExpression ? UNKNOWN : this.resolve(node.argument);
      }
      case AST_NODE_TYPES.NewExpression: {
        const callee = this.resolve(node.callee);
        if (callee.kind === "package") return CLIENT;
        return callee.kind === "unknown" ? UNKNOWN : FOREIGN;
      }
      case AST_NODE_TYPES.CallExpression:
        return this.#resolveCall(node);
      case AST_NODE_TYPES.ConditionalExpression:
        return mergeValues([this.resolve(node.consequent), this.resolve(node.alternate)]);
      case AST_NODE_TYPES.LogicalExpression:
        return mergeValues([this.resolve(node.left), this.resolve(node.right)]);
      case AST_NODE_TYPES.AssignmentExpression:
        return this.resolve(node.right);
      case AST_NODE_TYPES.ThisExpression:
        return this.#resolveThis(node);
      case AST_NODE_TYPES.ClassExpression:
      case AST_NODE_TYPES.ClassDeclaration:
        return this.#resolveClass(node);
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.UnaryExpression:
      case AST_NODE_TYPES.BinaryExpression:
      case AST_NODE_TYPES.UpdateExpression:
        return FOREIGN;
      default:
        return UNKNOWN;
    }
  }

  #resolveMember(node: TSESTree.MemberExpression): OpenAIValue {
    const name = getStaticMemberName(node);
    if (node.object.type === AST_NODE_TYPES.ThisExpression && name !== null) {
      const member = this.#resolveThisMember(node.object, name);
      if (member !== null) return member;
    }
    // `require("./openai").openai` reads an export, as `import { openai } from "./openai"` does.
    const module = name === null ? null : moduleSourceOf(node.object);
    if (module !== null) return this.#resolveModule(module, name);
    const literal = this.objectLiteralOf(node.object);
    if (literal !== null) {
      return name === null ? FOREIGN : this.#resolveObjectLiteralMember(literal, name);
    }
    const object = this.resolve(node.object);
    if (name === null) {
      // `client[key]` reads a resource we cannot name.
      return object.kind === "foreign" ? FOREIGN : UNKNOWN;
    }
    return readMember(object, name);
  }

  /** The object literal an expression stands for: inline, or through a `const` / never-reassigned binding. */
  objectLiteralOf(node: TSESTree.Node, depth = 0): TSESTree.ObjectExpression | null {
    node = withoutTypeCasts(node);
    if (node.type === AST_NODE_TYPES.ObjectExpression) return node;
    // `const a = b; const b = a;` ends here, as does any chain of aliases longer than real code writes.
    if (node.type !== AST_NODE_TYPES.Identifier || depth > 8) return null;
    const init = this.boundInitializer(node);
    return init === null ? null : this.objectLiteralOf(init, depth + 1);
  }

  /** The initializer of a plain binding (`const x = init`, or a `let` never assigned again); else `null`. */
  boundInitializer(node: TSESTree.Identifier): TSESTree.Expression | null {
    const variable = this.findVariable(node);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (
      def?.type !== "Variable" ||
      def.node.id.type !== AST_NODE_TYPES.Identifier ||
      def.node.init === null ||
      this.isReassigned(variable!)
    ) {
      return null;
    }
    return def.node.init;
  }

  #resolveObjectLiteralMember(object: TSESTree.ObjectExpression, name: string): OpenAIValue {
    for (let index = object.properties.length - 1; index >= 0; index--) {
      const property = object.properties[index]!;
      if (property.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN;
      if (getStaticPropertyKey(property) === name) {
        return property.kind === "init" ? this.resolve(property.value) : UNKNOWN;
      }
    }
    return FOREIGN;
  }

  #resolveCall(node: TSESTree.CallExpression): OpenAIValue {
    const source = requireSourceOf(node);
    if (source !== null) return this.#resolveModule(source, null);
    return UNKNOWN;
  }

  /**
   * What a module's export is. `imported` is the export's name (`default` for a default import), or `null` for the
   * whole module (a namespace import, `require`, `await import`).
   */
  #resolveModule(source: string, imported: string | null): OpenAIValue {
    if (source === "openai") {
      return imported === null || imported === "default" || imported === "OpenAI" || imported === "AzureOpenAI"
        ? PACKAGE
        : FOREIGN;
    }
    if (this.#isClientModule(source)) return CLIENT;
    return isProjectModule(source) ? UNKNOWN : FOREIGN;
  }

  #isClientModule(source: string): boolean {
    let matches = this.#clientModuleMatches.get(source);
    if (matches === undefined) {
      const { clientModules } = getSettings(this.#context);
      matches = clientModules.some((module) => matchesModule(source, module, this.filename, this.#context.cwd));
      this.#clientModuleMatches.set(source, matches);
    }
    return matches;
  }

  #resolveIdentifier(node: TSESTree.Identifier): OpenAIValue {
    const variable = this.findVariable(node);
    if (variable === null || variable.defs.length === 0) return UNKNOWN;
    if (variable.defs.length > 1) return UNKNOWN;
    const def = variable.defs[0]!;
    // Every read of a variable has its value: one slot for all of them (the declared name's), so that a file of
    // thousands of `client.…` calls works the variable out once, not once per read.
    if (def.type === "Variable" && def.name !== node && def.name.type === AST_NODE_TYPES.Identifier) return this.resolve(def.name);
    switch (def.type) {
      case "ImportBinding":
        return this.#resolveImportBinding(def.node);
      case "Variable":
        return this.#resolveVariable(variable, def.node, def.name);
      case "Parameter":
        return this.#resolveAnnotated(def.name);
      case "ClassName":
        return this.#resolveClass(def.node);
      default:
        return FOREIGN;
    }
  }

  #resolveImportBinding(
    specifier: TSESTree.ImportDefaultSpecifier | TSESTree.ImportNamespaceSpecifier | TSESTree.ImportSpecifier | TSESTree.TSImportEqualsDeclaration,
  ): OpenAIValue {
    const binding = importSpecifierBinding(specifier);
    return binding === null ? UNKNOWN : this.#resolveModule(binding.source, binding.imported);
  }

  #resolveVariable(variable: Variable, declarator: TSESTree.VariableDeclarator, name: TSESTree.Identifier): OpenAIValue {
    const loop = declarator.parent.parent;
    if (loop?.type === AST_NODE_TYPES.ForOfStatement || loop?.type === AST_NODE_TYPES.ForInStatement) return UNKNOWN;
    const annotated = this.#resolveAnnotated(name);
    if (annotated.kind === "client") return annotated;
    const values: OpenAIValue[] = [];
    if (declarator.init !== null) values.push(this.#resolvePattern(declarator.id, name, declarator.init));
    for (const reference of variable.references) {
      if (!reference.isWrite() || reference.init === true) continue;
      const write = reference.identifier.parent;
      if (
        write?.type === AST_NODE_TYPES.AssignmentExpression &&
        write.operator === "=" &&
        write.left === reference.identifier
      ) {
        values.push(this.resolve(write.right));
      } else {
        // Destructuring assignments, `+=`, `x++`: not followed.
        values.push(UNKNOWN);
      }
    }
    return values.length === 0 ? UNKNOWN : mergeValues(values);
  }

  /** The value of `target`, declared somewhere inside the pattern `pattern` whose whole value is `init`. */
  #resolvePattern(pattern: TSESTree.Node, target: TSESTree.Identifier, init: TSESTree.Node): OpenAIValue {
    const path = findPatternPath(pattern, target);
    if (path === null || path.includes(null)) return UNKNOWN;
    const names = path as string[];
    // `const { openai } = require("./openai")` (or `await import(…)`) binds an export, as `import { openai }` does.
    const module = names.length > 0 ? moduleSourceOf(init) : null;
    if (module !== null) {
      let value = this.#resolveModule(module, names[0]!);
      for (const name of names.slice(1)) value = readMember(value, name);
      return value;
    }
    const literal = names.length > 0 ? this.objectLiteralOf(init) : null;
    let value = literal === null ? this.resolve(init) : this.#resolveObjectLiteralMember(literal, names[0]!);
    for (const name of literal === null ? names : names.slice(1)) value = readMember(value, name);
    return value;
  }

  /** A parameter or variable annotated with an `openai` type (`client: OpenAI`) is that client or resource. */
  #resolveAnnotated(name: TSESTree.Node): OpenAIValue {
    const annotation =
      name.type === AST_NODE_TYPES.Identifier
        ? name.typeAnnotation
        : name.type === AST_NODE_TYPES.AssignmentPattern && name.left.type === AST_NODE_TYPES.Identifier
          ? name.left.typeAnnotation
          : undefined;
    // `undefined` from espree, `null` from oxlint: both mean no annotation.
    if (annotation == null) return UNKNOWN;
    const path = this.resolveTypeToSdkPath(annotation.typeAnnotation);
    return path === null ? UNKNOWN : { kind: "client", path };
  }

  /** The SDK resource path a type stands for (`OpenAI.Beta.Threads` → `["beta", "threads"]`), or `null`. */
  resolveTypeToSdkPath(type: TSESTree.TypeNode): readonly string[] | null {
    if (type.type !== AST_NODE_TYPES.TSTypeReference) return null;
    let leftmost: TSESTree.EntityName = type.typeName;
    const qualifiers: string[] = [];
    while (leftmost.type === AST_NODE_TYPES.TSQualifiedName) {
      qualifiers.unshift(leftmost.right.name);
      leftmost = leftmost.left;
    }
    if (leftmost.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = this.findVariable(leftmost);
    const def = variable?.defs[0];
    if (def?.type !== "ImportBinding" || def.node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) return null;
    const binding = importSpecifierBinding(def.node);
    if (binding === null || !isOpenAIModule(binding.source)) return null;
    // A namespace import (`import * as OpenAI`) names its types the way the default export does.
    return sdkPathOfTypeName(binding.source, binding.imported ?? "default", qualifiers);
  }

  /** `this` inside a class that extends `OpenAI` is a client; anywhere else it is unknown. */
  #resolveThis(node: TSESTree.ThisExpression): OpenAIValue {
    const owner = findThisClass(node);
    return owner !== null && this.#resolveClass(owner).kind === "package" ? CLIENT : UNKNOWN;
  }

  /** A class is the client class when it extends it (`class Client extends OpenAI {}`). */
  #resolveClass(node: ClassNode): OpenAIValue {
    return node.superClass !== null && this.resolve(node.superClass).kind === "package" ? PACKAGE : FOREIGN;
  }

  /** `this.name` in a class: its field initializer, constructor assignments and parameter properties; `null` if none. */
  #resolveThisMember(node: TSESTree.ThisExpression, name: string): OpenAIValue | null {
    const owner = findThisClass(node);
    if (owner === null) return null;
    let members = this.#classMembers.get(owner);
    if (members !== undefined && this.#classesInProgress.has(owner)) {
      // A member read while the class's members are being worked out: what it reads is unfinished.
      this.#readUnfinished = true;
    } else if (members === undefined) {
      members = new Map();
      this.#classMembers.set(owner, members);
      this.#classesInProgress.add(owner);
      const outerReadUnfinished = this.#readUnfinished;
      this.#readUnfinished = false;
      try {
        for (const [memberName, sources] of collectClassMembers(owner)) {
          members.set(memberName, mergeValues(sources.map((source) => this.#resolveClassMemberSource(source))));
        }
      } finally {
        this.#classesInProgress.delete(owner);
      }
      // Worked out from an unfinished slot: true for this question only, worked out again for the next.
      if (this.#readUnfinished) this.#classMembers.delete(owner);
      this.#readUnfinished ||= outerReadUnfinished;
    }
    return members.get(name) ?? null;
  }

  #resolveClassMemberSource(source: TSESTree.Node): OpenAIValue {
    if (source.type === AST_NODE_TYPES.TSParameterProperty) return this.#resolveAnnotated(source.parameter);
    if (source.type === AST_NODE_TYPES.PropertyDefinition) {
      const annotated = source.typeAnnotation
        ? this.resolveTypeToSdkPath(source.typeAnnotation.typeAnnotation)
        : null;
      if (annotated !== null) return { kind: "client", path: annotated };
      return source.value === null ? UNKNOWN : this.resolve(source.value);
    }
    return this.resolve(source);
  }
}

const SOURCE_EXTENSION = /\.(?:[cm]?[jt]sx?)$/u;

/** A module path without its extension and `/index`: `./lib/openai/index.ts` → `./lib/openai`. */
function withoutExtension(specifier: string): string {
  return specifier.replace(SOURCE_EXTENSION, "").replace(/\/index$/u, "");
}

/**
 * Whether an import's `source` is the module a `clientModules` entry names. A package or alias matches itself and
 * its subpaths. A module of the project matches however the importing file spells it: `./openai`, `../lib/openai.js`
 * and `@/lib/openai` for an entry `src/lib/openai`, either resolved (the source against the importing file, the entry
 * against the working directory) or, where resolution finds no file (an alias such as `@/lib/openai`, a path the
 * linter made up), when one's path segments end the other's (`../lib/openai` and `@/lib/openai`). A relative import
 * that resolves to another file of the project is that file: `./openai` in `tools/youtube/a.js` is
 * `tools/youtube/openai.js`, not `src/lib/openai`.
 */
function matchesModule(source: string, module: string, filename: string, cwd: string): boolean {
  if (source === module || source.startsWith(`${module}/`)) return true;
  if (!isProjectModule(source) || !isProjectModule(module)) return false;
  if (/^\.{1,2}(?:\/|$)/u.test(source) && path.isAbsolute(filename)) {
    const target = path.resolve(path.dirname(filename), source);
    if (withoutExtension(target) === withoutExtension(path.resolve(cwd, module))) return true;
    if (resolveModuleFile(source, filename) !== null) return false;
  }
  const segments = (specifier: string) =>
    withoutExtension(specifier)
      .split("/")
      .filter((segment) => segment !== "" && segment !== "." && segment !== ".." && segment !== "@" && segment !== "~" && segment !== "#");
  const [a, b] = [segments(source), segments(module)];
  if (a.length === 0 || b.length === 0) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every((segment, index) => longer[longer.length - shorter.length + index] === segment);
}

/** The static name of a member access (`a.b`, `a["b"]`, `a.#b`), or `null` for a computed one. */
export function getStaticMemberName(node: TSESTree.MemberExpression): string | null {
  if (!node.computed) {
    return node.property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${node.property.name}` : node.property.name;
  }
  if (node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === "string") return node.property.value;
  if (node.property.type === AST_NODE_TYPES.TemplateLiteral && node.property.expressions.length === 0) {
    return node.property.quasis[0]!.value.cooked ?? null;
  }
  return null;
}

/** The static key of an object property (`a`, `"a"`, `["a"]`), or `null`. */
export function getStaticPropertyKey(property: TSESTree.Property | TSESTree.PropertyDefinition): string | null {
  const key = property.key;
  if (!property.computed) {
    if (key.type === AST_NODE_TYPES.Identifier) return key.name;
    if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
    if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
    return null;
  }
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === "string") return key.value;
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) return key.quasis[0]!.value.cooked ?? null;
  return null;
}

/**
 * The name a function of the file is bound to, which its calls use: `function handle() {}`, `const handle = () => …`
 * (or a function expression); `null` for any other function (a method, a callback, an anonymous default export).
 */
export function boundFunctionName(fn: TSESTree.Node): TSESTree.Identifier | null {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id;
  const owner = fn.parent;
  return owner?.type === AST_NODE_TYPES.VariableDeclarator && owner.init === fn && owner.id.type === AST_NODE_TYPES.Identifier ? owner.id : null;
}

/** `require("x")` → `"x"`; anything else → `null` (read by `src/analysis/modules.ts`). */
export const getRequireSource = requireSourceOf;

/**
 * The member names leading from a pattern's root to `target` (`{ a: { b: target } }` → `["a", "b"]`); `null`
 * entries stand for steps that cannot be named (array elements, computed keys). `null` when `target` is not there.
 */
function findPatternPath(pattern: TSESTree.Node, target: TSESTree.Identifier): (string | null)[] | null {
  if (pattern === target) return [];
  switch (pattern.type) {
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        if (property.type === AST_NODE_TYPES.RestElement) {
          if (findPatternPath(property.argument, target) !== null) return [null];
          continue;
        }
        const rest = findPatternPath(property.value, target);
        if (rest !== null) return [getStaticPropertyKey(property), ...rest];
      }
      return null;
    case AST_NODE_TYPES.ArrayPattern:
      for (const element of pattern.elements) {
        if (element !== null && findPatternPath(element, target) !== null) return [null];
      }
      return null;
    case AST_NODE_TYPES.AssignmentPattern:
      return findPatternPath(pattern.left, target);
    default:
      return null;
  }
}

/** The class whose instance `this` is, looking through arrow functions; `null` outside class members. */
function findThisClass(node: TSESTree.Node): ClassNode | null {
  let current: TSESTree.Node | null | undefined = node.parent;
  while (current != null) {
    switch (current.type) {
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.FunctionDeclaration: {
        const owner = current.parent;
        if (owner?.type === AST_NODE_TYPES.MethodDefinition && !owner.static) {
          return owner.parent.parent;
        }
        return null;
      }
      case AST_NODE_TYPES.PropertyDefinition:
        return current.static ? null : (current.parent.parent as ClassNode);
      case AST_NODE_TYPES.StaticBlock:
        return null;
      default:
        current = current.parent;
    }
  }
  return null;
}

/**
 * Where each instance member of a class gets its value: field initializers, parameter properties and
 * `this.name = value` in the constructor (not in nested functions, whose `this` is another).
 */
function collectClassMembers(owner: ClassNode): Map<string, TSESTree.Node[]> {
  const members = new Map<string, TSESTree.Node[]>();
  const add = (name: string, source: TSESTree.Node): void => {
    const sources = members.get(name);
    if (sources === undefined) members.set(name, [source]);
    else sources.push(source);
  };
  for (const element of owner.body.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static) {
      const name = getStaticPropertyKey(element);
      if (name !== null) add(name, element);
    }
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === "constructor") {
      for (const parameter of element.value.params) {
        if (parameter.type === AST_NODE_TYPES.TSParameterProperty) {
          const binding =
            parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
          if (binding.type === AST_NODE_TYPES.Identifier) add(binding.name, parameter);
        }
      }
      if (element.value.body !== null) collectThisAssignments(element.value.body, add);
    }
  }
  return members;
}

function collectThisAssignments(node: TSESTree.Node, add: (name: string, source: TSESTree.Node) => void): void {
  walkNodes(node, (current) => {
    if (current !== node && (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration || isClass(current))) {
      return false;
    }
    if (
      current.type === AST_NODE_TYPES.AssignmentExpression &&
      current.operator === "=" &&
      current.left.type === AST_NODE_TYPES.MemberExpression &&
      current.left.object.type === AST_NODE_TYPES.ThisExpression
    ) {
      const name = getStaticMemberName(current.left);
      if (name !== null) add(name, current.right);
    }
    return true;
  });
}

function isClass(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression;
}
