import rule from "../../rules/no-deprecated-models";
import { MODEL_SHUTDOWNS } from "../../src/models";
import { js, ruleTester } from "../rule-tester";

/**
 * Frameworks that name OpenAI's models their own way (src/analysis/model-routers.ts): router strings such as
 * `"openai/gpt-4o"` and `"openai:gpt-4o"`, and bare ids given to framework classes and calls.
 */
const date = "2026-11-30";
const options = [{ date }] as const;

const AI = 'import { generateText, streamText, generateObject, streamObject, embed, embedMany, experimental_generateImage, gateway, ToolLoopAgent } from "ai";\n';
const MASTRA = 'import { Agent } from "@mastra/core/agent";\n';

/**
 * The errors for the given strings, in order: each at the next quoted string with exactly that text, with one
 * suggestion per replacement the table suggests for the id after its `openai/` or `openai:` prefix, keeping the prefix.
 */
function errorsAt(code: string, strings: readonly string[]) {
  let from = 0;
  return strings.map((text) => {
    const match = new RegExp(`(["'\`])${text.replaceAll(".", "\\.")}\\1`, "u").exec(code.slice(from));
    if (match === null) throw new Error(`no string "${text}" after offset ${from}`);
    const start = from + match.index;
    const end = start + match[0].length - 1;
    from = end + 1;
    const prefix = /^openai[/:]/u.exec(text)?.[0] ?? "";
    const id = text.slice(prefix.length);
    const row = MODEL_SHUTDOWNS.get(id);
    if (row === undefined) throw new Error(`${id} is not in the shutdown table`);
    const before = code.slice(0, start);
    return {
      messageId: "deprecatedModel" as const,
      line: before.split("\n").length,
      column: start - before.lastIndexOf("\n"),
      suggestions: row.suggestions.map((replacement) => ({
        messageId: "replaceModel" as const,
        data: { replacement: prefix + replacement },
        output: code.slice(0, start + 1) + prefix + replacement + code.slice(end),
      })),
    };
  });
}

const invalidAt = (code: string, strings: readonly string[]) => ({ code, options, errors: errorsAt(code, strings) });
const valid = (code: string) => ({ code, options });

ruleTester.run("no-deprecated-models (model routers)", rule, {
  valid: [
    // Another provider's prefix: the gateway and Mastra send it elsewhere.
    valid(`${AI}await generateText({ model: "anthropic/claude-3-haiku", prompt });\nawait generateText({ model: "google/gemini-2.0-flash", prompt });`),
    valid(`${MASTRA}new Agent({ name: "a", instructions, model: "openrouter/openai/gpt-4o" });`),
    // A bare id where the AI SDK wants a gateway id, and a router string where the OpenAI SDK wants a bare id.
    valid(`${AI}await generateText({ model: "gpt-4o", prompt });`),
    valid('import OpenAI from "openai";\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: "openai/gpt-4o", messages });'),
    // A REST body sent to OpenAI with a router string: OpenAI rejects the name whatever the date.
    valid('await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify({ model: "openai/gpt-4o", messages }) });'),
    // Option labels, a Map of names and a lookup object name router strings without sending them.
    valid('const MODELS = [{ label: "GPT-4o", value: "openai/gpt-4o" }, { label: "openai/gpt-4o-mini" }];\nrender(MODELS);'),
    valid('const names = new Map([["openai/gpt-4o", "GPT-4o"], ["openai:o3", "o3"]]);\nconsole.log(names);'),
    valid('const PRICES = { "openai/gpt-4o": 2.5 };\nconst settings = { model: "openai/gpt-4o" };\nsave(settings);'),
    // `model: "openai/gpt-4o"` in an object given to something else (OpenRouter's SDK, a local helper).
    valid('import { OpenRouter } from "@openrouter/sdk";\nconst router = new OpenRouter();\nawait router.chat.send({ model: "openai/gpt-4o", messages });'),
    valid(`${AI}const config = { model: "openai/gpt-4o" };\nlog(config);\nawait generateText({ model: gateway("anthropic/claude-3-haiku"), prompt });`),
    // A local `generateText` of the same name, and one from another package.
    valid('async function generateText(options) { return options; }\nawait generateText({ model: "openai/gpt-4o", prompt });'),
    valid('import { generateText } from "./llm";\nawait generateText({ model: "openai/gpt-4o", prompt });'),
    // An `Agent` from the OpenAI Agents SDK takes a bare id; from elsewhere, nothing.
    valid('import { Agent } from "@openai/agents";\nnew Agent({ name: "a", model: "openai/gpt-4o" });'),
    valid('import { Agent } from "./agent";\nnew Agent({ name: "a", model: "openai/gpt-4o" });'),
    // Mastra's `createScorer` takes the judge's model nested; a `model` at the top is not it.
    valid('import { createScorer } from "@mastra/core/evals";\ncreateScorer({ id: "s", model: "openai/gpt-4o" });'),
    // LangChain: another provider, an explicit provider that is not OpenAI, a prefix with a provider that overrides it,
    // a bare id LangChain does not infer as OpenAI's, the OpenAI class pointed at another server, a slash spelling.
    valid('import { initChatModel } from "langchain/chat_models/universal";\nawait initChatModel("anthropic:claude-3-opus-20240229");'),
    valid('import { initChatModel } from "langchain";\nawait initChatModel("gpt-4o", { modelProvider: "azure_openai" });'),
    valid('import { initChatModel } from "langchain";\nawait initChatModel("openai:gpt-4o", { modelProvider: "openai" });'),
    valid('import { initChatModel } from "langchain";\nawait initChatModel("chatgpt-4o-latest");'),
    valid('import { initChatModel } from "langchain";\nawait initChatModel("gpt-4o", { configuration: { baseURL: "https://openrouter.ai/api/v1" } });'),
    valid('import { initChatModel } from "langchain";\nawait initChatModel("openai/gpt-4o");'),
    valid('import { initChatModel } from "langchain";\nawait initChatModel("gpt-4o", options);'),
    valid('import { createAgent } from "langchain";\ncreateAgent({ model: "anthropic:claude-sonnet-4-5", tools });'),
    // LlamaIndex pointed at Azure or another server; its class from elsewhere; a router string.
    valid('import { OpenAI } from "llamaindex";\nnew OpenAI({ model: "gpt-4o", azure: { endpoint } });'),
    valid('import { OpenAI } from "@llamaindex/openai";\nnew OpenAI({ model: "gpt-4o", baseURL: "http://localhost:11434/v1" });'),
    valid('import { OpenAI } from "@llamaindex/openai";\nnew OpenAI({ model: "gpt-4o", additionalSessionOptions: { baseURL: "https://api.groq.com/openai/v1" } });'),
    valid('import { OpenAI } from "@llamaindex/openai";\nnew OpenAI({ model: "openai/gpt-4o" });'),
    // Genkit: a `generate` on something that is not a `genkit(…)` instance, another plugin's `model(…)`.
    valid('import { ai } from "./genkit";\nawait ai.generate({ model: "openai/gpt-4o", prompt });'),
    valid('const ai = makeAi();\nawait ai.generate({ model: "openai/gpt-4o", prompt });'),
    valid('import { googleAI } from "@genkit-ai/google-genai";\ngoogleAI.model("gpt-4o");'),
    // The AI SDK's OpenAI provider pointed at another server keeps today's behaviour.
    valid('import { createOpenAI } from "@ai-sdk/openai";\nconst groq = createOpenAI({ baseURL: "https://api.groq.com/openai/v1" });\ngroq("gpt-4o");'),
    // Gateway fallbacks: another provider's, a list under another key, a call not from the AI SDK.
    valid(`${AI}await generateText({ model: "anthropic/claude-sonnet-4-5", prompt, providerOptions: { gateway: { models: ["anthropic/claude-3-haiku"], order: ["openai/gpt-4o"] } } });`),
    valid('import { generateText } from "./llm";\nawait generateText({ model: "x", prompt, providerOptions: { gateway: { models: ["openai/gpt-4o"] } } });'),
    // Mastra: a fallback list given to something else than an agent; an object in a list that is not `model`.
    valid('import { generateText } from "ai";\nawait generateText({ model: [{ model: "openai/gpt-4o" }], prompt });'),
    valid(`${MASTRA}new Agent({ name: "a", instructions, model: "openai/gpt-5.5", tools: [{ model: "openai/gpt-4o" }] });`),
    // LangChain's middleware from another package, and a fallback to another provider.
    valid('import { summarizationMiddleware } from "./middleware";\nsummarizationMiddleware({ model: "openai:gpt-4o-mini" });'),
    valid('import { modelFallbackMiddleware } from "langchain";\nmodelFallbackMiddleware("anthropic:claude-sonnet-4-5", "chatgpt-4o-latest");'),
    // The AI SDK's registry: `openai` holding another server's provider, a custom separator, another key, a registry
    // from another module.
    valid('import { createProviderRegistry } from "ai";\nimport { createOpenAI } from "@ai-sdk/openai";\nconst registry = createProviderRegistry({ openai: createOpenAI({ baseURL: "http://localhost:11434/v1" }) });\nregistry.languageModel("openai:gpt-4o");'),
    valid('import { createProviderRegistry } from "ai";\nimport { openai } from "@ai-sdk/openai";\nconst registry = createProviderRegistry({ openai }, { separator: " > " });\nregistry.languageModel("openai:gpt-4o");'),
    valid('import { createProviderRegistry } from "ai";\nimport { anthropic } from "@ai-sdk/anthropic";\nconst registry = createProviderRegistry({ openai: anthropic });\nregistry.languageModel("openai:gpt-4o");'),
    valid('import { registry } from "./registry";\nregistry.languageModel("openai:gpt-4o");'),
    // The AI SDK's OpenAI provider: today's behaviour for createOpenAI, pinned.
    valid('import { createOpenAI } from "@ai-sdk/openai";\nconst local = createOpenAI({ baseURL: "http://localhost:1234/v1" });\nlocal.chat("gpt-4o");'),
    // chatgpt: another server, `completionParams` of something else, a nested key the SDK's own requests do not have.
    valid('import { ChatGPTAPI } from "chatgpt";\nnew ChatGPTAPI({ apiKey, apiBaseUrl: "https://openrouter.ai/api/v1", completionParams: { model: "gpt-4" } });'),
    valid('import { ChatGPTAPI } from "./chatgpt";\nnew ChatGPTAPI({ apiKey, completionParams: { model: "gpt-4" } });'),
    valid('import { ChatOpenAI } from "@langchain/openai";\nnew ChatOpenAI({ completionParams: { model: "gpt-4" }, judge: { model: "gpt-4" } });'),
    valid('import OpenAI from "openai";\nconst client = new OpenAI();\nawait client.chat.completions.create({ completionParams: { model: "gpt-4" }, messages });'),
    // CopilotKit's adapter given a client for another server or Azure; another adapter.
    valid('import OpenAI from "openai";\nimport { OpenAIAdapter } from "@copilotkit/runtime";\nconst groq = new OpenAI({ baseURL: "https://api.groq.com/openai/v1" });\nnew OpenAIAdapter({ openai: groq, model: "gpt-4o" });'),
    valid('import { AzureOpenAI } from "openai";\nimport { OpenAIAdapter } from "@copilotkit/runtime";\nconst azure = new AzureOpenAI();\nnew OpenAIAdapter({ openai: azure, model: "gpt-4o" });'),
    valid('import { GroqAdapter } from "@copilotkit/runtime";\nnew GroqAdapter({ model: "gpt-4o" });'),
    // token.js: another provider, no provider, a look-alike client from another package.
    valid('import { TokenJS } from "token.js";\nconst tokenjs = new TokenJS();\nawait tokenjs.chat.completions.create({ provider: "openai-compatible", model: "gpt-4o", messages });\nawait tokenjs.chat.completions.create({ model: "gpt-4o", messages });'),
    valid('import { TokenJS } from "token-sdk";\nconst tokenjs = new TokenJS();\nawait tokenjs.chat.completions.create({ provider: "openai", model: "gpt-4o", messages });'),
    // Shapes that cannot be read are silence, never a guess (and never a crash): a registry without providers or
    // built from a spread, LangChain options spread in, a model returned by a function.
    valid('import { createProviderRegistry } from "ai";\nconst a = createProviderRegistry();\na.languageModel("openai:gpt-4o");\nconst b = createProviderRegistry(...parts);\nb.languageModel("openai:gpt-4o");\nconst c = createProviderRegistry({ ...providers });\nc.languageModel("openai:gpt-4o");'),
    valid('import { initChatModel } from "langchain";\nawait initChatModel("gpt-4o", ...rest);\nawait initChatModel("o3", { ...fields, modelProvider: "openai", ...more });'),
    valid(`${MASTRA}new Agent({ name: "a", instructions, model: () => "openai/gpt-4o" });\nnew Agent();`),
    // Genkit's model references: Azure's plugin, a reference only read for its name, one given to something else.
    valid('import { genkit } from "genkit";\nimport { gpt4o } from "genkitx-azure-openai";\nconst ai = genkit({ plugins: [], model: gpt4o });'),
    valid('import { gpt4o, gpt4oMini } from "genkitx-openai";\nconsole.log(gpt4o.name);\nrender({ model: gpt4oMini });'),
    // `allow` takes the id or the router string.
    { code: `${AI}await generateText({ model: "openai/gpt-4o", prompt });`, options: [{ date, allow: ["gpt-4o"] }] },
    { code: `${AI}await generateText({ model: "openai/gpt-4o", prompt });`, options: [{ date, allow: ["openai/gpt-4o"] }] },
  ],
  invalid: [
    // The AI SDK's string ids go through the gateway: each function that takes a model.
    invalidAt(
      `${AI}await generateText({ model: "openai/gpt-4o", prompt });\nstreamText({ model: "openai/gpt-4o-mini", prompt });\nawait generateObject({ model: "openai/o3", schema, prompt });\nstreamObject({ model: "openai/gpt-4.1", schema, prompt });\nawait embed({ model: "openai/gpt-4.1-mini", value });\nawait embedMany({ model: "openai/gpt-4.1-nano", values });\nawait experimental_generateImage({ model: "openai/dall-e-3", prompt });\nnew ToolLoopAgent({ model: "openai/gpt-5", tools });`,
      ["openai/gpt-4o", "openai/gpt-4o-mini", "openai/o3", "openai/gpt-4.1", "openai/gpt-4.1-mini", "openai/gpt-4.1-nano", "openai/dall-e-3", "openai/gpt-5"],
    ),
    // A lookup object and a function that give a router string and a bare id to the gateway: the router string is
    // OpenAI's there, the bare id is not (each spelling is asked on its own, though both reach the same read or call).
    invalidAt(
      `${AI}const MODELS = { a: "openai/gpt-4o", b: "gpt-4o-mini" };\nawait generateText({ model: MODELS[tier], prompt });\nconst pick = (fast) => (fast ? "openai/o3" : "o4-mini");\nawait generateText({ model: pick(true), prompt });`,
      ["openai/gpt-4o", "openai/o3"],
    ),
    // The gateway provider, its methods, and one made with createGateway; `generateImage` by its stable name.
    invalidAt(
      'import { gateway, createGateway } from "@ai-sdk/gateway";\nimport { generateImage, generateText } from "ai";\nawait generateText({ model: gateway("openai/gpt-4o"), prompt });\ngateway.languageModel("openai/o3-mini");\nconst gw = createGateway({ apiKey });\ngw("openai/gpt-4-turbo");\nawait generateImage({ model: "openai/gpt-image-1", prompt });',
      ["openai/gpt-4o", "openai/o3-mini", "openai/gpt-4-turbo", "openai/gpt-image-1"],
    ),
    // Speech and transcription, and the gateway's fallbacks in `providerOptions` (through `satisfies`).
    invalidAt(
      'import { generateSpeech, experimental_transcribe as transcribe, streamText } from "ai";\nawait generateSpeech({ model: "openai/tts-1", text });\nawait transcribe({ model: "openai/whisper-1", audio });\nstreamText({ model: "anthropic/claude-sonnet-4-5", prompt, providerOptions: { gateway: { models: ["openai/gpt-5-nano", "zai/glm-4.6"] } satisfies GatewayProviderOptions } });',
      ["openai/tts-1", "openai/whisper-1", "openai/gpt-5-nano"],
    ),
    // Through a constant, a settings object read by key, and options spread into the call.
    invalidAt(
      `${AI}const MODEL = process.env.MODEL ?? "openai/gpt-4o";\nconst MODELS = { fast: "openai/gpt-4o-mini" };\nconst base = { model: "openai/o4-mini", temperature: 0 };\nawait generateText({ model: MODEL, prompt });\nawait generateText({ model: MODELS.fast, prompt });\nawait generateText({ ...base, prompt });`,
      ["openai/gpt-4o", "openai/gpt-4o-mini", "openai/o4-mini"],
    ),
    // Mastra: agents from either entry point, processors, custom and prebuilt scorers.
    invalidAt(
      `${MASTRA}import { Agent as CoreAgent } from "@mastra/core";\nimport { ModerationProcessor, PIIDetector } from "@mastra/core/processors";\nimport { createScorer } from "@mastra/core/evals";\nimport { createAnswerRelevancyScorer } from "@mastra/evals/scorers/prebuilt";\nexport const agent = new Agent({ name: "a", instructions, model: "openai/gpt-4o-mini", inputProcessors: [new ModerationProcessor({ model: "openai/gpt-4.1-nano" }), new PIIDetector({ model: "openai/gpt-4o" })] });\nnew CoreAgent({ name: "b", instructions, model: "openai/o3" });\ncreateScorer({ id: "s", judge: { model: "openai/gpt-4.1", instructions } });\ncreateAnswerRelevancyScorer({ model: "openai/gpt-5-mini" });`,
      ["openai/gpt-4o-mini", "openai/gpt-4.1-nano", "openai/gpt-4o", "openai/o3", "openai/gpt-4.1", "openai/gpt-5-mini"],
    ),
    // LangChain's universal model: the `openai:` prefix, an explicit provider, an inferred one; v1's createAgent.
    invalidAt(
      'import { initChatModel } from "langchain/chat_models/universal";\nimport { createAgent } from "langchain";\nawait initChatModel("openai:gpt-4o", { temperature: 0 });\nawait initChatModel("o3", { modelProvider: "openai" });\nawait initChatModel("gpt-4-turbo");\ncreateAgent({ model: "openai:gpt-4.1", tools });\ncreateAgent({ model: "o4-mini", tools });',
      ["openai:gpt-4o", "o3", "gpt-4-turbo", "openai:gpt-4.1", "o4-mini"],
    ),
    // LlamaIndex TS: its OpenAI classes from either package and the `openai()` factory.
    invalidAt(
      'import { OpenAI, OpenAIEmbedding } from "llamaindex";\nimport { openai } from "@llamaindex/openai";\nSettings.llm = new OpenAI({ model: "gpt-4-1106-preview", temperature: 0.1 });\nnew OpenAIEmbedding({ model: "gpt-4o" });\nconst llm = openai({ model: "gpt-4o-mini", baseURL: "https://api.openai.com/v1" });',
      ["gpt-4-1106-preview", "gpt-4o", "gpt-4o-mini"],
    ),
    // Genkit: the OpenAI plugin's model references, and `openai/…` names given to a genkit instance.
    invalidAt(
      'import openAI from "@genkit-ai/compat-oai/openai";\nimport { genkit } from "genkit";\nconst ai = genkit({ plugins: [openAI()], model: "openai/gpt-4o" });\nawait ai.generate({ model: openAI.model("gpt-4o-mini"), prompt });\nconst { stream } = ai.generateStream({ model: "openai/o3", prompt });',
      ["openai/gpt-4o", "gpt-4o-mini", "openai/o3"],
    ),
    // Mastra's fallback list.
    invalidAt(`${MASTRA}new Agent({ name: "a", instructions, model: [{ model: "openai/gpt-4.1-mini", maxRetries: 1 }, { model: "anthropic/claude-sonnet-4-5" }] });`, ["openai/gpt-4.1-mini"]),
    // LangChain v1's middleware: options with a model, and fallbacks (each argument).
    invalidAt(
      'import { createAgent, summarizationMiddleware, llmToolSelectorMiddleware, modelFallbackMiddleware } from "langchain";\ncreateAgent({ model: "openai:gpt-5", middleware: [summarizationMiddleware({ model: "openai:gpt-4.1-mini" }), llmToolSelectorMiddleware({ model: "gpt-4o-mini" }), modelFallbackMiddleware("anthropic:claude-sonnet-4-5", "openai:gpt-4o", "o3-mini")] });',
      ["openai:gpt-5", "openai:gpt-4.1-mini", "gpt-4o-mini", "openai:gpt-4o", "o3-mini"],
    ),
    // The AI SDK's provider registry with OpenAI's provider under `openai`, imported or made for OpenAI itself.
    invalidAt(
      'import { createProviderRegistry, generateText } from "ai";\nimport { openai, createOpenAI } from "@ai-sdk/openai";\nimport { anthropic } from "@ai-sdk/anthropic";\nconst registry = createProviderRegistry({ anthropic, openai });\nawait generateText({ model: registry.languageModel("openai:gpt-4o-mini"), prompt });\nregistry.imageModel("openai:dall-e-3");\nconst own = createProviderRegistry({ openai: createOpenAI({ apiKey }) });\nown.textEmbeddingModel("openai:gpt-4o");',
      ["openai:gpt-4o-mini", "openai:dall-e-3", "openai:gpt-4o"],
    ),
    // The AI SDK's OpenAI provider (bare ids), pinned: no options, an API key, OpenAI's own base URL.
    invalidAt(
      'import { createOpenAI } from "@ai-sdk/openai";\nconst a = createOpenAI();\nconst b = createOpenAI({ apiKey });\nconst c = createOpenAI({ baseURL: "https://api.openai.com/v1" });\na("gpt-4o");\nb.chat("o3");\nc.responses("gpt-5");',
      ["gpt-4o", "o3", "gpt-5"],
    ),
    // CopilotKit's OpenAIAdapter, with a default client or one built for OpenAI.
    invalidAt(
      'import OpenAI from "openai";\nimport { OpenAIAdapter } from "@copilotkit/runtime";\nconst serviceAdapter = new OpenAIAdapter({ model: "gpt-4o" });\nconst openai = new OpenAI({ apiKey });\nnew OpenAIAdapter({ openai, model: "gpt-4o-mini" });',
      ["gpt-4o", "gpt-4o-mini"],
    ),
    // chatgpt's ChatGPTAPI, and token.js with `provider: "openai"`.
    invalidAt(
      'import { ChatGPTAPI } from "chatgpt";\nimport { TokenJS } from "token.js";\nexport const api = new ChatGPTAPI({ apiKey, completionParams: { model: "gpt-4", temperature: 0.5 } });\nconst tokenjs = new TokenJS();\nawait tokenjs.chat.completions.create({ provider: "openai", model: "gpt-4o", messages });',
      ["gpt-4", "gpt-4o"],
    ),
    {
      // Genkit's model references from genkitx-openai, given to a genkit instance: reported at each use, not rewritten.
      code: 'import { genkit } from "genkit";\nimport { openAI, gpt4o, gpt35Turbo as legacy } from "genkitx-openai";\nconst ai = genkit({ plugins: [openAI()], model: gpt4o });\nawait ai.generate({ model: legacy, prompt });',
      options,
      errors: [
        { messageId: "deprecatedModel", data: { model: "gpt-4o", when: "shuts down on January 14, 2027, in 45 days", consequence: "", advice: "Move to `gpt-6-luna` before then.", url: "https://developers.openai.com/api/docs/deprecations" }, line: 3, column: 49, endColumn: 54, suggestions: [] },
        { messageId: "deprecatedModel", line: 4, column: 28, endColumn: 34, suggestions: [] },
      ],
    },
    // CommonJS and a template literal.
    js({
      ...invalidAt('const { generateText } = require("ai");\nmodule.exports = () => generateText({ model: `openai/gpt-4o`, prompt: "hi" });', ["openai/gpt-4o"]),
      filename: "bot.cjs",
    }),
    {
      // The message names the id OpenAI retires; the suggestion keeps the router's prefix.
      code: `${AI}await generateText({ model: "openai/gpt-4o", prompt });`,
      options,
      errors: [
        {
          messageId: "deprecatedModel",
          data: { model: "gpt-4o", when: "shuts down on January 14, 2027, in 45 days", consequence: "", advice: "Move to `gpt-6-luna` before then.", url: "https://developers.openai.com/api/docs/deprecations" },
          suggestions: [{ messageId: "replaceModel", data: { replacement: "openai/gpt-6-luna" }, output: `${AI}await generateText({ model: "openai/gpt-6-luna", prompt });` }],
        },
      ],
    },
    {
      // A router string spelled with an escape is reported, but not rewritten.
      code: `${AI}await generateText({ model: "openai\\u002fgpt-4o", prompt });`,
      options,
      errors: [{ messageId: "deprecatedModel", suggestions: [] }],
    },
  ],
});
