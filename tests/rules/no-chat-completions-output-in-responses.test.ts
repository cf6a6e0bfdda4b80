import rule from "../../rules/no-chat-completions-output-in-responses";
import { CHAT_COMPLETIONS_OUTPUT_IN_RESPONSES, deprecationData } from "../../src/deprecations";
import { js, ruleTester } from "../rule-tester";

const row = deprecationData(CHAT_COMPLETIONS_OUTPUT_IN_RESPONSES);
const client = 'import OpenAI from "openai";\nconst client = new OpenAI();\n';
const response = `${client}const res = await client.responses.create({ model: "gpt-5", input });\n`;
const stream = `${client}const stream = await client.responses.create({ model: "gpt-5", input, stream: true });\n`;

ruleTester.run("no-chat-completions-output-in-responses", rule, {
  valid: [
    // Chat Completions results and streams read the Chat way: correct.
    `${client}const completion = await client.chat.completions.create({ model: "gpt-4o", messages });\nconsole.log(completion.choices[0].message.content, completion.usage?.prompt_tokens);`,
    `${client}const chat = await client.chat.completions.create({ model: "gpt-4o", messages, stream: true });\nfor await (const chunk of chat) process.stdout.write(chunk.choices[0]?.delta?.content ?? "");`,
    // Both APIs in one file: each value keeps its origin.
    `${response}const completion = await client.chat.completions.create({ model: "gpt-4o", messages });\nconsole.log(res.output_text, completion.choices[0].message.content);`,
    // The beta Chat helpers.
    `${client}const runner = client.beta.chat.completions.stream({ model: "gpt-4o", messages });\nrunner.on("content", (delta) => process.stdout.write(delta));\nconst parsed = await client.beta.chat.completions.parse({ model: "gpt-4o", messages });\nparsed.choices[0].message.parsed;`,
    // LangChain and the Vercel AI SDK.
    'import { ChatOpenAI } from "@langchain/openai";\nconst llm = new ChatOpenAI();\nconst out = await llm.invoke("hi");\nconsole.log(out.content);',
    'import { openai } from "@ai-sdk/openai";\nimport { streamText } from "ai";\nconst result = streamText({ model: openai.responses("o3"), prompt });\nfor await (const part of result.fullStream) console.log(part);',
    // A local object with `choices`.
    "const responses = { create: async () => ({ choices: [{ message: { content: 'x' } }] }) };\nconst r = await responses.create();\nconsole.log(r.choices[0].message.content);",
    // A value of unknown origin.
    "export function render(res) { return res.choices[0].message.content; }",
    // Responses read the right way.
    `${response}console.log(res.output_text, res.output[0], res.usage.input_tokens, res.usage.output_tokens, res.usage.total_tokens);`,
    `${stream}for await (const event of stream) { if (event.type === "response.output_text.delta") process.stdout.write(event.delta); }`,
    `${client}const s = client.responses.stream({ model: "gpt-5", input });\ns.on("response.output_text.delta", (event) => process.stdout.write(event.delta));\nconst final = await s.finalResponse();\nconsole.log(final.output_text);`,
    // Image generation in Responses, read with the Responses event.
    `${stream}for await (const event of stream) { if (event.type === "response.image_generation_call.partial_image") save(event.partial_image_b64); }`,
    // The Images API's own stream sends `image_generation.partial_image` with `b64_json`.
    `${client}const images = await client.images.generate({ model: "gpt-image-1", prompt, stream: true, partial_images: 2 });\nfor await (const event of images) { if (event.type === "image_generation.partial_image") save(event.b64_json); }`,
    // A request built elsewhere may or may not stream: unknown.
    `${client}export async function run(params: any) { const r = await client.responses.create(params); return r.choices; }`,
    // A reassigned variable is not followed.
    `${response}let out = res;\nout = await client.chat.completions.create({ model: "gpt-4o", messages });\nout.choices[0].message.content;`,
    // A provider wrapper streaming Responses events correctly, next to a Chat stream.
    `${client}class Provider { client = new OpenAI();\n  async *stream(payload: any) { const s = await (this.client as any).responses.create(payload); for await (const e of s) yield e.delta; }\n  async *chat(messages: any) { const s = await this.client.chat.completions.create({ model: "gpt-4o", messages, stream: true }); for await (const c of s) yield c.choices[0].delta.content; } }`,
    js({
      code: 'const OpenAI = require("openai");\nconst c = new OpenAI();\nc.chat.completions.create({ model: "gpt-4o", messages }).then((r) => r.choices[0].message.content);',
      filename: "chat.cjs",
    }),
    // Property names that only match.
    `${response}const survey = { choices: ["a"] };\nconsole.log(survey.choices[0]);`,
    `${client}const chat = client.chat.completions.stream({ model: "gpt-4o", messages });\nchat.on("chunk", (c) => c.choices);`,
    `${response}const stats = { prompt_tokens: 1 };\nstats.prompt_tokens;`,
  ],
  invalid: [
    {
      code: `${response}console.log(res.choices[0].message.content);`,
      output: `${response}console.log(res.output_text);`,
      errors: [{ messageId: "choicesContent", line: 4, column: 13, data: row }],
    },
    {
      // Optional chaining throughout.
      code: `${response}const text = res?.choices?.[0]?.message?.content ?? "";`,
      output: `${response}const text = res?.output_text ?? "";`,
      errors: [{ messageId: "choicesContent" }],
    },
    {
      code: `${response}const text = res.choices?.[0]?.message?.content;`,
      output: `${response}const text = res.output_text;`,
      errors: [{ messageId: "choicesContent" }],
    },
    {
      // The defensive fallback: only a suggestion.
      code: `${response}const text = res.output_text || res.choices?.[0]?.message?.content;`,
      output: null,
      errors: [
        {
          messageId: "choicesContent",
          suggestions: [{ messageId: "useOutputText", output: `${response}const text = res.output_text || res.output_text;` }],
        },
      ],
    },
    {
      // Other `choices` reads.
      code: `${response}if (res.choices.length > 1) pick(res.choices[1].message);`,
      output: null,
      errors: [{ messageId: "choicesOnResponse" }, { messageId: "choicesOnResponse" }],
    },
    {
      // `responses.parse`.
      code: `${client}const parsed = await client.responses.parse({ model: "gpt-5", input, text: { format } });\nconst data = parsed.choices[0].message.parsed;`,
      output: null,
      errors: [{ messageId: "choicesOnResponse", line: 4 }],
    },
    {
      // `.then` callbacks.
      code: `${client}client.responses.create({ model: "gpt-5", input }).then((r) => r.choices[0].message.content);`,
      output: `${client}client.responses.create({ model: "gpt-5", input }).then((r) => r.output_text);`,
      errors: [{ messageId: "choicesContent" }],
    },
    js({
      code: 'const OpenAI = require("openai");\nconst openai = new OpenAI();\nopenai.responses.create({ model: "gpt-5", input }).then(function (r) { return r.choices[0].message.content; });',
      filename: "then.cjs",
      output: 'const OpenAI = require("openai");\nconst openai = new OpenAI();\nopenai.responses.create({ model: "gpt-5", input }).then(function (r) { return r.output_text; });',
      errors: [{ messageId: "choicesContent" }],
    }),
    {
      // A Chat stream handler on a Responses stream.
      code: `${stream}for await (const chunk of stream) process.stdout.write(chunk.choices[0].delta.content);`,
      output: null,
      errors: [
        {
          messageId: "chatDeltaOnEvent",
          data: row,
          suggestions: [
            {
              messageId: "readTextDelta",
              output: `${stream}for await (const chunk of stream) process.stdout.write((chunk.type === "response.output_text.delta" ? chunk.delta : undefined));`,
            },
          ],
        },
      ],
    },
    {
      code: `${stream}for await (const chunk of stream) { const delta = chunk.choices?.[0]?.delta; if (delta?.content) out += delta.content; }`,
      output: null,
      errors: [{ messageId: "chatDeltaOnEvent", suggestions: [] }],
    },
    {
      code: `${stream}for await (const chunk of stream) out += chunk.choices?.[0]?.delta?.content ?? "";`,
      output: null,
      errors: [
        {
          messageId: "chatDeltaOnEvent",
          suggestions: [
            {
              messageId: "readTextDelta",
              output: `${stream}for await (const chunk of stream) out += (chunk.type === "response.output_text.delta" ? chunk.delta : undefined) ?? "";`,
            },
          ],
        },
      ],
    },
    {
      // The helper stream: a Chat event name, and a Chat read in a typed-event handler.
      code: `${client}const s = client.responses.stream({ model: "gpt-5", input });\ns.on("content", (delta) => process.stdout.write(delta));\ns.on("chunk", (c) => c);`,
      output: null,
      errors: [
        { messageId: "chatStreamEvent", line: 4, data: { ...row, name: "content" } },
        { messageId: "chatStreamEvent", line: 5, data: { ...row, name: "chunk" } },
      ],
    },
    {
      code: `${client}const s = client.responses.stream({ model: "gpt-5", input });\ns.on("response.output_text.delta", (event) => render(event.choices[0].delta));`,
      output: null,
      errors: [{ messageId: "chatDeltaOnEvent", line: 4, suggestions: [] }],
    },
    {
      // `stream.finalResponse()`.
      code: `${client}const s = client.responses.stream({ model: "gpt-5", input });\nconst final = await s.finalResponse();\nreturn final.choices[0].message.content;`,
      output: `${client}const s = client.responses.stream({ model: "gpt-5", input });\nconst final = await s.finalResponse();\nreturn final.output_text;`,
      errors: [{ messageId: "choicesContent", line: 5 }],
    },
    {
      // Usage names.
      code: `${response}log(res.usage.prompt_tokens, res.usage.completion_tokens, res.usage?.["prompt_tokens"]);`,
      output: `${response}log(res.usage.input_tokens, res.usage.output_tokens, res.usage?.["input_tokens"]);`,
      errors: [
        { messageId: "chatUsageName", data: { name: "prompt_tokens", replacement: "input_tokens" } },
        { messageId: "chatUsageName", data: { name: "completion_tokens", replacement: "output_tokens" } },
        { messageId: "chatUsageName" },
      ],
    },
    {
      code: `${response}const { usage } = res;\nconst cost = usage.prompt_tokens * IN + usage.completion_tokens * OUT;`,
      output: `${response}const { usage } = res;\nconst cost = usage.input_tokens * IN + usage.output_tokens * OUT;`,
      errors: [{ messageId: "chatUsageName" }, { messageId: "chatUsageName" }],
    },
    {
      code: `${response}const usage = res.usage;\nusage.prompt_tokens;`,
      output: `${response}const usage = res.usage;\nusage.input_tokens;`,
      errors: [{ messageId: "chatUsageName" }],
    },
    {
      // The Images API's partial-image event on a Responses stream.
      code: `${stream}for await (const event of stream) { if (event.type === "image_generation.partial_image") save(event.b64_json); }`,
      output: null,
      errors: [{ messageId: "imagesPartialEvent" }, { messageId: "imagesPartialField" }],
    },
    {
      code: `${stream}for await (const event of stream) { switch (event.type) { case "image_generation.partial_image": break; } }`,
      output: null,
      errors: [{ messageId: "imagesPartialEvent" }],
    },
    {
      // Azure, a class-field client and a destructured resource.
      code: 'import { AzureOpenAI } from "openai";\nclass Bot {\n  private ai = new AzureOpenAI();\n  async reply(input: string) {\n    const r = await this.ai.responses.create({ model: "gpt-5", input });\n    return r.choices[0].message.content;\n  }\n}',
      output: 'import { AzureOpenAI } from "openai";\nclass Bot {\n  private ai = new AzureOpenAI();\n  async reply(input: string) {\n    const r = await this.ai.responses.create({ model: "gpt-5", input });\n    return r.output_text;\n  }\n}',
      errors: [{ messageId: "choicesContent", line: 6 }],
    },
    {
      code: `${client}const { responses } = client;\nconst r = await responses.create({ model: "gpt-5", input, stream: false });\nr.choices;`,
      output: null,
      errors: [{ messageId: "choicesOnResponse", line: 5 }],
    },
    {
      // A client of the project whose request names a model.
      code: 'import { openai } from "@/lib/openai";\nconst r = await openai.responses.create({ model: "gpt-5", input });\nexport const text = r.choices[0].message.content;',
      output: 'import { openai } from "@/lib/openai";\nconst r = await openai.responses.create({ model: "gpt-5", input });\nexport const text = r.output_text;',
      errors: [{ messageId: "choicesContent", line: 3 }],
    },
    js({
      code: 'import OpenAI from "openai";\nconst ai = new OpenAI();\nconst stream = ai.responses.stream({ model: "gpt-5", input });\nfor await (const ev of stream) console.log(ev.choices[0].delta.content);',
      filename: "stream.mjs",
      output: null,
      errors: [
        {
          messageId: "chatDeltaOnEvent",
          suggestions: [
            {
              messageId: "readTextDelta",
              output: 'import OpenAI from "openai";\nconst ai = new OpenAI();\nconst stream = ai.responses.stream({ model: "gpt-5", input });\nfor await (const ev of stream) console.log((ev.type === "response.output_text.delta" ? ev.delta : undefined));',
            },
          ],
        },
      ],
    }),
    {
      // REST results are not followed, but the SDK result next to them is.
      code: `${response}const raw = await (await fetch(url)).json();\nconsole.log(raw.choices, res.choices[0].message.content);`,
      output: `${response}const raw = await (await fetch(url)).json();\nconsole.log(raw.choices, res.output_text);`,
      errors: [{ messageId: "choicesContent", line: 5 }],
    },
    {
      // A parenthesized receiver keeps its parentheses.
      code: `${response}const t = (res as any).choices[0].message.content;`,
      output: `${response}const t = (res as any).output_text;`,
      errors: [{ messageId: "choicesContent" }],
    },
    {
      // Computed member access to `choices`.
      code: `${response}res["choices"][0]["message"]["content"];`,
      output: `${response}res.output_text;`,
      errors: [{ messageId: "choicesContent" }],
    },
  ],
});
