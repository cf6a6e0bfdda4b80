import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { getStaticValue } from "@typescript-eslint/utils/ast-utils";
import { AST_NODE_TYPES } from "./nodes";

import { findImportedBinding } from "./imports";
import { getStaticMemberName, getStaticPropertyKey, withoutTypeCasts, type Resolver } from "./resolve";
import { walkNodes } from "./walk";

/**
 * Who serves a request: `openai` for OpenAI's own API, `azure` for Azure OpenAI (whose deployments follow Azure's own
 * retirement schedule, so every rule is silent there), `other` for another provider's OpenAI-compatible server (whose
 * request parameters and models are its own), `unknown` where the file does not show it.
 *
 * This module is the one place that decides it: every rule asks it (through `ApiRequest.provider`,
 * `RestEndpoint.provider` or {@link clientProvider}), none reads a host or a client's name itself.
 */
export type Provider = "openai" | "azure" | "other" | "unknown";

/**
 * The one host table. A host that is none of these is another provider's (`other`): a self-hosted server, a gateway
 * that forwards to OpenAI under its own name (Helicone, Portkey), a provider not listed here. The other providers are
 * listed so that the table says what they are, not because an unlisted host is treated differently.
 */
const HOSTS: readonly (readonly [RegExp, Provider])[] = [
  [/^api\.openai\.com$/u, "openai"],
  // Azure OpenAI resources, Azure AI Services and Azure AI Foundry; any other Azure host serves Azure's deployments too.
  [/\.openai\.azure\.com$/u, "azure"],
  [/\.cognitiveservices\.azure\.com$/u, "azure"],
  [/\.services\.ai\.azure\.com$/u, "azure"],
  [/(?:^|\.)azure\.com$/u, "azure"],
  [/(?:^|\.)openrouter\.ai$/u, "other"],
  [/(?:^|\.)groq\.com$/u, "other"],
  [/(?:^|\.)together\.(?:xyz|ai)$/u, "other"],
  [/(?:^|\.)deepseek\.com$/u, "other"],
  [/(?:^|\.)(?:mistral|x|perplexity|fireworks|deepinfra)\.ai$/u, "other"],
  [/^generativelanguage\.googleapis\.com$/u, "other"],
  [/(?:^|\.)helicone\.ai$/u, "other"],
  // Ollama, LM Studio, vLLM and the like on this machine or in a container.
  [/^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\]|host\.docker\.internal)$/u, "other"],
];

/** The provider a host belongs to (`api.openai.com` → `openai`). */
export function providerOfHost(host: string): Provider {
  const name = host.toLowerCase().replace(/\.$/u, "");
  for (const [pattern, provider] of HOSTS) if (pattern.test(name)) return provider;
  return "other";
}

/** The host of a URL: `http://localhost:11434/v1` → `localhost`, and what follows it. */
const URL_HOST = /^(?:[a-z][a-z\d+.-]*:)?\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^/:?#]+)([:/?#])?/iu;

/**
 * The provider a URL's text names. `complete` says whether the text is the whole URL: `http://local${suffix}` goes on
 * past what is known, so its host is not known either.
 */
export function providerOfUrl(text: string, complete: boolean): Provider {
  const match = URL_HOST.exec(text);
  if (match === null || (match[2] === undefined && !complete)) return "unknown";
  return providerOfHost(match[1]!);
}

/** Azure's modules: `@azure/openai`, `@azure/ai-inference`, the AI SDK's `@ai-sdk/azure`. */
const AZURE_MODULE = /^@azure\/|^@ai-sdk\/azure$/u;
/** A name that says Azure: `azureClient`, `this.azureOpenAI`, `AZURE_OPENAI_ENDPOINT`. */
const AZURE_NAME = /azure/iu;

/**
 * Whether a file's text names Azure anywhere (`AzureOpenAI`, `openai.azure.com`, `AZURE_OPENAI_ENDPOINT`). For what a
 * rule finds apart from any request whose provider it can read (a header value, a WebSocket subprotocol, a tool
 * object), a file that may speak to Azure, whose deployments follow Azure's own schedule, is left alone.
 */
export function fileNamesAzure(text: string): boolean {
  return AZURE_NAME.test(text);
}
/** A name that says OpenAI: `OPENAI_BASE_URL`, `this.openaiBase`, `cfg.openai.url`. */
const OPENAI_NAME = /openai/iu;
/** Aliases, wrappers and helper functions followed; real code never chains more. */
const MAX_STEPS = 16;

/**
 * The provider a base URL expression names, from its value where the file shows it: a constant, a template or `+`
 * chain that starts with a host, the default of `process.env.X ?? "https://api.openai.com/v1"`, what a function of
 * this file returns (`${getBaseURL()}/chat/completions`). Where several values are possible, the ones the file shows
 * must agree (`process.env.X` says nothing); `unknown` otherwise.
 */
export function providerOfValue(
  node: TSESTree.Node,
  resolver: Resolver,
  sourceCode: Readonly<TSESLint.SourceCode>,
  step = 0,
  // The functions being read, so that a recursive helper ends: each is read once along a path.
  reading: ReadonlySet<TSESTree.Node> = new Set(),
): Provider {
  if (step > MAX_STEPS) return "unknown";
  node = withoutTypeCasts(node);
  const value = getStaticValue(node, sourceCode.getScope(node));
  if (value !== null) return typeof value.value === "string" ? providerOfUrl(value.value, true) : "unknown";
  switch (node.type) {
    case AST_NODE_TYPES.TemplateLiteral: {
      const head = node.quasis[0]?.value.cooked ?? "";
      if (head !== "" || node.expressions.length === 0) return providerOfUrl(head, node.expressions.length === 0);
      // `${base}/v1`: the base of a base.
      return providerOfValue(node.expressions[0]!, resolver, sourceCode, step + 1, reading);
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (node.operator !== "+") return "unknown";
      const left = getStaticValue(node.left, sourceCode.getScope(node.left));
      if (typeof left?.value === "string") return providerOfUrl(left.value, false);
      return providerOfValue(node.left, resolver, sourceCode, step + 1, reading);
    }
    case AST_NODE_TYPES.LogicalExpression:
      return agreeing([providerOfValue(node.left, resolver, sourceCode, step + 1, reading), providerOfValue(node.right, resolver, sourceCode, step + 1, reading)]);
    case AST_NODE_TYPES.ConditionalExpression:
      return agreeing([
        providerOfValue(node.consequent, resolver, sourceCode, step + 1, reading),
        providerOfValue(node.alternate, resolver, sourceCode, step + 1, reading),
      ]);
    case AST_NODE_TYPES.AwaitExpression:
      return providerOfValue(node.argument, resolver, sourceCode, step + 1, reading);
    case AST_NODE_TYPES.Identifier: {
      const init = resolver.boundInitializer(node);
      return init === null ? importedProvider(node, resolver) : providerOfValue(init, resolver, sourceCode, step + 1, reading);
    }
    case AST_NODE_TYPES.MemberExpression:
      return importedProvider(node, resolver);
    case AST_NODE_TYPES.CallExpression: {
      const fn = calledFunction(node, resolver);
      if (fn === null || reading.has(fn)) return "unknown";
      const returned = returnedValues(fn);
      const inner = new Set(reading).add(fn);
      return returned.length === 0 ? "unknown" : agreeing(returned.map((value) => providerOfValue(value, resolver, sourceCode, step + 1, inner)));
    }
    default:
      return "unknown";
  }
}

/**
 * A base imported from the project's settings (`${API_BASE}/chat/completions`, `new OpenAI({ baseURL: config.llm.url })`):
 * the module it comes from says, read only now that a request's base is asked for (src/analysis/exports.ts).
 */
function importedProvider(node: TSESTree.Node, resolver: Resolver): Provider {
  const imported = resolver.modules.stringOf(node, (identifier) => resolver.findVariable(identifier), resolver.filename);
  return imported === null ? "unknown" : providerOfUrl(imported.value, true);
}

/** The one provider that the known values agree on; `unknown` where none is known or they differ. */
function agreeing(providers: readonly Provider[]): Provider {
  const known = new Set(providers.filter((provider) => provider !== "unknown"));
  return known.size === 1 ? [...known][0]! : "unknown";
}

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** The function of this file a call calls by name: `getBaseURL()` after `function getBaseURL() {…}` or `const getBaseURL = () => …`. */
function calledFunction(call: TSESTree.CallExpression, resolver: Resolver): FunctionNode | null {
  if (call.callee.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = resolver.findVariable(call.callee);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  let fn: TSESTree.Node | null = null;
  if (def?.type === "FunctionName") fn = def.node;
  else if (def?.type === "Variable" && def.node.init !== null) fn = withoutTypeCasts(def.node.init);
  if (
    fn === null ||
    (fn.type !== AST_NODE_TYPES.FunctionDeclaration && fn.type !== AST_NODE_TYPES.FunctionExpression && fn.type !== AST_NODE_TYPES.ArrowFunctionExpression)
  ) {
    return null;
  }
  return fn;
}

/** What a function returns: the `return` arguments of its body (not of functions nested in it), or an arrow's expression. */
function returnedValues(fn: FunctionNode): TSESTree.Node[] {
  if (fn.body === null || fn.body === undefined) return [];
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const values: TSESTree.Node[] = [];
  walkNodes(fn.body, (node) => {
    if (node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.ArrowFunctionExpression) return false;
    if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument !== null) values.push(node.argument);
    return true;
  });
  return values;
}

/**
 * The provider a REST base whose value the file does not show names by its name: `AZURE_OPENAI_ENDPOINT` is Azure's,
 * `OPENAI_BASE_URL` or `this.openaiBase` OpenAI's (an application names a variable after what it holds).
 */
export function providerOfBase(node: TSESTree.Node, resolver: Resolver, sourceCode: Readonly<TSESLint.SourceCode>): Provider {
  const value = providerOfValue(node, resolver, sourceCode);
  if (value !== "unknown") return value;
  const text = sourceCode.getText(node);
  if (AZURE_NAME.test(text)) return "azure";
  return OPENAI_NAME.test(text) ? "openai" : "unknown";
}

/**
 * The provider an options object's base URL (`baseURL`, or another key such as the v3 SDK's `basePath` or
 * LangChain's `configuration.baseURL`) points at; `openai` when it has none, `unknown` when its value cannot be read.
 */
export function providerOfOptions(
  object: TSESTree.ObjectExpression,
  key: string,
  resolver: Resolver,
  sourceCode: Readonly<TSESLint.SourceCode>,
): Provider {
  // The last `baseURL` wins, and a spread after it may replace it.
  let baseURL: TSESTree.Node | null = null;
  let spreadAfter = false;
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      spreadAfter = true;
    } else if (getStaticPropertyKey(property) === key) {
      baseURL = property.value;
      spreadAfter = false;
    }
  }
  if (baseURL === null) return spreadAfter ? "unknown" : "openai";
  if (spreadAfter) return "unknown";
  return providerOfValue(baseURL, resolver, sourceCode);
}

/**
 * Who serves the requests of an SDK call's callee (`llm.responses.create` in `llm.responses.create(…)`), from what
 * the file shows of its client, strongest evidence first:
 * - its construction, followed through never-reassigned bindings, a `let` assigned once and a class field written
 *   once: `new AzureOpenAI(…)` (under any local name) is Azure's; `new OpenAI({ baseURL })` is the provider of that
 *   base (`openai` without one);
 * - a type annotation on a binding or field it passes through: `const client: AzureOpenAI = makeClient()`, a type
 *   imported from an Azure module (`@azure/openai`);
 * - with type information, a client typed `AzureOpenAI`;
 * - a name that says Azure (`azureClient.chat.completions`, `this.azure.responses`).
 * `unknown` where none of these shows (a parameter, a client imported from another module).
 */
export function clientProvider(callee: TSESTree.Node, resolver: Resolver, sourceCode: Readonly<TSESLint.SourceCode>): Provider {
  let annotatedAzure = false;
  let root: TSESTree.Node = callee;
  let node: TSESTree.Node = callee;
  for (let step = 0; step < MAX_STEPS; step++) {
    node = withoutTypeCasts(node);
    if (node.type === AST_NODE_TYPES.ChainExpression) {
      node = node.expression;
      continue;
    }
    if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression) {
      // `this.client`: the class field's annotation and its one write.
      root = node;
      const field = classField(node, resolver);
      if (field === null) break;
      if (field.annotation !== null && isAzureType(field.annotation, resolver)) annotatedAzure = true;
      if (field.value === null) break;
      node = field.value;
      continue;
    }
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      node = node.object;
      continue;
    }
    if (node.type === AST_NODE_TYPES.Identifier) {
      root = node;
      const variable = resolver.findVariable(node);
      const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (def === undefined) break;
      const name = def.type === "Variable" ? def.node.id : def.type === "Parameter" ? def.name : null;
      const annotation = name?.type === AST_NODE_TYPES.Identifier ? name.typeAnnotation?.typeAnnotation : undefined;
      if (annotation != null && isAzureType(annotation, resolver)) annotatedAzure = true;
      if (def.type !== "Variable") break;
      // `const { responses } = client` leads back to `client`; `let client; client = new AzureOpenAI()` to its one write.
      if (def.node.init !== null && !resolver.isReassigned(variable!)) {
        node = def.node.init;
        continue;
      }
      const assigned = resolver.soleAssignment(variable!);
      if (assigned === null) break;
      node = assigned;
      continue;
    }
    if (node.type === AST_NODE_TYPES.NewExpression) {
      if (resolver.resolve(node.callee).kind === "package") return providerOfConstruction(node, resolver, sourceCode);
      if (isAzureImport(node.callee, resolver)) return "azure";
    }
    break;
  }
  if (annotatedAzure) return "azure";
  if (resolver.types?.openaiTypeOf(root)?.name === "AzureOpenAI") return "azure";
  return isNamedForAzure(root) ? "azure" : "unknown";
}

/** `new AzureOpenAI(…)`, `new OpenAI({ baseURL })`. */
function providerOfConstruction(construction: TSESTree.NewExpression, resolver: Resolver, sourceCode: Readonly<TSESLint.SourceCode>): Provider {
  const callee = withoutTypeCasts(construction.callee);
  const className =
    callee.type === AST_NODE_TYPES.Identifier
      ? callee.name
      : callee.type === AST_NODE_TYPES.MemberExpression
        ? getStaticMemberName(callee)
        : null;
  if (className === "AzureOpenAI" || isAzureImport(callee, resolver)) return "azure";
  const options = construction.arguments[0];
  if (options === undefined || options.type === AST_NODE_TYPES.SpreadElement) return "openai";
  const object = resolver.objectLiteralOf(options);
  return object === null ? "openai" : providerOfOptions(object, "baseURL", resolver, sourceCode);
}

/** `import { AzureOpenAI as Client } from "openai"`, or a class from an Azure module: the local name says nothing. */
function isAzureImport(callee: TSESTree.Node, resolver: Resolver): boolean {
  const imported = findImportedBinding(callee, resolver);
  return imported !== null && (imported.name === "AzureOpenAI" || AZURE_MODULE.test(imported.source));
}

/** `AzureOpenAI`, `OpenAI.AzureOpenAI`, or any type imported from an Azure module (`import { OpenAI } from "@azure/openai"`). */
function isAzureType(type: TSESTree.TypeNode, resolver: Resolver): boolean {
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const name = type.typeName;
  if (name.type === AST_NODE_TYPES.TSQualifiedName) return name.right.name === "AzureOpenAI";
  if (name.type !== AST_NODE_TYPES.Identifier) return false;
  const imported = findImportedBinding(name, resolver);
  if (imported !== null) return imported.name === "AzureOpenAI" || AZURE_MODULE.test(imported.source);
  // A type the scope does not resolve (a script, a global): its name is all there is.
  return name.name === "AzureOpenAI" && resolver.findVariable(name) === null;
}

function isNamedForAzure(root: TSESTree.Node): boolean {
  if (root.type === AST_NODE_TYPES.Identifier) return AZURE_NAME.test(root.name);
  if (root.type === AST_NODE_TYPES.MemberExpression) {
    const name = getStaticMemberName(root);
    return name !== null && AZURE_NAME.test(name);
  }
  return false;
}

interface ClassField {
  annotation: TSESTree.TypeNode | null;
  readonly writes: TSESTree.Node[];
}

/** A class field read as `this.<name>`: its annotation, and the one value written to it (field initializer or `this.x =`). */
function classField(member: TSESTree.MemberExpression, resolver: Resolver): { annotation: TSESTree.TypeNode | null; value: TSESTree.Node | null } | null {
  const name = getStaticMemberName(member);
  const owner = enclosingClassBody(member);
  if (name === null || owner === null) return null;
  // Collected in one walk of the class, the first time a request on `this.<field>` asks (kept by the file's resolver).
  const field = resolver.classFields(owner, collectClassFields).get(name);
  if (field === undefined) return { annotation: null, value: null };
  return { annotation: field.annotation, value: field.writes.length === 1 ? field.writes[0]! : null };
}

function collectClassFields(owner: TSESTree.ClassBody): ReadonlyMap<string, ClassField> {
  const fields = new Map<string, ClassField>();
  const fieldNamed = (name: string): ClassField => {
    let field = fields.get(name);
    if (field === undefined) {
      field = { annotation: null, writes: [] };
      fields.set(name, field);
    }
    return field;
  };
  for (const element of owner.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && !element.computed) {
      const name = getStaticPropertyKey(element);
      if (name === null) continue;
      const field = fieldNamed(name);
      field.annotation = element.typeAnnotation?.typeAnnotation ?? field.annotation;
      if (element.value !== null) field.writes.push(element.value);
    }
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.value.body != null) {
      if (element.kind === "constructor") {
        for (const parameter of element.value.params) {
          if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
          const inner = parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
          if (inner.type === AST_NODE_TYPES.Identifier) fieldNamed(inner.name).annotation = inner.typeAnnotation?.typeAnnotation ?? null;
        }
      }
      collectWrites(element.value.body, fieldNamed);
    }
  }
  return fields;
}

/** The class body whose `this` a node's `this` is: the nearest one, past arrow functions only; `null` outside a class. */
function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | null {
  for (let current = node.parent; current != null; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
    if (current.type === AST_NODE_TYPES.FunctionDeclaration || (current.type === AST_NODE_TYPES.FunctionExpression && current.parent?.type !== AST_NODE_TYPES.MethodDefinition)) {
      return null;
    }
  }
  return null;
}

/** `this.<field> = value` anywhere in a method (not in nested functions or classes, whose `this` is another). */
function collectWrites(node: TSESTree.Node, fieldNamed: (name: string) => ClassField): void {
  walkNodes(node, (current) => {
    if (
      current !== node &&
      (current.type === AST_NODE_TYPES.FunctionExpression ||
        current.type === AST_NODE_TYPES.FunctionDeclaration ||
        current.type === AST_NODE_TYPES.ClassDeclaration ||
        current.type === AST_NODE_TYPES.ClassExpression)
    ) {
      return false;
    }
    if (
      current.type === AST_NODE_TYPES.AssignmentExpression &&
      current.left.type === AST_NODE_TYPES.MemberExpression &&
      current.left.object.type === AST_NODE_TYPES.ThisExpression
    ) {
      const name = getStaticMemberName(current.left);
      if (name !== null) fieldNamed(name).writes.push(current.operator === "=" ? current.right : current);
    }
    return true;
  });
}

/** The client construction a callee leads back to (bindings, a `let` assigned once, a class field), or `null`. */
function findClientConstruction(callee: TSESTree.Node, resolver: Resolver): TSESTree.NewExpression | null {
  let node: TSESTree.Node = callee;
  for (let step = 0; step < MAX_STEPS; step++) {
    node = withoutTypeCasts(node);
    if (node.type === AST_NODE_TYPES.ChainExpression) node = node.expression;
    else if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression) {
      const value = classField(node, resolver)?.value ?? null;
      if (value === null) return null;
      node = value;
    } else if (node.type === AST_NODE_TYPES.MemberExpression) node = node.object;
    else if (node.type === AST_NODE_TYPES.Identifier) {
      const init = resolver.boundInitializer(node);
      if (init === null) return null;
      node = init;
    } else if (node.type === AST_NODE_TYPES.NewExpression) {
      return resolver.resolve(node.callee).kind === "package" ? node : null;
    } else return null;
  }
  return null;
}

/**
 * Whether the client is built (in this file, or in a field of this class) with a `baseURL` whose value the file does
 * not show: `new OpenAI({ baseURL })` in an "OpenAI-compatible provider" class, `baseURL: options.url || OPENROUTER`.
 * Such code is written to talk to other servers as well, whose request parameters are their own.
 */
export function hasConfiguredBaseURL(callee: TSESTree.Node, resolver: Resolver, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const construction = findClientConstruction(callee, resolver);
  if (construction === null || providerOfConstruction(construction, resolver, sourceCode) !== "unknown") return false;
  const options = construction.arguments[0];
  const object = options === undefined || options.type === AST_NODE_TYPES.SpreadElement ? null : resolver.objectLiteralOf(options);
  return object !== null && object.properties.some((property) => property.type === AST_NODE_TYPES.Property && getStaticPropertyKey(property) === "baseURL");
}

/** Whether a rule that reports what OpenAI's own API rejects or retires may speak: OpenAI's, or not known to be another's. */
export function mayBeOpenAI(provider: Provider): boolean {
  return provider === "openai" || provider === "unknown";
}
