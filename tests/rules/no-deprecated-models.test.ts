import rule from "../../rules/no-deprecated-models";
import { MODEL_SHUTDOWNS } from "../../src/models";
import { js, ruleTester } from "../rule-tester";

/** Messages are worded for this day in every case, so that they can be asserted. */
const date = "2026-11-30";
const options = [{ date }] as const;
const PAGE = "https://developers.openai.com/api/docs/deprecations";
const CLIENT = 'import OpenAI from "openai";\nconst client = new OpenAI();\n';

/**
 * The errors for the given ids, in order: each at the next quoted string with exactly that id, with one suggestion per
 * drop-in replacement the table names (each rewrites only that string's contents).
 */
function modelErrors(code: string, ids: readonly string[]) {
  let from = 0;
  return ids.map((id) => {
    const match = new RegExp(`(["'\`])${id.replaceAll(".", "\\.")}\\1`, "u").exec(code.slice(from));
    if (match === null) throw new Error(`no string "${id}" after offset ${from}`);
    const start = from + match.index;
    const end = start + match[0].length - 1;
    from = end + 1;
    const before = code.slice(0, start);
    const line = before.split("\n").length;
    const column = start - before.lastIndexOf("\n");
    return {
      messageId: "deprecatedModel" as const,
      line,
      column,
      endColumn: column + match[0].length,
      suggestions: (MODEL_SHUTDOWNS.get(id)?.suggestions ?? []).map((replacement) =>
        replaced(code.slice(0, start + 1) + replacement + code.slice(end), replacement),
      ),
    };
  });
}

const ONLY_WITHIN = `${CLIENT}client.responses.create({ model: "gpt-4", input });\nclient.responses.create({ model: "gpt-5", input });\nclient.responses.create({ model: "gpt-4o", input });`;

/** An invalid case reporting the given ids in order. */
function invalidAt(code: string, ids: readonly string[], caseOptions: readonly [object] = options) {
  return { code, options: caseOptions, errors: modelErrors(code, ids) };
}

/** A valid case worded for `date`. */
const valid = (code: string) => ({ code, options });
const replaced = (output: string, replacement: string) => ({ messageId: "replaceModel" as const, data: { replacement }, output });

ruleTester.run("no-deprecated-models", rule, {
  valid: [
    // Azure through an annotation, without type information (issue 17 item 6): the deployment name is Azure's.
    valid('import { AzureOpenAI } from "openai";\nconst client: AzureOpenAI = makeClient();\nawait client.chat.completions.create({ model: "gpt-4o", messages });'),
    valid('import type { OpenAI } from "@azure/openai";\nconst llm: OpenAI = makeClient();\nawait llm.chat.completions.create({ model: "gpt-4o", messages });'),
    valid('import { AzureOpenAI } from "openai";\nclass Bot {\n  private llm: AzureOpenAI;\n  constructor() { this.llm = build(); }\n  ask() { return this.llm.chat.completions.create({ model: "gpt-4o", messages }); }\n}'),
    valid('import { AzureOpenAI } from "openai";\nexport function ask(llm: AzureOpenAI) { return llm.chat.completions.create({ model: "gpt-4o", messages }); }'),
    valid('await fetch(`https://${resource}.openai.azure.com/openai/v1/chat/completions`, { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages }) });'),
    valid('const AZURE_OPENAI_ENDPOINT = process.env.AZURE_OPENAI_ENDPOINT;\nawait fetch(`${AZURE_OPENAI_ENDPOINT}/openai/deployments/gpt-4o/chat/completions`, { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages }) });'),
    // Functions whose result is not sent as the model: logged, reassigned, never called, a generator, an async
    // function's promise, a method, a callback, another provider's request; a lookup read only to compare.
    valid(`${CLIENT}function label() { return "gpt-4o"; }\nconsole.log(label());`),
    valid(`${CLIENT}let pick = () => "gpt-4o";\npick = () => "gpt-5.5";\nclient.responses.create({ model: pick(), input });`),
    valid(`${CLIENT}function outer() { const inner = () => "gpt-4o"; return "gpt-5.5"; }\nclient.responses.create({ model: outer(), input });`),
    valid(`${CLIENT}function* models() { return "gpt-4o"; }\nclient.responses.create({ model: models(), input });`),
    valid(`${CLIENT}const pick = () => "gpt-4o";\nclient.responses.create({ model: choose(pick), input });`),
    valid(`${CLIENT}async function modelFor() { return "gpt-4o"; }\nclient.responses.create({ model: modelFor(), input });`),
    valid(`${CLIENT}class Bot { pick() { return "gpt-4o"; } ask() { return client.responses.create({ model: this.pick(), input }); } }`),
    valid(`${CLIENT}const ids = ["a"].map(() => "gpt-4o");\nclient.responses.create({ model: "gpt-5.5", input });`),
    valid('import Anthropic from "@anthropic-ai/sdk";\nconst anthropic = new Anthropic();\nconst pick = () => "gpt-4o";\nanthropic.messages.create({ model: pick(), max_tokens: 1, messages });'),
    valid(`${CLIENT}const MODELS: Record<string, string> = { fast: "gpt-4o-mini" };\nif (MODELS[tier] === current) client.responses.create({ model: "gpt-5.5", input });`),
    // `this.model` outside a class, and `this.client` in a plain function: nothing to follow, nothing thrown.
    valid('const model = "gpt-4o";\nfunction ask() { this.model = model; return this.client.chat.completions.create({ model: this.model, messages }); }'),
    valid('this.model = "gpt-4o";\nexport const ask = () => this.client.chat.completions.create({ model: this.model, messages });'),
    // Helpers whose base is another provider's, or not shown: another server's models.
    valid('function getBaseURL() { return process.env.LLM_BASE_URL ?? "http://localhost:11434/v1"; }\nawait fetch(`${getBaseURL()}/chat/completions`, { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages }) });'),
    valid('const BASE = process.env.BASE ?? "https://openrouter.ai/api/v1";\nawait fetch(BASE + "/chat/completions", { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages }) });'),
    valid('import https from "node:https";\nhttps.request({ hostname: "api.groq.com", path: "/openai/v1/chat/completions", method: "POST" }).end(JSON.stringify({ model: "gpt-4o", messages }));'),
    valid('import https from "node:https";\nhttps.request({ hostname: "example.com", path: "/v1/chat/completions", method: "POST" }).end(JSON.stringify({ model: "gpt-4o", messages }));'),
    // Multipart forms sent elsewhere, and a local class with an `append` method.
    valid('const form = new FormData();\nform.append("model", "dall-e-2");\nawait fetch("/api/upload", { method: "POST", body: form });'),
    valid('const form = new FormData();\nform.append("model", "dall-e-2");\nawait fetch("https://acme.openai.azure.com/openai/deployments/d/images/edits?api-version=2025-04-01-preview", { method: "POST", body: form });'),
    valid('class Form { append(key: string, value: string) {} }\nconst form = new Form();\nform.append("model", "dall-e-2");\nawait fetch("https://api.openai.com/v1/images/edits", { method: "POST", body: form });'),
    valid('import { FormData } from "./my-form";\nconst form = new FormData();\nform.append("model", "dall-e-2");\nawait fetch("https://api.openai.com/v1/images/edits", { method: "POST", body: form });'),
    // Query parameters of other URLs, and URLSearchParams of their own.
    valid('const params = new URLSearchParams();\nparams.set("model", "gpt-4o-realtime-preview");'),
    valid('const url = new URL("https://example.com/realtime");\nurl.searchParams.set("model", "gpt-4o-realtime-preview");'),
    valid('new WebSocket("wss://example.com/socket?model=gpt-4o-realtime-preview");\nnew WebSocket("wss://api.x.ai/v1/realtime?model=gpt-4o-realtime-preview");'),
    // Fine-tuned models of a base the page leaves alone, a fine-tuned id only named, one the user allows.
    valid(`${CLIENT}await client.chat.completions.create({ model: "ft:gpt-4o-mini-2024-07-18:acme::abc", messages });\nawait client.chat.completions.create({ model: "ft:gpt-4.1-2025-04-14:acme::abc", messages });\nconst label = "ft:gpt-3.5-turbo-0125:acme::abc";`),
    { code: `${CLIENT}await client.chat.completions.create({ model: "ft:gpt-4-0613:acme::abc", messages });`, options: [{ date, allow: ["ft:gpt-4-0613:acme::abc"] }] },
    // A query kept in a constant counts only where its reads build an OpenAI Realtime URL: not another provider's, not
    // another endpoint, not a string never joined to a URL.
    valid('const BASE = "wss://api.x.ai/v1/realtime";\nconst QUERY = "?model=gpt-4o-realtime-preview";\nnew WebSocket(BASE + QUERY);\nnew WebSocket(`${BASE}${QUERY}`);'),
    valid('const QUERY = "?model=gpt-4o-realtime-preview";\nawait fetch("https://api.openai.com/v1/chat/completions" + QUERY, init);\nconsole.log(QUERY);'),
    valid('let QUERY = "?model=gpt-4o-realtime-preview";\nif (ga) QUERY = "?model=gpt-realtime-2.1";\nnew WebSocket("wss://api.openai.com/v1/realtime" + QUERY);'),
    valid('new WebSocket("wss://acme.openai.azure.com/openai/realtime?api-version=2024-10-01-preview&deployment=gpt-4o-realtime-preview");'),
    // JSON over sockets that is not an OpenAI Realtime event: another server, another event type, another key, another channel.
    valid('const ws = new WebSocket("wss://example.com/socket");\nws.send(JSON.stringify({ type: "session.update", session: { model: "gpt-4o-realtime-preview" } }));'),
    valid('const ws = new WebSocket("wss://api.openai.com/v1/realtime?model=gpt-realtime-2.1");\nws.send(JSON.stringify({ type: "chat.message", session: { model: "gpt-4o-realtime-preview" } }));\nws.send(JSON.stringify({ type: "session.update", config: { model: "gpt-4o-realtime-preview" } }));\nws.send(JSON.stringify({ session: { model: "gpt-4o-realtime-preview" } }));'),
    valid('const dc = pc.createDataChannel("chat");\ndc.send(JSON.stringify({ type: "session.update", session: { model: "gpt-4o-realtime-preview" } }));'),
    valid('const socket = io("https://example.com");\nsocket.send(JSON.stringify({ type: "session.update", session: { model: "gpt-4o-realtime-preview" } }));'),
    valid('const az = new WebSocket("wss://acme.openai.azure.com/openai/realtime?api-version=2024-10-01-preview&deployment=x");\naz.send(JSON.stringify({ type: "session.update", session: { model: "gpt-4o-realtime-preview" } }));'),
    // Names that look like the 2023 models: a person, a label, an embedding model's name in a list.
    valid(`${CLIENT}const user = { name: "ada", role: "admin" };\nconst metadata = { readable: true };\nawait client.responses.create({ model: "gpt-5.5", input: user.name });`),
    valid('const MODELS = ["ada", "babbage", "text-davinci-003"];\nconsole.log(MODELS.includes(choice));'),
    // A current model.
    valid(`${CLIENT}await client.responses.create({ model: "gpt-5.5", input });`),
    // A fine-tuned model: the table does not say its base shuts down with it.
    valid(`${CLIENT}await client.chat.completions.create({ model: "ft:gpt-4o-mini:acme::abc123", messages });`),
    // Price tables, type unions, UI labels, logs, comparisons and lists of choices name ids without sending them.
    valid('const PRICES = { "gpt-4o": 2.5, "o3": 2 };'),
    valid('type Model = "gpt-4o" | "o3" | "gpt-5.5";'),
    valid('const label = "gpt-4o";\nconsole.log(label);'),
    valid('console.log("Using gpt-4o");\nlogger.info("gpt-4o");'),
    valid('if (model === "gpt-4o") warn();'),
    valid('const CHOICES = ["gpt-4o", "o3"];\nrender(CHOICES);'),
    valid('const options = [{ label: "GPT-4o", value: "gpt-4o" }];'),
    // Comments never count.
    valid('// model: "gpt-4o"\nconst x = 1;'),
    // Azure: deployments follow Azure's own schedule.
    valid('import { AzureOpenAI } from "openai";\nconst azure = new AzureOpenAI();\nawait azure.chat.completions.create({ model: "gpt-4o", messages });'),
    valid('import { AzureOpenAI as Client } from "openai";\nconst c = new Client();\nawait c.chat.completions.create({ model: "gpt-4o", messages });'),
    valid('import OpenAI from "openai";\nconst c = new OpenAI({ baseURL: "https://acme.openai.azure.com/openai/v1" });\nawait c.chat.completions.create({ model: "gpt-4o", messages });'),
    valid('import { azureClient } from "./azure";\nawait azureClient.chat.completions.create({ model: "gpt-4o", messages });'),
    valid('await fetch("https://acme.openai.azure.com/openai/deployments/gpt-4o/chat/completions", { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages }) });'),
    // Another provider's OpenAI-compatible server.
    valid('import OpenAI from "openai";\nconst ollama = new OpenAI({ baseURL: "http://localhost:11434/v1" });\nawait ollama.chat.completions.create({ model: "gpt-4o", messages });'),
    // Other SDKs that take a `model`.
    valid('import Anthropic from "@anthropic-ai/sdk";\nconst anthropic = new Anthropic();\nawait anthropic.messages.create({ model: "gpt-4o", max_tokens: 10, messages });'),
    valid('import { Ollama } from "ollama";\nconst ollama = new Ollama();\nawait ollama.chat({ model: "gpt-4o", messages });'),
    valid('import Groq from "groq-sdk";\nconst groq = new Groq();\nawait groq.chat.completions.create({ model: "gpt-4o", messages });'),
    // A local object with a `chat.completions.create` of its own.
    valid('const fake = { chat: { completions: { create: (r) => r } } };\nfake.chat.completions.create({ model: "gpt-4o" });'),
    // The AI SDK: Azure's provider and a provider pointed at another server.
    valid('import { createAzure } from "@ai-sdk/azure";\nconst azure = createAzure({ resourceName: "x" });\nazure("gpt-4o");'),
    valid('import { createOpenAI } from "@ai-sdk/openai";\nconst groq = createOpenAI({ baseURL: "https://api.groq.com/openai/v1" });\ngroq("gpt-4o");'),
    // LangChain's Azure class and a ChatOpenAI pointed at another server.
    valid('import { AzureChatOpenAI } from "@langchain/openai";\nnew AzureChatOpenAI({ model: "gpt-4o" });'),
    valid('import { ChatOpenAI } from "@langchain/openai";\nnew ChatOpenAI({ model: "gpt-4o", configuration: { baseURL: "https://openrouter.ai/api/v1" } });'),
    // A `let` that is assigned again: which value is sent cannot be told.
    valid(`${CLIENT}let model = "gpt-4o";\nif (fast) model = "gpt-5.5";\nawait client.responses.create({ model, input });`),
    // The id as a condition, not a value (a ternary's test, the left side of `&&`).
    valid(`${CLIENT}await client.responses.create({ model: "gpt-4o" && current, input });`),
    valid(`${CLIENT}await client.responses.create({ model: "gpt-4o" ? current : other, input });`),
    // The Python SDK's spelling (`client.fine_tuning.jobs`) is no method of the JS SDK's client.
    valid(`${CLIENT}await client.fine_tuning.jobs.create({ model: "gpt-3.5-turbo-0613", training_file });`),
    // `realtime.calls.accept(callID, body)` takes its request second: a model in its first argument is not sent.
    valid(`${CLIENT}await client.realtime.calls.accept({ model: "gpt-4o-mini" });`),
    // A nested object the SDK's method does not take a model in: only Realtime sessions and moderation nest one.
    valid(`${CLIENT}await client.chat.completions.create({ model: current, messages, metadata: { session: { model: "gpt-4o" } } });`),
    valid(`${CLIENT}await client.embeddings.create({ model: current, input, session: { model: "gpt-4o" } });`),
    // Look-alikes of the openai v3 SDK: a method of the same name on another class, another package's `OpenAIApi`,
    // and an unresolved receiver.
    valid('class Bot { createChatCompletion(request) { return request; } }\nconst bot = new Bot();\nbot.createChatCompletion({ model: "gpt-4o", messages });'),
    valid('import { OpenAIApi } from "./generated/api";\nconst api = new OpenAIApi();\napi.createChatCompletion({ model: "gpt-4o", messages });'),
    valid('export const ask = (api) => api.createChatCompletion({ model: "gpt-4o", messages });'),
    // The v3 SDK pointed at Azure or a local server through its configuration's `basePath`.
    valid('import { Configuration, OpenAIApi } from "openai";\nconst openai = new OpenAIApi(new Configuration({ apiKey, basePath: "https://acme.openai.azure.com/openai/deployments/gpt-4o" }));\nopenai.createChatCompletion({ model: "gpt-4o", messages });'),
    valid('import { Configuration, OpenAIApi } from "openai";\nconst configuration = new Configuration({ basePath: "http://localhost:8080/v1" });\nconst openai = new OpenAIApi(configuration);\nopenai.createChatCompletion({ model: "gpt-4o", messages });'),
    // A transcription's model is its second argument: the third is a prompt.
    valid('import { Configuration, OpenAIApi } from "openai";\nconst openai = new OpenAIApi(new Configuration({ apiKey }));\nopenai.createTranscription(file, current, "gpt-4o");'),
    // `allow` leaves an id alone during a migration.
    { code: `${CLIENT}await client.responses.create({ model: "gpt-4o", input });`, options: [{ date, allow: ["gpt-4o"] }] },
    // `onlyWithinDays`: gpt-4o shuts down 45 days after the date; 30 days leaves it for later.
    { code: `${CLIENT}await client.responses.create({ model: "gpt-4o", input });`, options: [{ date, onlyWithinDays: 30 }] },
    // A tagged template builds something else.
    valid('const q = sql`select * from usage where model = ${"gpt-4o"}`;'),
    js({ code: 'const { model = "gpt-4o" } = config;\nconsole.log(model);', options }),
  ],
  invalid: [
    // Requests through helpers of the file (issue 17 item 2): a base a function returns or defaults to.
    // Helpers that call each other or themselves are each read once along a path (no endless walk).
    invalidAt('function a(n: number): string { return n > 0 ? b(n - 1) : "https://api.openai.com/v1"; }\nfunction b(n: number): string { return a(n); }\nawait fetch(`${a(3)}/chat/completions`, { method: "POST", body: JSON.stringify({ model: "gpt-4-0613", messages }) });', ["gpt-4-0613"]),
    invalidAt('function getBaseURL() {\n  return process.env.OPENAI_BASE_URL ?? "https://api.openai.com/v1";\n}\nawait fetch(`${getBaseURL()}/chat/completions`, { method: "POST", body: JSON.stringify({ model: "gpt-4-0613", messages }) });', ["gpt-4-0613"]),
    invalidAt('const BASE = process.env.OPENAI_API_BASE ?? "https://api.openai.com/v1";\nawait fetch(BASE + "/chat/completions", { method: "POST", body: JSON.stringify({ model: "gpt-4-0613", messages }) });', ["gpt-4-0613"]),
    // Host and path given apart, the body written to Node's request; a wrapper called with both.
    invalidAt('import https from "node:https";\nconst req = https.request({ hostname: "api.openai.com", path: "/v1/chat/completions", method: "POST" });\nreq.write(JSON.stringify({ model: "gpt-4-0613", messages }));\nreq.end();', ["gpt-4-0613"]),
    invalidAt('import https from "node:https";\nfunction callOpenAI(host: string, path: string, body: object) {\n  return https.request({ hostname: host, path, method: "POST" }).end(JSON.stringify(body));\n}\nawait callOpenAI("api.openai.com", "/v1/chat/completions", { model: "gpt-4-0613", messages });', ["gpt-4-0613"]),
    // Multipart bodies: a standard FormData to fetch, form-data's to axios.
    invalidAt('const form = new FormData();\nform.append("model", "dall-e-2");\nform.append("image", file);\nawait fetch("https://api.openai.com/v1/images/edits", { method: "POST", headers, body: form });', ["dall-e-2"]),
    invalidAt('import FormData from "form-data";\nimport axios from "axios";\nconst MODEL = "dall-e-2";\nconst form = new FormData();\nform.append("model", MODEL);\nawait axios.post("https://api.openai.com/v1/images/edits", form, { headers: form.getHeaders() });', ["dall-e-2"]),
    // The model of a Realtime URL: an interpolated id, and `url.searchParams.set`.
    invalidAt('const MODEL = "gpt-4o-realtime-preview";\nconst ws = new WebSocket(`wss://api.openai.com/v1/realtime?model=${MODEL}`);', ["gpt-4o-realtime-preview"]),
    invalidAt('const url = new URL("wss://api.openai.com/v1/realtime");\nurl.searchParams.set("model", "gpt-4o-mini-realtime-preview");', ["gpt-4o-mini-realtime-preview"]),
    // A fine-tuned model whose base's fine-tunes the page shuts down: reported with the base's date and replacement,
    // without a suggestion (a fine-tune's tuning is its own), in a request or through a constant.
    {
      code: `${CLIENT}const TUNED = "ft:gpt-3.5-turbo-0125:acme:support-bot:9abcDEF";\nawait client.chat.completions.create({ model: TUNED, messages });\nawait client.completions.create({ model: "ft:davinci-002:acme::abc", prompt });`,
      options,
      errors: [
        {
          messageId: "deprecatedModel" as const,
          line: 3,
          column: 15,
          data: {
            model: "ft:gpt-3.5-turbo-0125:acme:support-bot:9abcDEF",
            when: "was shut down on October 23, 2026",
            consequence: ": requests that name it fail",
            advice: "Move to `gpt-5.6-terra` (the shutdown covers fine-tuned `gpt-3.5-turbo` models).",
            url: PAGE,
          },
          suggestions: [],
        },
        { messageId: "deprecatedModel" as const, line: 5, column: 42, suggestions: [] },
      ],
    },
    // The query kept in a constant of its own and joined to the Realtime URL (a `+`, through a `const`, or a template):
    // reported at the query, its suggestions rewrite the id alone.
    ...[
      'const REALTIME_URL = "wss://api.openai.com/v1/realtime";\nconst QUERY = "?model=gpt-4o-realtime-preview-2024-10-01";\nconst url = REALTIME_URL + QUERY;\nexport const ws = new WebSocket(url);',
      'const REALTIME_URL = "wss://api.openai.com/v1/realtime";\nconst QUERY = "?model=gpt-4o-realtime-preview-2024-10-01";\nexport const ws = new WebSocket(`${REALTIME_URL}${QUERY}`);',
      'const QUERY = `&model=gpt-4o-realtime-preview-2024-10-01`;\nexport const ws = new WebSocket("wss://api.openai.com/v1/realtime?voice=alloy" + QUERY);',
      'const QUERY = "?model=gpt-4o-realtime-preview-2024-10-01";\nconsole.log(`joining ${QUERY}`);\nexport const other = new WebSocket("wss://api.x.ai/v1/realtime" + QUERY);\nawait fetch("https://api.openai.com/v1/models" + QUERY);\nexport const ws = new WebSocket("wss://api.openai.com/v1/realtime" + QUERY);',
      'const CALLS = "/calls?model=gpt-4o-realtime-preview-2024-10-01";\nawait fetch(`https://api.openai.com/v1/realtime${CALLS}`, { method: "POST", body: offer.sdp, headers });',
    ].map((code) => {
      const id = "gpt-4o-realtime-preview-2024-10-01";
      const line = code.split("\n").findIndex((text) => text.includes(`model=${id}`)) + 1;
      const text = code.split("\n")[line - 1]!;
      return {
        code,
        options,
        errors: [
          {
            messageId: "deprecatedModel" as const,
            line,
            column: text.search(/["`][^"`]*[?&]model=/u) + 1,
            suggestions: (MODEL_SHUTDOWNS.get(id)?.suggestions ?? []).map((replacement) => replaced(code.replace(id, replacement), replacement)),
          },
        ],
      };
    }),
    {
      // The id written inside the URL: reported at the URL, its suggestions rewrite the id alone.
      code: 'const ws = new WebSocket("wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview-2024-12-17", { headers });',
      options,
      errors: [
        {
          messageId: "deprecatedModel",
          line: 1,
          column: 26,
          suggestions: (MODEL_SHUTDOWNS.get("gpt-4o-realtime-preview-2024-12-17")?.suggestions ?? []).map((replacement) =>
            replaced(`const ws = new WebSocket("wss://api.openai.com/v1/realtime?model=${replacement}", { headers });`, replacement),
          ),
        },
      ],
    },
    // Realtime client events sent as JSON: GA `session.update` (model and input transcription model), the beta's
    // `input_audio_transcription`, over a WebSocket and over the WebRTC data channel.
    invalidAt('const ws = new WebSocket("wss://api.openai.com/v1/realtime?model=gpt-realtime-2.1");\nws.send(JSON.stringify({ type: "session.update", session: { model: "gpt-4o-realtime-preview", audio: { input: { transcription: { model: "gpt-4o-mini-realtime-preview" } } } } }));', ["gpt-4o-realtime-preview", "gpt-4o-mini-realtime-preview"]),
    invalidAt('const ws = new WebSocket("wss://api.openai.com/v1/realtime?model=gpt-realtime-2.1");\nconst event = { type: "session.update", session: { input_audio_transcription: { model: "gpt-4o-audio-preview" } } };\nws.send(JSON.stringify(event));', ["gpt-4o-audio-preview"]),
    invalidAt('const dc = pc.createDataChannel("oai-events");\ndc.send(JSON.stringify({ type: "session.update", session: { model: "gpt-4o-realtime-preview" } }));', ["gpt-4o-realtime-preview"]),
    // The message: date, tense and days on the reference day, the replacement and the page.
    {
      code: `${CLIENT}await client.chat.completions.create({ model: "gpt-4o", messages });`,
      options,
      errors: [
        {
          messageId: "deprecatedModel",
          data: { model: "gpt-4o", when: "shuts down on January 14, 2027, in 45 days", consequence: "", advice: "Move to `gpt-6-luna` before then.", url: PAGE },
          line: 3,
          column: 47,
          endColumn: 55,
          suggestions: [replaced(`${CLIENT}await client.chat.completions.create({ model: "gpt-6-luna", messages });`, "gpt-6-luna")],
        },
      ],
    },
    {
      // Already shut down: past tense, and what that means for requests.
      code: `${CLIENT}await client.chat.completions.create({ model: 'gpt-4-turbo', messages });`,
      options,
      errors: [
        {
          messageId: "deprecatedModel",
          data: { model: "gpt-4-turbo", when: "was shut down on October 23, 2026", consequence: ": requests that name it fail", advice: "Move to `gpt-5.6-sol`.", url: PAGE },
          suggestions: [replaced(`${CLIENT}await client.chat.completions.create({ model: 'gpt-5.6-sol', messages });`, "gpt-5.6-sol")],
        },
      ],
    },
    {
      // On the day itself.
      code: `${CLIENT}await client.responses.create({ model: "o3", input });`,
      options: [{ date: "2026-12-11" }],
      errors: [
        {
          messageId: "deprecatedModel",
          data: { model: "o3", when: "shuts down today, December 11, 2026", consequence: ": requests that name it fail", advice: "Move to `gpt-5.6-sol`.", url: PAGE },
          suggestions: [replaced(`${CLIENT}await client.responses.create({ model: "gpt-5.6-sol", input });`, "gpt-5.6-sol")],
        },
      ],
    },
    {
      // The same code a day later: the same report, worded in the past.
      code: `${CLIENT}await client.responses.create({ model: "o3", input });`,
      options: [{ date: "2026-12-12" }],
      errors: [{ messageId: "deprecatedModel", data: { model: "o3", when: "was shut down on December 11, 2026", consequence: ": requests that name it fail", advice: "Move to `gpt-5.6-sol`.", url: PAGE }, suggestions: [replaced(`${CLIENT}await client.responses.create({ model: "gpt-5.6-sol", input });`, "gpt-5.6-sol")] }],
    },
    {
      // The replacement is another API's model: advice, and no suggestion.
      code: `${CLIENT}await client.audio.speech.create({ model: "tts-1", voice: "alloy", input });`,
      options,
      errors: [
        {
          messageId: "deprecatedModel",
          data: {
            model: "tts-1",
            when: "shuts down on January 6, 2027, in 37 days",
            consequence: "",
            advice: "Move to `gpt-realtime-2.1-mini` (through the Realtime API: `/v1/audio/speech` has no replacement model) before then.",
            url: PAGE,
          },
          suggestions: [],
        },
      ],
    },
    {
      // Several replacements, two of them retired and followed to theirs: a suggestion for each model left.
      code: `${CLIENT}await client.images.generate({ model: "dall-e-3", prompt });`,
      options,
      errors: [
        {
          messageId: "deprecatedModel",
          data: {
            model: "dall-e-3",
            when: "was shut down on May 12, 2026",
            consequence: ": requests that name it fail",
            advice: "Move to `gpt-image-2` or `gpt-image-2.5-sunburst` or `gpt-image-2.5-flare` or `gpt-image-2.6-sunburst` or `gpt-image-2.6-flare`.",
            url: PAGE,
          },
          suggestions: ["gpt-image-2", "gpt-image-2.5-sunburst", "gpt-image-2.5-flare", "gpt-image-2.6-sunburst", "gpt-image-2.6-flare"].map((id) =>
            replaced(`${CLIENT}await client.images.generate({ model: "${id}", prompt });`, id),
          ),
        },
      ],
    },
    {
      // The gpt-4o-realtime-preview family, shut down on 2026-05-07, in a Realtime session and through the Agents SDK.
      code: `${CLIENT}await client.realtime.clientSecrets.create({ session: { type: "realtime", model: "gpt-4o-realtime-preview-2024-12-17" } });`,
      options,
      errors: [
        {
          messageId: "deprecatedModel",
          data: {
            model: "gpt-4o-realtime-preview-2024-12-17",
            when: "was shut down on May 7, 2026",
            consequence: ": requests that name it fail",
            advice: "Move to `gpt-realtime-1.5`.",
            url: PAGE,
          },
          suggestions: [replaced(`${CLIENT}await client.realtime.clientSecrets.create({ session: { type: "realtime", model: "gpt-realtime-1.5" } });`, "gpt-realtime-1.5")],
        },
      ],
    },
    invalidAt(
      'import { RealtimeAgent, RealtimeSession } from "@openai/agents/realtime";\nconst agent = new RealtimeAgent({ name: "a" });\nconst session = new RealtimeSession(agent, { model: "gpt-4o-realtime-preview" });\nconst mini = new RealtimeSession(agent, { model: "gpt-4o-mini-realtime-preview" });',
      ["gpt-4o-realtime-preview", "gpt-4o-mini-realtime-preview"],
    ),
    {
      // A 2023 completions model: shut down long ago, its replacement chain followed (gpt-3.5-turbo-instruct is retired
      // too), and no suggestion, since the model left is a chat model that the Completions request does not take.
      code: `${CLIENT}await client.completions.create({ model: "text-davinci-003", prompt });`,
      options,
      errors: [
        {
          messageId: "deprecatedModel",
          data: {
            model: "text-davinci-003",
            when: "was shut down on January 4, 2024",
            consequence: ": requests that name it fail",
            advice: "Move to `gpt-5.6-terra`.",
            url: PAGE,
          },
          suggestions: [],
        },
      ],
    },
    {
      // gpt-4.5-preview → gpt-4.1, itself retiring: followed to gpt-6-luna.
      code: `${CLIENT}await client.chat.completions.create({ model: "gpt-4.5-preview", messages });`,
      options,
      errors: [
        {
          messageId: "deprecatedModel",
          data: { model: "gpt-4.5-preview", when: "was shut down on July 14, 2025", consequence: ": requests that name it fail", advice: "Move to `gpt-6-luna`.", url: PAGE },
          suggestions: [replaced(`${CLIENT}await client.chat.completions.create({ model: "gpt-6-luna", messages });`, "gpt-6-luna")],
        },
      ],
    },
    // `ada` has no gate word (it is in "metadata" and "readable"): the file gate finds it as a quoted string.
    invalidAt(`${CLIENT}await client.completions.create({ model: "ada", prompt });\nawait client.embeddings.create({ model: 'text-similarity-ada-001', input });`, ["ada", "text-similarity-ada-001"]),
    // A `const`, the default of an environment variable, and both branches of a choice: each literal once.
    invalidAt(`${CLIENT}const MODEL = process.env.OPENAI_MODEL ?? "gpt-4.1";\nconst other = fast ? "gpt-4o-mini" : "o3";\nawait client.responses.create({ model: MODEL, input });\nawait client.responses.create({ model: other, input });\nawait client.responses.create({ model: MODEL, input: more });`, ["gpt-4.1", "gpt-4o-mini", "o3"]),
    // A parameter's default, a never-reassigned `let`, a destructured default.
    invalidAt(`${CLIENT}function ask(input, model = "gpt-5") { return client.responses.create({ model, input }); }\nlet fallback = "gpt-5-mini";\nclient.responses.create({ model: fallback, input });\nfunction run({ model = "gpt-5-nano" } = {}) { return client.responses.create({ model, input }); }`, ["gpt-5", "gpt-5-mini", "gpt-5-nano"]),
    // A request built in the same file and spread, a nested Realtime session, a body assigned after it is built.
    invalidAt(`${CLIENT}const base = { model: "gpt-4.1-mini", temperature: 0 };\nawait client.chat.completions.create({ ...base, messages });\nawait client.realtime.clientSecrets.create({ session: { type: "realtime", model: "gpt-realtime" } });\nconst body = { messages };\nbody.model = "gpt-4o";\nawait client.chat.completions.create(body);`, ["gpt-4.1-mini", "gpt-realtime", "gpt-4o"]),
    // Fine-tuning jobs, spelled `fineTuning` in the JS SDK, on a client and on an unresolved root.
    invalidAt(`${CLIENT}await client.fineTuning.jobs.create({ model: "gpt-3.5-turbo-0613", training_file });\nexport const tune = (ai) => ai.fineTuning.jobs.create({ model: "gpt-4-0613", training_file });`, ["gpt-3.5-turbo-0613", "gpt-4-0613"]),
    // Requests the SDK takes in its second argument (`realtime.calls.accept(callID, body)`), and a moderation nested
    // in a Chat Completions request.
    invalidAt(`${CLIENT}await client.realtime.calls.accept(callId, { type: "realtime", model: "gpt-4o-mini" });\nawait client.chat.completions.create({ model: current, messages, moderation: { model: "gpt-4o" } });`, ["gpt-4o-mini", "gpt-4o"]),
    // The openai v3 SDK, as applications wrote it: a configuration, a client, `createChatCompletion` and `completion.data`.
    invalidAt('import { Configuration, OpenAIApi } from "openai";\nconst configuration = new Configuration({ apiKey: process.env.OPENAI_API_KEY });\nconst openai = new OpenAIApi(configuration);\nconst completion = await openai.createChatCompletion({ model: "gpt-3.5-turbo", messages });\nconsole.log(completion.data.choices[0].message);\nawait openai.createTranscription(file, "whisper-1");\nawait openai.createEmbedding({ model: "gpt-4o-mini", input });', ["gpt-3.5-turbo", "whisper-1", "gpt-4o-mini"]),
    // openai-edge (the same API over fetch), and the v3 client as a class field and a typed constructor parameter.
    invalidAt('import { Configuration, OpenAIApi } from "openai-edge";\nconst openai = new OpenAIApi(new Configuration({ apiKey }));\nconst res = await openai.createChatCompletion({ model: "gpt-4", stream: true, messages });\nclass Service {\n  private readonly openai = new OpenAIApi(new Configuration({ apiKey }));\n  ask() { return this.openai.createChatCompletion({ model: "gpt-4-0613", messages: [] }); }\n}\nclass Typed {\n  constructor(private readonly api: OpenAIApi) {}\n  ask() { return this.api.createCompletion({ model: "gpt-3.5-turbo-16k", prompt }); }\n}', ["gpt-4", "gpt-4-0613", "gpt-3.5-turbo-16k"]),
    // A lookup object read with a key the file does not fix: any of its values may be sent.
    invalidAt(`${CLIENT}const MODELS: Record<string, string> = { fast: "gpt-4o-mini", smart: "o3" };\nexport const ask = (tier: string) => client.responses.create({ model: MODELS[tier] ?? "gpt-5.5", input });`, ["gpt-4o-mini", "o3"]),
    // What a function of the file returns, where it is called for the model: a switch, an arrow's conditional, an
    // awaited async function, a request object built by a function.
    invalidAt(`${CLIENT}function pickModel(kind: string): string {\n  switch (kind) {\n    case "cheap":\n      return "gpt-4o-mini";\n    default:\n      return "gpt-5";\n  }\n}\nclient.chat.completions.create({ model: pickModel("best"), messages });`, ["gpt-4o-mini", "gpt-5"]),
    invalidAt(`${CLIENT}const pick = (fast: boolean) => (fast ? "gpt-4.1-mini" : "o3");\nclient.responses.create({ model: pick(true), input });`, ["gpt-4.1-mini", "o3"]),
    invalidAt(`${CLIENT}async function modelFor(user: string) { return "o4-mini"; }\nexport async function ask(user: string) { return client.responses.create({ model: await modelFor(user), input }); }`, ["o4-mini"]),
    invalidAt(`${CLIENT}function buildRequest(q: string) {\n  return { model: "gpt-4o", messages: [{ role: "user" as const, content: q }] };\n}\nclient.chat.completions.create(buildRequest("hi"));`, ["gpt-4o"]),
    // Config objects read by key, and class fields read as `this.model`.
    invalidAt(`${CLIENT}const MODELS = { fast: "gpt-4o-mini", smart: "o3" } as const;\nawait client.chat.completions.create({ model: MODELS.fast, messages });\nclass Bot {\n  model = "gpt-4-turbo";\n  ask() { return client.chat.completions.create({ model: this.model, messages: [] }); }\n}`, ["gpt-4o-mini", "gpt-4-turbo"]),
    // An unresolved client through the SDK's chain (a parameter, a project import, `this.client`).
    invalidAt('import { openai } from "@/lib/openai";\nexport function handler(ai) { return ai.audio.transcriptions.create({ model: "whisper-1", file }); }\nawait openai.images.edit({ model: "gpt-image-1", image, prompt });', ["whisper-1", "gpt-image-1"]),
    // REST bodies sent to api.openai.com: fetch with JSON.stringify, axios with the object.
    invalidAt('const body = JSON.stringify({ model: "gpt-3.5-turbo", messages });\nawait fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body });\nconst payload = { model: "whisper-1" };\nawait axios.post("https://api.openai.com/v1/audio/transcriptions", payload);', ["gpt-3.5-turbo", "whisper-1"]),
    // The Agents SDK.
    invalidAt('import { Agent, Runner, OpenAIResponsesModel } from "@openai/agents";\nimport OpenAI from "openai";\nconst agent = new Agent({ name: "a", model: "gpt-4.1" });\nconst runner = new Runner({ model: "o4-mini" });\nconst model = new OpenAIResponsesModel(new OpenAI(), "gpt-5");', ["gpt-4.1", "o4-mini", "gpt-5"]),
    // The AI SDK's OpenAI provider, and a provider made with createOpenAI for OpenAI itself.
    invalidAt('import { openai, createOpenAI } from "@ai-sdk/openai";\nconst result = await generateText({ model: openai("gpt-4o-mini"), prompt });\nopenai.embedding("gpt-4o");\nconst provider = createOpenAI({ apiKey });\nprovider.chat("gpt-5-mini");', ["gpt-4o-mini", "gpt-4o", "gpt-5-mini"]),
    // LangChain: `modelName` and `model`.
    invalidAt('import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";\nnew ChatOpenAI({ modelName: "gpt-3.5-turbo", temperature: 0 });\nnew OpenAIEmbeddings({ model: "gpt-4o" });', ["gpt-3.5-turbo", "gpt-4o"]),
    {
      // A template literal without expressions, and a string with an escape: reported, but not rewritten.
      code: `${CLIENT}await client.responses.create({ model: \`gpt-4o\`, input });\nawait client.responses.create({ model: "gpt\\u002d4o", input });`,
      options,
      errors: [
        { messageId: "deprecatedModel", suggestions: [replaced(`${CLIENT}await client.responses.create({ model: \`gpt-6-luna\`, input });\nawait client.responses.create({ model: "gpt\\u002d4o", input });`, "gpt-6-luna")] },
        { messageId: "deprecatedModel", suggestions: [] },
      ],
    },
    {
      // `onlyWithinDays` keeps what is already shut down and what shuts down within the window.
      code: ONLY_WITHIN,
      options: [{ date, onlyWithinDays: 30 }],
      errors: modelErrors(ONLY_WITHIN, ["gpt-4", "gpt-5"]),
    },
    // The v3 SDK through CommonJS destructuring.
    js({
      ...invalidAt('const { Configuration, OpenAIApi } = require("openai");\nconst openai = new OpenAIApi(new Configuration({ apiKey }));\nopenai.createChatCompletion({ model: "gpt-3.5-turbo-0301", messages });', ["gpt-3.5-turbo-0301"]),
      filename: "v3.cjs",
    }),
    // CommonJS with the default parser.
    js({
      ...invalidAt('const OpenAI = require("openai");\nconst openai = new OpenAI();\nmodule.exports = () => openai.chat.completions.create({ model: "gpt-4o-mini", messages: [] });', ["gpt-4o-mini"]),
      filename: "bot.cjs",
    }),
  ],
});
