import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./nodes";

import { RESPONSES_SDK_METHODS } from "../sdk-methods";
import { resultsOf, sdkMethods } from "../sdk-methods";
import { collectRequestProperties, findSdkRequest } from "./requests";
import { boundFunctionName, getStaticMemberName, getStaticPropertyKey, withoutTypeCasts, type Resolver } from "./resolve";
import { pathKey } from "./values";
import { walkNodes } from "./walk";

/**
 * What a value produced by the Responses API is:
 * - `response`: a `Response` (the awaited result of `responses.create` / `parse` / `retrieve`,
 *   `stream.finalResponse()`, the `response` of a `response.completed` event);
 * - `responseStream`: a stream of Responses events (`responses.create({ stream: true })`, `responses.stream(…)`);
 * - `responseEvent`: one of its events (`for await (const event of stream)`, `stream.on(name, (event) => …)`);
 * - `usage`: a response's `usage`.
 */
export type ResponsesValueKind = "response" | "responseStream" | "responseEvent" | "usage";

/** What a Responses call gives: `awaited` once awaited (or in `.then`), `direct` as it is (`responses.stream`). */
interface CallResult {
  readonly awaited: ResponsesValueKind;
  readonly direct: ResponsesValueKind | null;
}

/** The helper stream's own events whose listener gets no Responses event: `error` gets an `OpenAIError`. */
const HELPER_EVENTS_WITHOUT_EVENT: ReadonlySet<string> = new Set(["connect", "error", "abort", "end"]);
/** Listener registration methods of the SDK's `EventStream`, which `ResponseStream` extends. */
const LISTENER_METHODS: ReadonlySet<string> = new Set(["on", "once", "off"]);

type Variable = TSESLint.Scope.Variable;
type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression;

/**
 * Finds Responses values by following the code from the calls that make them, scope-resolved through `const` and
 * never-reassigned bindings, destructuring, `.then` callbacks, `for await` loops and stream listeners. Each value
 * keeps its own origin, so a Chat Completions result in the same file is never taken for one, and a value of unknown
 * origin (a parameter, a REST body) is `null`. With type information, a value syntax cannot follow (a parameter, a
 * value from another module) is classified by its type.
 */
export class ResponsesValues {
  readonly #resolver: Resolver;
  readonly #cache = new Map<TSESTree.Node, ResponsesValueKind | null>();
  /** The file's member reads by name, built on first use by `#membersNamed`. */
  #members: Map<string, TSESTree.MemberExpression[]> | null = null;

  constructor(resolver: Resolver) {
    this.#resolver = resolver;
  }

  /** What `node` evaluates to, or `null` when it is not (known to be) a Responses value. */
  classifyValue(node: TSESTree.Node): ResponsesValueKind | null {
    if (this.#cache.has(node)) return this.#cache.get(node)!;
    // A cycle (`let a = b; let b = a`) meets this placeholder and ends as `null`.
    this.#cache.set(node, null);
    const kind = this.#classifySyntax(node) ?? this.#classifyByType(node);
    this.#cache.set(node, kind);
    return kind;
  }

  /**
   * What the value destructured by an object pattern is: `{ usage }` in `const { usage } = res` is given a
   * `response`, `{ choices }` in `for await (const { choices } of stream)` an event.
   */
  classifyPattern(pattern: TSESTree.ObjectPattern): ResponsesValueKind | null {
    return this.#classifyPatternElement(pattern);
  }

  #classifySyntax(node: TSESTree.Node): ResponsesValueKind | null {
    switch (node.type) {
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        return this.classifyValue(node.expression);
      case AST_NODE_TYPES.AwaitExpression:
        return this.#classifyAwaited(node.argument);
      case AST_NODE_TYPES.CallExpression:
        return this.#callResult(node)?.direct ?? null;
      case AST_NODE_TYPES.MemberExpression: {
        const name = getStaticMemberName(node);
        return name === null ? null : memberKind(this.classifyValue(node.object), name);
      }
      case AST_NODE_TYPES.Identifier:
        return this.#classifyIdentifier(node);
      default:
        return null;
    }
  }

  /** What `await node` (or a `.then` callback on `node`) gets. */
  #classifyAwaited(node: TSESTree.Node, depth = 0): ResponsesValueKind | null {
    const inner = unwrap(node);
    if (inner.type === AST_NODE_TYPES.CallExpression) {
      const result = this.#callResult(inner);
      if (result !== null) return result.awaited;
    }
    // `const pending = client.responses.create(…); … await pending`
    if (inner.type === AST_NODE_TYPES.Identifier && depth < 8) {
      const init = this.#resolver.boundInitializer(inner);
      if (init !== null) {
        const awaited = this.#classifyAwaited(init, depth + 1);
        if (awaited !== null) return awaited;
      }
    }
    // Awaiting a value that is not a promise gives the value itself: `await stream`.
    return this.classifyValue(node);
  }

  /** A Responses SDK call, or `stream.finalResponse()` on a Responses stream. */
  #callResult(call: TSESTree.CallExpression): CallResult | null {
    const request = findSdkRequest(call, this.#resolver, RESPONSES_SDK_METHODS);
    // Azure's deployments follow Azure's own schedule: what its responses hold is not reported.
    if (request?.provider === "azure") return null;
    if (request !== null) {
      if (request.method === "stream") return { awaited: "responseStream", direct: "responseStream" };
      // `responses.parse` never streams.
      if (request.method === "parse") return { awaited: "response", direct: null };
      const streaming = request.object === null ? null : isStreamingRequest(request.object, this.#resolver);
      // A request built elsewhere may or may not stream: say nothing about it.
      if (streaming === null) return null;
      return { awaited: streaming ? "responseStream" : "response", direct: null };
    }
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    const method = getStaticMemberName(callee);
    if (method === "finalResponse" && this.classifyValue(callee.object) === "responseStream") {
      return { awaited: "response", direct: null };
    }
    if (method === "retrieve") return this.#retrieveResult(call, callee);
    return null;
  }

  /** `client.responses.retrieve(id)` gives a `Response`, `retrieve(id, { stream: true })` a stream of its events. */
  #retrieveResult(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression): CallResult | null {
    // Only on a resolved client: `x.responses.retrieve(id)` alone is not distinctive (survey APIs have it too).
    const receiver = this.#resolver.resolveReceiver(callee.object, RESPONSES_SDK_METHODS);
    if (receiver.kind !== "client" || pathKey(receiver.path) !== "responses") return null;
    const query = call.arguments[1];
    if (query === undefined) return { awaited: "response", direct: null };
    if (query.type === AST_NODE_TYPES.SpreadElement) return null;
    const object = this.#resolver.objectLiteralOf(query);
    const streaming = object === null ? null : isStreamingRequest(object, this.#resolver);
    return streaming === null ? null : { awaited: streaming ? "responseStream" : "response", direct: null };
  }

  #classifyIdentifier(node: TSESTree.Identifier): ResponsesValueKind | null {
    const variable = this.#resolver.findVariable(node);
    if (variable === null || variable.defs.length !== 1) return null;
    const def = variable.defs[0]!;
    if (def.type === "Variable") {
      const declarator = def.node;
      if (declarator.id === def.name && !isLoopDeclarator(declarator)) return this.#classifyWrites(variable, declarator);
      // A destructured or loop binding is followed only when nothing else assigns it.
      return isReassigned(variable, def.name) ? null : this.#classifyPatternElement(def.name);
    }
    if (def.type === "Parameter" && def.name.type === AST_NODE_TYPES.Identifier) {
      return isReassigned(variable, def.name) ? null : this.#classifyPatternElement(def.name);
    }
    return null;
  }

  /**
   * A plain binding: what every write to it gives, when they all agree. `const res = await …`, and also
   * `let res; try { res = await client.responses.create(…) } …`; a binding assigned a Chat Completions result
   * anywhere is not a Responses value.
   */
  #classifyWrites(variable: Variable, declarator: TSESTree.VariableDeclarator): ResponsesValueKind | null {
    const sources: TSESTree.Node[] = [];
    if (declarator.init !== null && !isNullish(declarator.init)) sources.push(declarator.init);
    for (const reference of variable.references) {
      if (!reference.isWrite() || reference.identifier === declarator.id) continue;
      const write = reference.identifier.parent;
      if (write?.type !== AST_NODE_TYPES.AssignmentExpression || write.operator !== "=" || write.left !== reference.identifier) {
        // Destructuring assignments, `+=`, `x++`: not followed.
        return null;
      }
      if (!isNullish(write.right)) sources.push(write.right);
    }
    let kind: ResponsesValueKind | null = null;
    for (const source of sources) {
      const next = this.classifyValue(source);
      if (next === null || (kind !== null && next !== kind)) return null;
      kind = next;
    }
    return kind;
  }

  /**
   * What a binding inside a pattern holds: the value its root pattern receives (a declarator's `init`, a loop's
   * item, a callback's argument), read down the pattern's keys (`{ usage: { prompt_tokens } } = res`).
   */
  #classifyPatternElement(element: TSESTree.Node): ResponsesValueKind | null {
    const keys: string[] = [];
    let current = element;
    for (;;) {
      const parent = current.parent;
      if (parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.left === current) {
        current = parent;
      } else if (
        parent?.type === AST_NODE_TYPES.Property &&
        parent.value === current &&
        parent.parent.type === AST_NODE_TYPES.ObjectPattern
      ) {
        const key = getStaticPropertyKey(parent);
        if (key === null) return null;
        keys.unshift(key);
        current = parent.parent;
      } else {
        break;
      }
    }
    let kind = this.#classifyPatternRoot(current);
    for (const key of keys) kind = memberKind(kind, key);
    return kind;
  }

  #classifyPatternRoot(root: TSESTree.Node): ResponsesValueKind | null {
    const parent = root.parent;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id === root) {
      // `for await (const event of stream)`
      if (isLoopDeclarator(parent)) {
        return this.classifyValue((parent.parent.parent as TSESTree.ForOfStatement).right) === "responseStream"
          ? "responseEvent"
          : null;
      }
      return parent.init === null ? null : this.classifyValue(parent.init);
    }
    if (
      (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression || parent?.type === AST_NODE_TYPES.FunctionExpression) &&
      parent.params[0] === root
    ) {
      const kind = this.#classifyCallbackArgument(parent);
      if (kind !== null) return kind;
    }
    if (
      (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
        parent?.type === AST_NODE_TYPES.FunctionExpression ||
        parent?.type === AST_NODE_TYPES.FunctionDeclaration) &&
      parent.params.includes(root as TSESTree.Parameter)
    ) {
      return this.#classifyFromOnlyCaller(parent, parent.params.indexOf(root as TSESTree.Parameter));
    }
    return null;
  }

  /**
   * A helper of this file that receives a Responses value from its one caller:
   * `for await (const event of stream) this.processEvent(event)` with `processEvent(event) { … }` (Roo-Code), or
   * `handle(event)` with `function handle(event) { … }`. Followed only when that call is the helper's only use in the
   * file: a helper called from several places, exported, or passed on as a callback may get other values too.
   */
  #classifyFromOnlyCaller(fn: FunctionNode | TSESTree.FunctionDeclaration, index: number): ResponsesValueKind | null {
    const call = this.#onlyCaller(fn);
    const argument = call?.arguments[index];
    if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return null;
    return this.classifyValue(argument);
  }

  #onlyCaller(fn: FunctionNode | TSESTree.FunctionDeclaration): TSESTree.CallExpression | null {
    const owner = fn.parent;
    // `function handle(event) {}`, `const handle = (event) => {}`: every use of the name is a call, and there is one.
    const name = boundFunctionName(fn);
    if (name !== null) {
      if (isExported(fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn : owner!.parent!)) return null;
      const variable = this.#resolver.findVariable(name);
      const uses = (variable?.references ?? []).filter((reference) => reference.init !== true);
      if (uses.length !== 1) return null;
      const call = uses[0]!.identifier.parent;
      return call?.type === AST_NODE_TYPES.CallExpression && call.callee === uses[0]!.identifier ? call : null;
    }
    // `processEvent(event) {}` or `processEvent = (event) => {}` in a class: `this.processEvent(…)` once, and no
    // other read of a member of that name anywhere in the file.
    // Only a method other modules cannot call: private (`#name`, `private`, `protected`), or of a class not exported.
    if (
      (owner?.type === AST_NODE_TYPES.MethodDefinition || owner?.type === AST_NODE_TYPES.PropertyDefinition) &&
      owner.value === fn &&
      !owner.static &&
      !owner.computed &&
      (owner.key.type === AST_NODE_TYPES.Identifier || owner.key.type === AST_NODE_TYPES.PrivateIdentifier) &&
      (owner.key.type === AST_NODE_TYPES.PrivateIdentifier ||
        owner.accessibility === "private" ||
        owner.accessibility === "protected" ||
        !isExported(owner.parent.parent))
    ) {
      const key = owner.key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${owner.key.name}` : owner.key.name;
      const members = this.#membersNamed(key, fn);
      if (members.length !== 1) return null;
      const member = members[0]!;
      const call = member.parent;
      return member.object.type === AST_NODE_TYPES.ThisExpression && call?.type === AST_NODE_TYPES.CallExpression && call.callee === member
        ? call
        : null;
    }
    return null;
  }

  /** Every `x.name` / `x?.name` of the file (a walk of the whole tree, once per file and only when asked). */
  #membersNamed(name: string, from: TSESTree.Node): TSESTree.MemberExpression[] {
    if (this.#members === null) {
      let root: TSESTree.Node = from;
      while (root.parent != null) root = root.parent;
      const members = new Map<string, TSESTree.MemberExpression[]>();
      walkNodes(root, (node) => {
        if (node.type === AST_NODE_TYPES.MemberExpression) {
          const member = getStaticMemberName(node);
          if (member !== null) {
            const list = members.get(member);
            if (list === undefined) members.set(member, [node]);
            else list.push(node);
          }
        }
      });
      this.#members = members;
    }
    return this.#members.get(name) ?? [];
  }

  /** `call.then((response) => …)` and `stream.on(name, (event) => …)`: what the callback's first parameter gets. */
  #classifyCallbackArgument(fn: FunctionNode): ResponsesValueKind | null {
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression) return null;
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    const method = getStaticMemberName(callee);
    if (method === "then" && call.arguments[0] === fn) return this.#classifyAwaited(callee.object);
    if (method !== null && LISTENER_METHODS.has(method) && call.arguments[1] === fn) {
      const event = call.arguments[0];
      // The listener of `"event"` or of an event type gets an event; `"error"`, `"end"` and the like do not, and a
      // name that cannot be read could be any of them.
      if (
        event?.type !== AST_NODE_TYPES.Literal ||
        typeof event.value !== "string" ||
        HELPER_EVENTS_WITHOUT_EVENT.has(event.value)
      ) {
        return null;
      }
      return this.classifyValue(callee.object) === "responseStream" ? "responseEvent" : null;
    }
    return null;
  }

  #classifyByType(node: TSESTree.Node): ResponsesValueKind | null {
    const types = this.#resolver.types;
    if (types === null || node.type !== AST_NODE_TYPES.Identifier || this.#isChatCompletionsResult(node)) return null;
    // The result of a request that may stream is `Response | Stream<…>`: a read of `choices` or `usage` on it is a
    // read of the `Response` (a stream has neither).
    const kinds = new Set(types.openaiTypesOf(node).map(kindOfDeclaration).filter((kind) => kind !== null));
    if (kinds.has("response")) return "response";
    return kinds.size === 1 ? [...kinds][0]! : null;
  }

  /**
   * `const completion = await x.chat.completions.create(…)`: syntax already knows the value is Chat Completions
   * output (correct code the rule leaves alone), so the checker is not asked; working out the type of that call
   * was most of the rule's typed-linting time on the Agents SDK's Chat Completions model.
   */
  #isChatCompletionsResult(node: TSESTree.Identifier): boolean {
    const init = this.#resolver.boundInitializer(node);
    if (init === null) return false;
    let value = unwrap(init);
    if (value.type === AST_NODE_TYPES.AwaitExpression) value = unwrap(value.argument);
    if (value.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = unwrap(value.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const resource = unwrap(callee.object);
    return resource.type === AST_NODE_TYPES.MemberExpression && getStaticMemberName(resource) === "completions";
  }
}

/** `export function f`, `export const f = …`, `export default function`: callers may be in other modules. */
function isExported(declaration: TSESTree.Node): boolean {
  const parent = declaration.parent;
  return parent?.type === AST_NODE_TYPES.ExportNamedDeclaration || parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration;
}

/** What the Responses methods give, read off the SDK's surface: `Response`, `ParsedResponse`, `ResponseStream`, … */
const RESPONSE_STREAMS = resultsOf(sdkMethods((path, name) => name === "stream" && RESPONSES_SDK_METHODS.get(path)?.has(name) === true));
const RESPONSES = new Set([...resultsOf(RESPONSES_SDK_METHODS)].filter((result) => !RESPONSE_STREAMS.has(result)));
/** The files that declare those responses, where their usage and stream events are declared too. */
const RESPONSES_FILES: ReadonlySet<string> = new Set([...RESPONSES].map((result) => result.slice(0, result.indexOf(":"))));

/** What a value of an `openai` type is, by the type's declaration. */
function kindOfDeclaration(declared: { readonly name: string; readonly module: string }): ResponsesValueKind | null {
  const file = declared.module.replace(/^resources\//u, "");
  const key = `${file}:${declared.name}`;
  if (RESPONSES.has(key)) return "response";
  if (RESPONSE_STREAMS.has(key)) return "responseStream";
  if (RESPONSES_FILES.has(file)) {
    if (declared.name === "ResponseUsage") return "usage";
    if (declared.name.endsWith("Event")) return "responseEvent";
  }
  return null;
}

/** What reading `name` off a value of `kind` gives. */
function memberKind(kind: ResponsesValueKind | null, name: string): ResponsesValueKind | null {
  if (kind === "response" && name === "usage") return "usage";
  // `response.completed`, `response.created`, … carry the response.
  if (kind === "responseEvent" && name === "response") return "response";
  return null;
}

function unwrap(node: TSESTree.Node): TSESTree.Node {
  for (node = withoutTypeCasts(node); node.type === AST_NODE_TYPES.ChainExpression; node = withoutTypeCasts(node.expression));
  return node;
}

/** The declarator of `for (const x of xs)` / `for await (…)`. */
function isLoopDeclarator(declarator: TSESTree.VariableDeclarator): boolean {
  const loop = declarator.parent.parent;
  return loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === declarator.parent;
}

/** Whether anything but its declaration writes the binding. */
function isReassigned(variable: Variable, name: TSESTree.Node): boolean {
  return variable.references.some((reference) => reference.isWrite() && reference.identifier !== name);
}

function isNullish(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && node.value === null && !("regex" in node)) ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === "undefined")
  );
}

/**
 * `true` for `stream: true`, `false` for no `stream` or `stream: false`, `null` when it cannot be told: a non-literal
 * value, a `stream` that only a conditional spread sets, or a spread of an object built elsewhere after the last
 * `stream` (`{ ...baseParams, input }` may carry `stream: true`).
 */
function isStreamingRequest(object: TSESTree.ObjectExpression, resolver: Resolver): boolean | null {
  const stream = collectRequestProperties(object, resolver).filter(({ key }) => key === "stream").at(-1);
  const after = stream === undefined ? -1 : (stream.spread ?? stream.property).range[0];
  const opaqueSpread = object.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.SpreadElement &&
      property.range[0] > after &&
      !isKnownSpread(property.argument, resolver),
  );
  if (opaqueSpread) return null;
  if (stream === undefined) return false;
  // `...(streaming ? { stream: true } : {})`
  if (stream.spread !== null && resolver.objectLiteralOf(stream.spread.argument) === null) return null;
  // `stream: true as const`
  const value = unwrap(stream.property.value);
  return value.type === AST_NODE_TYPES.Literal && typeof value.value === "boolean" ? value.value : null;
}

/** A spread whose properties this file shows: an object literal, or a condition between them (`...(c && { n })`). */
function isKnownSpread(node: TSESTree.Node, resolver: Resolver): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.ConditionalExpression:
      return isKnownSpread(node.consequent, resolver) && isKnownSpread(node.alternate, resolver);
    case AST_NODE_TYPES.LogicalExpression:
      return isKnownSpread(node.right, resolver);
    default:
      return resolver.objectLiteralOf(node) !== null;
  }
}
