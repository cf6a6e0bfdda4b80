import path from "node:path";

import * as ts from "typescript";
import { expect, it } from "vitest";

import rule from "../../rules/no-chat-completions-params-in-responses";
import { CHAT_COMPLETIONS_PARAMS_IN_RESPONSES, CHAT_ONLY_PARAMS, deprecationData } from "../../src/deprecations";
import { js, ruleTester } from "../rule-tester";

const row = deprecationData(CHAT_COMPLETIONS_PARAMS_IN_RESPONSES);
const client = 'import OpenAI from "openai";\nconst client = new OpenAI();\n';

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

ruleTester.run("no-chat-completions-params-in-responses", rule, {
  valid: [
    // Chat Completions code is correct with its own parameters.
    `${client}await client.chat.completions.create({ model: "gpt-4o", messages, n: 3, max_tokens: 200, response_format: { type: "json_object" }, tools: [{ type: "function", function: { name: "f", parameters: {} } }] });`,
    `${client}const stream = await client.chat.completions.create({ model: "gpt-4o", messages, stream: true });\nfor await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? "");`,
    // LangChain's ChatOpenAI takes `n` and `maxTokens`.
    'import { ChatOpenAI } from "@langchain/openai";\nconst llm = new ChatOpenAI({ model: "gpt-4o", n: 2, maxTokens: 100 });',
    // The Vercel AI SDK's `openai.responses(model)` with `messages`.
    'import { openai } from "@ai-sdk/openai";\nimport { generateText } from "ai";\nawait generateText({ model: openai.responses("o3"), messages, maxTokens: 200 });',
    // A local `responses` object.
    "const responses = { create: (body) => body };\nresponses.create({ model: 'x', messages, n: 2 });",
    // A survey API's `/responses` endpoint and the app's own route.
    'await fetch(`${SURVEY_API}/v1/surveys/${id}/responses`, { method: "POST", body: JSON.stringify({ n: 1, answers }) });',
    'await fetch("/api/responses", { method: "POST", body: JSON.stringify({ messages, max_tokens: 10 }) });',
    // `max_tokens` next to `input` for a local model or OpenRouter.
    'await fetch("http://localhost:11434/api/generate", { method: "POST", body: JSON.stringify({ model: "llama3", input, max_tokens: 100 }) });',
    'import OpenAI from "openai";\nconst router = new OpenAI({ baseURL: "https://openrouter.ai/api/v1" });\nawait router.chat.completions.create({ model: "x", messages, max_tokens: 5 });',
    // A correct Responses request.
    `${client}await client.responses.create({ model: "gpt-5", input, instructions, max_output_tokens: 500, text: { format: { type: "json_schema", name: "x", schema, strict: true }, verbosity: "low" }, reasoning: { effort: "high" }, tools: [{ type: "function", name: "f", parameters: {}, strict: false }] });`,
    `${client}await client.responses.create({ model: "gpt-5", input: [{ type: "function_call_output", call_id: call.call_id, output: "42" }] });`,
    // An unresolved receiver without `model`: not a Responses request.
    "export const answer = (api) => api.responses.create({ n: 2, messages });",
    // Other function-call-output shapes and tools in other requests.
    `${client}await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "tool", tool_call_id: id, content: "x" }] });`,
    `${client}await client.beta.chat.completions.parse({ model: "gpt-4o", messages, response_format: zodResponseFormat(Schema, "x") });`,
    // A request built elsewhere: nothing to see.
    `${client}export const send = (params: OpenAI.Responses.ResponseCreateParams) => client.responses.create(params);`,
    // Switched off by options.
    { code: `${client}await client.responses.create({ model: "gpt-5", input, seed: 7, stop: ["\\n"] });`, options: [{ ignore: ["seed", "stop"] }] },
    { code: `${client}await client.responses.create({ model: "gpt-5", input, tools: [{ type: "function", function: { name: "f" } }] });`, options: [{ ignore: ["tools"] }] },
    // Responses' own `text` and `reasoning`.
    `${client}await client.responses.parse({ model: "gpt-5", input, text: { format: zodTextFormat(Schema, "x") } });`,
    js({ code: 'const OpenAI = require("openai");\nconst c = new OpenAI();\nc.chat.completions.create({ model: "gpt-4o", messages, n: 2, seed: 1, stop: "END" });', filename: "chat.cjs" }),
    // A conversation's items are not a request.
    `${client}await client.conversations.items.create("conv_1", { items: [{ type: "function_call_output", output: "x" }] });`,
  ],
  invalid: [
    {
      code: `${client}await client.responses.create({ model: "gpt-5", messages: [{ role: "user", content: "Hi" }] });`,
      output: `${client}await client.responses.create({ model: "gpt-5", input: [{ role: "user", content: "Hi" }] });`,
      errors: [{ messageId: "renamedParam", line: 3, column: 49, data: { ...row, name: "messages", replacement: "`input`" } }],
    },
    {
      // Shorthand.
      code: `${client}await client.responses.create({ model, messages });`,
      output: `${client}await client.responses.create({ model, input: messages });`,
      errors: [{ messageId: "renamedParam" }],
    },
    {
      // `input` already there: report only.
      code: `${client}await client.responses.create({ model, input, messages });`,
      output: null,
      errors: [{ messageId: "renamedParam" }],
    },
    {
      code: `${client}await client.responses.create({ model, input, max_tokens: 256 });`,
      output: `${client}await client.responses.create({ model, input, max_output_tokens: 256 });`,
      errors: [{ messageId: "renamedParam", data: { ...row, name: "max_tokens", replacement: "`max_output_tokens`" } }],
    },
    {
      // Both max params: the first takes the name, the second is left to a person.
      code: `${client}await client.responses.create({ model, input, "max_completion_tokens": 256, max_tokens: 9 });`,
      output: `${client}await client.responses.create({ model, input, "max_output_tokens": 256, max_tokens: 9 });`,
      errors: [{ messageId: "renamedParam" }, { messageId: "renamedParam" }],
    },
    {
      code: `${client}await client.responses.create({ model, input, n: 3, temperature: 1 });`,
      output: null,
      errors: [
        {
          messageId: "noN",
          suggestions: [{ messageId: "removeN", output: `${client}await client.responses.create({ model, input, temperature: 1 });` }],
        },
      ],
    },
    {
      // `n` last in a multi-line request: the comma before it goes.
      code: `${client}await client.responses.create({\n  model,\n  input,\n  n: 2\n});`,
      output: null,
      errors: [{ messageId: "noN", suggestions: [{ messageId: "removeN", output: `${client}await client.responses.create({\n  model,\n  input\n});` }] }],
    },
    {
      code: `${client}await client.responses.create({ model, input, response_format: { type: "json_schema", json_schema: { name: "answer", schema: Answer, strict: true } } });`,
      output: `${client}await client.responses.create({ model, input, text: { format: { type: "json_schema", name: "answer", schema: Answer, strict: true } } });`,
      errors: [{ messageId: "unsupportedParam", data: { ...row, name: "response_format", replacement: "`text.format`" } }],
    },
    {
      code: `${client}await client.responses.create({ model, input, response_format: { type: "json_object" } });`,
      output: `${client}await client.responses.create({ model, input, text: { format: { type: "json_object" } } });`,
      errors: [{ messageId: "unsupportedParam" }],
    },
    {
      // `text` already there, or a value that is not a literal: report only.
      code: `${client}await client.responses.create({ model, input, text: { verbosity: "low" }, response_format: { type: "json_object" } });\nawait client.responses.create({ model, input, response_format: format });`,
      output: null,
      errors: [{ messageId: "unsupportedParam", line: 3 }, { messageId: "unsupportedParam", line: 4 }],
    },
    {
      code: `${client}await client.responses.create({ model, input, reasoning_effort: "minimal" });`,
      output: `${client}await client.responses.create({ model, input, reasoning: { effort: "minimal" } });`,
      errors: [{ messageId: "unsupportedParam" }],
    },
    {
      // Into an existing `reasoning` literal.
      code: `${client}await client.responses.create({ model, input, reasoning: { summary: "auto" }, reasoning_effort: "low" });`,
      output: `${client}await client.responses.create({ model, input, reasoning: { summary: "auto", effort: "low" } });`,
      errors: [{ messageId: "unsupportedParam" }],
    },
    {
      code: `${client}await client.responses.create({ model, input, verbosity: "high" });`,
      output: `${client}await client.responses.create({ model, input, text: { verbosity: "high" } });`,
      errors: [{ messageId: "unsupportedParam" }],
    },
    {
      // `response_format` and `verbosity` together: both end up in one `text`, over two passes.
      code: `${client}await client.responses.create({ model, input, response_format: { type: "text" }, verbosity: "low" });`,
      output: [
        `${client}await client.responses.create({ model, input, text: { format: { type: "text" } }, verbosity: "low" });`,
        `${client}await client.responses.create({ model, input, text: { format: { type: "text" }, verbosity: "low" } });`,
      ],
      errors: [{ messageId: "unsupportedParam" }, { messageId: "unsupportedParam" }],
    },
    {
      code: `${client}await client.responses.create({ model, input, tools: [{ type: "function", function: { name: "get_weather", description: "Weather", parameters: schema } }] });`,
      output: `${client}await client.responses.create({ model, input, tools: [{ type: "function", name: "get_weather", description: "Weather", parameters: schema, strict: false }] });`,
      errors: [{ messageId: "chatFunctionTool" }],
    },
    {
      // `strict` already given is kept; a web search tool beside it is left alone.
      code: `${client}await client.responses.create({ model, input, tools: [{ type: "web_search" }, { type: "function", function: { name: "f", parameters: p, strict: true } }] });`,
      output: `${client}await client.responses.create({ model, input, tools: [{ type: "web_search" }, { type: "function", name: "f", parameters: p, strict: true }] });`,
      errors: [{ messageId: "chatFunctionTool" }],
    },
    {
      // A tools array shared through a const: reported, not rewritten.
      code: `${client}const tools = [{ type: "function", function: { name: "f", parameters: p } }];\nawait client.responses.create({ model, input, tools });`,
      output: null,
      errors: [{ messageId: "chatFunctionTool", line: 3 }],
    },
    {
      code: `${client}await client.responses.create({ model, input, web_search_options: { search_context_size: "low" } });`,
      output: null,
      errors: [{ messageId: "unsupportedParam", data: { ...row, name: "web_search_options", replacement: 'the `web_search` tool (`tools: [{ type: "web_search" }]`)' } }],
    },
    {
      code: `${client}await client.responses.create({ model, input, functions, function_call: "auto", stop: ["END"], logit_bias: {}, logprobs: true, presence_penalty: 0.5, frequency_penalty: 0.5, seed: 42, modalities: ["text"], audio, prediction });`,
      output: null,
      errors: Array.from({ length: 11 }, () => ({ messageId: "unsupportedParam" as const })),
    },
    {
      code: `${client}await client.responses.create({ model, input: [msg, { type: "function_call_output", tool_call_id: call.id, output: JSON.stringify(result) }] });`,
      output: `${client}await client.responses.create({ model, input: [msg, { type: "function_call_output", call_id: call.id, output: JSON.stringify(result) }] });`,
      errors: [{ messageId: "toolCallId" }],
    },
    {
      code: `${client}await client.responses.create({ model, input: [{ type: "function_call_output", output: "done" }] });`,
      output: null,
      errors: [{ messageId: "missingCallId" }],
    },
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
      // A request held in a const, and a base object spread in (report only for what comes through the spread).
      code: `${client}const defaults = { model: "gpt-5", max_tokens: 100 };\nconst request = { ...defaults, messages };\nawait client.responses.create(request);`,
      output: `${client}const defaults = { model: "gpt-5", max_tokens: 100 };\nconst request = { ...defaults, input: messages };\nawait client.responses.create(request);`,
      errors: [{ messageId: "renamedParam", line: 3 }, { messageId: "renamedParam", line: 4 }],
    },
    {
      // An unresolved client whose request names a model, and Azure.
      code: 'import { AzureOpenAI } from "openai";\nconst az = new AzureOpenAI();\naz.responses.create({ model: "gpt-5", max_tokens: 1 });\nexport const run = (llm) => llm.responses.create({ model: "gpt-5", seed: 1, input });',
      output: 'import { AzureOpenAI } from "openai";\nconst az = new AzureOpenAI();\naz.responses.create({ model: "gpt-5", max_output_tokens: 1 });\nexport const run = (llm) => llm.responses.create({ model: "gpt-5", seed: 1, input });',
      errors: [{ messageId: "renamedParam", line: 3 }, { messageId: "unsupportedParam", line: 4 }],
    },
    js({
      code: 'const OpenAI = require("openai");\nconst openai = new OpenAI();\nopenai.responses.create({ model: "gpt-5", messages, stream: true });',
      filename: "stream.cjs",
      output: 'const OpenAI = require("openai");\nconst openai = new OpenAI();\nopenai.responses.create({ model: "gpt-5", input: messages, stream: true });',
      errors: [{ messageId: "renamedParam" }],
    }),
    {
      // REST: a body sent to /v1/responses.
      code: 'await fetch("https://api.openai.com/v1/responses", {\n  method: "POST",\n  body: JSON.stringify({ model: "gpt-5", messages, max_tokens: 50 }),\n});',
      output: 'await fetch("https://api.openai.com/v1/responses", {\n  method: "POST",\n  body: JSON.stringify({ model: "gpt-5", input: messages, max_output_tokens: 50 }),\n});',
      errors: [{ messageId: "renamedParam", line: 3 }, { messageId: "renamedParam", line: 3 }],
    },
    js({
      code: 'const API = "https://api.openai.com/v1";\nconst payload = { model: "gpt-5", input, n: 2 };\naxios.post(`${API}/responses`, payload);',
      output: null,
      errors: [{ messageId: "noN", line: 2, suggestions: [{ messageId: "removeN", output: 'const API = "https://api.openai.com/v1";\nconst payload = { model: "gpt-5", input };\naxios.post(`${API}/responses`, payload);' }] }],
    }),
    {
      // A class-field client and comments kept.
      code: 'import OpenAI from "openai";\nclass Ai {\n  #c = new OpenAI();\n  ask() {\n    return this.#c.responses.create({\n      model: "gpt-5",\n      // the conversation so far\n      messages: history,\n    });\n  }\n}',
      output: 'import OpenAI from "openai";\nclass Ai {\n  #c = new OpenAI();\n  ask() {\n    return this.#c.responses.create({\n      model: "gpt-5",\n      // the conversation so far\n      input: history,\n    });\n  }\n}',
      errors: [{ messageId: "renamedParam", line: 8 }],
    },
  ],
});
