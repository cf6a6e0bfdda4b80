import rule from "../../rules/no-legacy-moderation-models";
import { js, ruleTester } from "../rule-tester";

ruleTester.run("no-legacy-moderation-models", rule, {
  valid: [
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
      // Dated snapshots.
      code: "const MODEL = `text-moderation-007`;",
      output: "const MODEL = `omni-moderation-latest`;",
      errors: [{ messageId: "legacyModel" }],
    },
    js({
      code: 'const OpenAI = require("openai");\nconst client = new OpenAI();\nclient.moderations.create({ model: "text-moderation-005", input: text });',
      filename: "moderate.cjs",
      output:
        'const OpenAI = require("openai");\nconst client = new OpenAI();\nclient.moderations.create({ model: "omni-moderation-latest", input: text });',
      errors: [{ messageId: "legacyModel", line: 3 }],
    }),
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
      // A REST body sent by a generic helper, no SDK in sight.
      code: 'await postJSON("https://api.openai.com/v1/moderations", { model: "text-moderation-latest", input });',
      output: 'await postJSON("https://api.openai.com/v1/moderations", { model: "omni-moderation-latest", input });',
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
      // Config objects and class fields.
      code: 'export const config = { moderation: { provider: "openai", model: "text-moderation-latest" } };',
      output: 'export const config = { moderation: { provider: "openai", model: "omni-moderation-latest" } };',
      errors: [{ messageId: "legacyModel" }],
    },
    {
      code: 'class Moderator { model = "text-moderation-stable"; }',
      output: 'class Moderator { model = "omni-moderation-latest"; }',
      errors: [{ messageId: "legacyModel" }],
    },
    {
      code: 'enum Models { Moderation = "text-moderation-latest" }',
      output: 'enum Models { Moderation = "omni-moderation-latest" }',
      errors: [{ messageId: "legacyModel" }],
    },
    {
      // Default parameters and fallbacks.
      code: 'function moderate(input, model = process.env.MOD_MODEL ?? "text-moderation-latest") {}',
      output: 'function moderate(input, model = process.env.MOD_MODEL ?? "omni-moderation-latest") {}',
      errors: [{ messageId: "legacyModel" }],
    },
    {
      // A list of models to pick from: fixing both would leave two equal entries, so each only gets a suggestion.
      code: 'const MODELS = ["text-moderation-latest", "text-moderation-stable"];',
      output: null,
      errors: [
        { messageId: "legacyModel", suggestions: [{ messageId: "replaceModel", output: 'const MODELS = ["omni-moderation-latest", "text-moderation-stable"];' }] },
        { messageId: "legacyModel", suggestions: [{ messageId: "replaceModel", output: 'const MODELS = ["text-moderation-latest", "omni-moderation-latest"];' }] },
      ],
    },
    {
      // A list with one moderation model among other things: nothing to collapse, so a fix.
      code: 'const MODELS = ["text-moderation-latest", undefined];',
      output: 'const MODELS = ["omni-moderation-latest", undefined];',
      errors: [{ messageId: "legacyModel" }],
    },
    {
      // Two legacy ids as the branches of one choice (n8n's "use stable model" option): the fix would make the
      // option do nothing, so each only gets a suggestion.
      code: "const model = options.useStableModel ? 'text-moderation-stable' : 'text-moderation-latest';",
      output: null,
      errors: [
        {
          messageId: "legacyModel",
          column: 40,
          suggestions: [{ messageId: "replaceModel", output: "const model = options.useStableModel ? 'omni-moderation-latest' : 'text-moderation-latest';" }],
        },
        {
          messageId: "legacyModel",
          column: 67,
          suggestions: [{ messageId: "replaceModel", output: "const model = options.useStableModel ? 'text-moderation-stable' : 'omni-moderation-latest';" }],
        },
      ],
    },
    {
      // One branch already on the replacement: the fix would make both branches equal too.
      code: 'const model = legacy ? "text-moderation-stable" : "omni-moderation-latest";',
      output: null,
      errors: [
        {
          messageId: "legacyModel",
          suggestions: [{ messageId: "replaceModel", output: 'const model = legacy ? "omni-moderation-latest" : "omni-moderation-latest";' }],
        },
      ],
    },
    {
      // A branch whose other side is no model: nothing to collapse.
      code: 'const model = custom ? customModel : "text-moderation-latest";',
      output: 'const model = custom ? customModel : "omni-moderation-latest";',
      errors: [{ messageId: "legacyModel" }],
    },
    {
      // The cases of a switch that pick a model.
      code: 'switch (tier) { case "stable": model = "text-moderation-stable"; break; default: model = "text-moderation-latest"; }',
      output: null,
      errors: [
        {
          messageId: "legacyModel",
          suggestions: [
            { messageId: "replaceModel", output: 'switch (tier) { case "stable": model = "omni-moderation-latest"; break; default: model = "text-moderation-latest"; }' },
          ],
        },
        {
          messageId: "legacyModel",
          suggestions: [
            { messageId: "replaceModel", output: 'switch (tier) { case "stable": model = "text-moderation-stable"; break; default: model = "omni-moderation-latest"; }' },
          ],
        },
      ],
    },
    {
      // n8n's options list: the display `name` is a label and is not reported; each `value` (and the `default`
      // picked from them) only gets a suggestion, since fixing them would leave two identical options.
      code: [
        "const field = {",
        "  options: [",
        "    { name: 'text-moderation-stable', value: 'text-moderation-stable' },",
        "    { name: 'text-moderation-latest', value: 'text-moderation-latest' },",
        "  ],",
        "  default: 'text-moderation-latest',",
        "};",
      ].join("\n"),
      output: null,
      errors: [
        { messageId: "legacyModel", line: 3, column: 46, suggestions: [{ messageId: "replaceModel", output: [
          "const field = {",
          "  options: [",
          "    { name: 'text-moderation-stable', value: 'omni-moderation-latest' },",
          "    { name: 'text-moderation-latest', value: 'text-moderation-latest' },",
          "  ],",
          "  default: 'text-moderation-latest',",
          "};",
        ].join("\n") }] },
        { messageId: "legacyModel", line: 4, column: 46, suggestions: [{ messageId: "replaceModel", output: [
          "const field = {",
          "  options: [",
          "    { name: 'text-moderation-stable', value: 'text-moderation-stable' },",
          "    { name: 'text-moderation-latest', value: 'omni-moderation-latest' },",
          "  ],",
          "  default: 'text-moderation-latest',",
          "};",
        ].join("\n") }] },
        { messageId: "legacyModel", line: 6, suggestions: [{ messageId: "replaceModel", output: [
          "const field = {",
          "  options: [",
          "    { name: 'text-moderation-stable', value: 'text-moderation-stable' },",
          "    { name: 'text-moderation-latest', value: 'text-moderation-latest' },",
          "  ],",
          "  default: 'omni-moderation-latest',",
          "};",
        ].join("\n") }] },
      ],
    },
    {
      // A test's expectation on the request: rewriting it alone fails the test, so a suggestion (as for `===`).
      code: 'expect(body.model).toBe("text-moderation-stable");',
      output: null,
      errors: [{ messageId: "legacyModel", suggestions: [{ messageId: "replaceModel", output: 'expect(body.model).toBe("omni-moderation-latest");' }] }],
    },
    {
      code: 'expect(client.moderations.create).toHaveBeenCalledWith({ input: "hi", model: "text-moderation-stable" });',
      output: null,
      errors: [
        {
          messageId: "legacyModel",
          suggestions: [
            { messageId: "replaceModel", output: 'expect(client.moderations.create).toHaveBeenCalledWith({ input: "hi", model: "omni-moderation-latest" });' },
          ],
        },
      ],
    },
    {
      code: 'assert.equal(request.model, "text-moderation-latest");',
      output: null,
      errors: [{ messageId: "legacyModel", suggestions: [{ messageId: "replaceModel", output: 'assert.equal(request.model, "omni-moderation-latest");' }] }],
    },
    {
      // A comparison: rewriting it changes what it tests, so only a suggestion.
      code: 'if (model === "text-moderation-latest") warn();',
      output: null,
      errors: [
        {
          messageId: "legacyModel",
          suggestions: [{ messageId: "replaceModel", output: 'if (model === "omni-moderation-latest") warn();' }],
        },
      ],
    },
    {
      code: 'switch (model) { case "text-moderation-stable": break; }',
      output: null,
      errors: [
        {
          messageId: "legacyModel",
          suggestions: [{ messageId: "replaceModel", output: 'switch (model) { case "omni-moderation-latest": break; }' }],
        },
      ],
    },
    {
      // Spelled with an escape: reported, but the source is left for a person to rewrite.
      code: 'const model = "text-moderation-\\x6catest";',
      output: null,
      errors: [{ messageId: "legacyModel" }],
    },
    js({
      code: "export default { model: 'text-moderation-latest' };",
      filename: "moderation.config.mjs",
      output: "export default { model: 'omni-moderation-latest' };",
      errors: [{ messageId: "legacyModel" }],
    }),
  ],
});
