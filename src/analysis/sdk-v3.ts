import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./nodes";

import { providerOfOptions, type Provider } from "./provider";
import { findImportedBinding } from "./imports";
import { getStaticMemberName, getStaticPropertyKey, withoutTypeCasts, type Resolver } from "./resolve";

/**
 * The openai v3 SDK's surface: `new OpenAIApi(new Configuration({ apiKey }))` and its `create*` methods, which still
 * send requests. `openai-edge` copies the same API over `fetch`. v3 is not installed here (v4 replaced it in 2023), so
 * this table is written by hand from the v3 package's generated `api.ts` (openai 3.3.0, `class OpenAIApi extends
 * BaseAPI`): a method takes either a request object (`createChatCompletion(createChatCompletionRequest, options)`)
 * or, for multipart uploads, positional arguments (`createTranscription(file, model, prompt, …)`).
 */
export const V3_MODULES: ReadonlySet<string> = new Set(["openai", "openai-edge"]);

/** The v3 client class, and the configuration class its constructor takes. */
export const V3_CLIENT_CLASS = "OpenAIApi";
export const V3_CONFIGURATION_CLASS = "Configuration";

/** A v3 method that sends a model: in its request object (`request`), or as a positional argument (`model`). */
export interface V3Method {
  /** The argument holding the request object, whose `model` is sent. */
  readonly request?: number;
  /** The argument that is the model id itself. */
  readonly model?: number;
  /** The v4 request API the request object is the same as (its parameters are checked as that API's). */
  readonly api?: "chat";
}

export const V3_METHODS: ReadonlyMap<string, V3Method> = new Map<string, V3Method>([
  ["createChatCompletion", { request: 0, api: "chat" }],
  ["createCompletion", { request: 0 }],
  ["createEdit", { request: 0 }],
  ["createEmbedding", { request: 0 }],
  ["createModeration", { request: 0 }],
  ["createFineTune", { request: 0 }],
  // v3's `CreateImageRequest` has no `model` (DALL·E 2 only), but plain JavaScript sends one when it is written.
  ["createImage", { request: 0 }],
  ["createAnswer", { request: 0 }],
  ["createClassification", { request: 0 }],
  ["createTranscription", { model: 1 }],
  ["createTranslation", { model: 1 }],
]);

/** A call of a v3 method on a v3 client, with who serves that client. */
export interface V3Request {
  readonly method: string;
  readonly shape: V3Method;
  readonly provider: Provider;
  /**
   * The client is built here with a base the file does not show (`basePath: process.env.OPENAI_BASE`): code written
   * for OpenAI-compatible servers too, as a `baseURL` of the current SDK is.
   */
  readonly configuredBase: boolean;
}

/**
 * The v3 request `call` is (`openai.createChatCompletion(…)` on `new OpenAIApi(…)` from `openai` or `openai-edge`),
 * or `null`. The client is followed through `const` bindings, class fields and constructor assignments, and a
 * binding annotated `OpenAIApi`; a method of that name on anything else is another library's.
 */
export function findV3Request(call: TSESTree.CallExpression, resolver: Resolver, sourceCode: Readonly<TSESLint.SourceCode>): V3Request | null {
  const callee = withoutTypeCasts(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = getStaticMemberName(callee);
  const shape = method === null ? undefined : V3_METHODS.get(method);
  if (shape === undefined) return null;
  const client = findV3Client(callee.object, resolver, 0);
  if (client === null) return null;
  if (client === "annotated") return { method: method!, shape, provider: "unknown", configuredBase: false };
  const provider = providerOfConstruction(client, resolver, sourceCode);
  return { method: method!, shape, provider, configuredBase: provider === "unknown" };
}

/** Whether `node` (a `new X(…)` callee, an annotation's name) is a v3 class imported from `openai` or `openai-edge`. */
function isV3Class(node: TSESTree.Node, resolver: Resolver, name: string): boolean {
  const imported = findImportedBinding(node, resolver);
  return imported !== null && V3_MODULES.has(imported.source) && imported.name === name;
}

/** `x: OpenAIApi`, `x: openai.OpenAIApi`. */
function isV3Annotation(annotation: TSESTree.TSTypeAnnotation | undefined | null, resolver: Resolver): boolean {
  const type = annotation?.typeAnnotation;
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const name = type.typeName;
  if (name.type === AST_NODE_TYPES.Identifier) return isV3Class(name, resolver, V3_CLIENT_CLASS);
  if (name.type !== AST_NODE_TYPES.TSQualifiedName || name.right.name !== V3_CLIENT_CLASS || name.left.type !== AST_NODE_TYPES.Identifier) return false;
  const imported = findImportedBinding(name.left, resolver);
  return imported !== null && V3_MODULES.has(imported.source) && (imported.name === "*" || imported.name === "default");
}

/** The `new OpenAIApi(…)` the receiver is, `"annotated"` for a binding typed `OpenAIApi`, or `null`. */
function findV3Client(node: TSESTree.Node, resolver: Resolver, depth: number): TSESTree.NewExpression | "annotated" | null {
  node = withoutTypeCasts(node);
  if (depth > 8) return null;
  if (node.type === AST_NODE_TYPES.NewExpression) return isV3Class(node.callee, resolver, V3_CLIENT_CLASS) ? node : null;
  if (node.type === AST_NODE_TYPES.Identifier) {
    const def = resolver.findVariable(node)?.defs[0];
    if ((def?.type === "Variable" || def?.type === "Parameter") && def.name.type === AST_NODE_TYPES.Identifier && isV3Annotation(def.name.typeAnnotation, resolver)) {
      return "annotated";
    }
    const init = resolver.boundInitializer(node);
    return init === null ? null : findV3Client(init, resolver, depth + 1);
  }
  if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression) {
    const name = getStaticMemberName(node);
    return name === null ? null : findV3Field(node, name, resolver, depth);
  }
  return null;
}

/**
 * `this.openai` in a class whose field or constructor makes it a v3 client: `openai = new OpenAIApi(config)`,
 * `private openai: OpenAIApi`, `constructor(private openai: OpenAIApi)`, or `this.openai = new OpenAIApi(config)`
 * as the constructor's only assignment to it.
 */
function findV3Field(node: TSESTree.MemberExpression, name: string, resolver: Resolver, depth: number): TSESTree.NewExpression | "annotated" | null {
  // The Program's `parent` is `null` in typescript-eslint's tree: `this.openai` outside a class.
  let body: TSESTree.Node | null | undefined = node.parent;
  while (body != null && body.type !== AST_NODE_TYPES.ClassBody) body = body.parent;
  if (body == null) return null;
  const values: TSESTree.Node[] = [];
  for (const element of (body as TSESTree.ClassBody).body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && getStaticPropertyKey(element) === name) {
      if (isV3Annotation(element.typeAnnotation, resolver)) return "annotated";
      if (element.value !== null) values.push(element.value);
    }
    if (element.type !== AST_NODE_TYPES.MethodDefinition || element.kind !== "constructor") continue;
    for (const parameter of element.value.params) {
      if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
      const binding = parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
      if (binding.type === AST_NODE_TYPES.Identifier && binding.name === name && isV3Annotation(binding.typeAnnotation, resolver)) return "annotated";
    }
    for (const statement of element.value.body?.body ?? []) {
      const expression = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : null;
      if (
        expression?.type === AST_NODE_TYPES.AssignmentExpression &&
        expression.operator === "=" &&
        expression.left.type === AST_NODE_TYPES.MemberExpression &&
        expression.left.object.type === AST_NODE_TYPES.ThisExpression &&
        getStaticMemberName(expression.left) === name
      ) {
        values.push(expression.right);
      }
    }
  }
  if (values.length !== 1) return null;
  return findV3Client(values[0]!, resolver, depth + 1);
}

/** Who serves a v3 client: the `basePath` of its `Configuration` (Azure and proxies set one), else OpenAI. */
function providerOfConstruction(client: TSESTree.NewExpression, resolver: Resolver, sourceCode: Readonly<TSESLint.SourceCode>): Provider {
  // `new OpenAIApi(configuration, basePath)`: a base given apart is not followed.
  if (client.arguments.length > 1) return "unknown";
  const argument = client.arguments[0];
  if (argument === undefined) return "openai";
  if (argument.type === AST_NODE_TYPES.SpreadElement) return "unknown";
  let configuration: TSESTree.Node = withoutTypeCasts(argument);
  if (configuration.type === AST_NODE_TYPES.Identifier) configuration = resolver.boundInitializer(configuration) ?? configuration;
  configuration = withoutTypeCasts(configuration);
  if (configuration.type !== AST_NODE_TYPES.NewExpression || !isV3Class(configuration.callee, resolver, V3_CONFIGURATION_CLASS)) return "unknown";
  const options = configuration.arguments[0];
  if (options === undefined) return "openai";
  const object = options.type === AST_NODE_TYPES.SpreadElement ? null : resolver.objectLiteralOf(options);
  return object === null ? "unknown" : providerOfOptions(object, "basePath", resolver, sourceCode);
}
