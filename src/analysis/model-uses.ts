import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { getStaticValue } from "@typescript-eslint/utils/ast-utils";
import { AST_NODE_TYPES } from "./nodes";

import { clientProvider, mayBeOpenAI, providerOfOptions } from "./provider";
import { findImportedBinding } from "./imports";
import { ModelRouters, splitRoutedModel, type RoutedModel } from "./model-routers";
import { boundFunctionName, getStaticMemberName, getStaticPropertyKey, withoutTypeCasts, type Resolver } from "./resolve";
import { findRequestBody, isJsonStringify, requestOfWrite, type RestAnalysis, type RestEndpoint } from "./rest";
import { methodNames } from "./sdk";
import { findV3Request, V3_METHODS } from "./sdk-v3";
import { MODEL_REQUEST_METHODS, NESTED_MODEL_KEYS, sdkRequest } from "../sdk-methods";
import { pathKey } from "./values";
import { walkNodes } from "./walk";

/** The Agents SDK's packages, and the classes whose options name a model (with the argument that holds them). */
const AGENTS_MODULES = /^@openai\/agents(?:-core|-openai|-realtime)?(?:\/realtime)?$/u;
const AGENTS_OPTIONS_CLASSES: ReadonlyMap<string, number> = new Map([
  ["Agent", 0],
  ["RealtimeAgent", 0],
  ["Runner", 0],
  ["RealtimeSession", 1],
]);
/** `new OpenAIResponsesModel(client, "gpt-4.1")`: the model is the second argument. */
const AGENTS_MODEL_CLASSES: ReadonlySet<string> = new Set(["OpenAIResponsesModel", "OpenAIResponsesWSModel", "OpenAIChatCompletionsModel"]);

/** The Vercel AI SDK's OpenAI provider: `openai("gpt-4o")`, `openai.chat("gpt-4o")`, a `createOpenAI(…)` provider. */
const AI_SDK_MODULE = "@ai-sdk/openai";
const AI_SDK_MODEL_METHODS: ReadonlySet<string> = new Set([
  "chat",
  "responses",
  "completion",
  "embedding",
  "textEmbedding",
  "textEmbeddingModel",
  "embeddingModel",
  "image",
  "imageModel",
  "transcription",
  "speech",
  "languageModel",
]);

/** LangChain's OpenAI classes, whose options take `model` or `modelName` (Azure's classes are not here). */
const LANGCHAIN_MODULES = /^(?:@langchain\/openai|langchain\/(?:chat_models|llms|embeddings)\/openai)$/u;
const LANGCHAIN_CLASSES: ReadonlySet<string> = new Set(["ChatOpenAI", "OpenAI", "OpenAIEmbeddings", "DallEAPIWrapper"]);

/** Option keys under which HTTP clients take a JSON body without `JSON.stringify` (got and ky, axios). */
const REST_BODY_KEYS: ReadonlySet<string> = new Set(["json", "data", "body"]);

/**
 * Where a Realtime client event names a model (`session.update`, and the beta `transcription_session.update`): the
 * session's model, its input transcription model (GA), and the beta's `input_audio_transcription.model`.
 */
const REALTIME_EVENT_MODEL_KEYS: ReadonlySet<string> = new Set([
  "session.model",
  "session.audio.input.transcription.model",
  "session.input_audio_transcription.model",
  "input_audio_transcription.model",
]);
const REALTIME_EVENT_TYPES: ReadonlySet<string> = new Set(["session.update", "transcription_session.update"]);
/** The data channel label of OpenAI's WebRTC guide: `pc.createDataChannel("oai-events")`. */
const REALTIME_DATA_CHANNEL = "oai-events";
/** Modules whose `WebSocket` and `FormData` classes are the standard ones (or close enough to send the same bytes). */
const WEBSOCKET_MODULES: ReadonlySet<string> = new Set(["ws", "isomorphic-ws", "undici"]);
const FORM_DATA_MODULES: ReadonlySet<string> = new Set(["form-data", "formdata-node", "undici", "node-fetch"]);

/** `form.append("model", id)`, `url.searchParams.set("model", id)`: the methods that write a model field. */
const MODEL_FIELD_WRITE_METHODS: ReadonlySet<string> = new Set(["append", "set"]);
/** LangChain's `chat.moderateContent(text, { model })`. */
const LANGCHAIN_MODERATE_CONTENT = "moderateContent";

/**
 * The method names under which a call `x.name(…)` may take a model, or options naming one, in an argument after its
 * first: the SDK's requests (`accept(callID, body)`), the v3 SDK's (`createTranscription(file, "whisper-1")`), a
 * field write, LangChain's `moderateContent`; the frameworks' are ModelRouters' (`takesLaterArgument`).
 */
const LATER_ARGUMENT_METHODS: ReadonlySet<string> = new Set([
  ...methodNames(MODEL_REQUEST_METHODS),
  ...V3_METHODS.keys(),
  ...MODEL_FIELD_WRITE_METHODS,
  LANGCHAIN_MODERATE_CONTENT,
]);

/** The keys whose value is the model itself: `model`, LangChain's `modelName` and `moderationModel`. */
export const MODEL_KEYS: ReadonlySet<string> = new Set(["model", "modelName", "moderationModel"]);

/** Aliases, spreads and bindings followed from a string to where it is used; real code never chains more. */
const MAX_STEPS = 8;

type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/** The keys under which a constant object's reads reach the model, or any key (`MODELS[tier]`). */
interface ObjectReads {
  readonly keys: ReadonlySet<string>;
  readonly anyKey: boolean;
}

/**
 * Whether a string value reaches the model of an OpenAI request: an SDK request on an OpenAI client, a REST body
 * sent to `api.openai.com`, the Agents SDK, the AI SDK's OpenAI provider or LangChain's OpenAI classes.
 *
 * The value is followed the way it flows: through conditionals and `??` / `||` defaults, casts, `const` and
 * never-reassigned `let` bindings, parameter defaults, class fields read as `this.x`, properties of a constant
 * object read as `MODELS.x`, and request objects held in constants or spread into others. Everything else (a
 * comparison, a key, a log line, a type, an array of choices) is not a use.
 */
export class ModelUses {
  readonly #resolver: Resolver;
  readonly #rest: RestAnalysis;
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  readonly #routers: ModelRouters;
  /** `#soleFieldReads` by class body and field name. */
  readonly #classFields = new Map<TSESTree.ClassBody, Map<string, readonly TSESTree.MemberExpression[] | null>>();
  /**
   * Whether the value of a node many strings lead to reaches the model (a lookup object's read, a function's call, the
   * function itself), by model and step: asked once, not once per string, which made a table of n ids read n times, or
   * a function of n returns called n times, cost n² (`scripts/benchmark.mjs --pathological`: `lookup reads`,
   * `function returns`).
   */
  readonly #reaches = new Map<TSESTree.Node, Map<string, boolean>>();
  /** {@link #readsReaching} by object, model and step. */
  readonly #objectReads = new Map<TSESTree.Node, Map<string, ObjectReads>>();
  /** The string being followed, as the frameworks in model-routers.ts spell it (`openai/gpt-4o` is not a bare id). */
  #model: RoutedModel = splitRoutedModel("");

  constructor(resolver: Resolver, rest: RestAnalysis, sourceCode: Readonly<TSESLint.SourceCode>) {
    this.#resolver = resolver;
    this.#rest = rest;
    this.#sourceCode = sourceCode;
    this.#routers = new ModelRouters(resolver, sourceCode);
  }

  /**
   * Whether the string at `node` is sent to OpenAI as a model. `model` is how it is spelled: a bare id counts in every
   * position below, `openai/…` and `openai:…` only where a framework routes them to OpenAI.
   */
  reachesOpenAIModel(node: TSESTree.Expression, model: RoutedModel = splitRoutedModel("")): boolean {
    this.#model = model;
    try {
      return this.#valueReachesModel(node, 0, new Set());
    } finally {
      this.#model = splitRoutedModel("");
    }
  }

  /**
   * Whether the object at `node` (an imported settings object, whole or spread into another) is the options of an
   * OpenAI request or model that would send its `model`: `client.chat.completions.create(defaults)`, or the object
   * `{ ...defaults, messages }` when nothing after the spread sets `model` again.
   */
  optionsReachOpenAIModel(node: TSESTree.Expression, model: RoutedModel = splitRoutedModel("")): boolean {
    this.#model = model;
    try {
      const parent = node.parent;
      if (parent?.type !== AST_NODE_TYPES.SpreadElement) return this.#objectIsModelOptions(node, "model", 0, new Set());
      const outer = parent.parent;
      if (outer.type !== AST_NODE_TYPES.ObjectExpression) return false;
      const after = outer.properties.slice(outer.properties.indexOf(parent) + 1);
      // A later `model` (or a later spread, which may hold one) decides the model instead.
      if (after.some((property) => property.type === AST_NODE_TYPES.SpreadElement || getStaticPropertyKey(property) === null || getStaticPropertyKey(property) === "model")) {
        return false;
      }
      return this.#objectIsModelOptions(outer, "model", 0, new Set());
    } finally {
      this.#model = splitRoutedModel("");
    }
  }

  /**
   * Whether the `index`th argument of `call` may be where a model, or options naming one, is sent, judged by the
   * callee's name alone: after its first argument, a call `x.name(…)` takes one only under the names above and the
   * routers'. `#callTakesModel` and `#callTakesOptions` ask this first, so a position added there and not here fails
   * its tests rather than going unseen; false proves `reachesOpenAIModel` and `optionsReachOpenAIModel` false for a
   * value given as that argument that is not an object literal (`x.getAPIList(path, Page)` in
   * src/analysis/imported-models.ts).
   */
  static argumentMayTakeModel(call: Call, index: number): boolean {
    if (index === 0 || call.type !== AST_NODE_TYPES.CallExpression) return true;
    const callee = withoutTypeCasts(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return true;
    const method = getStaticMemberName(callee);
    return method === null || LATER_ARGUMENT_METHODS.has(method) || ModelRouters.takesLaterArgument(method);
  }

  /** Every place the value of `node` lands after the aliases above, as the nodes whose parent uses it. */
  #uses(node: TSESTree.Node, step: number, seen: Set<TSESTree.Node>, visit: (use: TSESTree.Node, step: number) => boolean): boolean {
    if (step > MAX_STEPS || seen.has(node)) return false;
    seen.add(node);
    const parent = node.parent;
    if (parent === undefined) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.ConditionalExpression:
        return parent.test !== node && this.#uses(parent, step, seen, visit);
      case AST_NODE_TYPES.LogicalExpression:
        // `env ?? "gpt-4o"`, `a || "gpt-4o"`, `ok && "gpt-4o"`; the left side of `&&` is the value only when falsy.
        return !(parent.operator === "&&" && parent.left === node) && this.#uses(parent, step, seen, visit);
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        return this.#uses(parent, step, seen, visit);
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier && this.#bindingUses(parent.id, step, seen, visit);
      case AST_NODE_TYPES.AssignmentPattern:
        // A parameter's or a destructured name's default: `function ask(model = "gpt-4o")`.
        return parent.right === node && parent.left.type === AST_NODE_TYPES.Identifier && this.#bindingUses(parent.left, step, seen, visit);
      case AST_NODE_TYPES.PropertyDefinition:
        return parent.value === node && this.#classFieldUses(parent, null, step, seen, visit);
      case AST_NODE_TYPES.AssignmentExpression:
        if (parent.right === node && parent.operator === "=" && parent.left.type === AST_NODE_TYPES.MemberExpression && parent.left.object.type === AST_NODE_TYPES.ThisExpression) {
          return this.#classFieldUses(null, parent.left, step, seen, visit);
        }
        return visit(node, step);
      case AST_NODE_TYPES.AwaitExpression:
        // `await x` is `x` where `x` is no promise, and an async function's result where it is its call.
        return this.#uses(parent, step, seen, visit);
      case AST_NODE_TYPES.ReturnStatement:
        // `function pickModel(tier) { … return "gpt-4o"; }`: where the function of the file is called.
        return this.#resultUses(enclosingFunction(parent), step, seen, visit);
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return parent.body === node && this.#resultUses(parent, step, seen, visit);
      default:
        return visit(node, step);
    }
  }

  /**
   * The calls of a function of this file, each followed on as the value it returns: a function declared by name, or
   * held by a binding never assigned again (`const pick = (tier) => …`). An async function's call counts where it is
   * awaited; a generator's, a method's and a function passed on are not followed.
   */
  #resultUses(
    fn: TSESTree.FunctionLike | null,
    step: number,
    seen: Set<TSESTree.Node>,
    visit: (use: TSESTree.Node, step: number) => boolean,
  ): boolean {
    if (fn === null || fn.generator) return false;
    if (visit === this.#reachesModelVisit) return this.#reachesOnce(fn, step, () => this.#callsUse(fn, step, new Set(), visit));
    return this.#callsUse(fn, step, seen, visit);
  }

  #callsUse(fn: TSESTree.FunctionLike, step: number, seen: Set<TSESTree.Node>, visit: (use: TSESTree.Node, step: number) => boolean): boolean {
    const name = boundFunctionName(fn);
    const variable = name === null ? null : this.#resolver.findVariable(name);
    if (variable === null || variable.references.some((reference) => reference.isWrite() && reference.init !== true)) return false;
    return variable.references.some((reference) => {
      const call = reference.identifier.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference.identifier) return false;
      if (fn.async && call.parent?.type !== AST_NODE_TYPES.AwaitExpression) return false;
      return this.#uses(call, step + 1, seen, visit);
    });
  }

  /** The reads of a binding that is never assigned again, each followed on. */
  #bindingUses(name: TSESTree.Identifier, step: number, seen: Set<TSESTree.Node>, visit: (use: TSESTree.Node, step: number) => boolean): boolean {
    const variable = this.#resolver.findVariable(name);
    if (variable === null) return false;
    // The declaration's own writes (its `init`, a parameter's or a pattern's default) are `init` references.
    if (variable.references.some((reference) => reference.isWrite() && reference.init !== true)) return false;
    return variable.references.some((reference) => reference.isRead() && this.#uses(reference.identifier, step + 1, seen, visit));
  }

  /**
   * `model = "gpt-4o"` as a class field, or `this.model = "gpt-4o"` in a method: its `this.model` reads in the same
   * class, when that is the field's only value.
   */
  #classFieldUses(
    field: TSESTree.PropertyDefinition | null,
    member: TSESTree.MemberExpression | null,
    step: number,
    seen: Set<TSESTree.Node>,
    visit: (use: TSESTree.Node, step: number) => boolean,
  ): boolean {
    const name = field !== null ? (field.computed ? null : getStaticPropertyKey(field)) : getStaticMemberName(member!);
    // The Program's `parent` is `null` in typescript-eslint's tree and absent in espree's: `this.model` outside a class.
    let classBody: TSESTree.Node | null | undefined = field?.parent ?? member!.parent;
    while (classBody != null && classBody.type !== AST_NODE_TYPES.ClassBody) classBody = classBody.parent;
    if (name === null || classBody == null || field?.static === true) return false;
    const reads = this.#soleFieldReads(classBody as TSESTree.ClassBody, name);
    return reads !== null && reads.some((read) => this.#uses(read, step + 1, seen, visit));
  }

  /**
   * The `this.name` reads in a class body when the field is given one value there (its initializer or one
   * `this.name = …`), else `null`. Read once per class and name: every string followed to the field asks again, once per
   * spelling it is tried under.
   */
  #soleFieldReads(classBody: TSESTree.ClassBody, name: string): readonly TSESTree.MemberExpression[] | null {
    let fields = this.#classFields.get(classBody);
    if (fields === undefined) this.#classFields.set(classBody, (fields = new Map()));
    let found = fields.get(name);
    if (found === undefined) {
      const reads: TSESTree.MemberExpression[] = [];
      let values = 0;
      for (const element of classBody.body) {
        if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && !element.computed && getStaticPropertyKey(element) === name && element.value !== null) values++;
      }
      walkNodes(classBody, (node) => {
        if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.ThisExpression || getStaticMemberName(node) !== name) return;
        const parent = node.parent;
        const writes = (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) || parent?.type === AST_NODE_TYPES.UpdateExpression;
        if (writes) values++;
        else reads.push(node);
      });
      found = values === 1 ? reads : null;
      fields.set(name, found);
    }
    return found;
  }

  /** An answer about `node` kept in `answers` for the string being followed, spelled as it is, at `step`. */
  #kept<T>(answers: Map<TSESTree.Node, Map<string, T>>, node: TSESTree.Node, step: number, answer: () => T): T {
    const key = `${this.#model.prefix}\0${this.#model.id}\0${step}`;
    let byModel = answers.get(node);
    if (byModel === undefined) answers.set(node, (byModel = new Map()));
    let kept = byModel.get(key);
    if (kept === undefined) {
      kept = answer();
      byModel.set(key, kept);
    }
    return kept;
  }

  /** {@link #valueReachesModel} of a node many strings lead to, answered once per model and step. */
  #reachesOnce(node: TSESTree.Node, step: number, answer: () => boolean): boolean {
    return this.#kept(this.#reaches, node, step, answer);
  }

  #valueReachesModel(node: TSESTree.Node, step: number, seen: Set<TSESTree.Node>): boolean {
    return this.#uses(node, step, seen, this.#reachesModelVisit);
  }

  /** What {@link #valueReachesModel} asks of each place the value lands: one function, so that its answers can be kept. */
  readonly #reachesModelVisit = (use: TSESTree.Node, at: number): boolean => {
    const parent = use.parent!;
    switch (parent.type) {
      case AST_NODE_TYPES.Property: {
        if (parent.value !== use || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return false;
        const key = getStaticPropertyKey(parent);
        if (key === null) return false;
        if (MODEL_KEYS.has(key)) return this.#objectIsModelOptions(parent.parent, key, at + 1, new Set());
        // `const MODELS = { fast: "gpt-4o-mini" }` read as `MODELS.fast`.
        return this.#objectMemberReaches(parent.parent, key, at + 1);
      }
      case AST_NODE_TYPES.AssignmentExpression: {
        // `body.model = "gpt-4o"` on a request object built in this file.
        const left = parent.left;
        if (parent.right !== use || left.type !== AST_NODE_TYPES.MemberExpression || getStaticMemberName(left) !== "model") return false;
        const object = this.#resolver.objectLiteralOf(left.object);
        return object !== null && this.#objectIsModelOptions(object, "model", at + 1, new Set());
      }
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        return this.#callTakesModel(parent, parent.arguments.indexOf(use as TSESTree.CallExpressionArgument));
      case AST_NODE_TYPES.ArrayExpression:
        // The AI Gateway's fallbacks: `providerOptions: { gateway: { models: ["openai/gpt-4o"] } }`.
        return this.#routers.isGatewayFallback(parent, this.#model);
      case AST_NODE_TYPES.TemplateLiteral:
        // `wss://api.openai.com/v1/realtime?model=${MODEL}`
        return this.#model.spelling === "bare" && this.#isRealtimeUrlModel(parent, use);
      default:
        return false;
    }
  };

  #objectMemberReaches(object: TSESTree.ObjectExpression, key: string, step: number): boolean {
    const reads = this.#readsReaching(object, step);
    return reads.anyKey || reads.keys.has(key);
  }

  /**
   * Which reads of a constant object reach the model, by the key they read: `MODELS.fast` (its static name), or
   * `MODELS[tier]` (no static name: any key). Only the object's own reads count, not `config` passed on whole. Worked
   * out once per object, model and step: each of the object's strings asks, and asking each the object's every read
   * made a table of n ids read n times cost n².
   */
  #readsReaching(object: TSESTree.ObjectExpression, step: number): ObjectReads {
    return this.#kept(this.#objectReads, object, step, () => {
      const keys = new Set<string>();
      let anyKey = false;
      this.#uses(object, step, new Set(), (use, at) => {
        const parent = use.parent;
        if (use.type !== AST_NODE_TYPES.Identifier || parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== use) return false;
        const read = getStaticMemberName(parent);
        if ((read === null ? !anyKey : !keys.has(read)) && this.#reachesOnce(parent, at + 1, () => this.#valueReachesModel(parent, at + 1, new Set()))) {
          if (read === null) anyKey = true;
          else keys.add(read);
        }
        // Every read is asked: none ends the search.
        return false;
      });
      return { keys, anyKey };
    });
  }

  /** Whether an object naming a model (`key`) is the options of an OpenAI request or model. */
  #objectIsModelOptions(object: TSESTree.Node, key: string, step: number, seen: Set<TSESTree.Node>): boolean {
    return this.#uses(object, step, seen, (use, at) => {
      // A framework's own nesting: Mastra's `judge: { model }` and fallback lists, `chatgpt`'s `completionParams`.
      const nested = this.#routers.nestingOptions(use, key, this.#model);
      if (nested !== null) return this.#objectIsModelOptions(nested.object, nested.key, at + 1, seen);
      const parent = use.parent!;
      switch (parent.type) {
        case AST_NODE_TYPES.SpreadElement: {
          const outer = parent.parent;
          return outer.type === AST_NODE_TYPES.ObjectExpression && this.#objectIsModelOptions(outer, key, at + 1, seen);
        }
        case AST_NODE_TYPES.Property: {
          const nesting = getStaticPropertyKey(parent);
          if (parent.value !== use || parent.parent.type !== AST_NODE_TYPES.ObjectExpression || nesting === null) return false;
          // `{ session: { model } }` in a Realtime request (the SDK's method must take `session.model`); `{ json: body }`
          // / `{ data: body }` sent over REST.
          if (NESTED_MODEL_KEYS.has(nesting)) return this.#objectIsModelOptions(parent.parent, `${nesting}.${key}`, at + 1, seen);
          // `session: { audio: { input: { transcription: { model } } } }` in a Realtime client event.
          const nested = `${nesting}.${key}`;
          if (this.#model.spelling === "bare" && [...REALTIME_EVENT_MODEL_KEYS].some((path) => path.endsWith(`.${nested}`))) {
            return this.#objectIsModelOptions(parent.parent, nested, at + 1, seen);
          }
          return this.#model.spelling === "bare" && REST_BODY_KEYS.has(nesting) && this.#sendsBody(parent.parent, object, at + 1);
        }
        case AST_NODE_TYPES.CallExpression:
        case AST_NODE_TYPES.NewExpression: {
          const index = parent.arguments.indexOf(use as TSESTree.CallExpressionArgument);
          if (index === -1) return false;
          return (
            this.#callTakesOptions(parent, index, key) ||
            (this.#model.spelling === "bare" && (this.#isRestBody(object, parent, at + 1, seen) || (object.type === AST_NODE_TYPES.ObjectExpression && this.#isRealtimeEvent(object, key, parent, at + 1))))
          );
        }
        default:
          return false;
      }
    });
  }

  /** A call that takes the model id itself: `openai("gpt-4o")`, `new OpenAIResponsesModel(client, "gpt-4.1")`. */
  #callTakesModel(call: Call, index: number): boolean {
    if (index === -1 || !ModelUses.argumentMayTakeModel(call, index)) return false;
    if (this.#routers.callTakesModel(call, index, this.#model)) return true;
    if (this.#model.spelling !== "bare") return false;
    const callee = withoutTypeCasts(call.callee);
    if (call.type === AST_NODE_TYPES.NewExpression) {
      const imported = findImportedBinding(callee, this.#resolver);
      return index === 1 && imported !== null && AGENTS_MODULES.test(imported.source) && AGENTS_MODEL_CLASSES.has(imported.name);
    }
    // `form.append("model", id)` on a multipart body, `url.searchParams.set("model", id)` on a Realtime URL.
    if (index === 1 && isModelFieldWrite(call, this.#sourceCode)) return this.#fieldHolderSentToOpenAI((call.callee as TSESTree.MemberExpression).object);
    // The v3 SDK's multipart methods take the model as an argument: `createTranscription(file, "whisper-1")`.
    const v3 = findV3Request(call, this.#resolver, this.#sourceCode);
    if (v3 !== null) return v3.shape.model === index && mayBeOpenAI(v3.provider);
    if (index !== 0) return false;
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = getStaticMemberName(callee);
      return method !== null && AI_SDK_MODEL_METHODS.has(method) && this.#isAiSdkOpenAIProvider(callee.object);
    }
    return this.#isAiSdkOpenAIProvider(callee);
  }

  /** `openai` from `@ai-sdk/openai`, or a provider made here by its `createOpenAI(…)` for OpenAI itself. */
  #isAiSdkOpenAIProvider(node: TSESTree.Node): boolean {
    const imported = findImportedBinding(node, this.#resolver);
    if (imported !== null) return imported.source === AI_SDK_MODULE && imported.name === "openai";
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const init = this.#resolver.boundInitializer(node);
    if (init?.type !== AST_NODE_TYPES.CallExpression) return false;
    const factory = findImportedBinding(init.callee, this.#resolver);
    if (factory?.source !== AI_SDK_MODULE || factory.name !== "createOpenAI") return false;
    const options = init.arguments[0];
    if (options === undefined) return true;
    const object = options.type === AST_NODE_TYPES.SpreadElement ? null : this.#resolver.objectLiteralOf(options);
    return object !== null && mayBeOpenAI(providerOfOptions(object, "baseURL", this.#resolver, this.#sourceCode));
  }

  /** A call whose `index`th argument is options naming a model under `key`. */
  #callTakesOptions(call: Call, index: number, key: string): boolean {
    if (!ModelUses.argumentMayTakeModel(call, index)) return false;
    if (this.#routers.callTakesOptions(call, index, key, this.#model)) return true;
    if (this.#model.spelling !== "bare" || ModelRouters.nestsKey(key)) return false;
    const callee = withoutTypeCasts(call.callee);
    if (call.type === AST_NODE_TYPES.NewExpression) {
      const imported = findImportedBinding(callee, this.#resolver);
      if (imported === null) return false;
      if (AGENTS_MODULES.test(imported.source)) return key === "model" && AGENTS_OPTIONS_CLASSES.get(imported.name) === index;
      if (LANGCHAIN_MODULES.test(imported.source) && LANGCHAIN_CLASSES.has(imported.name) && index === 0 && !key.includes(".")) {
        return this.#langchainServedByOpenAI(call);
      }
      return false;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    // The v3 SDK (and openai-edge): `openai.createChatCompletion({ model })` on `new OpenAIApi(configuration)`.
    const v3 = findV3Request(call, this.#resolver, this.#sourceCode);
    if (v3 !== null) return key === "model" && v3.shape.request === index && mayBeOpenAI(v3.provider);
    // LangChain's `chat.moderateContent(text, { model })` on a `new ChatOpenAI(…)`: a moderation request to OpenAI.
    if (index === 1 && key === "model" && getStaticMemberName(callee) === LANGCHAIN_MODERATE_CONTENT) return this.#isLangchainChatOpenAI(callee.object);
    // `Agent.create({ model })`
    const imported = findImportedBinding(callee.object, this.#resolver);
    if (imported !== null && AGENTS_MODULES.test(imported.source)) {
      return key === "model" && index === 0 && getStaticMemberName(callee) === "create" && AGENTS_OPTIONS_CLASSES.get(imported.name) === 0;
    }
    return this.#isOpenAISdkRequest(callee, index, key);
  }

  /** A `new ChatOpenAI(…)` of LangChain's, bound to `node` in this file, served by OpenAI. */
  #isLangchainChatOpenAI(node: TSESTree.Node): boolean {
    const init = node.type === AST_NODE_TYPES.Identifier ? this.#resolver.boundInitializer(node) : null;
    if (init?.type !== AST_NODE_TYPES.NewExpression) return false;
    const imported = findImportedBinding(withoutTypeCasts(init.callee), this.#resolver);
    if (imported === null || !LANGCHAIN_MODULES.test(imported.source) || imported.name !== "ChatOpenAI") return false;
    return this.#langchainServedByOpenAI(init);
  }

  /**
   * `client.chat.completions.create`: an SDK method whose request (the `index`th argument, `accept(callID, body)`'s
   * second) names a model under `key` (`model`, `session.model`), on a client served by OpenAI.
   */
  #isOpenAISdkRequest(callee: TSESTree.MemberExpression, index: number, key: string): boolean {
    const method = getStaticMemberName(callee);
    // A method no resource has (`push`, `then`, `log`): nothing below can accept it, so the receiver is not resolved.
    if (method === null || !methodNames(MODEL_REQUEST_METHODS).has(method)) return false;
    const takes = (resource: string): boolean => {
      const request = sdkRequest(resource, method);
      return request !== undefined && request.index === index && request.model.includes(key);
    };
    const value = this.#resolver.resolveReceiver(callee.object, MODEL_REQUEST_METHODS);
    if (value.kind === "client") {
      const resource = pathKey(value.path);
      if (MODEL_REQUEST_METHODS.get(resource)?.has(method) !== true || !takes(resource)) return false;
    } else if (value.kind === "unknown") {
      // An unresolved root counts through the SDK's chain: `x.chat.completions.create`, `this.client.images.generate`.
      const matches = [...MODEL_REQUEST_METHODS].some(([resource, methods]) => methods.has(method) && endsWith(value.path, resource) && takes(resource));
      if (!matches) return false;
    } else {
      return false;
    }
    // Azure deployments follow Azure's schedule (provider.ts: construction, annotation, type or name say Azure).
    return mayBeOpenAI(clientProvider(callee, this.#resolver, this.#sourceCode));
  }

  /**
   * Whether a LangChain class made by `construction` talks to OpenAI: not when its options (the first argument) give
   * `configuration: { baseURL }` of another provider or Azure's options; options that cannot be read count as OpenAI's.
   */
  #langchainServedByOpenAI(construction: TSESTree.NewExpression): boolean {
    const options = construction.arguments[0];
    const object = options === undefined || options.type === AST_NODE_TYPES.SpreadElement ? null : this.#resolver.objectLiteralOf(options);
    if (object === null) return true;
    for (const property of object.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const key = getStaticPropertyKey(property);
      if (key !== null && /^azureOpenAI/u.test(key)) return false;
      if (key === "configuration") {
        const configuration = this.#resolver.objectLiteralOf(property.value);
        if (configuration !== null && !mayBeOpenAI(providerOfOptions(configuration, "baseURL", this.#resolver, this.#sourceCode))) return false;
      }
    }
    return true;
  }

  /**
   * A Realtime client event sent as JSON over a socket to OpenAI: `ws.send(JSON.stringify({ type: "session.update",
   * session: { model } }))`. Strict: the event's `type` is written and is one that names a model, the key is where
   * that event names it, and the socket is a `WebSocket` opened here on OpenAI's Realtime URL or a WebRTC data
   * channel with the guide's label; other JSON sent over sockets is someone else's protocol.
   */
  #isRealtimeEvent(event: TSESTree.ObjectExpression, key: string, call: Call, step: number): boolean {
    if (!REALTIME_EVENT_MODEL_KEYS.has(key) || !isJsonStringify(call)) return false;
    const type = event.properties.find((property): property is TSESTree.Property => property.type === AST_NODE_TYPES.Property && getStaticPropertyKey(property) === "type");
    const typeValue = type === undefined ? null : withoutTypeCasts(type.value);
    if (typeValue?.type !== AST_NODE_TYPES.Literal || typeof typeValue.value !== "string" || !REALTIME_EVENT_TYPES.has(typeValue.value)) return false;
    // The beta's `transcription_session.update` names the model at `input_audio_transcription.model`, without `session`.
    if ((typeValue.value === "transcription_session.update") !== (key === "input_audio_transcription.model")) return false;
    return this.#uses(call, step, new Set(), (use) => {
      const send = use.parent;
      if (send?.type !== AST_NODE_TYPES.CallExpression || send.arguments[0] !== use) return false;
      const callee = withoutTypeCasts(send.callee);
      return callee.type === AST_NODE_TYPES.MemberExpression && getStaticMemberName(callee) === "send" && this.#isOpenAIRealtimeSocket(callee.object);
    });
  }

  /** `new WebSocket("wss://api.openai.com/v1/realtime?model=…")` or `pc.createDataChannel("oai-events")`, through a binding. */
  #isOpenAIRealtimeSocket(node: TSESTree.Node): boolean {
    const socket = node.type === AST_NODE_TYPES.Identifier ? this.#resolver.boundInitializer(node) : null;
    const opened = socket === null ? null : withoutTypeCasts(socket);
    if (opened?.type === AST_NODE_TYPES.NewExpression) {
      if (!isStandardClass(opened.callee, "WebSocket", WEBSOCKET_MODULES, this.#resolver)) return false;
      const endpoint = this.#rest.endpointOfCall(opened);
      return endpoint !== null && endpoint.provider === "openai" && endpoint.path.startsWith("realtime");
    }
    if (opened?.type === AST_NODE_TYPES.CallExpression) {
      const callee = withoutTypeCasts(opened.callee);
      const label = opened.arguments[0];
      return (
        callee.type === AST_NODE_TYPES.MemberExpression &&
        getStaticMemberName(callee) === "createDataChannel" &&
        label?.type === AST_NODE_TYPES.Literal &&
        label.value === REALTIME_DATA_CHANNEL
      );
    }
    return false;
  }

  /** The `?model=` (or `&model=`) of an OpenAI Realtime URL written as a template: the part just after it. */
  #isRealtimeUrlModel(template: TSESTree.TemplateLiteral, part: TSESTree.Node): boolean {
    const index = template.expressions.indexOf(part as TSESTree.Expression);
    if (index === -1 || !/[?&]model=$/u.test(template.quasis[index]!.value.cooked ?? "")) return false;
    const endpoint = this.#rest.endpointAt(template);
    return endpoint !== null && endpoint.provider === "openai" && endpoint.path.startsWith("realtime");
  }

  /**
   * The model named in an OpenAI Realtime URL's query (`wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview`):
   * the id and its offset in the string's value, or `null`.
   */
  realtimeUrlModel(node: TSESTree.Literal | TSESTree.TemplateLiteral): { id: string; offset: number } | null {
    const text = node.type === AST_NODE_TYPES.Literal ? node.value : node.quasis[0]?.value.cooked;
    if (typeof text !== "string") return null;
    const match = /[?&]model=([^&#\s]+)/u.exec(text);
    if (match === null) return null;
    const endpoint = this.#rest.endpointAt(node) ?? this.#endpointOfQuery(node);
    if (endpoint === null || endpoint.provider !== "openai" || !endpoint.path.startsWith("realtime")) return null;
    let id: string;
    try {
      id = decodeURIComponent(match[1]!);
    } catch {
      return null;
    }
    return { id, offset: match.index + match[0].length - match[1]!.length };
  }

  /**
   * The Realtime endpoint a query written apart is joined to: `const QUERY = "?model=gpt-4o-realtime-preview"` read in
   * `REALTIME_URL + QUERY` or `${REALTIME_URL}${QUERY}` (the first OpenAI Realtime URL its reads build), else `null`.
   * Only a `const`, which no other value replaces.
   */
  #endpointOfQuery(node: TSESTree.Literal | TSESTree.TemplateLiteral): RestEndpoint | null {
    const declarator = node.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== node || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
    if (declarator.parent.type !== AST_NODE_TYPES.VariableDeclaration || declarator.parent.kind !== "const") return null;
    for (const reference of this.#resolver.findVariable(declarator.id)?.references ?? []) {
      let url: TSESTree.Node = reference.identifier;
      if (url.parent?.type === AST_NODE_TYPES.TemplateLiteral) url = url.parent;
      while (url.parent?.type === AST_NODE_TYPES.BinaryExpression && url.parent.operator === "+") url = url.parent;
      // A read standing alone (the declaration itself, `new WebSocket(QUERY)`) builds no URL here.
      if (url === reference.identifier) continue;
      const endpoint = this.#rest.endpointOfExpression(url as TSESTree.Expression);
      if (endpoint !== null && endpoint.provider === "openai" && endpoint.path.startsWith("realtime")) return endpoint;
    }
    return null;
  }

  /**
   * The holder of a `"model"` field: a `FormData` (standard or from `form-data`) sent as the body of a request to an
   * OpenAI endpoint (`fetch(url, { body: form })`, `axios.post(url, form)`), or the `searchParams` of a `new URL(…)`
   * on OpenAI's Realtime endpoint.
   */
  #fieldHolderSentToOpenAI(holder: TSESTree.Node): boolean {
    holder = withoutTypeCasts(holder);
    if (holder.type === AST_NODE_TYPES.MemberExpression && getStaticMemberName(holder) === "searchParams") {
      const url = holder.object.type === AST_NODE_TYPES.Identifier ? this.#resolver.boundInitializer(holder.object) : null;
      if (url?.type !== AST_NODE_TYPES.NewExpression || !isStandardClass(url.callee, "URL", new Set(["url", "node:url"]), this.#resolver)) return false;
      const endpoint = this.#rest.endpointOfCall(url);
      return endpoint !== null && endpoint.provider === "openai" && endpoint.path.startsWith("realtime");
    }
    if (holder.type !== AST_NODE_TYPES.Identifier) return false;
    const form = this.#resolver.boundInitializer(holder);
    if (form?.type !== AST_NODE_TYPES.NewExpression || !isStandardClass(form.callee, "FormData", FORM_DATA_MODULES, this.#resolver)) return false;
    const variable = this.#resolver.findVariable(holder);
    return (variable?.references ?? []).some((reference) => {
      if (!reference.isRead()) return false;
      const use = reference.identifier as TSESTree.Identifier;
      const parent = use.parent;
      // `axios.post(url, form, { headers: form.getHeaders() })`
      if ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.arguments[1] === use) {
        return this.#sentToOpenAI(parent);
      }
      // `fetch(url, { method: "POST", body: form })`, inline or through a `const`.
      if (parent?.type !== AST_NODE_TYPES.Property || parent.value !== use || !REST_BODY_KEYS.has(getStaticPropertyKey(parent) ?? "")) return false;
      return this.#uses(parent.parent, 0, new Set(), (options) => {
        const call = options.parent;
        return (call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression) && call.arguments.includes(options as TSESTree.CallExpressionArgument) && this.#sentToOpenAI(call);
      });
    });
  }

  /** Whether a call sends to an endpoint of OpenAI's API (not Azure's). */
  #sentToOpenAI(call: Call): boolean {
    const endpoint = this.#rest.endpointOfCall(call);
    return endpoint !== null && mayBeOpenAI(endpoint.provider);
  }

  /** `fetch("https://api.openai.com/v1/…", { body: JSON.stringify(object) })`, `axios.post(url, object)`. */
  #isRestBody(object: TSESTree.Node, call: Call, step: number, seen: Set<TSESTree.Node>): boolean {
    // Every way below ends in `#sentBy`, which compares `object` with a body found as an object literal: an imported
    // settings object given to a call (`post(path, settings)`) is none, and its call's URL is not looked for.
    if (object.type !== AST_NODE_TYPES.ObjectExpression) return false;
    if (!isJsonStringify(call)) return this.#sentBy(call, object);
    // The string goes on to a `body` option: follow it to the call that sends it.
    return this.#uses(call, step, seen, (use) => {
      const parent = use.parent;
      // `req.write(JSON.stringify(body))` on Node's `https.request(…)`.
      if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === use) {
        const request = requestOfWrite(parent, this.#resolver);
        return request !== null && this.#sentBy(request, object);
      }
      return parent?.type === AST_NODE_TYPES.Property && parent.value === use && this.#sendsBody(parent.parent, object, step + 1);
    });
  }

  /** Whether the options object `options` (a call's argument, inline or through a `const`) sends `body`. */
  #sendsBody(options: TSESTree.Node | null, body: TSESTree.Node, step: number): boolean {
    if (options === null || options.type !== AST_NODE_TYPES.ObjectExpression) return false;
    return this.#uses(options, step, new Set(), (use) => {
      const call = use.parent;
      return (call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression) && this.#sentBy(call, body);
    });
  }

  /** Whether `call` sends a request to an OpenAI URL with `body` as its JSON body. */
  #sentBy(call: Call, body: TSESTree.Node): boolean {
    const endpoint = this.#rest.endpointOfCall(call);
    if (endpoint === null || endpoint.provider === "azure") return false;
    return findRequestBody(endpoint, this.#resolver) === body;
  }
}

/** Whether `path` ends with the segments of `resource` (`chat.completions`). */
function endsWith(path: readonly string[], resource: string): boolean {
  const segments = resource.split(".");
  if (segments.length > path.length) return false;
  return segments.every((segment, index) => path[path.length - segments.length + index] === segment);
}

/** `x.append("model", id)` / `x.set("model", id)`: a model field of a form or a URL's query. */
function isModelFieldWrite(call: Call, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const callee = withoutTypeCasts(call.callee);
  if (call.type !== AST_NODE_TYPES.CallExpression || callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getStaticMemberName(callee);
  if (method === null || !MODEL_FIELD_WRITE_METHODS.has(method)) return false;
  const name = call.arguments[0];
  return name !== undefined && name.type !== AST_NODE_TYPES.SpreadElement && getStaticValue(name, sourceCode.getScope(name))?.value === "model";
}

/** The global class `name` (no local binding of that name), or one imported from `modules` under that name. */
function isStandardClass(callee: TSESTree.Node, name: string, modules: ReadonlySet<string>, resolver: Resolver): boolean {
  const node = withoutTypeCasts(callee);
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const imported = findImportedBinding(node, resolver);
  if (imported !== null) return modules.has(imported.source) && (imported.name === name || imported.name === "default");
  const variable = resolver.findVariable(node);
  return node.name === name && (variable === null || variable.defs.length === 0);
}

/** The function whose body holds `node` (a `return`), or `null` at the top level. */
function enclosingFunction(node: TSESTree.Node): TSESTree.FunctionLike | null {
  for (let current = node.parent; current != null; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.FunctionDeclaration ||
      current.type === AST_NODE_TYPES.FunctionExpression ||
      current.type === AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      return current;
    }
  }
  return null;
}
