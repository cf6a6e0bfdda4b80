import { readFileSync } from "node:fs";
import path from "node:path";

import * as ts from "typescript";
import { expect, it } from "vitest";

import rule from "../../rules/no-chat-completions-params-in-responses";
import { CHAT_COMPLETIONS_PARAMS_IN_RESPONSES, CHAT_ONLY_PARAMS, deprecationData } from "../../src/deprecations";
import { js, ruleTester } from "../rule-tester";

const row = deprecationData(CHAT_COMPLETIONS_PARAMS_IN_RESPONSES);
const client = 'import OpenAI from "openai";\nconst client = new OpenAI();\n';
const create = `${client}await client.responses.create`;

/** The message data of a parameter's report, as the table words it. */
function dataFor(name: string): Record<string, string> {
  const param = CHAT_ONLY_PARAMS.find((entry) => entry.name === name)!;
  return { ...row, name, replacement: param.replacement };
}

it("the table lists exactly the Chat Completions params that Responses lacks, read off the installed openai types", () => {
  const root = path.resolve(__dirname, "../../node_modules/openai/resources");
  const program = ts.createProgram([path.join(root, "chat/completions/completions.d.ts"), path.join(root, "responses/responses.d.ts")], {
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const keysOf = (file: string, name: string) => {
    const source = program.getSourceFile(path.join(root, file))!;
    const declaration = source.statements.find(
      (statement): statement is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(statement) && statement.name.text === name,
    )!;
    return new Set(checker.getPropertiesOfType(checker.getTypeAtLocation(declaration)).map((symbol) => symbol.name));
  };
  const chat = keysOf("chat/completions/completions.d.ts", "ChatCompletionCreateParamsBase");
  const responses = keysOf("responses/responses.d.ts", "ResponseCreateParamsBase");
  const chatOnly = [...chat].filter((key) => !responses.has(key)).sort();
  expect(CHAT_ONLY_PARAMS.map(({ name }) => name).sort()).toEqual(chatOnly);
});

it("the option enum is the table plus the two shape checks, and the rule page's table names every parameter", () => {
  const [schema] = rule.meta.schema as unknown as [{ properties: { ignore: { items: { enum: string[] } } } }];
  expect(schema.properties.ignore.items.enum.sort()).toEqual(
    [...CHAT_ONLY_PARAMS.map(({ name }) => name), "tools", "function_call_output"].sort(),
  );
  const page = readFileSync(path.resolve(__dirname, "../../docs/rules/no-chat-completions-params-in-responses.md"), "utf8");
  const details = page.slice(page.indexOf("## Rule details"), page.indexOf("## Examples"));
  for (const { name } of CHAT_ONLY_PARAMS) expect(details, name).toContain(`\`${name}\``);
});

ruleTester.run("no-chat-completions-params-in-responses", rule, {
  valid: [
    // Azure (issue 19): every rule is silent on Azure clients.
    'import { AzureOpenAI } from "openai";\nconst az = new AzureOpenAI();\naz.responses.create({ model: "gpt-5", max_tokens: 1 });',
    'import { OpenAI } from "@azure/openai";\nconst az: OpenAI = makeClient();\naz.responses.create({ model: "gpt-5", max_tokens: 1 });',
    // A module that `clientModules` does not name, with no `model` in the request: not known to be the SDK.
    {
      code: 'import { forms } from "../lib/forms";\nawait forms.responses.create({ max_tokens: 5 });',
      filename: "src/routes/chat.ts",
      settings: { openai: { clientModules: ["src/lib/openai"] } },
    },
    // Chat Completions code is correct with its own parameters.
    `${client}await client.chat.completions.create({ model: "gpt-4o", messages, n: 3, max_tokens: 200, response_format: { type: "json_object" }, tools: [{ type: "function", function: { name: "f", parameters: {} } }] });`,
    // A Chat Completions stream read through `choices[0].delta`.
    `${client}const stream = await client.chat.completions.create({ model: "gpt-4o", messages, stream: true });\nfor await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? "");`,
    // Chat Completions in CommonJS, with parameters Responses lacks.
    js({ code: 'const OpenAI = require("openai");\nconst c = new OpenAI();\nc.chat.completions.create({ model: "gpt-4o", messages, n: 2, seed: 1, stop: "END" });', filename: "chat.cjs" }),
    // A Chat Completions tool result message (`role: "tool"` with `tool_call_id`).
    `${client}await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "tool", tool_call_id: id, content: "x" }] });`,
    // `beta.chat.completions.parse` with `response_format`: under `beta`, still Chat Completions.
    `${client}await client.beta.chat.completions.parse({ model: "gpt-4o", messages, response_format: zodResponseFormat(Schema, "x") });`,
    // LangChain's ChatOpenAI takes `n` and `maxTokens`.
    'import { ChatOpenAI } from "@langchain/openai";\nconst llm = new ChatOpenAI({ model: "gpt-4o", n: 2, maxTokens: 100 });',
    // The Vercel AI SDK's `openai.responses(model)` with `messages`.
    js({ code: 'import { openai } from "@ai-sdk/openai";\nimport { generateText } from "ai";\nawait generateText({ model: openai.responses("o3"), messages, maxTokens: 200 });', filename: "ai.mjs" }),
    // A local `responses` object with `create`.
    "const responses = { create: (body) => body };\nresponses.create({ model: 'x', messages, n: 2 });",
    // A survey API's `/responses` endpoint, and the app's own route.
    'await fetch(`${SURVEY_API}/v1/surveys/${id}/responses`, { method: "POST", body: JSON.stringify({ n: 1, answers }) });',
    'await fetch("/api/responses", { method: "POST", body: JSON.stringify({ messages, max_tokens: 10 }) });',
    // `max_tokens` next to `input` for a local model, over REST and through the openai SDK pointed at it.
    'await fetch("http://localhost:11434/api/generate", { method: "POST", body: JSON.stringify({ model: "llama3", input, max_tokens: 100 }) });',
    'import OpenAI from "openai";\nconst local = new OpenAI({ baseURL: "http://localhost:11434/v1", apiKey: "ollama" });\nawait local.responses.create({ model: "llama3", input, max_tokens: 100 });',
    // OpenRouter through the openai SDK (a destructured resource) and over REST.
    js({
      code: 'const { OpenAI } = require("openai");\nconst router = new OpenAI({ baseURL: "https://openrouter.ai/api/v1" });\nconst { responses } = router;\nresponses.create({ model: "x", input, max_tokens: 100, seed: 1 });',
      filename: "router.cjs",
    }),
    'await fetch("https://openrouter.ai/api/v1/responses", { method: "POST", body: JSON.stringify({ model: "x", input, max_tokens: 100 }) });',
    // An unresolved receiver whose request names no `model`: not known to be a Responses request.
    "export const answer = (api) => api.responses.create({ n: 2, messages });",
    // A conversation's items are not a request's input.
    `${client}await client.conversations.items.create("conv_1", { items: [{ type: "function_call_output", output: "x" }] });`,
    // Correct Responses requests.
    `${create}({ model: "gpt-5", input, instructions, max_output_tokens: 500, text: { format: { type: "json_schema", name: "x", schema, strict: true }, verbosity: "low" }, reasoning: { effort: "high" }, tools: [{ type: "web_search" }, { type: "function", name: "f", parameters: {}, strict: false }] });`,
    `${create}({ model: "gpt-5", input: [{ type: "function_call_output", call_id: call.call_id, output: "42" }] });`,
    `${client}await client.responses.parse({ model: "gpt-5", input, text: { format: zodTextFormat(Schema, "x") } });`,
    // A request built elsewhere: nothing to see.
    `${client}export const send = (params: OpenAI.Responses.ResponseCreateParams) => client.responses.create(params);`,
    // Switched off by options.
    { code: `${create}({ model: "gpt-5", input, seed: 7, stop: ["\\n"] });`, options: [{ ignore: ["seed", "stop"] }] },
    { code: `${create}({ model: "gpt-5", input, tools: [{ type: "function", function: { name: "f" } }] });`, options: [{ ignore: ["tools"] }] },
    {
      code: `${create}({ model: "gpt-5", messages: [{ type: "function_call_output", output: "x" }] });`,
      options: [{ ignore: ["messages", "function_call_output"] }],
    },
  ],
  invalid: [
    {
      // The relative path alone: the body is the call's own, so the rename is a fix.
      code: 'const BASE_URL = "https://api.openai.com/v1";\nawait request("POST", "/responses", { body: { model: "gpt-5", input, max_tokens: 100 } });',
      output: 'const BASE_URL = "https://api.openai.com/v1";\nawait request("POST", "/responses", { body: { model: "gpt-5", input, max_output_tokens: 100 } });',
      errors: [{ messageId: "renamedParam", line: 2 }],
    },
    {
      // A wrapper's relative `/responses` path (base URL in the same file), and a parameter set after the body is
      // built. Code besides the call touches the body, so nothing in it is rewritten.
      code: [
        'const BASE_URL = "https://api.openai.com/v1";',
        "const request = (method, path, options) => fetch(BASE_URL + path, { method, body: JSON.stringify(options.body) });",
        'const body = { model: "gpt-5", input, max_tokens: 100 };',
        "body.stop = ['END'];",
        "await request('POST', '/responses', { body });",
      ].join("\n"),
      output: null,
      errors: [
        { messageId: "renamedParam", line: 3, data: dataFor("max_tokens") },
        { messageId: "unsupportedParam", line: 4, data: dataFor("stop") },
      ],
    },
    // `messages` → `input`
    {
      code: `${create}({ model: "gpt-5", messages: [{ role: "user", content: "Hi" }] });`,
      output: `${create}({ model: "gpt-5", input: [{ role: "user", content: "Hi" }] });`,
      errors: [{ messageId: "renamedParam", line: 3, column: 49, endColumn: 57, data: dataFor("messages") }],
    },
    {
      // Shorthand.
      code: `${create}({ model, messages });`,
      output: `${create}({ model, input: messages });`,
      errors: [{ messageId: "renamedParam" }],
    },
    {
      // `input` already there: report only.
      code: `${create}({ model, input, messages });`,
      output: null,
      errors: [{ messageId: "renamedParam" }],
    },
    {
      // Chat content parts written in the request: converted exactly with the rename, `detail` as Chat's default.
      code: `${create}({ model, messages: [{ role: "user", content: [{ type: "text", text: q }, { type: 'image_url', image_url: { url } }, { type: "image_url", image_url: { url: src, detail: "low" } }] }] });`,
      output: `${create}({ model, input: [{ role: "user", content: [{ type: "input_text", text: q }, { type: 'input_image', image_url: url, detail: 'auto' }, { type: "input_image", image_url: src, detail: "low" }] }] });`,
      errors: [{ messageId: "renamedParam", data: dataFor("messages") }],
    },
    {
      // Parts already in Responses form: the rename alone.
      code: `${create}({ model, messages: [{ role: "user", content: [{ type: "input_text", text: q }] }] });`,
      output: `${create}({ model, input: [{ role: "user", content: [{ type: "input_text", text: q }] }] });`,
      errors: [{ messageId: "renamedParam" }],
    },
    {
      // Tool messages and assistant `tool_calls` need new items: no fix, the report says what else to change.
      code: `${create}({ model, messages: [{ role: "assistant", tool_calls: calls }, { role: "tool", tool_call_id: id, content: "42" }] });`,
      output: null,
      errors: [
        {
          messageId: "chatFormMessages",
          data: {
            ...row,
            changes:
              'turn assistant `tool_calls` into `function_call` items (`call_id`, `name`, `arguments`); turn `role: "tool"` messages into `function_call_output` items (`call_id`, `output`)',
          },
        },
      ],
    },
    {
      // Assistant text parts are `output_text` in Responses; an image part with more than `url` and `detail` is not
      // converted exactly; an audio part has another shape: all for a person.
      code: `${create}({ model, messages: [{ role: "assistant", content: [{ type: "text", text: a }] }, { role: "user", content: [{ type: "image_url", image_url: { url, ...rest } }, { type: "input_audio", input_audio: clip }] }] });`,
      output: null,
      errors: [
        {
          messageId: "chatFormMessages",
          data: {
            ...row,
            changes:
              "write assistant text parts as `output_text`; write content parts the Responses way (`text` → `input_text`, `image_url: { url }` → `input_image` with `image_url: url`)",
          },
        },
      ],
    },
    {
      // Parts held in a `const` the file may use elsewhere: not rewritten there, so no fix.
      code: `${client}const history = [{ role: "user", content: [{ type: "text", text: q }] }];\nawait client.responses.create({ model, messages: history });`,
      output: null,
      errors: [{ messageId: "chatFormMessages" }],
    },
    // A client from the project's own module, required as CommonJS: the same as `import { openai } from "./openai"`.
    js({
      code: 'const { openai } = require("./openai");\nopenai.responses.create({ model: "gpt-5", input, max_tokens: 100 });',
      filename: "chat.cjs",
      output: 'const { openai } = require("./openai");\nopenai.responses.create({ model: "gpt-5", input, max_output_tokens: 100 });',
      errors: [{ messageId: "renamedParam" }],
    }),
    js({
      code: 'require("./openai").openai.responses.create({ model: "gpt-5", input, max_tokens: 100 });',
      filename: "chat.cjs",
      output: 'require("./openai").openai.responses.create({ model: "gpt-5", input, max_output_tokens: 100 });',
      errors: [{ messageId: "renamedParam" }],
    }),
    {
      // The same import, for comparison.
      code: 'import { openai } from "./openai.js";\nopenai.responses.create({ model: "gpt-5", input, max_tokens: 100 });',
      output: 'import { openai } from "./openai.js";\nopenai.responses.create({ model: "gpt-5", input, max_output_tokens: 100 });',
      errors: [{ messageId: "renamedParam" }],
    },
    // `clientModules` matches however the importing file spells the module: with it, a request with no `model`
    // is known to be the SDK's too.
    js({
      code: 'const { openai } = require("./openai");\nopenai.responses.create({ input, max_tokens: 100 });',
      filename: "chat.cjs",
      settings: { openai: { clientModules: ["./openai"] } },
      output: 'const { openai } = require("./openai");\nopenai.responses.create({ input, max_output_tokens: 100 });',
      errors: [{ messageId: "renamedParam" }],
    }),
    {
      // Suffix match: `../lib/openai.js` from `src/routes/` is the entry `src/lib/openai`, as is `@/lib/openai`.
      code: 'import { openai } from "../lib/openai.js";\nimport ai from "@/lib/openai";\nopenai.responses.create({ input, max_tokens: 1 });\nai.responses.create({ input, max_tokens: 2 });',
      filename: "src/routes/chat.ts",
      settings: { openai: { clientModules: ["src/lib/openai"] } },
      output:
        'import { openai } from "../lib/openai.js";\nimport ai from "@/lib/openai";\nopenai.responses.create({ input, max_output_tokens: 1 });\nai.responses.create({ input, max_output_tokens: 2 });',
      errors: [{ messageId: "renamedParam" }, { messageId: "renamedParam" }],
    },
    {
      // Resolved path: `./index.js` inside `src/lib/openai/` is the module `src/lib/openai` itself (the entry is
      // resolved against the working directory, `/` in the rule tester).
      code: 'import { openai } from "./index.js";\nopenai.responses.create({ input, max_tokens: 1 });',
      filename: "/src/lib/openai/chat.ts",
      settings: { openai: { clientModules: ["./src/lib/openai"] } },
      output: 'import { openai } from "./index.js";\nopenai.responses.create({ input, max_output_tokens: 1 });',
      errors: [{ messageId: "renamedParam" }],
    },
    // `max_tokens`, `max_completion_tokens` → `max_output_tokens`
    {
      code: `${create}({ model, input, max_tokens: 256 });`,
      output: `${create}({ model, input, max_output_tokens: 256 });`,
      errors: [{ messageId: "renamedParam", data: dataFor("max_tokens") }],
    },
    {
      // Both: the first takes the name, the second is left to a person; quotes are kept.
      code: `${create}({ model, input, "max_completion_tokens": 256, max_tokens: 9 });`,
      output: `${create}({ model, input, "max_output_tokens": 256, max_tokens: 9 });`,
      errors: [{ messageId: "renamedParam", data: dataFor("max_completion_tokens") }, { messageId: "renamedParam" }],
    },
    {
      // A computed key keeps its brackets and stays a string.
      code: `${create}({ model, input, [\`max_completion_tokens\`]: 256 });`,
      output: `${create}({ model, input, [\`max_output_tokens\`]: 256 });`,
      errors: [{ messageId: "renamedParam" }],
    },
    {
      // `max_output_tokens` already there: report only.
      code: `${create}({ model, input, max_output_tokens: 100, max_tokens: 9 });`,
      output: null,
      errors: [{ messageId: "renamedParam" }],
    },
    // `n`: a suggestion only
    {
      code: `${create}({ model, input, n: 3, temperature: 1 });`,
      output: null,
      errors: [
        {
          messageId: "noN",
          data: dataFor("n"),
          suggestions: [{ messageId: "removeN", output: `${create}({ model, input, temperature: 1 });` }],
        },
      ],
    },
    {
      // Last in a multi-line request: the comma before it goes.
      code: `${create}({\n  model,\n  input,\n  n: 2\n});`,
      output: null,
      errors: [{ messageId: "noN", line: 6, suggestions: [{ messageId: "removeN", output: `${create}({\n  model,\n  input\n});` }] }],
    },
    {
      // Comments around it stay.
      code: `${create}({ model, input, /* two drafts */ n: 2 /* then pick */ });`,
      output: null,
      errors: [
        { messageId: "noN", suggestions: [{ messageId: "removeN", output: `${create}({ model, input /* two drafts */ /* then pick */ });` }] },
      ],
    },
    // `response_format` → `text.format`
    {
      code: `${create}({ model, input, response_format: { type: "json_schema", json_schema: { name: "answer", schema: Answer, strict: true } } });`,
      output: `${create}({ model, input, text: { format: { type: "json_schema", name: "answer", schema: Answer, strict: true } } });`,
      errors: [{ messageId: "unsupportedParam", data: dataFor("response_format") }],
    },
    {
      // Written one property a line: so is the rewrite, each property one indent deeper, the lifted ones where they were.
      code: `${create}({
  model,
  input,
  response_format: {
    type: "json_schema",
    json_schema: {
      name: "answer",
      schema: Answer,
      strict: true,
    },
  },
});`,
      output: `${create}({
  model,
  input,
  text: {
    format: {
      type: "json_schema",
      name: "answer",
      schema: Answer,
      strict: true,
    },
  },
});`,
      errors: [{ messageId: "unsupportedParam", line: 6 }],
    },
    {
      // Tabs, no trailing commas, a \`json_schema\` on one line, a property over several lines and a template over
      // two: the template's text stays as it was, the rest moves one indent deeper.
      code: `${create}({
\tmodel,
\tinput,
\tresponse_format: {
\t\ttype: "json_schema",
\t\tjson_schema: { name: \`answer
\tv2\`, schema: Answer },
\t\tstrict: [
\t\t\ttrue
\t\t][0]
\t}
});`,
      output: `${create}({
\tmodel,
\tinput,
\ttext: {
\t\tformat: {
\t\t\ttype: "json_schema",
\t\t\tstrict: [
\t\t\t\ttrue
\t\t\t][0],
\t\t\tname: \`answer
\tv2\`,
\t\t\tschema: Answer
\t\t}
\t}
});`,
      errors: [{ messageId: "unsupportedParam", line: 6 }],
    },
    {
      // A \`json_object\` format over lines.
      code: `${create}({
    model,
    input,
    response_format: {
        type: "json_object",
    },
});`,
      output: `${create}({
    model,
    input,
    text: {
        format: {
            type: "json_object",
        },
    },
});`,
      errors: [{ messageId: "unsupportedParam", line: 6 }],
    },
    js({
      code: 'import OpenAI from "openai";\nconst openai = new OpenAI();\nexport const ask = (input) => openai.responses.create({ model: "gpt-5", input, response_format: { type: "json_object" } });',
      filename: "ask.mjs",
      output: 'import OpenAI from "openai";\nconst openai = new OpenAI();\nexport const ask = (input) => openai.responses.create({ model: "gpt-5", input, text: { format: { type: "json_object" } } });',
      errors: [{ messageId: "unsupportedParam" }],
    }),
    {
      // `text` already there, a value that is not a literal, a `json_schema` that is not one: report only.
      code: `${create}({ model, input, text: { verbosity: "low" }, response_format: { type: "json_object" } });\nawait client.responses.create({ model, input, response_format: format });\nawait client.responses.create({ model, input, response_format: { type: "json_schema", json_schema: invoiceSchema } });`,
      output: null,
      errors: [
        { messageId: "unsupportedParam", line: 3 },
        { messageId: "unsupportedParam", line: 4 },
        { messageId: "unsupportedParam", line: 5 },
      ],
    },
    // `reasoning_effort` → `reasoning: { effort }`, `verbosity` → `text: { verbosity }`
    {
      code: `${create}({ model, input, reasoning_effort: "minimal" });`,
      output: `${create}({ model, input, reasoning: { effort: "minimal" } });`,
      errors: [{ messageId: "unsupportedParam", data: dataFor("reasoning_effort") }],
    },
    {
      // Into an existing multi-line `reasoning` literal, in its layout.
      code: `${create}({\n  model,\n  input,\n  reasoning: {\n    summary: "auto", // short\n  },\n  reasoning_effort: "low",\n});`,
      output: `${create}({\n  model,\n  input,\n  reasoning: {\n    summary: "auto", // short\n    effort: "low",\n  },\n});`,
      errors: [{ messageId: "unsupportedParam", line: 9 }],
    },
    {
      // `reasoning` already has an `effort`, or is not a literal: report only.
      code: `${create}({ model, input, reasoning: { effort: "high" }, reasoning_effort: "low" });\nawait client.responses.create({ model, input, reasoning, reasoning_effort: "low" });`,
      output: null,
      errors: [{ messageId: "unsupportedParam", line: 3 }, { messageId: "unsupportedParam", line: 4 }],
    },
    {
      code: `${create}({ model, input, verbosity: "high" });`,
      output: `${create}({ model, input, text: { verbosity: "high" } });`,
      errors: [{ messageId: "unsupportedParam", data: dataFor("verbosity") }],
    },
    {
      // `response_format` and `verbosity` together: both end up in one `text`, over two passes.
      code: `${create}({ model, input, verbosity: "low", response_format: { type: "text" } });`,
      output: [
        `${create}({ model, input, verbosity: "low", text: { format: { type: "text" } } });`,
        `${create}({ model, input, text: { format: { type: "text" }, verbosity: "low" } });`,
      ],
      errors: [{ messageId: "unsupportedParam" }, { messageId: "unsupportedParam" }],
    },
    {
      // A `response_format` that stays: `verbosity` creates `text` on its own.
      code: `${create}({ model, input, response_format: format, verbosity: "low" });`,
      output: `${create}({ model, input, response_format: format, text: { verbosity: "low" } });`,
      errors: [{ messageId: "unsupportedParam" }, { messageId: "unsupportedParam" }],
    },
    {
      // A method is not a value a fix can move.
      code: `${create}({ model, input, verbosity() { return "low"; } });`,
      output: null,
      errors: [{ messageId: "unsupportedParam" }],
    },
    // Chat Completions function tools
    {
      code: `${create}({ model, input, tools: [{ type: "function", function: { name: "get_weather", description: "Weather", parameters: schema } }] });`,
      output: `${create}({ model, input, tools: [{ type: "function", name: "get_weather", description: "Weather", parameters: schema, strict: false }] });`,
      errors: [{ messageId: "chatFunctionTool", line: 3, column: 55, data: row }],
    },
    {
      // `strict` already given is kept; a web search tool beside it is left alone.
      code: `${create}({ model, input, tools: [{ type: "web_search" }, { type: "function", function: { name: "f", parameters: p, strict: true } }] });`,
      output: `${create}({ model, input, tools: [{ type: "web_search" }, { type: "function", name: "f", parameters: p, strict: true }] });`,
      errors: [{ messageId: "chatFunctionTool" }],
    },
    js({
      // A multi-line tool in plain JavaScript.
      code: 'import OpenAI from "openai";\nconst openai = new OpenAI();\nawait openai.responses.create({\n  model: "gpt-5",\n  input,\n  tools: [\n    {\n      type: "function",\n      function: {\n        name: "lookup",\n        parameters: { type: "object", properties: {} },\n      },\n    },\n  ],\n});',
      filename: "tools.mjs",
      // One property a line stays one property a line.
      output: 'import OpenAI from "openai";\nconst openai = new OpenAI();\nawait openai.responses.create({\n  model: "gpt-5",\n  input,\n  tools: [\n    {\n      type: "function",\n      name: "lookup",\n      parameters: { type: "object", properties: {} },\n      strict: false,\n    },\n  ],\n});',
      errors: [{ messageId: "chatFunctionTool", line: 7 }],
    }),
    {
      // A schema that spans lines moves out one level with the function's other properties; no trailing comma stays none.
      code: `${create}({\n  model,\n  input,\n  tools: [{\n    type: "function",\n    function: {\n      name: "lookup",\n      parameters: {\n        type: "object",\n        properties: { q: { type: "string" } },\n      },\n      strict: true\n    }\n  }],\n});`,
      output: `${create}({\n  model,\n  input,\n  tools: [{\n    type: "function",\n    name: "lookup",\n    parameters: {\n      type: "object",\n      properties: { q: { type: "string" } },\n    },\n    strict: true\n  }],\n});`,
      errors: [{ messageId: "chatFunctionTool", line: 6 }],
    },
    {
      // A template literal that spans lines keeps its text: nothing inside it is re-indented.
      code: `${create}({\n  model,\n  input,\n  tools: [\n    {\n      type: "function",\n      function: {\n        name: "lookup",\n        description: \`Looks up\n          a word\`,\n        parameters: p,\n      },\n    },\n  ],\n});`,
      output: `${create}({\n  model,\n  input,\n  tools: [\n    {\n      type: "function",\n      name: "lookup",\n      description: \`Looks up\n          a word\`,\n      parameters: p,\n      strict: false,\n    },\n  ],\n});`,
      errors: [{ messageId: "chatFunctionTool", line: 7 }],
    },
    {
      // Properties that do not each start a line: written on one line, as before.
      code: `${create}({ model, input, tools: [{ type: "function",\n  function: { name: "f", parameters: p } }] });`,
      output: `${create}({ model, input, tools: [{ type: "function", name: "f", parameters: p, strict: false }] });`,
      errors: [{ messageId: "chatFunctionTool" }],
    },
    {
      // A tool or tools array in a `const` may serve Chat Completions too: reported where it is written, not rewritten.
      code: `${client}const weather = { type: "function", function: { name: "w", parameters: {} } };\nconst tools = [{ type: "function", function: { name: "f", parameters: p } }];\nawait client.responses.create({ model, input, tools });\nawait client.responses.create({ model, input, tools: [weather] });`,
      output: null,
      errors: [
        { messageId: "chatFunctionTool", line: 3 },
        { messageId: "chatFunctionTool", line: 4 },
      ],
    },
    {
      // No `parameters` (Responses requires the key), a comment the rewrite would drop: report only.
      code: `${create}({ model, input, tools: [{ type: "function", function: { name: "now" } }, { type: "function", function: { name: "f", parameters: p /* v2 */ } }] });`,
      output: null,
      errors: [{ messageId: "chatFunctionTool" }, { messageId: "chatFunctionTool" }],
    },
    // `web_search_options` and the parameters Responses has nothing for
    {
      code: `${create}({ model, input, web_search_options: { search_context_size: "low" } });`,
      output: null,
      errors: [{ messageId: "unsupportedParam", data: dataFor("web_search_options") }],
    },
    {
      code: `${create}({ model, input, functions, function_call: "auto", stop: ["END"], logit_bias: {}, logprobs: true, presence_penalty: 0.5, frequency_penalty: 0.5, seed: 42, modalities: ["text"], audio, prediction });`,
      output: null,
      errors: ["functions", "function_call", "stop", "logit_bias", "logprobs", "presence_penalty", "frequency_penalty", "seed", "modalities", "audio", "prediction"].map(
        (name) => ({ messageId: "unsupportedParam" as const, data: dataFor(name) }),
      ),
    },
    {
      // Options switch off single parameters.
      code: `${create}({ model, input, n: 2, seed: 1 });`,
      options: [{ ignore: ["n"] }],
      output: null,
      errors: [{ messageId: "unsupportedParam", data: dataFor("seed") }],
    },
    // `function_call_output` items
    {
      code: `${create}({ model, input: [msg, { type: "function_call_output", tool_call_id: call.id, output: JSON.stringify(result) }] });`,
      output: `${create}({ model, input: [msg, { type: "function_call_output", call_id: call.id, output: JSON.stringify(result) }] });`,
      errors: [{ messageId: "toolCallId", data: row }],
    },
    {
      code: `${create}({ model, input: [{ type: "function_call_output", output: "done" }] });`,
      output: null,
      errors: [{ messageId: "missingCallId", data: row }],
    },
    {
      // In `messages`: the key and the item are fixed in one pass.
      code: `${create}({ model, messages: [{ type: "function_call_output", "tool_call_id": id, output }] });`,
      output: `${create}({ model, input: [{ type: "function_call_output", "call_id": id, output }] });`,
      errors: [{ messageId: "renamedParam" }, { messageId: "toolCallId" }],
    },
    {
      // Items in a `const` array: reported, not rewritten.
      code: `${client}const history = [{ type: "function_call_output", tool_call_id: id, output }];\nawait client.responses.create({ model, input: history });`,
      output: null,
      errors: [{ messageId: "toolCallId", line: 3 }],
    },
    // Where requests come from
    {
      // `responses.stream` and `responses.parse`.
      code: `${client}const stream = client.responses.stream({ model, messages, n: 2 });\nconst parsed = await client.responses.parse({ model, input, max_tokens: 10 });`,
      output: `${client}const stream = client.responses.stream({ model, input: messages, n: 2 });\nconst parsed = await client.responses.parse({ model, input, max_output_tokens: 10 });`,
      errors: [
        { messageId: "renamedParam", line: 3 },
        {
          messageId: "noN",
          line: 3,
          suggestions: [
            {
              messageId: "removeN",
              output: `${client}const stream = client.responses.stream({ model, messages });\nconst parsed = await client.responses.parse({ model, input, max_tokens: 10 });`,
            },
          ],
        },
        { messageId: "renamedParam", line: 4 },
      ],
    },
    {
      // The SDK 7.x `beta.responses` copy.
      code: `${client}await client.beta.responses.create({ model, input, max_completion_tokens: 5 });`,
      output: `${client}await client.beta.responses.create({ model, input, max_output_tokens: 5 });`,
      errors: [{ messageId: "renamedParam" }],
    },
    {
      // A request held in a const, and a base object spread in (report only for what comes through the spread).
      code: `${client}const defaults = { model: "gpt-5", max_tokens: 100 };\nconst request = { ...defaults, messages } satisfies Record<string, unknown>;\nawait client.responses.create(request);`,
      output: `${client}const defaults = { model: "gpt-5", max_tokens: 100 };\nconst request = { ...defaults, input: messages } satisfies Record<string, unknown>;\nawait client.responses.create(request);`,
      errors: [{ messageId: "renamedParam", line: 3 }, { messageId: "renamedParam", line: 4 }],
    },
    {
      // A key written twice: report only. One that overrides a spread base's is still fixed, the base's reported.
      code: `${client}await client.responses.create({ model, input, reasoning_effort: "low", reasoning_effort: "high" });\nconst base = { max_tokens: 1 };\nawait client.responses.create({ ...base, model, input, max_tokens: 5 });`,
      output: `${client}await client.responses.create({ model, input, reasoning_effort: "low", reasoning_effort: "high" });\nconst base = { max_tokens: 1 };\nawait client.responses.create({ ...base, model, input, max_output_tokens: 5 });`,
      errors: [
        { messageId: "unsupportedParam", line: 3 },
        { messageId: "unsupportedParam", line: 3 },
        { messageId: "renamedParam", line: 4 },
        { messageId: "renamedParam", line: 5 },
      ],
    },
    {
      // A conditional spread: report only.
      code: `${create}({ model, input, ...(json ? { response_format: { type: "json_object" } } : {}) });`,
      output: null,
      errors: [{ messageId: "unsupportedParam" }],
    },
    {
      // A request object that a Chat Completions call, or another module, also reads: report only.
      code: `${client}const params = { model: "gpt-5", messages, max_tokens: 5 };\nawait client.chat.completions.create(params);\nawait client.responses.create(params);\nexport const shared = { model: "gpt-5", verbosity: "low" };\nawait client.responses.create(shared);`,
      output: null,
      errors: [
        { messageId: "renamedParam", line: 3 },
        { messageId: "renamedParam", line: 3 },
        { messageId: "unsupportedParam", line: 6 },
      ],
    },
    {
      // An unresolved client whose request names a model.
      code: 'export const run = (llm) => llm.responses.create({ model: "gpt-5", seed: 1, input });',
      output: null,
      errors: [{ messageId: "unsupportedParam", line: 1 }],
    },
    {
      // A client whose `baseURL` is OpenAI's own, or comes from the environment, still counts.
      code: 'import OpenAI from "openai";\nconst c = new OpenAI({ baseURL: process.env.OPENAI_BASE_URL ?? "https://api.openai.com/v1" });\nawait c.responses.create({ model: "gpt-5", input, max_tokens: 100 });',
      output: 'import OpenAI from "openai";\nconst c = new OpenAI({ baseURL: process.env.OPENAI_BASE_URL ?? "https://api.openai.com/v1" });\nawait c.responses.create({ model: "gpt-5", input, max_output_tokens: 100 });',
      errors: [{ messageId: "renamedParam" }],
    },
    js({
      code: 'const OpenAI = require("openai");\nconst openai = new OpenAI();\nopenai.responses.create({ model: "gpt-5", messages, stream: true });',
      filename: "stream.cjs",
      output: 'const OpenAI = require("openai");\nconst openai = new OpenAI();\nopenai.responses.create({ model: "gpt-5", input: messages, stream: true });',
      errors: [{ messageId: "renamedParam" }],
    }),
    js({
      code: 'const { OpenAI } = require("openai");\nconst openai = new OpenAI();\nmodule.exports = (input) =>\n  openai.responses.create({ model: "o3", input, reasoning_effort: "high", tools: [{ type: "function", function: { name: "f", parameters: {} } }] });',
      filename: "agent.cjs",
      output: 'const { OpenAI } = require("openai");\nconst openai = new OpenAI();\nmodule.exports = (input) =>\n  openai.responses.create({ model: "o3", input, reasoning: { effort: "high" }, tools: [{ type: "function", name: "f", parameters: {}, strict: false }] });',
      errors: [{ messageId: "unsupportedParam" }, { messageId: "chatFunctionTool" }],
    }),
    {
      // A class-field client; the comment above the key stays.
      code: 'import OpenAI from "openai";\nclass Ai {\n  #c = new OpenAI();\n  ask() {\n    return this.#c.responses.create({\n      model: "gpt-5",\n      // the conversation so far\n      messages: history,\n    });\n  }\n}',
      output: 'import OpenAI from "openai";\nclass Ai {\n  #c = new OpenAI();\n  ask() {\n    return this.#c.responses.create({\n      model: "gpt-5",\n      // the conversation so far\n      input: history,\n    });\n  }\n}',
      errors: [{ messageId: "renamedParam", line: 8 }],
    },
    // REST bodies sent to /v1/responses
    {
      code: 'await fetch("https://api.openai.com/v1/responses", {\n  method: "POST",\n  body: JSON.stringify({ model: "gpt-5", messages, max_tokens: 50 }),\n});',
      output: 'await fetch("https://api.openai.com/v1/responses", {\n  method: "POST",\n  body: JSON.stringify({ model: "gpt-5", input: messages, max_output_tokens: 50 }),\n});',
      errors: [{ messageId: "renamedParam", line: 3 }, { messageId: "renamedParam", line: 3 }],
    },
    js({
      code: 'const API = "https://api.openai.com/v1";\nconst payload = { model: "gpt-5", input, n: 2 };\naxios.post(`${API}/responses`, payload);',
      output: null,
      errors: [
        {
          messageId: "noN",
          line: 2,
          suggestions: [{ messageId: "removeN", output: 'const API = "https://api.openai.com/v1";\nconst payload = { model: "gpt-5", input };\naxios.post(`${API}/responses`, payload);' }],
        },
      ],
    }),
    js({
      // A body serialised into a `const` first: the object is read outside the call, so report only.
      code: 'const payload = { model: "gpt-5", input, max_tokens: 5 };\nconst body = JSON.stringify(payload);\nawait fetch("https://api.openai.com/v1/responses", { method: "POST", body });',
      filename: "rest.mjs",
      output: null,
      errors: [{ messageId: "renamedParam", line: 1 }],
    }),
  ],
});
