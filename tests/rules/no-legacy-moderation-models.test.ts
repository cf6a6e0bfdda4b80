import rule from "../../rules/no-legacy-moderation-models";
import { js, ruleTester } from "../rule-tester";

ruleTester.run("no-legacy-moderation-models", rule, {
  valid: [
    // Look-alikes: the id named where nothing sends it (the same "is it sent?" analysis as no-deprecated-models).
    // A log line.
    'logger.info("text-moderation-latest");',
    // LangChain's moderation entry points where they are not LangChain's, or not OpenAI's.
    'import { moderationMiddleware } from "./middleware";\nmoderationMiddleware({ moderationModel: "text-moderation-stable" });',
    'import { openAIModerationMiddleware } from "./mine";\nopenAIModerationMiddleware({ moderationModel: "text-moderation-stable" });',
    'const filter = new ContentFilter();\nawait filter.moderateContent(text, { model: "text-moderation-stable" });',
    'import { ChatOpenAI } from "@langchain/openai";\nconst chat = new ChatOpenAI({ configuration: { baseURL: "http://localhost:11434/v1" } });\nawait chat.moderateContent(text, { model: "text-moderation-stable" });',
    'console.warn("text-moderation-stable", input);',
    // A comparison, a switch case and a test's expectations check a value; they send nothing.
    'if (model === "text-moderation-latest") warn();',
    'switch (model) { case "text-moderation-stable": break; }',
    'expect(body.model).toBe("text-moderation-stable");',
    'expect(client.moderations.create).toHaveBeenCalledWith({ input: "hi", model: "text-moderation-stable" });',
    'assert.equal(request.model, "text-moderation-latest");',
    // Constants, config objects, class fields, enum members and defaults that reach no request in the file.
    "const MODEL = `text-moderation-007`;",
    'export const config = { moderation: { provider: "openai", model: "text-moderation-latest" } };',
    'class Moderator { model = "text-moderation-stable"; }',
    'enum Models { Moderation = "text-moderation-latest" }',
    'function moderate(input, model = process.env.MOD_MODEL ?? "text-moderation-latest") {}',
    js({ code: "export default { model: 'text-moderation-latest' };", filename: "moderation.config.mjs" }),
    // Lists of choices and an options list with its labels.
    'const MODELS = ["text-moderation-latest", "text-moderation-stable"];',
    "const field = { options: [{ name: 'text-moderation-stable', value: 'text-moderation-stable' }], default: 'text-moderation-stable' };",
    // A local object with a `moderations.create` of its own, and a `moderation` option of a method that takes none.
    'const fake = { moderations: { create: (r) => r } };\nfake.moderations.create({ model: "text-moderation-latest" });',
    'import OpenAI from "openai";\nconst client = new OpenAI();\nawait client.embeddings.create({ model: "text-embedding-3-small", input, moderation: { model: "text-moderation-latest" } });',
    // A `createModeration` of another class: not the openai v3 SDK's.
    'const moderator = new Moderator();\nmoderator.createModeration({ model: "text-moderation-latest", input });',
    // Azure: its deployments follow Azure's schedule, as for every model id.
    'import { AzureOpenAI } from "openai";\nconst azure = new AzureOpenAI();\nawait azure.moderations.create({ model: "text-moderation-stable", input });',
    // The replacement model.
    'await client.moderations.create({ model: "omni-moderation-latest", input });',
    // No model at all: the API picks the current default.
    "await client.moderations.create({ input });",
    // A type union naming the ids (the SDK's own `ModerationModel` does this).
    'type ModerationModel = "omni-moderation-latest" | "text-moderation-latest" | "text-moderation-stable";',
    // A zod enum listing accepted values.
    'const Model = z.enum(["omni-moderation-latest", "text-moderation-latest"]);',
    'const Legacy = z.literal("text-moderation-stable");',
    // Object keys: a price or capability table, not a request.
    'const PRICES = { "text-moderation-latest": 0, "omni-moderation-latest": 0 };',
    // Comments never count.
    '// we used to call text-moderation-latest here\nconst model = "omni-moderation-latest";',
    "/** @param model e.g. `text-moderation-stable` */\nfunction moderate(model) {}",
    // A code sample held in a string: not JSON with a `model` key.
    "const sample = \"openai.moderations.create({ model: 'text-moderation-latest' })\";",
    // A longer name that only starts the same way.
    'const model = "text-moderation-latest-preview-notes";',
    'const label = "Legacy text-moderation-latest model";',
    // Other models with snapshots.
    'const model = "omni-moderation-2024-09-26";',
    // Tagged templates build something else (SQL, GraphQL).
    "const q = sql`select * from models where id = 'text-moderation-latest'`;",
    js({ code: 'module.exports = { model: "omni-moderation-latest" };', filename: "config.cjs" }),
    js({ code: "const models = new Map([['omni', 'omni-moderation-latest']]);" }),
    // A mocked response: the API names the model it used, no code sends it.
    'create.mockResolvedValue({ id: "modr-90", model: "text-moderation-stable", results: [] });',
    "vi.mocked(client.moderations.create).mockResolvedValueOnce({ model: 'text-moderation-latest' } as never);",
    // A moderation result held in a variable (returned by a mocked fetch).
    'const mockModerationResponse = { id: "modr-125", model: "text-moderation-stable", results: [{ flagged: false }] };',
  ],
  invalid: [
    {
      // LangChain v1's OpenAI moderation middleware, and a ChatOpenAI's moderateContent: both call OpenAI's moderations.
      code: 'import { openAIModerationMiddleware } from "langchain";\nimport { ChatOpenAI } from "@langchain/openai";\nconst chat = new ChatOpenAI({ model: "gpt-5-mini" });\nopenAIModerationMiddleware({ model: chat, moderationModel: "text-moderation-stable", checkInput: true });\nawait chat.moderateContent(text, { model: "text-moderation-latest" });',
      output: 'import { openAIModerationMiddleware } from "langchain";\nimport { ChatOpenAI } from "@langchain/openai";\nconst chat = new ChatOpenAI({ model: "gpt-5-mini" });\nopenAIModerationMiddleware({ model: chat, moderationModel: "omni-moderation-latest", checkInput: true });\nawait chat.moderateContent(text, { model: "omni-moderation-latest" });',
      errors: [
        { messageId: "legacyModel", line: 4 },
        { messageId: "legacyModel", line: 5 },
      ],
    },
    {
      code: 'await openai.moderations.create({ model: "text-moderation-latest", input });',
      output: 'await openai.moderations.create({ model: "omni-moderation-latest", input });',
      errors: [{ messageId: "legacyModel", line: 1, column: 42 }],
    },
    {
      code: "await openai.moderations.create({ model: 'text-moderation-stable', input });",
      output: "await openai.moderations.create({ model: 'omni-moderation-latest', input });",
      errors: [{ messageId: "legacyModel" }],
    },
    {
      // Dated snapshots, in a constant the request reads.
      code: "const MODEL = `text-moderation-007`;\nawait openai.moderations.create({ model: MODEL, input });",
      output: "const MODEL = `omni-moderation-latest`;\nawait openai.moderations.create({ model: MODEL, input });",
      errors: [{ messageId: "legacyModel", line: 1 }],
    },
    {
      // A class field read as `this.model` in a request, and a parameter's default.
      code: 'class Moderator {\n  model = "text-moderation-stable";\n  check(input) { return this.client.moderations.create({ model: this.model, input }); }\n}\nfunction moderate(input, model = process.env.MOD_MODEL ?? "text-moderation-latest") { return openai.moderations.create({ model, input }); }',
      output: 'class Moderator {\n  model = "omni-moderation-latest";\n  check(input) { return this.client.moderations.create({ model: this.model, input }); }\n}\nfunction moderate(input, model = process.env.MOD_MODEL ?? "omni-moderation-latest") { return openai.moderations.create({ model, input }); }',
      errors: [{ messageId: "legacyModel", line: 2 }, { messageId: "legacyModel", line: 5 }],
    },
    {
      // A value declared with the SDK's own `ModerationModel` type, which still lists the legacy ids.
      code: 'import type { ModerationModel } from "openai/resources/moderations";\nexport const model: ModerationModel = "text-moderation-latest";',
      output: 'import type { ModerationModel } from "openai/resources/moderations";\nexport const model: ModerationModel = "omni-moderation-latest";',
      errors: [{ messageId: "legacyModel", line: 2 }],
    },
    js({
      code: 'const OpenAI = require("openai");\nconst client = new OpenAI();\nclient.moderations.create({ model: "text-moderation-005", input: text });',
      filename: "moderate.cjs",
      output:
        'const OpenAI = require("openai");\nconst client = new OpenAI();\nclient.moderations.create({ model: "omni-moderation-latest", input: text });',
      errors: [{ messageId: "legacyModel", line: 3 }],
    }),
    {
      // The openai v3 SDK (`new OpenAIApi(configuration)`), still in applications written before v4.
      code: 'import { Configuration, OpenAIApi } from "openai";\nconst openai = new OpenAIApi(new Configuration({ apiKey }));\nawait openai.createModeration({ model: "text-moderation-stable", input });',
      output: 'import { Configuration, OpenAIApi } from "openai";\nconst openai = new OpenAIApi(new Configuration({ apiKey }));\nawait openai.createModeration({ model: "omni-moderation-latest", input });',
      errors: [{ messageId: "legacyModel", line: 3 }],
    },
    {
      // The `moderation: { model }` option of a Responses request (SDK 6.42+).
      code: 'await client.responses.create({ model: "gpt-5", input, moderation: { model: "text-moderation-latest" } });',
      output: 'await client.responses.create({ model: "gpt-5", input, moderation: { model: "omni-moderation-latest" } });',
      errors: [{ messageId: "legacyModel" }],
    },
    {
      code: 'await client.chat.completions.create({ model: "gpt-4o", messages, moderation: { model: "text-moderation-stable" } });',
      output: 'await client.chat.completions.create({ model: "gpt-4o", messages, moderation: { model: "omni-moderation-latest" } });',
      errors: [{ messageId: "legacyModel" }],
    },
    {
      // A REST body, no SDK in sight.
      code: 'await fetch("https://api.openai.com/v1/moderations", { method: "POST", body: JSON.stringify({ model: "text-moderation-latest", input }) });',
      output: 'await fetch("https://api.openai.com/v1/moderations", { method: "POST", body: JSON.stringify({ model: "omni-moderation-latest", input }) });',
      errors: [{ messageId: "legacyModel" }],
    },
    {
      // A Batch JSONL line held in a string.
      code: `const line = '{"custom_id": "r1", "method": "POST", "url": "/v1/moderations", "body": {"model": "text-moderation-latest", "input": "hi"}}';`,
      output: `const line = '{"custom_id": "r1", "method": "POST", "url": "/v1/moderations", "body": {"model": "omni-moderation-latest", "input": "hi"}}';`,
      errors: [{ messageId: "legacyModel" }],
    },
    {
      // A JSON template with interpolations.
      code: 'const body = `{"model": "text-moderation-stable", "input": ${JSON.stringify(text)}}`;',
      output: 'const body = `{"model": "omni-moderation-latest", "input": ${JSON.stringify(text)}}`;',
      errors: [{ messageId: "legacyModel" }],
    },
    {
      // Two legacy ids as the branches of one choice (n8n's "use stable model" option): the fix would make the
      // option do nothing, so each only gets a suggestion.
      code: "const model = options.useStableModel ? 'text-moderation-stable' : 'text-moderation-latest';\nawait openai.moderations.create({ model, input });",
      output: null,
      errors: [
        {
          messageId: "legacyModel",
          column: 40,
          suggestions: [{ messageId: "replaceModel", output: "const model = options.useStableModel ? 'omni-moderation-latest' : 'text-moderation-latest';\nawait openai.moderations.create({ model, input });" }],
        },
        {
          messageId: "legacyModel",
          column: 67,
          suggestions: [{ messageId: "replaceModel", output: "const model = options.useStableModel ? 'text-moderation-stable' : 'omni-moderation-latest';\nawait openai.moderations.create({ model, input });" }],
        },
      ],
    },
    {
      // What a function returns, where the function is called for the model: its only id, fixed.
      code: 'function moderationModel() { return "text-moderation-latest"; }\nawait openai.moderations.create({ model: moderationModel(), input });',
      output: 'function moderationModel() { return "omni-moderation-latest"; }\nawait openai.moderations.create({ model: moderationModel(), input });',
      errors: [{ messageId: "legacyModel" }],
    },
    {
      // A request in a function that names the replacement elsewhere, but does not return the id: fixed.
      code: 'const check = async (text) => {\n  const r = await openai.moderations.create({ model: "text-moderation-latest", input: text });\n  log("omni-moderation-latest");\n  return r;\n};',
      output: 'const check = async (text) => {\n  const r = await openai.moderations.create({ model: "omni-moderation-latest", input: text });\n  log("omni-moderation-latest");\n  return r;\n};',
      errors: [{ messageId: "legacyModel" }],
    },
    {
      // One of a function's returns, the other on the replacement (an early return, an arrow's branches): the fix
      // would make the function return one model whatever it is asked.
      code: 'function moderationModel(strict) {\n  if (strict) return "text-moderation-stable";\n  return "omni-moderation-latest";\n}\nawait openai.moderations.create({ model: moderationModel(true), input });',
      output: null,
      errors: [
        {
          messageId: "legacyModel",
          suggestions: [{ messageId: "replaceModel", output: 'function moderationModel(strict) {\n  if (strict) return "omni-moderation-latest";\n  return "omni-moderation-latest";\n}\nawait openai.moderations.create({ model: moderationModel(true), input });' }],
        },
      ],
    },
    {
      code: 'const pick = (strict) => { if (strict) { return "text-moderation-stable"; } return "omni-moderation-latest"; };\nawait openai.moderations.create({ model: pick(true), input });',
      output: null,
      errors: [
        {
          messageId: "legacyModel",
          suggestions: [{ messageId: "replaceModel", output: 'const pick = (strict) => { if (strict) { return "omni-moderation-latest"; } return "omni-moderation-latest"; };\nawait openai.moderations.create({ model: pick(true), input });' }],
        },
      ],
    },
    {
      // An arrow's body that picks with `&&` / `||`: its result is one or the other.
      code: 'const pick = (s) => (s.strict && "text-moderation-stable") || "omni-moderation-latest";\nawait openai.moderations.create({ model: pick(options), input });',
      output: null,
      errors: [
        {
          messageId: "legacyModel",
          suggestions: [{ messageId: "replaceModel", output: 'const pick = (s) => (s.strict && "omni-moderation-latest") || "omni-moderation-latest";\nawait openai.moderations.create({ model: pick(options), input });' }],
        },
      ],
    },
    {
      // A lookup object read with a key the file does not fix, whose other entry is the replacement.
      code: 'const MODELS = { strict: "text-moderation-stable", fast: "omni-moderation-latest" };\nawait openai.moderations.create({ model: MODELS[kind], input });',
      output: null,
      errors: [
        {
          messageId: "legacyModel",
          suggestions: [{ messageId: "replaceModel", output: 'const MODELS = { strict: "omni-moderation-latest", fast: "omni-moderation-latest" };\nawait openai.moderations.create({ model: MODELS[kind], input });' }],
        },
      ],
    },
    {
      // One branch already on the replacement: the fix would make both branches equal too.
      code: 'await openai.moderations.create({ model: legacy ? "text-moderation-stable" : "omni-moderation-latest", input });',
      output: null,
      errors: [
        {
          messageId: "legacyModel",
          suggestions: [{ messageId: "replaceModel", output: 'await openai.moderations.create({ model: legacy ? "omni-moderation-latest" : "omni-moderation-latest", input });' }],
        },
      ],
    },
    {
      // A branch whose other side is no model: nothing to collapse.
      code: 'await openai.moderations.create({ model: custom ? customModel : "text-moderation-latest", input });',
      output: 'await openai.moderations.create({ model: custom ? customModel : "omni-moderation-latest", input });',
      errors: [{ messageId: "legacyModel" }],
    },
    {
      // Spelled with an escape: reported, but the source is left for a person to rewrite.
      code: 'const model = "text-moderation-\\x6catest";\nawait openai.moderations.create({ model, input });',
      output: null,
      errors: [{ messageId: "legacyModel" }],
    },
  ],
});
