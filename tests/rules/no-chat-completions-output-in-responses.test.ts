import rule from "../../rules/no-chat-completions-output-in-responses";
import { CHAT_COMPLETIONS_OUTPUT_IN_RESPONSES, deprecationData } from "../../src/deprecations";
import { js, ruleTester } from "../rule-tester";

const row = deprecationData(CHAT_COMPLETIONS_OUTPUT_IN_RESPONSES);
const client = 'import OpenAI from "openai";\nconst client = new OpenAI();\n';
const response = `${client}const res = await client.responses.create({ model: "gpt-5", input });\n`;
const stream = `${client}const stream = await client.responses.create({ model: "gpt-5", input, stream: true });\n`;
const helper = `${client}const s = client.responses.stream({ model: "gpt-5", input });\n`;
const cjsClient = 'const OpenAI = require("openai");\nconst openai = new OpenAI();\n';

/** The typed-event read the stream suggestions write for `name`. */
const textDelta = (name: string) => `${name}.type === "response.output_text.delta" ? ${name}.delta : undefined`;

ruleTester.run("no-chat-completions-output-in-responses", rule, {
  valid: [
    // Azure (issue 19): every rule is silent on Azure clients; a class-field client.
    'import { AzureOpenAI } from "openai";\nclass Bot {\n  private ai = new AzureOpenAI();\n  async reply(input: string) {\n    const r = await this.ai.responses.create({ model: "gpt-5", input });\n    return r.choices[0].message.content;\n  }\n}',
    // Look-alike: Chat Completions code reading `choices[0].message.content` and `usage.prompt_tokens`: correct.
    `${client}const completion = await client.chat.completions.create({ model: "gpt-4o", messages });\nconsole.log(completion.choices[0].message.content, completion.usage?.prompt_tokens);`,
    // Look-alike: a Chat Completions stream read with `choices[0].delta`.
    `${client}const chat = await client.chat.completions.create({ model: "gpt-4o", messages, stream: true });\nfor await (const chunk of chat) process.stdout.write(chunk.choices[0]?.delta?.content ?? "");`,
    // Look-alike: the same Chat stream in CommonJS, with a destructured loop variable.
    js({
      code: `${cjsClient}async function main() {\n  const chat = await openai.chat.completions.create({ model: "gpt-4o", messages, stream: true });\n  for await (const { choices } of chat) process.stdout.write(choices[0].delta.content || "");\n}`,
      filename: "chat-stream.cjs",
    }),
    // Look-alike: a Chat `.then` callback in CommonJS, `usage` destructured from a Chat result.
    js({
      code: `${cjsClient}openai.chat.completions.create({ model: "gpt-4o", messages }).then((r) => {\n  const { usage } = r;\n  return [r.choices[0].message.content, usage.prompt_tokens];\n});`,
      filename: "chat.cjs",
    }),
    // Look-alike: both APIs in one file, each result read its own way.
    `${response}const completion = await client.chat.completions.create({ model: "gpt-4o", messages });\nconsole.log(res.output_text, completion.choices[0].message.content);`,
    // Look-alike: both APIs streaming in one file, the loop variables named alike: each keeps its origin.
    `${stream}for await (const chunk of stream) { if (chunk.type === "response.output_text.delta") out += chunk.delta; }\nconst chat = await client.chat.completions.create({ model: "gpt-4o", messages, stream: true });\nfor await (const chunk of chat) out += chunk.choices[0]?.delta?.content ?? "";`,
    // Look-alike: a provider wrapper streaming Responses events correctly, next to a Chat stream read the Chat way.
    `${client}class Provider { client = new OpenAI();\n  async *stream(payload: any) { const s = await (this.client as any).responses.create(payload); for await (const e of s) if (e.type === "response.output_text.delta") yield e.delta; }\n  async *chat(messages: any) { const s = await this.client.chat.completions.create({ model: "gpt-4o", messages, stream: true }); for await (const c of s) yield c.choices[0].delta.content; } }`,
    // Look-alike: the beta Chat helpers (`stream` with its `"content"` event, `parse`), under `beta` like Responses once was.
    `${client}const runner = client.beta.chat.completions.stream({ model: "gpt-4o", messages });\nrunner.on("content", (delta) => process.stdout.write(delta));\nrunner.on("chunk", (c) => c.choices);\nconst parsed = await client.beta.chat.completions.parse({ model: "gpt-4o", messages });\nparsed.choices[0].message.parsed;`,
    // Look-alike: LangChain's `ChatOpenAI`, whose results have `content` and token usage of their own.
    'import { ChatOpenAI } from "@langchain/openai";\nconst llm = new ChatOpenAI({ model: "gpt-4o", useResponsesApi: true });\nconst out = await llm.invoke("hi");\nconsole.log(out.content, out.usage_metadata?.input_tokens);',
    // Look-alike: the Vercel AI SDK with `openai.responses(…)` models.
    'import { openai } from "@ai-sdk/openai";\nimport { generateText, streamText } from "ai";\nconst { text, usage } = await generateText({ model: openai.responses("o3"), messages });\nconsole.log(text, usage.promptTokens);\nconst result = streamText({ model: openai.responses("o3"), prompt });\nfor await (const part of result.fullStream) console.log(part);',
    // Look-alike: a local object whose `responses.create` returns `choices`.
    "const responses = { create: async () => ({ choices: [{ message: { content: 'x' } }] }) };\nconst r = await responses.create();\nconsole.log(r.choices[0].message.content);",
    // Look-alike: a form service of the project with `responses.create` and no model.
    'import { forms } from "./forms";\nconst r = await forms.responses.create({ formId, answers });\nconsole.log(r.choices, r.usage.prompt_tokens);',
    // Look-alike: a local object with `choices` and token counts in a file that uses Responses.
    `${response}const survey = { choices: ["a"] };\nconsole.log(survey.choices[0]);\nconst stats = { prompt_tokens: 1 };\nstats.prompt_tokens;`,
    // A value of unknown origin.
    "export function render(res) { return res.choices[0].message.content; }",
    // A parameter shadowing a Responses result of the same name: resolved by scope, not by name.
    `${response}export function render(res: any) { return res.choices[0].message.content; }\nconsole.log(res.output_text);`,
    // Responses read the right way, `total_tokens` included.
    `${response}console.log(res.output_text, res.output[0], res.usage.input_tokens, res.usage.output_tokens, res.usage.total_tokens, res.usage.input_tokens_details.cached_tokens);`,
    `${stream}for await (const event of stream) { if (event.type === "response.output_text.delta") process.stdout.write(event.delta); if (event.type === "response.completed") log(event.response.usage.input_tokens); }`,
    // A helper called from two places (or exported, or passed on) may get other values: not followed.
    `${stream}function handle(chunk) { return chunk.choices[0]?.delta?.content; }\nfor await (const event of stream) handle(event);\nhandle(chatChunk);`,
    `${stream}export function handle(chunk) { return chunk.choices[0]?.delta?.content; }\nfor await (const event of stream) handle(event);`,
    `${stream}export class Handler {\n  processEvent(chunk) { return chunk.choices[0]?.delta?.content; }\n  async run() { for await (const event of stream) this.processEvent(event); }\n}`,
    // Usage fallbacks (Roo-Code's normalizers): the Responses name is read first, the Chat name kept for older
    // payloads. A rename would give `input_tokens ?? input_tokens`.
    `${response}const usage = res.usage;\nconst inputTokens = usage.input_tokens ?? usage.prompt_tokens ?? 0;\nconst outputTokens = usage?.output_tokens || usage?.completion_tokens;`,
    `${response}const details = res.usage.input_tokens_details ?? res.usage.prompt_tokens_details;\nconst legacyFirst = res.usage["prompt_tokens"] ?? res.usage["input_tokens"];`,
    `${response}const { input_tokens, prompt_tokens } = res.usage;\nlog(input_tokens ?? prompt_tokens);`,
    `${helper}s.on("response.output_text.delta", (event) => process.stdout.write(event.delta));\ns.on("event", (event) => log(event.type));\ns.on("error", (error) => log(error.message));\nconst final = await s.finalResponse();\nconsole.log(final.output_text);`,
    // Image generation in Responses, read with the Responses event.
    `${stream}for await (const event of stream) { if (event.type === "response.image_generation_call.partial_image") save(event.partial_image_b64); }`,
    // The Images API's own stream sends `image_generation.partial_image` with `b64_json`.
    `${client}const images = await client.images.generate({ model: "gpt-image-1", prompt, stream: true, partial_images: 2 });\nfor await (const event of images) { if (event.type === "image_generation.partial_image") save(event.b64_json); }`,
    // A request built elsewhere may or may not stream: unknown.
    `${client}export async function run(params: any) { const r = await client.responses.create(params); return r.choices; }`,
    // A spread of an object built elsewhere may carry `stream: true`: unknown.
    `${client}import { baseParams } from "./params";\nconst r = await client.responses.create({ ...baseParams, input });\nr.choices;`,
    // A variable that also holds a Chat Completions result is neither.
    `${response}let out = res;\nout = await client.chat.completions.create({ model: "gpt-4o", messages });\nout.choices[0].message.content;`,
    `${client}let r;\nif (useResponses) r = await client.responses.create({ model: "gpt-5", input });\nelse r = await client.chat.completions.create({ model: "gpt-4o", messages });\nr.choices;`,
    // A listener whose event name cannot be read may be `"error"`: its argument is not known.
    `${helper}s.on(name, (e) => e.choices);`,
  ],
  invalid: [
    {
      code: `${response}console.log(res.choices[0].message.content);`,
      output: `${response}console.log(res.output_text);`,
      errors: [{ messageId: "choicesContent", line: 4, column: 13, endColumn: 43, data: row, suggestions: [] }],
    },
    {
      // Optional chaining from the receiver on: the rewrite keeps `?.`.
      code: `${response}const text = res?.choices?.[0]?.message?.content ?? "";`,
      output: `${response}const text = res?.output_text ?? "";`,
      errors: [{ messageId: "choicesContent", suggestions: [] }],
    },
    {
      code: `${response}const text = res.choices?.[0]?.message?.content;`,
      output: `${response}const text = res.output_text;`,
      errors: [{ messageId: "choicesContent", suggestions: [] }],
    },
    {
      // Reads continued after the text.
      code: `${response}const a = res.choices[0].message.content.trim();\nconst b = res.choices?.[0]?.message?.content?.split("\\n");`,
      output: `${response}const a = res.output_text.trim();\nconst b = res.output_text?.split("\\n");`,
      errors: [
        { messageId: "choicesContent", line: 4, suggestions: [] },
        { messageId: "choicesContent", line: 5, suggestions: [] },
      ],
    },
    {
      // The defensive fallback: the read after `output_text` is dead; dropping it is only a suggestion.
      code: `${response}const text = res.output_text || res.choices?.[0]?.message?.content;`,
      output: null,
      errors: [
        {
          messageId: "choicesContent",
          suggestions: [{ messageId: "dropFallback", output: `${response}const text = res.output_text;` }],
        },
      ],
    },
    {
      code: `${response}return cached ?? res?.output_text ?? (res.choices[0].message.content);`,
      output: null,
      errors: [
        {
          messageId: "choicesContent",
          suggestions: [{ messageId: "dropFallback", output: `${response}return cached ?? res?.output_text;` }],
        },
      ],
    },
    {
      // After the text of another value, the read is no fallback of its own: fixed.
      code: `${response}const text = previous.output_text || res.choices[0].message.content;`,
      output: `${response}const text = previous.output_text || res.output_text;`,
      errors: [{ messageId: "choicesContent", suggestions: [] }],
    },
    {
      // A write to the Chat field is reported, never rewritten into a write to `output_text`.
      code: `${response}res.choices[0].message.content = redact(text);`,
      output: null,
      errors: [{ messageId: "choicesContent", suggestions: [] }],
    },
    {
      // Other `choices` reads.
      code: `${response}if (res.choices.length > 1) pick(res.choices[1].message);`,
      output: null,
      errors: [
        { messageId: "choicesOnResponse", column: 5, data: row, suggestions: [] },
        { messageId: "choicesOnResponse", column: 34, suggestions: [] },
      ],
    },
    {
      // `responses.parse`, and `choices` destructured.
      code: `${client}const parsed = await client.responses.parse({ model: "gpt-5", input, text: { format } });\nconst data = parsed.choices[0].message.parsed;\nconst { choices, output_text } = parsed;`,
      output: null,
      errors: [
        { messageId: "choicesOnResponse", line: 4, suggestions: [] },
        { messageId: "choicesOnResponse", line: 5, column: 9, suggestions: [] },
      ],
    },
    {
      // `.then` callbacks.
      code: `${client}client.responses.create({ model: "gpt-5", input }).then((r) => r.choices[0].message.content);`,
      output: `${client}client.responses.create({ model: "gpt-5", input }).then((r) => r.output_text);`,
      errors: [{ messageId: "choicesContent", suggestions: [] }],
    },
    js({
      code: `${cjsClient}openai.responses.create({ model: "gpt-5", input }).then(function (r) { return r.choices[0].message.content; });`,
      filename: "then.cjs",
      output: `${cjsClient}openai.responses.create({ model: "gpt-5", input }).then(function (r) { return r.output_text; });`,
      errors: [{ messageId: "choicesContent", line: 3, suggestions: [] }],
    }),
    js({
      // `require("openai").OpenAI` destructured, a `.then` with a destructured argument.
      code: 'const { OpenAI } = require("openai");\nconst ai = new OpenAI();\nai.responses.create({ model: "gpt-5", input }).then(({ usage }) => log(usage.prompt_tokens));',
      filename: "usage.cjs",
      output: 'const { OpenAI } = require("openai");\nconst ai = new OpenAI();\nai.responses.create({ model: "gpt-5", input }).then(({ usage }) => log(usage.input_tokens));',
      errors: [{ messageId: "chatUsageName", data: { ...row, name: "prompt_tokens", replacement: "input_tokens" }, suggestions: [] }],
    }),
    {
      // A `let` assigned in a `try`, a pending promise awaited later, and `responses.retrieve`.
      code: `${client}let res;\ntry { res = await client.responses.create({ model: "gpt-5", input }); } catch { res = undefined; }\nconst pending = client.responses.create({ model: "gpt-5", input });\nconst later = await pending;\nconst old = await client.responses.retrieve(id);\nlog(res.choices[0].message.content, later.choices[0].message.content, old.choices[0].message.content);`,
      output: `${client}let res;\ntry { res = await client.responses.create({ model: "gpt-5", input }); } catch { res = undefined; }\nconst pending = client.responses.create({ model: "gpt-5", input });\nconst later = await pending;\nconst old = await client.responses.retrieve(id);\nlog(res.output_text, later.output_text, old.output_text);`,
      errors: [
        { messageId: "choicesContent", column: 5, suggestions: [] },
        { messageId: "choicesContent", column: 37, suggestions: [] },
        { messageId: "choicesContent", column: 71, suggestions: [] },
      ],
    },
    {
      // An awaited call read in place.
      code: `${client}const text = (await client.responses.create({ model: "gpt-5", input })).choices[0].message.content;`,
      output: `${client}const text = (await client.responses.create({ model: "gpt-5", input })).output_text;`,
      errors: [{ messageId: "choicesContent", suggestions: [] }],
    },
    {
      // A Chat stream handler on a Responses stream.
      code: `${stream}for await (const chunk of stream) process.stdout.write(chunk.choices[0].delta.content);`,
      output: null,
      errors: [
        {
          messageId: "chatDeltaOnEvent",
          line: 4,
          column: 56,
          data: row,
          suggestions: [
            {
              messageId: "readTextDelta",
              output: `${stream}for await (const chunk of stream) process.stdout.write(${textDelta("chunk")});`,
            },
          ],
        },
      ],
    },
    {
      // The delta object: the suggestion keeps its shape, so `delta?.content` still reads the text.
      code: `${stream}for await (const chunk of stream) { const delta = chunk.choices?.[0]?.delta; if (delta?.content) out += delta.content; }`,
      output: null,
      errors: [
        {
          messageId: "chatDeltaOnEvent",
          suggestions: [
            {
              messageId: "readTextDelta",
              output: `${stream}for await (const chunk of stream) { const delta = chunk.type === "response.output_text.delta" ? { content: chunk.delta } : undefined; if (delta?.content) out += delta.content; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${stream}for await (const chunk of stream) out += chunk.choices?.[0]?.delta?.content ?? "";`,
      output: null,
      errors: [
        {
          messageId: "chatDeltaOnEvent",
          suggestions: [{ messageId: "readTextDelta", output: `${stream}for await (const chunk of stream) out += (${textDelta("chunk")}) ?? "";` }],
        },
      ],
    },
    {
      // Parentheses where the place needs them (a member read), and no second pair where the source has one.
      code: `${stream}for await (const chunk of stream) n += chunk.choices[0].delta.content.length + (chunk.choices[0].delta.content) ?? 0;`,
      output: null,
      errors: [
        {
          messageId: "chatDeltaOnEvent",
          suggestions: [
            {
              messageId: "readTextDelta",
              output: `${stream}for await (const chunk of stream) n += (${textDelta("chunk")}).length + (chunk.choices[0].delta.content) ?? 0;`,
            },
          ],
        },
        {
          messageId: "chatDeltaOnEvent",
          suggestions: [
            {
              messageId: "readTextDelta",
              output: `${stream}for await (const chunk of stream) n += chunk.choices[0].delta.content.length + (${textDelta("chunk")}) ?? 0;`,
            },
          ],
        },
      ],
    },
    {
      // Reads with no typed-event equivalent are reported only.
      code: `${stream}for await (const chunk of stream) { if (chunk.choices[0].finish_reason === "stop") break; }\nfor await (const { choices } of stream) log(choices);`,
      output: null,
      errors: [
        { messageId: "chatDeltaOnEvent", line: 4, suggestions: [] },
        { messageId: "chatDeltaOnEvent", line: 5, column: 20, suggestions: [] },
      ],
    },
    {
      // Both APIs streaming in one file: only the Responses loop is reported.
      code: `${stream}for await (const chunk of stream) out += chunk.choices[0].delta.content;\nconst chat = await client.chat.completions.create({ model: "gpt-4o", messages, stream: true });\nfor await (const chunk of chat) out += chunk.choices[0].delta.content;`,
      output: null,
      errors: [
        {
          messageId: "chatDeltaOnEvent",
          line: 4,
          suggestions: [
            {
              messageId: "readTextDelta",
              output: `${stream}for await (const chunk of stream) out += ${textDelta("chunk")};\nconst chat = await client.chat.completions.create({ model: "gpt-4o", messages, stream: true });\nfor await (const chunk of chat) out += chunk.choices[0].delta.content;`,
            },
          ],
        },
      ],
    },
    {
      // A streaming create's `.then`.
      code: `${client}client.responses.create({ model: "gpt-5", input, stream: true }).then(async (s) => { for await (const e of s) log(e.choices[0].delta.content); });`,
      output: null,
      errors: [
        {
          messageId: "chatDeltaOnEvent",
          suggestions: [
            {
              messageId: "readTextDelta",
              output: `${client}client.responses.create({ model: "gpt-5", input, stream: true }).then(async (s) => { for await (const e of s) log(${textDelta("e")}); });`,
            },
          ],
        },
      ],
    },
    {
      // The helper stream: Chat helper event names.
      code: `${helper}s.on("content", (delta) => process.stdout.write(delta));\ns.on("chunk", (c) => c);\ns.once(\`finalContent\`, done);`,
      output: null,
      errors: [
        { messageId: "chatStreamEvent", line: 4, column: 6, data: { ...row, name: "content" }, suggestions: [] },
        { messageId: "chatStreamEvent", line: 5, data: { ...row, name: "chunk" }, suggestions: [] },
        { messageId: "chatStreamEvent", line: 6, data: { ...row, name: "finalContent" }, suggestions: [] },
      ],
    },
    {
      // A Chat read in a typed-event listener.
      code: `${helper}s.on("response.output_text.delta", (event) => render(event.choices[0].delta));`,
      output: null,
      errors: [
        {
          messageId: "chatDeltaOnEvent",
          line: 4,
          suggestions: [
            {
              messageId: "readTextDelta",
              output: `${helper}s.on("response.output_text.delta", (event) => render(event.type === "response.output_text.delta" ? { content: event.delta } : undefined));`,
            },
          ],
        },
      ],
    },
    js({
      code: 'import OpenAI from "openai";\nconst ai = new OpenAI();\nconst stream = ai.responses.stream({ model: "gpt-5", input });\nstream.on("event", function (ev) { process.stdout.write(ev.choices[0].delta.content); });',
      filename: "listener.mjs",
      output: null,
      errors: [
        {
          messageId: "chatDeltaOnEvent",
          suggestions: [
            {
              messageId: "readTextDelta",
              output: `import OpenAI from "openai";\nconst ai = new OpenAI();\nconst stream = ai.responses.stream({ model: "gpt-5", input });\nstream.on("event", function (ev) { process.stdout.write(${textDelta("ev")}); });`,
            },
          ],
        },
      ],
    }),
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
              output: `import OpenAI from "openai";\nconst ai = new OpenAI();\nconst stream = ai.responses.stream({ model: "gpt-5", input });\nfor await (const ev of stream) console.log(${textDelta("ev")});`,
            },
          ],
        },
      ],
    }),
    {
      // `stream.finalResponse()`.
      code: `${helper}const final = await s.finalResponse();\nreturn final.choices[0].message.content;`,
      output: `${helper}const final = await s.finalResponse();\nreturn final.output_text;`,
      errors: [{ messageId: "choicesContent", line: 5, suggestions: [] }],
    },
    {
      // Usage names.
      code: `${response}log(res.usage.prompt_tokens, res.usage.completion_tokens, res.usage?.["prompt_tokens"]);`,
      output: `${response}log(res.usage.input_tokens, res.usage.output_tokens, res.usage?.["input_tokens"]);`,
      errors: [
        { messageId: "chatUsageName", column: 15, data: { ...row, name: "prompt_tokens", replacement: "input_tokens" }, suggestions: [] },
        { messageId: "chatUsageName", data: { ...row, name: "completion_tokens", replacement: "output_tokens" }, suggestions: [] },
        { messageId: "chatUsageName", suggestions: [] },
      ],
    },
    js({
      // A client required from the project's own module (`clientModules` names it), read the Chat way.
      code: 'const { openai } = require("./openai");\nasync function ask(input) {\n  const response = await openai.responses.create({ input });\n  return response.choices[0].message.content;\n}',
      filename: "ask.cjs",
      settings: { openai: { clientModules: ["./openai"] } },
      output: 'const { openai } = require("./openai");\nasync function ask(input) {\n  const response = await openai.responses.create({ input });\n  return response.output_text;\n}',
      errors: [{ messageId: "choicesContent", line: 4 }],
    }),
    {
      // Stream events handed to a helper of the same file that has no other caller (Roo-Code's `processEvent`).
      code: `${stream}class Handler {\n  private processEvent(event: any) { return event.choices?.[0]?.delta?.content; }\n  async run() { for await (const event of stream) this.processEvent(event); }\n}`,
      output: null,
      errors: [
        {
          messageId: "chatDeltaOnEvent",
          line: 5,
          suggestions: [
            {
              messageId: "readTextDelta",
              output: `${stream}class Handler {\n  private processEvent(event: any) { return ${textDelta("event")}; }\n  async run() { for await (const event of stream) this.processEvent(event); }\n}`,
            },
          ],
        },
      ],
    },
    {
      code: `${response}function cost(usage) { return usage.prompt_tokens * PRICE; }\nlog(cost(res.usage));`,
      output: `${response}function cost(usage) { return usage.input_tokens * PRICE; }\nlog(cost(res.usage));`,
      errors: [{ messageId: "chatUsageName", line: 4 }],
    },
    {
      // A fallback to another Chat name is no fallback to the Responses one: still reported and fixed.
      code: `${response}log(res.usage.prompt_tokens ?? res.usage.completion_tokens ?? 0);`,
      output: `${response}log(res.usage.input_tokens ?? res.usage.output_tokens ?? 0);`,
      errors: [{ messageId: "chatUsageName" }, { messageId: "chatUsageName" }],
    },
    {
      code: `${response}const { usage } = res;\nconst cost = usage.prompt_tokens * IN + usage.completion_tokens * OUT;`,
      output: `${response}const { usage } = res;\nconst cost = usage.input_tokens * IN + usage.output_tokens * OUT;`,
      errors: [
        { messageId: "chatUsageName", suggestions: [] },
        { messageId: "chatUsageName", suggestions: [] },
      ],
    },
    {
      code: `${response}const usage = res.usage;\nusage.prompt_tokens;`,
      output: `${response}const usage = res.usage;\nusage.input_tokens;`,
      errors: [{ messageId: "chatUsageName", suggestions: [] }],
    },
    {
      // Usage names destructured: the bindings keep their names.
      code: `${response}const { prompt_tokens, completion_tokens: out = 0 } = res.usage;\nconst { usage: { total_tokens, prompt_tokens: p } } = await client.responses.create({ model: "gpt-5", input });`,
      output: `${response}const { input_tokens: prompt_tokens, output_tokens: out = 0 } = res.usage;\nconst { usage: { total_tokens, input_tokens: p } } = await client.responses.create({ model: "gpt-5", input });`,
      errors: [
        { messageId: "chatUsageName", line: 4, column: 9, suggestions: [] },
        { messageId: "chatUsageName", line: 4, suggestions: [] },
        { messageId: "chatUsageName", line: 5, suggestions: [] },
      ],
    },
    {
      // Token details: renamed where the field read exists on both sides, reported where it does not.
      code: `${response}log(res.usage.prompt_tokens_details.cached_tokens, res.usage.completion_tokens_details.reasoning_tokens, res.usage.completion_tokens_details.accepted_prediction_tokens);`,
      output: `${response}log(res.usage.input_tokens_details.cached_tokens, res.usage.output_tokens_details.reasoning_tokens, res.usage.completion_tokens_details.accepted_prediction_tokens);`,
      errors: [
        { messageId: "chatUsageName", data: { ...row, name: "prompt_tokens_details", replacement: "input_tokens_details" }, suggestions: [] },
        { messageId: "chatUsageName", suggestions: [] },
        { messageId: "chatUsageName", data: { ...row, name: "completion_tokens_details", replacement: "output_tokens_details" }, suggestions: [] },
      ],
    },
    {
      // The response carried by a `response.completed` event.
      code: `${stream}for await (const event of stream) { if (event.type === "response.completed") log(event.response.usage.completion_tokens); }`,
      output: `${stream}for await (const event of stream) { if (event.type === "response.completed") log(event.response.usage.output_tokens); }`,
      errors: [{ messageId: "chatUsageName", data: { ...row, name: "completion_tokens", replacement: "output_tokens" }, suggestions: [] }],
    },
    {
      // The Images API's partial-image event on a Responses stream.
      code: `${stream}for await (const event of stream) { if (event.type === "image_generation.partial_image") save(event.b64_json); }`,
      output: null,
      errors: [
        { messageId: "imagesPartialEvent", column: 56, suggestions: [] },
        { messageId: "imagesPartialField", column: 101, suggestions: [] },
      ],
    },
    {
      code: `${stream}for await (const event of stream) { switch (event?.type) { case "image_generation.partial_image": break; } }\nfor await (const { b64_json } of stream) save(b64_json);`,
      output: null,
      errors: [
        { messageId: "imagesPartialEvent", line: 4, suggestions: [] },
        { messageId: "imagesPartialField", line: 5, suggestions: [] },
      ],
    },
    {
      code: `${helper}s.on("image_generation.partial_image", (event) => save(event.b64_json));`,
      output: null,
      errors: [
        { messageId: "imagesPartialEvent", column: 6, suggestions: [] },
        { messageId: "imagesPartialField", suggestions: [] },
      ],
    },
    {
      // A class-field client.
      code: 'import { OpenAI } from "openai";\nclass Bot {\n  private ai = new OpenAI();\n  async reply(input: string) {\n    const r = await this.ai.responses.create({ model: "gpt-5", input });\n    return r.choices[0].message.content;\n  }\n}',
      output: 'import { OpenAI } from "openai";\nclass Bot {\n  private ai = new OpenAI();\n  async reply(input: string) {\n    const r = await this.ai.responses.create({ model: "gpt-5", input });\n    return r.output_text;\n  }\n}',
      errors: [{ messageId: "choicesContent", line: 6, suggestions: [] }],
    },
    {
      // A destructured resource, with `stream: false` written out.
      code: `${client}const { responses } = client;\nconst r = await responses.create({ model: "gpt-5", input, stream: false });\nr.choices;`,
      output: null,
      errors: [{ messageId: "choicesOnResponse", line: 5, suggestions: [] }],
    },
    {
      // A client of the project whose request names a model, and a request held in a `const`.
      code: 'import { openai } from "@/lib/openai";\nconst request = { model: "gpt-5", input } as const;\nconst r = await openai.responses.create(request);\nexport const text = r.choices[0].message.content;',
      output: 'import { openai } from "@/lib/openai";\nconst request = { model: "gpt-5", input } as const;\nconst r = await openai.responses.create(request);\nexport const text = r.output_text;',
      errors: [{ messageId: "choicesContent", line: 4, suggestions: [] }],
    },
    {
      // REST results are not followed, but the SDK result next to them is.
      code: `${response}const raw = await (await fetch(url)).json();\nconsole.log(raw.choices, res.choices[0].message.content);`,
      output: `${response}const raw = await (await fetch(url)).json();\nconsole.log(raw.choices, res.output_text);`,
      errors: [{ messageId: "choicesContent", line: 5, suggestions: [] }],
    },
    {
      // A parenthesized receiver keeps its parentheses.
      code: `${response}const t = (res as any).choices[0].message.content;`,
      output: `${response}const t = (res as any).output_text;`,
      errors: [{ messageId: "choicesContent", suggestions: [] }],
    },
    {
      // Computed member access to `choices`.
      code: `${response}res["choices"][0]["message"]["content"];`,
      output: `${response}res.output_text;`,
      errors: [{ messageId: "choicesContent", suggestions: [] }],
    },
  ],
});
