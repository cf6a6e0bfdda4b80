import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { getStaticPropertyKey, type Resolver } from "./resolve";

/** Hosts that serve OpenAI's own API: `api.openai.com` and Azure OpenAI resources. */
const OPENAI_HOST = /^(?:api\.openai\.com|[^.]+\.openai\.azure\.com|[^.]+\.cognitiveservices\.azure\.com|[^.]+\.services\.ai\.azure\.com)$/iu;
/** Azure's hosts for OpenAI models. */
const AZURE_HOST = /\.azure\.com$/iu;
/** The host of a URL: `http://localhost:11434/v1` → `localhost`. */
const URL_HOST = /^[a-z][a-z\d+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]+)([:/?#])?/iu;
/** Aliases and wrappers followed back to the client; real code never chains more. */
const MAX_STEPS = 16;

/**
 * Whether an SDK call's callee (`llm.responses.create` in `llm.responses.create(…)`) belongs to a client built
 * in this file for another provider's OpenAI-compatible server: `new OpenAI({ baseURL: "http://localhost:11434/v1" })`
 * for Ollama, LM Studio, vLLM, OpenRouter and the like, which take request parameters of their own.
 *
 * `false` wherever that cannot be seen (a client from another module, a `baseURL` from an environment variable, a
 * class field): such requests count as OpenAI's. Gateways that forward to OpenAI under another host (Helicone,
 * Portkey) count as other providers; a rule that reports what OpenAI rejects stays silent there.
 */
export function isOtherProviderClient(
  callee: TSESTree.Node,
  resolver: Resolver,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  return clientProvider(callee, resolver, sourceCode) === "other";
}

/**
 * Who serves a client's requests, as far as this file shows: `azure` for `new AzureOpenAI(…)` or an Azure `baseURL`
 * (deployments there follow Azure's own retirement schedule), `other` for another provider's server, `openai` for a
 * client built here with neither, and `unknown` where the construction cannot be seen.
 */
export type ClientProvider = "openai" | "azure" | "other" | "unknown";

export function clientProvider(callee: TSESTree.Node, resolver: Resolver, sourceCode: Readonly<TSESLint.SourceCode>): ClientProvider {
  const construction = findClientConstruction(callee, resolver);
  if (construction === null) return "unknown";
  const className =
    construction.callee.type === AST_NODE_TYPES.Identifier
      ? construction.callee.name
      : construction.callee.type === AST_NODE_TYPES.MemberExpression && construction.callee.property.type === AST_NODE_TYPES.Identifier
        ? construction.callee.property.name
        : null;
  if (className === "AzureOpenAI" || isAzureImport(construction.callee, resolver)) return "azure";
  const options = construction.arguments[0];
  if (options === undefined || options.type === AST_NODE_TYPES.SpreadElement) return "openai";
  const object = resolver.objectLiteralOf(options);
  return object === null ? "openai" : providerOfOptions(object, "baseURL", sourceCode);
}

/** `import { AzureOpenAI as Client } from "openai"`: the class's local name says nothing. */
function isAzureImport(callee: TSESTree.Node, resolver: Resolver): boolean {
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const def = resolver.findVariable(callee)?.defs[0];
  return def?.type === "ImportBinding" && def.node.type === AST_NODE_TYPES.ImportSpecifier && def.node.imported.type === AST_NODE_TYPES.Identifier && def.node.imported.name === "AzureOpenAI";
}

/**
 * The provider an options object's base URL (`baseURL`, or another key such as the AI SDK's `baseURL` or LangChain's
 * `configuration.baseURL`) points at; `openai` when it has none, `unknown` when its value cannot be read.
 */
export function providerOfOptions(object: TSESTree.ObjectExpression, key: string, sourceCode: Readonly<TSESLint.SourceCode>): ClientProvider {
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
  const { text, complete } = leadingText(baseURL, sourceCode);
  const match = URL_HOST.exec(text);
  // `http://local${suffix}`: the host goes on past what is known.
  if (match === null || (match[2] === undefined && !complete)) return "unknown";
  const host = match[1]!;
  if (AZURE_HOST.test(host)) return "azure";
  return OPENAI_HOST.test(host) ? "openai" : "other";
}

/** The `new OpenAI(…)` a member chain leads back to through never-reassigned bindings, or `null`. */
export function findClientConstruction(chain: TSESTree.Node, resolver: Resolver): TSESTree.NewExpression | null {
  let node = chain;
  for (let step = 0; step < MAX_STEPS; step++) {
    switch (node.type) {
      case AST_NODE_TYPES.MemberExpression:
        node = node.object;
        break;
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        node = node.expression;
        break;
      case AST_NODE_TYPES.Identifier: {
        const variable = resolver.findVariable(node);
        const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
        if (def?.type !== "Variable" || def.node.init === null) return null;
        const init = def.node.init;
        // `const { responses } = client` leads back to `client`; a reassigned `let` leads nowhere certain.
        if (resolver.isReassigned(variable!)) return null;
        node = init;
        break;
      }
      case AST_NODE_TYPES.NewExpression:
        return resolver.resolve(node.callee).kind === "package" ? node : null;
      default:
        return null;
    }
  }
  return null;
}

/**
 * The text a string expression is known to start with (all of a constant, the head of a template or of a `+` chain),
 * and whether that is the whole of it.
 */
function leadingText(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): { text: string; complete: boolean } {
  const value = ASTUtils.getStaticValue(node, sourceCode.getScope(node));
  if (value !== null) return { text: typeof value.value === "string" ? value.value : "", complete: typeof value.value === "string" };
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return { text: node.quasis[0]?.value.cooked ?? "", complete: false };
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === "+") {
    const left = ASTUtils.getStaticValue(node.left, sourceCode.getScope(node.left));
    if (typeof left?.value !== "string") return leadingText(node.left, sourceCode);
    return { text: left.value + leadingText(node.right, sourceCode).text, complete: false };
  }
  return { text: "", complete: false };
}
