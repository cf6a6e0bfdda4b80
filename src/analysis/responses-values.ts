import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";

import { RESPONSES_SDK_METHODS } from "../deprecations";
import { collectRequestProperties, findSdkRequest } from "./requests";
import { getStaticMemberName, getStaticPropertyKey, type Resolver } from "./resolve";

/**
 * What a value produced by the Responses API is:
 * - `response`: a `Response` (the awaited result of `responses.create` / `parse`, `stream.finalResponse()`);
 * - `responseStream`: a stream of Responses events (`responses.create({ stream: true })`, `responses.stream(…)`);
 * - `responseEvent`: one of its events (`for await (const event of stream)`, `stream.on(name, (event) => …)`);
 * - `usage`: a response's `usage`.
 */
export type ResponsesValueKind = "response" | "responseStream" | "responseEvent" | "usage";

/** What a Responses call gives: the call itself is a promise of it (or, for `responses.stream`, the stream). */
type CallResult = { readonly awaited: ResponsesValueKind; readonly direct: ResponsesValueKind | null };

/**
 * Finds Responses values by following the code from the calls that make them: each value keeps its own origin, so a
 * Chat Completions result in the same file is never taken for one. With type information, a value syntax cannot
 * follow (a parameter, a value from another module) is classified by its type.
 */
export class ResponsesValues {
  readonly #resolver: Resolver;
  readonly #cache = new Map<TSESTree.Node, ResponsesValueKind | null>();

  constructor(resolver: Resolver) {
    this.#resolver = resolver;
  }

  classify(node: TSESTree.Node): ResponsesValueKind | null {
    if (this.#cache.has(node)) return this.#cache.get(node)!;
    this.#cache.set(node, null);
    const kind = this.#classify(node) ?? this.#classifyByType(node);
    this.#cache.set(node, kind);
    return kind;
  }

  #classify(node: TSESTree.Node): ResponsesValueKind | null {
    switch (node.type) {
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        return this.classify(node.expression);
      case AST_NODE_TYPES.AwaitExpression:
        return this.#classifyAwaited(node.argument);
      case AST_NODE_TYPES.CallExpression:
        return this.#callResult(node)?.direct ?? null;
      case AST_NODE_TYPES.MemberExpression:
        return getStaticMemberName(node) === "usage" && this.classify(node.object) === "response" ? "usage" : null;
      case AST_NODE_TYPES.Identifier:
        return this.#classifyIdentifier(node);
      default:
        return null;
    }
  }

  #classifyAwaited(node: TSESTree.Node): ResponsesValueKind | null {
    const inner = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
    if (inner.type === AST_NODE_TYPES.CallExpression) {
      const result = this.#callResult(inner);
      if (result !== null) return result.awaited;
    }
    // `await stream` of a value already known.
    const known = this.classify(node);
    return known === "responseStream" || known === "response" ? known : null;
  }

  /** A Responses SDK call, or `stream.finalResponse()` on a Responses stream. */
  #callResult(call: TSESTree.CallExpression): CallResult | null {
    const request = findSdkRequest(call, this.#resolver, RESPONSES_SDK_METHODS);
    if (request !== null) {
      if (request.method === "stream") return { awaited: "responseStream", direct: "responseStream" };
      const streaming = request.object === null ? null : isStreamingRequest(request.object, this.#resolver);
      // A request built elsewhere may or may not stream: say nothing about it.
      if (streaming === null) return null;
      return { awaited: streaming ? "responseStream" : "response", direct: null };
    }
    const callee = call.callee;
    if (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      getStaticMemberName(callee) === "finalResponse" &&
      this.classify(callee.object) === "responseStream"
    ) {
      return { awaited: "response", direct: null };
    }
    return null;
  }

  #classifyIdentifier(node: TSESTree.Identifier): ResponsesValueKind | null {
    const variable = this.#resolver.findVariable(node);
    if (variable === null || variable.defs.length !== 1) return null;
    const def = variable.defs[0]!;
    if (def.type === "Variable") {
      if (variable.references.some((reference) => reference.isWrite() && reference.init !== true)) return null;
      const loop = def.node.parent.parent;
      if (loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === def.node.parent) {
        // `for await (const event of stream)`
        return def.node.id === def.name && this.classify(loop.right) === "responseStream" ? "responseEvent" : null;
      }
      if (def.node.init === null) return null;
      if (def.node.id === def.name) return this.classify(def.node.init);
      // `const { usage } = response`
      if (def.node.id.type === AST_NODE_TYPES.ObjectPattern) {
        const property = def.node.id.properties.find(
          (item): item is TSESTree.Property => item.type === AST_NODE_TYPES.Property && item.value === def.name,
        );
        if (property !== undefined && getStaticPropertyKey(property) === "usage" && this.classify(def.node.init) === "response") {
          return "usage";
        }
      }
      return null;
    }
    if (def.type === "Parameter") return this.#classifyCallbackParameter(def.node, def.name);
    return null;
  }

  /** `call.then((response) => …)` and `stream.on(name, (event) => …)`: the first parameter of the callback. */
  #classifyCallbackParameter(fn: TSESTree.Node, name: TSESTree.Node): ResponsesValueKind | null {
    if (
      (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) ||
      fn.params[0] !== name
    ) {
      return null;
    }
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    const method = getStaticMemberName(call.callee);
    const receiver = call.callee.object;
    if (method === "then" && call.arguments[0] === fn && receiver.type === AST_NODE_TYPES.CallExpression) {
      return this.#callResult(receiver)?.awaited ?? null;
    }
    if (method === "on" && call.arguments[1] === fn && this.classify(receiver) === "responseStream") return "responseEvent";
    return null;
  }

  #classifyByType(node: TSESTree.Node): ResponsesValueKind | null {
    const types = this.#resolver.types;
    if (types === null || node.type !== AST_NODE_TYPES.Identifier) return null;
    const declared = types.openaiTypeOf(node);
    if (declared === null) return null;
    if (declared.module === "resources/responses/responses") {
      if (declared.name === "Response" || declared.name === "ParsedResponse") return "response";
      if (declared.name === "ResponseUsage") return "usage";
      if (declared.name.endsWith("Event")) return "responseEvent";
    }
    if (declared.module === "lib/responses/ResponseStream" && declared.name === "ResponseStream") return "responseStream";
    return null;
  }
}

/** `true` for `stream: true`, `false` for no `stream` or `stream: false`, `null` when it cannot be told. */
function isStreamingRequest(object: TSESTree.ObjectExpression, resolver: Resolver): boolean | null {
  const stream = collectRequestProperties(object, resolver).filter(({ key }) => key === "stream").at(-1);
  if (stream === undefined) return false;
  const value = stream.property.value;
  return value.type === AST_NODE_TYPES.Literal && typeof value.value === "boolean" ? value.value : null;
}
