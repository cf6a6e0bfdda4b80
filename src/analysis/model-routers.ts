import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./nodes";

import { clientProvider, mayBeOpenAI, providerOfOptions } from "./provider";
import { findImportedBinding, type ImportedBinding } from "./imports";
import { getStaticMemberName, getStaticPropertyKey, withoutTypeCasts, type Resolver } from "./resolve";

/**
 * How a framework spells a model: the id alone (`gpt-4o`), behind a provider and a slash (`openai/gpt-4o`: the AI
 * SDK's string ids and gateway, Mastra, Genkit) or behind a provider and a colon (`openai:gpt-4o`: LangChain).
 */
export type ModelSpelling = "bare" | "slash" | "colon";

/** A model string split into the provider prefix a framework routes by (with its separator) and the id OpenAI sees. */
export interface RoutedModel {
  readonly prefix: string;
  readonly id: string;
  readonly spelling: ModelSpelling;
}

const ROUTER_PREFIX = /^openai([/:])(.+)$/su;

/** `openai/gpt-4o` → `openai/` + `gpt-4o`; any other string is bare. Only OpenAI's own prefix is taken apart. */
export function splitRoutedModel(text: string): RoutedModel {
  const match = ROUTER_PREFIX.exec(text);
  if (match === null) return { prefix: "", id: text, spelling: "bare" };
  return { prefix: `openai${match[1]}`, id: match[2]!, spelling: match[1] === "/" ? "slash" : "colon" };
}

/**
 * Keys under which a framework's options nest the object that names the model, with the spelling it takes there:
 * Mastra's `createScorer({ judge: { model } })`, `chatgpt`'s `new ChatGPTAPI({ completionParams: { model } })`.
 */
const NESTED_MODEL_KEYS: ReadonlyMap<string, ModelSpelling> = new Map([
  ["judge", "slash"],
  ["completionParams", "bare"],
]);
/** The paths `nestingOptions` gives: a position in the SDK's own requests never has them. */
const NESTED_KEY_PATH = /^(?:judge|completionParams|model\[\])\./u;

/** The AI SDK (`ai`): calls whose options take a model, where a string is a gateway id (`openai/gpt-4o`). */
const AI_SDK_CORE = "ai";
const AI_SDK_MODEL_FUNCTIONS: ReadonlySet<string> = new Set([
  "generateText",
  "streamText",
  "generateObject",
  "streamObject",
  "embed",
  "embedMany",
  "generateImage",
  "experimental_generateImage",
  "generateSpeech",
  "experimental_generateSpeech",
  "transcribe",
  "experimental_transcribe",
  "experimental_streamTranscribe",
]);
const AI_SDK_AGENT_CLASSES: ReadonlySet<string> = new Set(["Experimental_Agent", "ToolLoopAgent"]);
/**
 * The AI SDK's provider registry, `registry.languageModel("openai:gpt-4o")`: the prefix is the key under which
 * `createProviderRegistry({ openai })` holds a provider, so it counts when that key holds the OpenAI provider.
 */
const AI_SDK_REGISTRY_FACTORIES: ReadonlySet<string> = new Set(["createProviderRegistry", "experimental_createProviderRegistry"]);
const AI_SDK_OPENAI_MODULE = "@ai-sdk/openai";
/** The AI Gateway provider, `gateway("openai/gpt-4o")` or `gateway.languageModel(…)`, and its factory. */
const GATEWAY_MODULES: ReadonlySet<string> = new Set(["ai", "@ai-sdk/gateway"]);
const GATEWAY_MODEL_METHODS: ReadonlySet<string> = new Set(["languageModel", "textEmbeddingModel", "embeddingModel", "imageModel"]);
const REGISTRY_MODEL_METHODS: ReadonlySet<string> = new Set([...GATEWAY_MODEL_METHODS, "transcriptionModel", "speechModel"]);

/** Mastra: agents, the processors that ask a model, and scorers (custom with a `judge`, prebuilt with a `model`). */
const MASTRA_AGENT_MODULES: ReadonlySet<string> = new Set(["@mastra/core/agent", "@mastra/core"]);
const MASTRA_PROCESSORS_MODULE = "@mastra/core/processors";
const MASTRA_PROCESSORS: ReadonlySet<string> = new Set([
  "ModerationProcessor",
  "PromptInjectionDetector",
  "PIIDetector",
  "LanguageDetector",
  "SystemPromptScrubber",
  "StructuredOutputProcessor",
]);
const MASTRA_SCORER_MODULES: ReadonlySet<string> = new Set(["@mastra/core/scores", "@mastra/core/evals"]);
const MASTRA_PREBUILT_SCORERS = /^@mastra\/evals(?:\/scorers(?:\/(?:prebuilt|llm))?)?$/u;
const MASTRA_PREBUILT_SCORER_NAME = /^create\w+Scorer$/u;

/** LangChain's universal model: `initChatModel("openai:gpt-4o")`, and v1's `createAgent({ model })` built on it. */
const LANGCHAIN_UNIVERSAL_MODULES: ReadonlySet<string> = new Set(["langchain/chat_models/universal", "langchain"]);
/** LangChain v1's middleware that take a model of their own: in options, or (the fallbacks) as every argument. */
const LANGCHAIN_MIDDLEWARE_OPTIONS: ReadonlySet<string> = new Set(["summarizationMiddleware", "llmToolSelectorMiddleware"]);
const LANGCHAIN_FALLBACK_MIDDLEWARE = "modelFallbackMiddleware";
/** The ids LangChain infers as OpenAI's when no provider is named (`_inferModelProvider`). */
const LANGCHAIN_OPENAI_IDS = /^(?:gpt-[345]|o[134])/u;

/** `chatgpt` (`ChatGPTAPI`), whose `completionParams` go to OpenAI's Chat Completions unless `apiBaseUrl` says otherwise. */
const CHATGPT_MODULE = "chatgpt";
/** CopilotKit's `new OpenAIAdapter({ model, openai })`: its requests go through the given client, or a default one. */
const COPILOTKIT_MODULES: ReadonlySet<string> = new Set(["@copilotkit/runtime", "@copilotkit/backend"]);

/** token.js: `tokenjs.chat.completions.create({ provider: "openai", model })` on a `new TokenJS()`. */
const TOKENJS_MODULE = "token.js";

/** LlamaIndex TS's OpenAI classes and `openai({ model })` factory. */
const LLAMAINDEX_MODULES: ReadonlySet<string> = new Set(["llamaindex", "@llamaindex/openai"]);
const LLAMAINDEX_CLASSES: ReadonlySet<string> = new Set(["OpenAI", "OpenAIEmbedding", "OpenAIResponses"]);
const LLAMAINDEX_FACTORIES: ReadonlySet<string> = new Set(["openai", "openaiResponses"]);

/** Genkit: `openAI.model("gpt-4o")` from its OpenAI plugin, and `openai/…` names given to a `genkit(…)` instance. */
const GENKIT_OPENAI_PLUGIN = "@genkit-ai/compat-oai/openai";
const GENKIT_MODULES: ReadonlySet<string> = new Set(["genkit", "genkit/beta"]);
const GENKIT_MODEL_METHODS: ReadonlySet<string> = new Set(["generate", "generateStream", "definePrompt"]);

/**
 * The model references `genkitx-openai` exports, by the model each one's requests name (its `openai/…` reference name
 * without the prefix). `o1Mini` is left out: its reference names `openai/o1`, so which model it sends depends on the
 * plugin's version.
 */
export const GENKIT_OPENAI_REFS_MODULE = "genkitx-openai";
const GENKIT_OPENAI_REFS: ReadonlyMap<string, string> = new Map([
  ["gpt4o", "gpt-4o"],
  ["gpt4oMini", "gpt-4o-mini"],
  ["gpt4Turbo", "gpt-4-turbo"],
  ["gpt4", "gpt-4"],
  ["gpt41", "gpt-4.1"],
  ["gpt41Mini", "gpt-4.1-mini"],
  ["gpt41Nano", "gpt-4.1-nano"],
  ["gpt35Turbo", "gpt-3.5-turbo"],
  ["o1Preview", "o1-preview"],
  ["o1", "o1"],
  ["o3", "o3"],
  ["o3Mini", "o3-mini"],
  ["o4Mini", "o4-mini"],
  ["dallE3", "dall-e-3"],
  ["tts1", "tts-1"],
  ["tts1Hd", "tts-1-hd"],
  ["whisper1", "whisper-1"],
]);

/** The model a `genkitx-openai` export refers to, as a Genkit name (`openai/gpt-4o`), or `null`. */
export function genkitModelRef(exported: string): RoutedModel | null {
  const id = GENKIT_OPENAI_REFS.get(exported);
  return id === undefined ? null : { prefix: "openai/", id, spelling: "slash" };
}

type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/**
 * Frameworks that send a model to OpenAI under a name of their own: the AI SDK's string ids, gateway and provider
 * registry, Mastra, LangChain's universal model and v1 agents, LlamaIndex TS, Genkit, CopilotKit, `chatgpt` and
 * token.js (docs/rules/no-deprecated-models.md lists every call). Each position takes one spelling: a gateway id must
 * say `openai/`, LangChain's `openai:`, LlamaIndex's class the id alone, so `anthropic/…`, a bare id where a router
 * wants a prefix, and a look-alike function of the same name (not imported from the framework) are not uses.
 */
export class ModelRouters {
  readonly #resolver: Resolver;
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;

  constructor(resolver: Resolver, sourceCode: Readonly<TSESLint.SourceCode>) {
    this.#resolver = resolver;
    this.#sourceCode = sourceCode;
  }

  /**
   * The options object that holds `use`, an object naming a model under `key`, the way a framework nests it: Mastra's
   * `judge: { model }` (key `judge.model`) and fallback lists `model: [{ model }, …]` (key `model[].model`).
   */
  nestingOptions(use: TSESTree.Node, key: string, model: RoutedModel): { object: TSESTree.ObjectExpression; key: string } | null {
    let holder = use;
    let suffix = "";
    if (use.parent?.type === AST_NODE_TYPES.ArrayExpression) {
      holder = use.parent;
      suffix = "[]";
    }
    const property = holder.parent;
    if (property?.type !== AST_NODE_TYPES.Property || property.value !== holder || property.parent.type !== AST_NODE_TYPES.ObjectExpression) return null;
    const name = getStaticPropertyKey(property);
    if (name === null || key !== "model") return null;
    const nests = suffix === "" ? NESTED_MODEL_KEYS.get(name) === model.spelling : name === "model" && model.spelling === "slash";
    return nests ? { object: property.parent, key: `${name}${suffix}.${key}` } : null;
  }

  /** Whether `key` is a path `nestingOptions` gave, which only the frameworks here take. */
  static nestsKey(key: string): boolean {
    return NESTED_KEY_PATH.test(key);
  }

  /**
   * Whether `callTakesModel` may take an argument after the first of a call `x.name(…)` (an imported binding read as a
   * member is named as that member): only LangChain's `modelFallbackMiddleware`. `callTakesOptions` takes only the first.
   */
  static takesLaterArgument(name: string): boolean {
    return name === LANGCHAIN_FALLBACK_MIDDLEWARE;
  }

  /** A call whose `index`th argument is the model itself: `gateway("openai/gpt-4o")`, `initChatModel("o3", …)`. */
  callTakesModel(call: Call, index: number, model: RoutedModel): boolean {
    const spelling = model.spelling;
    if (call.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = withoutTypeCasts(call.callee);
    const imported = findImportedBinding(callee, this.#resolver);
    // `modelFallbackMiddleware("openai:gpt-4o-mini", "anthropic:…")`: each argument goes to `initChatModel`.
    if (imported?.source === "langchain" && imported.name === LANGCHAIN_FALLBACK_MIDDLEWARE) return this.#langchainSendsToOpenAI(null, model);
    if (index !== 0) return false;
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? getStaticMemberName(callee) : null;
    if (spelling === "slash") {
      if (this.#isGateway(callee)) return true;
      return method !== null && GATEWAY_MODEL_METHODS.has(method) && this.#isGateway((callee as TSESTree.MemberExpression).object);
    }
    if (imported !== null && LANGCHAIN_UNIVERSAL_MODULES.has(imported.source) && imported.name === "initChatModel") {
      return this.#langchainSendsToOpenAI(call, model);
    }
    if (spelling === "colon" && method !== null && REGISTRY_MODEL_METHODS.has(method)) return this.#isOpenAIRegistry((callee as TSESTree.MemberExpression).object);
    // `openAI.model("gpt-4o")` from Genkit's OpenAI plugin.
    if (spelling !== "bare" || method !== "model") return false;
    const plugin = findImportedBinding((callee as TSESTree.MemberExpression).object, this.#resolver);
    return plugin !== null && plugin.source === GENKIT_OPENAI_PLUGIN && (plugin.name === "default" || plugin.name === "openAI");
  }

  /** A call whose `index`th argument is options naming a model under `key` (`model`, or a path such as `judge.model`). */
  callTakesOptions(call: Call, index: number, key: string, model: RoutedModel): boolean {
    const spelling = model.spelling;
    if (index !== 0) return false;
    const callee = withoutTypeCasts(call.callee);
    const imported = findImportedBinding(callee, this.#resolver);
    if (call.type === AST_NODE_TYPES.NewExpression) {
      if (imported === null) return false;
      if (key === "completionParams.model") return spelling === "bare" && imported.source === CHATGPT_MODULE && imported.name === "ChatGPTAPI" && this.#chatgptServedByOpenAI(call);
      // Mastra's fallback list: `model: [{ model: "openai/gpt-4o", maxRetries: 2 }, …]`.
      if (key === "model[].model") return spelling === "slash" && MASTRA_AGENT_MODULES.has(imported.source) && imported.name === "Agent";
      if (key !== "model") return false;
      if (spelling === "slash") return this.#isSlashAgent(imported);
      if (spelling !== "bare") return false;
      if (COPILOTKIT_MODULES.has(imported.source) && imported.name === "OpenAIAdapter") return this.#copilotKitServedByOpenAI(call);
      return LLAMAINDEX_MODULES.has(imported.source) && LLAMAINDEX_CLASSES.has(imported.name) && this.#llamaIndexServedByOpenAI(call);
    }
    if (imported === null) {
      if (key !== "model" || callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      const method = getStaticMemberName(callee);
      // `ai.generate({ model: "openai/gpt-4o" })` on a `genkit(…)` instance made in this file.
      if (spelling === "slash") return method !== null && GENKIT_MODEL_METHODS.has(method) && this.#isGenkitInstance(callee.object);
      return spelling === "bare" && method === "create" && this.#isTokenJsOpenAIRequest(call, callee.object);
    }
    const { source, name } = imported;
    switch (spelling) {
      case "slash":
        if (key === "judge.model") return MASTRA_SCORER_MODULES.has(source) && name === "createScorer";
        if (key !== "model") return false;
        return (
          (source === AI_SDK_CORE && AI_SDK_MODEL_FUNCTIONS.has(name)) ||
          (MASTRA_PREBUILT_SCORERS.test(source) && MASTRA_PREBUILT_SCORER_NAME.test(name)) ||
          (GENKIT_MODULES.has(source) && name === "genkit")
        );
      case "colon":
        return key === "model" && source === "langchain" && (name === "createAgent" || LANGCHAIN_MIDDLEWARE_OPTIONS.has(name));
      case "bare":
        // LangChain v1's `openAIModerationMiddleware({ model, moderationModel })`: its moderation requests go to OpenAI.
        if (key === "moderationModel") return source === "langchain" && name === "openAIModerationMiddleware";
        if (key !== "model") return false;
        if (source === "@llamaindex/openai" && LLAMAINDEX_FACTORIES.has(name)) return this.#llamaIndexServedByOpenAI(call);
        // `createAgent({ model: "gpt-4o" })`: LangChain infers the provider from the id.
        return source === "langchain" && (name === "createAgent" || LANGCHAIN_MIDDLEWARE_OPTIONS.has(name)) && LANGCHAIN_OPENAI_IDS.test(model.id);
    }
  }

  /**
   * A list of gateway fallbacks in an AI SDK call, `providerOptions: { gateway: { models: ["openai/gpt-4o", …] } }`,
   * written in the call's options.
   */
  isGatewayFallback(list: TSESTree.ArrayExpression, model: RoutedModel): boolean {
    if (model.spelling !== "slash") return false;
    const gateway = ownerObject(list, "models");
    const providerOptions = gateway === null ? null : ownerObject(gateway, "gateway");
    const options = providerOptions === null ? null : ownerObject(providerOptions, "providerOptions");
    const call = options?.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== options) return false;
    const imported = findImportedBinding(withoutTypeCasts(call.callee), this.#resolver);
    return imported !== null && imported.source === AI_SDK_CORE && AI_SDK_MODEL_FUNCTIONS.has(imported.name);
  }

  /** `new Agent({ model: "openai/…" })` from Mastra or the AI SDK, and Mastra's processors. */
  #isSlashAgent({ source, name }: ImportedBinding): boolean {
    if (MASTRA_AGENT_MODULES.has(source)) return name === "Agent";
    if (source === MASTRA_PROCESSORS_MODULE) return MASTRA_PROCESSORS.has(name);
    return source === AI_SDK_CORE && AI_SDK_AGENT_CLASSES.has(name);
  }

  /** `gateway` from the AI SDK, or a provider made in this file by its `createGateway(…)`. */
  #isGateway(node: TSESTree.Node): boolean {
    const imported = findImportedBinding(node, this.#resolver);
    if (imported !== null) return GATEWAY_MODULES.has(imported.source) && imported.name === "gateway";
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const init = this.#resolver.boundInitializer(node);
    if (init?.type !== AST_NODE_TYPES.CallExpression) return false;
    const factory = findImportedBinding(init.callee, this.#resolver);
    return factory !== null && GATEWAY_MODULES.has(factory.source) && factory.name === "createGateway";
  }

  /**
   * `const registry = createProviderRegistry({ openai, … })` from the AI SDK, whose `openai` key holds the OpenAI
   * provider (imported, or made here by `createOpenAI(…)` for OpenAI itself) and which keeps the `:` separator.
   */
  #isOpenAIRegistry(node: TSESTree.Node): boolean {
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const init = this.#resolver.boundInitializer(node);
    if (init?.type !== AST_NODE_TYPES.CallExpression) return false;
    const factory = findImportedBinding(init.callee, this.#resolver);
    if (factory?.source !== AI_SDK_CORE || !AI_SDK_REGISTRY_FACTORIES.has(factory.name)) return false;
    const [providers, options] = init.arguments;
    if (options !== undefined) {
      const object = options.type === AST_NODE_TYPES.SpreadElement ? null : this.#resolver.objectLiteralOf(options);
      if (object === null || this.#stringProperty(object, "separator") !== undefined) return false;
    }
    const object = providers === undefined || providers.type === AST_NODE_TYPES.SpreadElement ? null : this.#resolver.objectLiteralOf(providers);
    let provider: TSESTree.Node | null = null;
    for (const property of object?.properties ?? []) {
      if (property.type === AST_NODE_TYPES.SpreadElement) provider = null;
      else if (getStaticPropertyKey(property) === "openai") provider = property.value;
    }
    return provider !== null && this.#isAiSdkOpenAIProvider(provider);
  }

  /** `openai` from `@ai-sdk/openai`, or a provider made here by its `createOpenAI(…)` with OpenAI's base URL. */
  #isAiSdkOpenAIProvider(node: TSESTree.Node): boolean {
    const imported = findImportedBinding(node, this.#resolver);
    if (imported !== null) return imported.source === AI_SDK_OPENAI_MODULE && imported.name === "openai";
    const init = node.type === AST_NODE_TYPES.Identifier ? this.#resolver.boundInitializer(node) : node;
    if (init?.type !== AST_NODE_TYPES.CallExpression) return false;
    const factory = findImportedBinding(init.callee, this.#resolver);
    if (factory?.source !== AI_SDK_OPENAI_MODULE || factory.name !== "createOpenAI") return false;
    const options = init.arguments[0];
    if (options === undefined) return true;
    const object = options.type === AST_NODE_TYPES.SpreadElement ? null : this.#resolver.objectLiteralOf(options);
    return object !== null && mayBeOpenAI(providerOfOptions(object, "baseURL", this.#resolver, this.#sourceCode));
  }

  /** `new OpenAIAdapter({ openai })` with a client built here for Azure or another server. */
  #copilotKitServedByOpenAI(call: Call): boolean {
    const options = call.arguments[0];
    const object = options === undefined || options.type === AST_NODE_TYPES.SpreadElement ? null : this.#resolver.objectLiteralOf(options);
    for (const property of object?.properties ?? []) {
      if (property.type === AST_NODE_TYPES.Property && getStaticPropertyKey(property) === "openai") {
        return mayBeOpenAI(clientProvider(property.value, this.#resolver, this.#sourceCode));
      }
    }
    return true;
  }

  /** `new ChatGPTAPI({ apiBaseUrl })` for another server. */
  #chatgptServedByOpenAI(call: Call): boolean {
    const options = call.arguments[0];
    const object = options === undefined || options.type === AST_NODE_TYPES.SpreadElement ? null : this.#resolver.objectLiteralOf(options);
    return object === null || mayBeOpenAI(providerOfOptions(object, "apiBaseUrl", this.#resolver, this.#sourceCode));
  }

  /** `tokenjs.chat.completions.create({ provider: "openai", … })` with `const tokenjs = new TokenJS(…)` from token.js. */
  #isTokenJsOpenAIRequest(call: Call, completions: TSESTree.Node): boolean {
    const options = call.arguments[0];
    const request = options === undefined || options.type === AST_NODE_TYPES.SpreadElement ? null : this.#resolver.objectLiteralOf(options);
    if (request === null || this.#stringProperty(request, "provider") !== "openai") return false;
    if (completions.type !== AST_NODE_TYPES.MemberExpression || getStaticMemberName(completions) !== "completions") return false;
    const chat = completions.object;
    if (chat.type !== AST_NODE_TYPES.MemberExpression || getStaticMemberName(chat) !== "chat" || chat.object.type !== AST_NODE_TYPES.Identifier) return false;
    const init = this.#resolver.boundInitializer(chat.object);
    if (init?.type !== AST_NODE_TYPES.NewExpression) return false;
    const client = findImportedBinding(init.callee, this.#resolver);
    return client !== null && client.source === TOKENJS_MODULE && client.name === "TokenJS";
  }

  /** `const ai = genkit({ … })` with `genkit` from Genkit. */
  #isGenkitInstance(node: TSESTree.Node): boolean {
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const init = this.#resolver.boundInitializer(node);
    if (init?.type !== AST_NODE_TYPES.CallExpression) return false;
    const factory = findImportedBinding(init.callee, this.#resolver);
    return factory !== null && GENKIT_MODULES.has(factory.source) && factory.name === "genkit";
  }

  /**
   * `initChatModel("openai:gpt-4o")` when no `modelProvider` overrides the prefix; `initChatModel("o3", { modelProvider:
   * "openai" })`; `initChatModel("gpt-4o")`, whose provider LangChain infers. Never when its options point the
   * OpenAI class at another server (`configuration: { baseURL }`).
   */
  #langchainSendsToOpenAI(call: TSESTree.CallExpression | null, { spelling, id }: RoutedModel): boolean {
    const argument = call?.arguments[1];
    const fields = argument === undefined ? null : argument.type === AST_NODE_TYPES.SpreadElement ? undefined : this.#resolver.objectLiteralOf(argument);
    // Options that cannot be read may name any provider.
    if (fields === undefined || (fields === null && argument !== undefined)) return false;
    const provider = fields === null ? undefined : this.#stringProperty(fields, "modelProvider");
    if (provider === null) return false;
    if (spelling === "colon" ? provider !== undefined : provider !== "openai" && provider !== undefined) return false;
    if (spelling === "bare" && provider === undefined && !LANGCHAIN_OPENAI_IDS.test(id)) return false;
    return fields === null || this.#configurationServedByOpenAI(fields);
  }

  /** A string property's value; `undefined` when absent, `null` when present but not a plain string. */
  #stringProperty(object: TSESTree.ObjectExpression, key: string): string | null | undefined {
    let value: string | null | undefined;
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        value = null;
        continue;
      }
      if (getStaticPropertyKey(property) !== key) continue;
      const node = property.value;
      value = node.type === AST_NODE_TYPES.Literal && typeof node.value === "string" ? node.value : null;
    }
    return value;
  }

  /** LangChain's `configuration: { baseURL }` for another server. */
  #configurationServedByOpenAI(fields: TSESTree.ObjectExpression): boolean {
    for (const property of fields.properties) {
      if (property.type !== AST_NODE_TYPES.Property || getStaticPropertyKey(property) !== "configuration") continue;
      const configuration = this.#resolver.objectLiteralOf(property.value);
      if (configuration !== null && !mayBeOpenAI(providerOfOptions(configuration, "baseURL", this.#resolver, this.#sourceCode))) return false;
    }
    return true;
  }

  /** LlamaIndex: `azure` options, or a `baseURL` (its own or `additionalSessionOptions.baseURL`) for another server. */
  #llamaIndexServedByOpenAI(call: Call): boolean {
    const options = call.arguments[0];
    const object = options === undefined || options.type === AST_NODE_TYPES.SpreadElement ? null : this.#resolver.objectLiteralOf(options);
    if (object === null) return true;
    if (!mayBeOpenAI(providerOfOptions(object, "baseURL", this.#resolver, this.#sourceCode))) return false;
    for (const property of object.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const key = getStaticPropertyKey(property);
      if (key === "azure") return false;
      if (key !== "additionalSessionOptions") continue;
      const session = this.#resolver.objectLiteralOf(property.value);
      if (session !== null && !mayBeOpenAI(providerOfOptions(session, "baseURL", this.#resolver, this.#sourceCode))) return false;
    }
    return true;
  }
}

/** The object literal whose property `key` holds `value` (written inline, through `as` or `satisfies`), or `null`. */
function ownerObject(value: TSESTree.Node, key: string): TSESTree.ObjectExpression | null {
  let node = value;
  while (node.parent?.type === AST_NODE_TYPES.TSAsExpression || node.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression) node = node.parent;
  const property = node.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== node || getStaticPropertyKey(property) !== key) return null;
  return property.parent.type === AST_NODE_TYPES.ObjectExpression ? property.parent : null;
}
