import rule from "../../rules/no-assistants-api";
import { ASSISTANTS_API, deprecationData } from "../../src/deprecations";
import { js, ruleTester } from "../rule-tester";

/** Every message carries the table's dates, replacement and link. */
const row = deprecationData(ASSISTANTS_API);

ruleTester.run("no-assistants-api", rule, {
  valid: [
    // Azure (issue 19): its Assistants API follows Azure's own schedule. Construction (through a `let` assigned once),
    // an annotation, a name, an Azure host in a REST URL.
    'import { AzureOpenAI } from "openai";\nlet client;\nclient = new AzureOpenAI({ endpoint, apiVersion });\nawait client.beta.threads.runs.createAndPoll(thread.id, { assistant_id });',
    'import { AzureOpenAI } from "openai";\nconst client: AzureOpenAI = makeClient();\nawait client.beta.threads.create();',
    'import { azureClient } from "./azure";\nawait azureClient.beta.threads.create();',
    'await fetch(`https://${resource}.openai.azure.com/openai/threads?api-version=2024-05-01-preview`, { method: "POST" });',
    // Look-alike: another library's `AssistantStream`, and the Responses stream helper of the SDK.
    'import { AssistantStream } from "@acme/assistant";\nAssistantStream.fromReadableStream(body);',
    'import { ResponseStream } from "openai/lib/responses/ResponseStream";\nconst threads = ResponseStream;',
    // LangGraph's SDK: `client.threads` / `client.runs` / `client.assistants` without `beta`.
    'import { Client } from "@langchain/langgraph-sdk";\nconst client = new Client();\nawait client.threads.create();\nawait client.runs.stream(threadId, assistantId);\nawait client.assistants.create({ graphId });',
    // discord.js threads.
    "await channel.threads.create({ name: 'support' });",
    // Slack's Web API: conversations and thread replies.
    'import { WebClient } from "@slack/web-api";\nconst slack = new WebClient(token);\nawait slack.conversations.replies({ channel, ts });',
    // A package that happens to have `beta.threads` (another SDK's client is not OpenAI's).
    'import { Octokit } from "@octokit/rest";\nconst gh = new Octokit();\nawait gh.beta.threads.create();',
    // A local object shaped like the SDK.
    "const fake = { beta: { threads: { create() {} } } };\nfake.beta.threads.create();",
    "function makeStub() { return 1; }\nconst stub = { beta: { assistants: { list: makeStub } } };\nstub.beta.assistants.list();",
    // Vector stores left `beta` and are not deprecated.
    'import OpenAI from "openai";\nconst client = new OpenAI();\nawait client.vectorStores.create({ name: "kb" });\nawait client.beta.vectorStores.list();',
    // Conversations are the replacement.
    'import OpenAI from "openai";\nconst client = new OpenAI();\nawait client.conversations.create({ items });',
    // Chat Completions' beta helpers.
    'import OpenAI from "openai";\nconst client = new OpenAI();\nclient.beta.chat.completions.stream({ model, messages });',
    // ChatKit has `threads` too; they are not the Assistants API's.
    'import OpenAI from "openai";\nconst client = new OpenAI();\nawait client.beta.chatkit.threads.list();',
    // `DeviceOrientationEvent.beta` is a number.
    "window.addEventListener('deviceorientation', (event) => console.log(event.beta));",
    // The project's own API routes.
    'await fetch("/api/assistants", { method: "POST" });\nawait fetch(`/api/threads/${id}`);',
    // Another service's versioned threads endpoint, not in URL position, and a plain string.
    'const label = "see /v1/threads in the forum docs";',
    // An unresolvable base with no sign of OpenAI.
    "await fetch(`${FORUM_API}/threads`);",
    // A header for another beta.
    'await fetch(url, { headers: { "OpenAI-Beta": "chatkit_beta=v1" } });',
    // Only a whole `assistants=v<n>` among the betas named.
    'await fetch(url, { headers: { "OpenAI-Beta": "realtime=v1, my_assistants=v2" } });\nawait fetch(url, { headers: { "OpenAI-Beta": "assistants=v2-preview" } });',
    // Types from the Responses API.
    'import type { Response } from "openai/resources/responses/responses";',
    // Dynamic member: we cannot name it, so we do not guess.
    'import OpenAI from "openai";\nconst client = new OpenAI();\nclient.beta[resource].create();',
    js({
      code: 'const { Client } = require("@langchain/langgraph-sdk");\nconst client = new Client();\nclient.threads.create();',
      filename: "langgraph.cjs",
    }),
  ],
  invalid: [
    {
      code: 'import OpenAI from "openai";\nconst openai = new OpenAI();\nconst assistant = await openai.beta.assistants.create({ model: "gpt-4o" });',
      errors: [{ messageId: "sdkCall", line: 3, column: 25, endColumn: 75, data: { ...row, method: "beta.assistants.create" } }],
    },
    {
      // Named imports and a reassigned-once `let`.
      code: 'import { OpenAI } from "openai";\nlet client;\nclient = new OpenAI();\nawait client.beta.threads.runs.createAndPoll(thread.id, { assistant_id });',
      errors: [{ messageId: "sdkCall", line: 4 }],
    },
    {
      // Namespace import.
      code: 'import * as oa from "openai";\nconst client = new oa.OpenAI();\nclient.beta.threads.messages.list(threadId);',
      errors: [{ messageId: "sdkCall" }],
    },
    js({
      // CommonJS: the module is the class.
      code: 'const OpenAI = require("openai");\nconst openai = new OpenAI();\nopenai.beta.threads.create();',
      filename: "thread.cjs",
      errors: [{ messageId: "sdkCall", line: 3 }],
    }),
    js({
      code: 'const { OpenAI } = require("openai");\nconst c = new OpenAI();\nc.beta.assistants.del("asst_1");',
      filename: "legacy.cjs",
      errors: [{ messageId: "sdkCall" }],
    }),
    js({
      code: 'const OpenAI = require("openai").default;\nconst c = new OpenAI();\nc.beta.threads.runs.steps.list(threadId, runId);',
      filename: "steps.cjs",
      errors: [{ messageId: "sdkCall" }],
    }),
    js({
      // Dynamic import.
      code: 'const { default: OpenAI } = await import("openai");\nconst client = new OpenAI();\nawait client.beta.threads.createAndRunPoll({ assistant_id });',
      filename: "dynamic.mjs",
      errors: [{ messageId: "sdkCall" }],
    }),
    {
      // Aliases and destructured resources.
      code: 'import OpenAI from "openai";\nconst client = new OpenAI();\nconst { beta } = client;\nconst ai = beta;\nconst { runs } = client.beta.threads;\nai.assistants.list();\nruns.submitToolOutputsAndPoll(threadId, runId, { tool_outputs });',
      errors: [
        { messageId: "sdkCall", line: 6 },
        { messageId: "sdkCall", line: 7 },
      ],
    },
    {
      // Class fields, a private field, a field holding a sub-resource, and a constructor assignment.
      code: [
        'import OpenAI from "openai";',
        "class Assistant {",
        "  private client = new OpenAI();",
        "  #openAi = new OpenAI();",
        "  threads = this.client.beta.threads;",
        "  other;",
        "  constructor() { this.other = new OpenAI(); }",
        "  async run(id: string) {",
        "    await this.threads.runs.stream(id, { assistant_id: 'a' });",
        "    await this.#openAi.beta.threads.retrieve(id);",
        "    await this.other.beta.threads.messages.create(id, { role: 'user', content: 'hi' });",
        "  }",
        "}",
      ].join("\n"),
      errors: [
        { messageId: "sdkCall", line: 9 },
        { messageId: "sdkCall", line: 10 },
        { messageId: "sdkCall", line: 11 },
      ],
    },
    {
      // Parameters typed with the SDK's types.
      code: 'import OpenAI from "openai";\nexport class Service {\n  constructor(private readonly ai: OpenAI) {}\n  list() { return this.ai.beta.assistants.list(); }\n}\nexport function poll(threads: OpenAI.Beta.Threads) { return threads.runs.poll("t", "r"); }',
      errors: [
        { messageId: "sdkCall", line: 4 },
        { messageId: "sdkCall", line: 6 },
      ],
    },
    {
      // A client imported from the project: the distinctive chain decides.
      code: 'import { openai } from "@/lib/openai";\nexport async function send(threadId: string) {\n  return openai.beta.threads.messages.create(threadId, { role: "user", content: "hi" });\n}',
      errors: [{ messageId: "sdkCall", line: 3 }],
    },
    {
      // A barrel re-export and a config map.
      code: 'import * as clients from "./clients";\nclients.openai.beta.threads.update(id, { metadata });\nimport { keys } from "../config";\nkeys.openai.beta.assistants.retrieve(id);',
      errors: [{ messageId: "sdkCall", line: 2 }, { messageId: "sdkCall", line: 4 }],
    },
    js({
      // Function parameters and a factory's result, chains split over lines and continued with `.then`.
      code: "async function createThread(client, msg) {\n  return client.beta.threads\n    .create({ messages: [msg] })\n    .then((t) => t.id);\n}\ngetClient().beta.threads.runs.cancel(threadId, runId);",
      errors: [
        { messageId: "sdkCall", line: 2 },
        { messageId: "sdkCall", line: 6 },
      ],
    }),
    {
      // The SDK's run-stream helper (openai-assistants-quickstart's chat.tsx): its import and its static calls.
      code: 'import { AssistantStream } from "openai/lib/AssistantStream";\nconst stream = AssistantStream.fromReadableStream(response.body);\nstream.on("textDelta", onDelta);',
      errors: [
        { messageId: "streamHelper", line: 1, data: { ...row, source: "openai/lib/AssistantStream" } },
        { messageId: "streamHelperCall", line: 2, data: { ...row, method: "fromReadableStream" } },
      ],
    },
    js({
      code: 'const { AssistantStream: Stream } = require("openai/lib/AssistantStream.js");\nStream.fromReadableStream(body);',
      filename: "chat.cjs",
      errors: [{ messageId: "streamHelper", line: 1 }, { messageId: "streamHelperCall", line: 2 }],
    }),
    {
      // A client configured through a settings module (`settings.openai.clientModules`).
      code: 'import llm from "@acme/llm";\nllm.beta.threads.createAndRun({ assistant_id });',
      settings: { openai: { clientModules: ["@acme/llm"] } },
      errors: [{ messageId: "sdkCall" }],
    },
    {
      // A subclass of the client.
      code: 'import OpenAI from "openai";\nclass MyClient extends OpenAI { threads() { return this.beta.threads.list; } }\nnew MyClient().beta.assistants.update("a", {});',
      errors: [{ messageId: "sdkCall", line: 3 }],
    },
    {
      // Optional chaining and a non-null assertion.
      code: 'import OpenAI from "openai";\nlet client: OpenAI | undefined;\nclient = new OpenAI();\nclient?.beta.threads.runs.submitToolOutputsStream("t", "r", { tool_outputs: [] });\nclient!.beta.threads.runs.createAndStream("t", { assistant_id: "a" });',
      errors: [{ messageId: "sdkCall", line: 4 }, { messageId: "sdkCall", line: 5 }],
    },
    {
      // REST: absolute URL, one report per request even with the beta header.
      code: 'await fetch("https://api.openai.com/v1/threads/" + threadId + "/runs", {\n  method: "POST",\n  headers: { Authorization: `Bearer ${key}`, "OpenAI-Beta": "assistants=v2" },\n});',
      errors: [{ messageId: "restCall", line: 1, column: 13, data: { ...row, path: "threads/{}/runs" } }],
    },
    {
      // REST: a base-URL constant and a template literal.
      code: 'const API = "https://api.openai.com/v1";\nawait axios.post(`${API}/assistants`, body, { headers });',
      errors: [{ messageId: "restCall", line: 2, data: { ...row, path: "assistants" } }],
    },
    js({
      // REST: `${apiBase}/v1/...` in a call, a base named for OpenAI, and got/ky.
      code: "await got.post(`${apiBase}/v1/threads/${id}/messages`, { json: body });\nawait ky.get(OPENAI_BASE_URL + '/assistants');\nconst url = new URL('/v1/threads', base);\nconst list = `${process.env.OPENAI_BASE_URL}/assistants`;",
      errors: [
        { messageId: "restCall", line: 1 },
        { messageId: "restCall", line: 2 },
        { messageId: "restCall", line: 3 },
        { messageId: "restCall", line: 4 },
      ],
    }),
    {
      // The beta header alone: in a client's default headers and a header object.
      code: 'import OpenAI from "openai";\nconst client = new OpenAI({ defaultHeaders: { "OpenAI-Beta": "assistants=v2" } });\nconst headers = new Headers();\nheaders.set("OpenAI-Beta", "assistants=v1");',
      errors: [
        { messageId: "betaHeader", line: 2 },
        { messageId: "betaHeader", line: 4 },
      ],
    },
    {
      // The header's value may name several betas, comma-separated.
      code: 'const ws = new WebSocket(url, { headers: { "OpenAI-Beta": "realtime=v1, assistants=v2" } });\nawait fetch(url, { headers: { "OpenAI-Beta": "assistants=v2,realtime=v1" } });',
      errors: [
        { messageId: "betaHeader", line: 1 },
        { messageId: "betaHeader", line: 2 },
      ],
    },
    {
      // Type imports.
      code: 'import type { Assistant } from "openai/resources/beta/assistants";\nimport type { Run } from "openai/resources/beta/threads/runs/runs";\nexport type { Thread } from "openai/resources/beta/threads/threads.js";\ntype M = import("openai/resources/beta/threads/messages").Message;',
      errors: [
        { messageId: "typeImport", line: 1 },
        { messageId: "typeImport", line: 2 },
        { messageId: "typeImport", line: 3 },
        { messageId: "typeImport", line: 4 },
      ],
    },
  ],
});
