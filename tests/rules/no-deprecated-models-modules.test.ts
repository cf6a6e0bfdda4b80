import path from "node:path";

import rule from "../../rules/no-deprecated-models";
import { js, ruleTester } from "../rule-tester";

/**
 * Model ids written in another module and sent here (src/analysis/imported-models.ts, src/analysis/exports.ts). Each
 * case is linted as a file of a small project in tests/fixtures-modules, so that its imports resolve to real files.
 */
const options = [{ date: "2026-11-30" }] as const;
const ESM = path.join(__dirname, "../fixtures-modules/esm-ts");
const CJS = path.join(__dirname, "../fixtures-modules/cjs");
const tsFile = path.join(ESM, "src/app/case.ts");
const cjsFile = path.join(CJS, "app/case.cjs");
const esmJsFile = path.join(CJS, "app/case.mjs");
const CLIENT = 'import OpenAI from "openai";\nconst openai = new OpenAI();\n';
const CJS_CLIENT = 'const OpenAI = require("openai");\nconst openai = new OpenAI();\n';

const valid = (code: string) => ({ code, options, filename: tsFile });
/**
 * An id set in a fixture's module, reported at its use here (the message's wording, with the place it names, is
 * checked through the ESLint class in tests/modules, where the working folder is the fixture's). `model` and `where`
 * document the case.
 */
const elsewhere = (_model: string, _where: string, use: string) => ({ use });
/** The errors at each `use` in turn (the text of the value where the request reads it), after the previous one. */
function errorsAt(code: string, uses: readonly { use: string }[]) {
  let from = 0;
  return uses.map(({ use }) => {
    const start = code.indexOf(use, from);
    if (start === -1) throw new Error(`no ${use} after offset ${from}`);
    from = start + use.length;
    const before = code.slice(0, start);
    return { messageId: "deprecatedModelElsewhere" as const, line: before.split("\n").length, column: start - before.lastIndexOf("\n") };
  });
}
const invalid = (code: string, uses: readonly { use: string }[]) => ({ code, options, filename: tsFile, errors: errorsAt(code, uses) });
const jsInvalid = (code: string, filename: string, uses: readonly { use: string }[]) => js({ code, options, filename, errors: errorsAt(code, uses) });

const at = (file: string, line: number) => `${path.relative(ESM, file).split(path.sep).join("/")}:${line}`;
const constants = (line: number) => at(path.join(ESM, "src/config/constants.ts"), line);
const functions = (line: number) => at(path.join(ESM, "src/config/model-functions.ts"), line);

ruleTester.run("no-deprecated-models (values from other modules)", rule, {
  valid: [
    // Functions of another module whose call sends no id of the table: an async function's promise, a generator, a
    // body of more than one `return`, a current model, the function itself, a call that is only logged.
    valid(
      `${CLIENT}import { getModel, modelFor, models, pick, currentModel } from "../config/model-functions";\nawait openai.responses.create({ model: modelFor(user), input });\nawait openai.responses.create({ model: models(), input });\nawait openai.responses.create({ model: pick("pro"), input });\nawait openai.responses.create({ model: currentModel(), input });\nawait openai.responses.create({ model: getModel, input });\nconsole.log(getModel());`,
    ),
    // A helper's result kept in a binding first: a call of an imported function is followed there only when its name
    // says it gives a model (most such calls are helpers: src/analysis/imported-models.ts).
    valid(`${CLIENT}import { pick4o } from "../config/model-functions";\nconst chosen = pick4o();\nawait openai.responses.create({ model: chosen, input });`),
    // An imported label map and price table: ids used as keys and shown to people, never sent.
    valid('import { MODEL_LABELS, PRICES, LABEL } from "../config/labels";\nrender(MODEL_LABELS, PRICES);\nconsole.log(LABEL);'),
    valid(`${CLIENT}import { MODEL_LABELS } from "../config/labels";\nawait openai.chat.completions.create({ model: MODEL_LABELS["gpt-4.5-preview"], messages });`),
    // An id compared with, or logged: not a request position.
    valid('import { CHAT_MODEL } from "../config/constants";\nif (model === CHAT_MODEL) console.log(CHAT_MODEL);'),
    // An import that cannot be resolved, a module that does not parse, a package's export: silence, never a guess.
    valid(`${CLIENT}import { MISSING_MODEL } from "../config/missing";\nawait openai.chat.completions.create({ model: MISSING_MODEL, messages });`),
    valid(`${CLIENT}import { BROKEN_MODEL } from "../config/broken";\nawait openai.chat.completions.create({ model: BROKEN_MODEL, messages });`),
    valid(`${CLIENT}import { DEFAULT_MODEL } from "some-package";\nawait openai.chat.completions.create({ model: DEFAULT_MODEL, messages });`),
    valid(`${CLIENT}import { MODEL } from "@/config/nowhere";\nawait openai.chat.completions.create({ model: MODEL, messages });`),
    // A current model, an enum member and a property that hold none.
    valid(`${CLIENT}import { CURRENT_MODEL, Models } from "../config/constants";\nawait openai.chat.completions.create({ model: CURRENT_MODEL, messages });\nawait openai.chat.completions.create({ model: Models.Current, messages });`),
    valid(`${CLIENT}import { appSettings } from "@/config";\nawait openai.embeddings.create({ model: appSettings.embeddings.model, input });`),
    // A spread whose `model` a later property replaces, or a later spread may.
    valid(`${CLIENT}import { defaultChatConfig } from "src/config/chat-defaults";\nawait openai.chat.completions.create({ ...defaultChatConfig, model: "gpt-5.2", messages });`),
    valid(`${CLIENT}import { defaultChatConfig } from "src/config/chat-defaults";\nawait openai.chat.completions.create({ ...defaultChatConfig, ...overrides, messages });`),
    // Another provider's server and an Azure client take their own model names.
    valid(`import OpenAI from "openai";\nimport { CHAT_MODEL } from "../config/constants";\nconst local = new OpenAI({ baseURL: "http://localhost:11434/v1" });\nawait local.chat.completions.create({ model: CHAT_MODEL, messages });`),
    valid(`import { AzureOpenAI } from "openai";\nimport { CHAT_MODEL } from "../config/constants";\nconst azure = new AzureOpenAI();\nawait azure.chat.completions.create({ model: CHAT_MODEL, messages });`),
    // A type-only import holds no value; an allowed id is left alone.
    valid(`${CLIENT}import type { ModelName } from "../config/constants";\nconst model: ModelName = pick();\nawait openai.chat.completions.create({ model, messages });`),
    { ...valid(`${CLIENT}import { CHAT_MODEL } from "../config/constants";\nawait openai.chat.completions.create({ model: CHAT_MODEL, messages });`), options: [{ date: "2026-11-30", allow: ["gpt-4.5-preview"] }] },
    // Router strings: another provider's prefix, and a bare id where the AI SDK wants a gateway id.
    valid('import { generateText } from "ai";\nimport { CLAUDE, AGENT_MODEL } from "../config/routers";\nawait generateText({ model: CLAUDE, prompt });\nawait generateText({ model: AGENT_MODEL, prompt });'),
    // A REST request to a base URL imported from settings that is another provider's server.
    valid('import { LOCAL_BASE } from "../config/api";\nawait fetch(`${LOCAL_BASE}/chat/completions`, { method: "POST", body: JSON.stringify({ model: "gpt-4.5-preview", messages }) });'),
    // A client whose base URL is imported from settings that name another provider's server.
    valid('import OpenAI from "openai";\nimport { LOCAL_BASE } from "../config/api";\nconst local = new OpenAI({ baseURL: LOCAL_BASE });\nawait local.chat.completions.create({ model: "gpt-4.5-preview", messages });'),
    // An imported id given after the first argument of a call that takes none there (an SDK's `getAPIList(path, Page)`,
    // a list's `push`, a form's `append` of another field): not sent, and not looked for in its module.
    valid('import { CHAT_MODEL } from "../config/constants";\nthis._client.getAPIList("/models", CHAT_MODEL);\nnames.push(label, CHAT_MODEL);\nform.append("name", CHAT_MODEL);'),
    // A CommonJS module's label next to a model: only the model is sent.
    js({ code: `${CJS_CLIENT}const config = require("../lib/config");\nconsole.log(config.label);`, options, filename: cjsFile }),
  ],
  invalid: [
    // What a function of another module returns, where its call is the model: a `return` of an env default, an
    // arrow's expression, an awaited async function, a default export, a function held by a settings object.
    invalid(
      `${CLIENT}import defaultModel, { getModel, fastModel, modelFor, settings } from "../config/model-functions";\nawait openai.chat.completions.create({ model: getModel(), messages });\nawait openai.responses.create({ model: fastModel(), input });\nawait openai.responses.create({ model: await modelFor(user), input });\nawait openai.responses.create({ model: defaultModel(), input });\nawait openai.responses.create({ model: settings.chatModel(), input });`,
      [
        elsewhere("gpt-4o-mini", functions(3), "getModel()"),
        elsewhere("o3", functions(6), "fastModel()"),
        elsewhere("gpt-4.1", functions(9), "modelFor(user)"),
        elsewhere("o4-mini", functions(31), "defaultModel()"),
        elsewhere("gpt-4o", functions(25), "settings.chatModel()"),
      ],
    ),
    // A function named like any helper, whose call is the request's `model` itself.
    invalid(`${CLIENT}import { pick4o } from "../config/model-functions";\nawait openai.responses.create({ model: pick4o(), input });`, [
      elsewhere("gpt-4o", functions(28), "pick4o()"),
    ]),
    // ES `export const`, through a relative specifier without extension.
    invalid(`${CLIENT}import { CHAT_MODEL } from "../config/constants";\nawait openai.chat.completions.create({ model: CHAT_MODEL, messages });`, [
      elsewhere("gpt-4.5-preview", constants(1), "CHAT_MODEL, messages"),
    ]),
    // A `paths` alias to an `index` file that re-exports (`export { settings as appSettings } from`), a property of
    // the settings object, whose value is a constant imported there.
    invalid(`${CLIENT}import { appSettings } from "@/config";\nawait openai.chat.completions.create({ model: appSettings.chat.model, messages });`, [
      elsewhere("gpt-4.5-preview", constants(1), "appSettings.chat.model"),
    ]),
    // `export * from`, an alias in this file, a namespace import.
    invalid(`${CLIENT}import { CHAT_MODEL as model } from "@/config";\nawait openai.chat.completions.create({ model, messages });`, [
      elsewhere("gpt-4.5-preview", constants(1), "model, messages"),
    ]),
    invalid(`${CLIENT}import * as config from "../config/constants";\nawait openai.chat.completions.create({ model: config.CHAT_MODEL, messages });`, [
      elsewhere("gpt-4.5-preview", constants(1), "config.CHAT_MODEL"),
    ]),
    // `export default { … }`, an enum member, a static field and a static getter, a default behind `??`.
    invalid(`${CLIENT}import settings from "@/config/settings";\nawait openai.chat.completions.create({ model: settings.summary.model, messages });`, [
      elsewhere("gpt-4-32k-0613", at(path.join(ESM, "src/config/settings.ts"), 9), "settings.summary.model"),
    ]),
    invalid(`${CLIENT}import { Models, Defaults, FALLBACK_MODEL } from "../config/constants";\nawait openai.chat.completions.create({ model: Models.Legacy, messages });\nawait openai.responses.create({ model: Defaults.model, input });\nawait openai.responses.create({ model: Defaults.visionModel, input });\nawait openai.responses.create({ model: FALLBACK_MODEL, input });`, [
      elsewhere("gpt-4-32k", constants(6), "Models.Legacy"),
      elsewhere("o1-preview", constants(11), "Defaults.model"),
      elsewhere("gpt-4-vision-preview", constants(13), "Defaults.visionModel"),
      elsewhere("gpt-3.5-turbo-0613", constants(3), "FALLBACK_MODEL, input"),
    ]),
    // Settings spread into a request, through `baseUrl`; and a whole request object from another module.
    invalid(`${CLIENT}import { defaultChatConfig } from "src/config/chat-defaults";\nawait openai.chat.completions.create({ ...defaultChatConfig, messages });`, [
      elsewhere("gpt-3.5-turbo-16k", at(path.join(ESM, "src/config/chat-defaults.ts"), 1), "defaultChatConfig, messages"),
    ]),
    invalid(`${CLIENT}import { defaultChatConfig } from "src/config/chat-defaults";\nawait openai.chat.completions.create(defaultChatConfig);`, [
      elsewhere("gpt-3.5-turbo-16k", at(path.join(ESM, "src/config/chat-defaults.ts"), 1), "defaultChatConfig)"),
    ]),
    // A REST request whose base URL is imported: the module says it is OpenAI's, so the id written here is sent there,
    // and so is settings' model spread into the body.
    {
      code: 'import { API_BASE } from "../config/api";\nawait fetch(`${API_BASE}/chat/completions`, { method: "POST", body: JSON.stringify({ model: "gpt-4.5-preview", messages }) });',
      options,
      filename: tsFile,
      errors: [{ messageId: "deprecatedModel" as const, line: 2, column: 93, suggestions: [{ messageId: "replaceModel" as const, data: { replacement: "gpt-6-luna" }, output: 'import { API_BASE } from "../config/api";\nawait fetch(`${API_BASE}/chat/completions`, { method: "POST", body: JSON.stringify({ model: "gpt-6-luna", messages }) });' }] }],
    },
    invalid('import { API_BASE } from "../config/api";\nimport { defaultChatConfig } from "src/config/chat-defaults";\nawait fetch(`${API_BASE}/chat/completions`, { method: "POST", body: JSON.stringify({ ...defaultChatConfig, messages }) });', [
      elsewhere("gpt-3.5-turbo-16k", at(path.join(ESM, "src/config/chat-defaults.ts"), 1), "defaultChatConfig, messages"),
    ]),
    // A router string set in settings, sent through the AI SDK's gateway; a bare id LangChain takes as OpenAI's.
    invalid('import { generateText } from "ai";\nimport { GATEWAY_MODEL } from "../config/routers";\nawait generateText({ model: GATEWAY_MODEL, prompt });', [
      elsewhere("gpt-4.5-preview", at(path.join(ESM, "src/config/routers.ts"), 1), "GATEWAY_MODEL, prompt"),
    ]),
    // The AI SDK's provider, imported under another name, called with an imported id: the file never writes `model`.
    invalid('import { openai as provider } from "@ai-sdk/openai";\nimport { WRITER } from "../config/routers";\nexport const llm = provider.chat(WRITER);', [
      elsewhere("gpt-4.5-preview", at(path.join(ESM, "src/config/routers.ts"), 4), "WRITER);"),
    ]),
    invalid('import { createAgent } from "langchain";\nimport { AGENT_MODEL } from "../config/routers";\ncreateAgent({ model: AGENT_MODEL, tools });', [
      elsewhere("gpt-4-32k", at(path.join(ESM, "src/config/routers.ts"), 3), "AGENT_MODEL, tools"),
    ]),
    // Calls that take the model, or a request naming it, after their first argument: a form's field, the v3 SDK's
    // transcription, an SDK request second (`realtime.calls.accept(callID, body)`), LangChain's moderation and fallback
    // middleware (through a namespace import).
    invalid('import { CHAT_MODEL } from "../config/constants";\nconst form = new FormData();\nform.append("model", CHAT_MODEL);\nawait fetch("https://api.openai.com/v1/images/edits", { method: "POST", body: form });', [
      elsewhere("gpt-4.5-preview", constants(1), "CHAT_MODEL);"),
    ]),
    invalid('import { Configuration, OpenAIApi } from "openai";\nimport { CHAT_MODEL } from "../config/constants";\nconst openai = new OpenAIApi(new Configuration({ apiKey }));\nawait openai.createTranscription(file, CHAT_MODEL);', [
      elsewhere("gpt-4.5-preview", constants(1), "CHAT_MODEL);"),
    ]),
    invalid(`${CLIENT}import { defaultChatConfig } from "src/config/chat-defaults";\nawait openai.realtime.calls.accept(callID, defaultChatConfig);`, [
      elsewhere("gpt-3.5-turbo-16k", at(path.join(ESM, "src/config/chat-defaults.ts"), 1), "defaultChatConfig);"),
    ]),
    invalid('import { ChatOpenAI } from "@langchain/openai";\nimport { defaultChatConfig } from "src/config/chat-defaults";\nconst chat = new ChatOpenAI();\nawait chat.moderateContent(text, defaultChatConfig);', [
      elsewhere("gpt-3.5-turbo-16k", at(path.join(ESM, "src/config/chat-defaults.ts"), 1), "defaultChatConfig);"),
    ]),
    invalid('import * as langchain from "langchain";\nimport { AGENT_MODEL } from "../config/routers";\nlangchain.modelFallbackMiddleware("anthropic:claude-sonnet-4-5", AGENT_MODEL);', [
      elsewhere("gpt-4-32k", at(path.join(ESM, "src/config/routers.ts"), 3), "AGENT_MODEL);"),
    ]),
    // CommonJS: `module.exports = { … }` whose value is `exports.x =` of a third module, `require` destructuring and
    // `.member`, and an ES module's `await import()`.
    jsInvalid(
      `${CJS_CLIENT}const config = require("../lib/config");\nconst { LEGACY } = require("../lib/models");\nconst legacy = require("../lib/models").LEGACY;\nclient.chat.completions.create({ model: config.chat.model, messages });\nopenai.chat.completions.create({ model: LEGACY, messages });\nopenai.chat.completions.create({ model: legacy, messages });`,
      cjsFile,
      [
        // `client` is not declared here: its SDK chain counts, as for an id written in this file.
        elsewhere("gpt-3.5-turbo-0613", at(path.join(CJS, "lib/models.js"), 1), "config.chat.model"),
        elsewhere("gpt-3.5-turbo-0613", at(path.join(CJS, "lib/models.js"), 1), "LEGACY, messages"),
        elsewhere("gpt-3.5-turbo-0613", at(path.join(CJS, "lib/models.js"), 1), "legacy, messages"),
      ],
    ),
    jsInvalid(`${CLIENT}const { LEGACY } = await import("../lib/models.js");\nawait openai.chat.completions.create({ model: LEGACY, messages });`, esmJsFile, [
      elsewhere("gpt-3.5-turbo-0613", at(path.join(CJS, "lib/models.js"), 1), "LEGACY, messages"),
    ]),
  ],
});
