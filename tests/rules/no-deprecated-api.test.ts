import rule from "../../rules/no-deprecated-api";
import { js, ruleTester } from "../rule-tester";

const OPENAI = 'import OpenAI from "openai";\nconst client = new OpenAI();\n';
const settings = { openai: { date: "2026-11-30" } };
/** What every report of the legacy local shell tool says after its shutdown, but its form. */
const LOCAL_SHELL = {
  shutDown: "was shut down on February 12, 2026",
  replacement: 'the shell tool (`{ type: "shell" }` in Responses requests)',
  url: "https://developers.openai.com/api/docs/deprecations",
};
/** What every report of the Realtime API beta says after its shutdown, but its form. */
const REALTIME_BETA = {
  shutDown: "was shut down on May 12, 2026",
  replacement: "the generally available Realtime API, which takes no `OpenAI-Beta` header (the SDK's `openai/realtime/ws` and `openai/realtime/websocket`)",
  url: "https://developers.openai.com/api/docs/guides/realtime",
};

ruleTester.run("no-deprecated-api", rule, {
  valid: [
    // Azure (issue 19 item 6): its deployments and API versions follow Azure's own retirement schedule, so every rule
    // is silent on an Azure client: built here (under any name, through a `let` or a class field), annotated (without
    // type information), named for Azure, or an OpenAI client whose base is an Azure host; and on Azure's REST URLs.
    'import { AzureOpenAI } from "openai";\nconst azure = new AzureOpenAI({ endpoint, apiVersion });\nawait azure.audio.translations.create({ file, model: "whisper-1" });',
    'import { AzureOpenAI as Client } from "openai";\nlet c;\nc = new Client();\nawait c.audio.translations.create({ file, model: "whisper-1" });',
    'import { AzureOpenAI } from "openai";\nconst client: AzureOpenAI = makeClient();\nawait client.audio.translations.create({ file, model: "whisper-1" });',
    'import type { OpenAI } from "@azure/openai";\nexport function translate(client: OpenAI) { return client.audio.translations.create({ file, model: "whisper-1" }); }',
    'import { AzureOpenAI } from "openai";\nclass Speech {\n  private client = new AzureOpenAI();\n  run() { return this.client.audio.translations.create({ file, model: "whisper-1" }); }\n}',
    'import { azureOpenAI } from "./clients";\nawait azureOpenAI.audio.translations.create({ file, model: "whisper-1" });',
    'import OpenAI from "openai";\nconst c = new OpenAI({ baseURL: "https://acme.cognitiveservices.azure.com/openai/v1" });\nawait c.audio.translations.create({ file, model: "whisper-1" });',
    'await fetch("https://acme.openai.azure.com/openai/deployments/whisper/audio/translations?api-version=2024-06-01", { method: "POST", body: form });',
    // Look-alikes of the provider decision: another SDK's `audio.translations`, a local object.
    'import { Groq } from "groq-sdk";\nconst groq = new Groq();\nawait groq.audio.translations.create({ file, model: "whisper-large-v3" });',
    'const speech = { audio: { translations: { create: (x) => x } } };\nspeech.audio.translations.create({ file });',
    // An `OpenAIApi` of the project's own (a generated client) and of another package: not the openai v3 SDK.
    'import { OpenAIApi } from "./generated/api";\nconst api = new OpenAIApi();',
    'import { OpenAIApi } from "@acme/openai-client";',
    js({ code: 'const { OpenAIApi } = require("./openai-api");', filename: "local.cjs" }),
    // The v3 SDK has no shutdown date: `recommended` (`include: "shutdown"`) leaves it to `strict`.
    { code: 'import { Configuration, OpenAIApi } from "openai";\nconst openai = new OpenAIApi(new Configuration({ apiKey }));', options: [{ include: "shutdown" }] },
    // The current SDK.
    `${OPENAI}await client.chat.completions.create({ model: "gpt-5", messages });`,
    // YouTube's and other APIs' `videos` resource: an unresolved root without a model.
    "const youtube = google.youtube('v3');\nawait youtube.videos.list({ part: ['snippet'], id });",
    "await api.videos.create({ title: 'Holiday', file });",
    // A local object with the SDK's member names.
    "const client = { images: { createVariation() {} }, videos: { create() {} } };\nclient.images.createVariation({ image });\nclient.videos.create({ model: 'x' });",
    // Another package's client.
    'import Mux from "@mux/mux-node";\nconst mux = new Mux();\nawait mux.videos.create({ model: "x" });',
    // The replacements.
    `${OPENAI}await client.images.edit({ model: "gpt-image-1", image, prompt });`,
    `${OPENAI}await client.realtime.clientSecrets.create({ session: { type: "realtime", model: "gpt-realtime" } });`,
    `${OPENAI}await client.fineTuning.checkpoints.permissions.list("ft:abc");`,
    `${OPENAI}await client.audio.transcriptions.create({ file, model: "gpt-4o-transcribe" });`,
    'import { Stream } from "openai/core/streaming";\nimport { APIError } from "openai";',
    // Entry points that are not deprecated.
    'import type { ChatCompletion } from "openai/resources/chat/completions";\nimport { toFile } from "openai/resources";',
    // Another package's `streaming` or `error` module.
    'import { Stream } from "@anthropic-ai/sdk/streaming";\nimport x from "my-openai/error";',
    // `/v1/videos` of another API: the URL does not name OpenAI.
    "await fetch(`${VIMEO_API}/v1/videos`, { method: 'POST' });",
    'await axios.get("/v1/videos");',
    // OpenAI-compatible servers (Groq, LocalAI) answer these paths with endpoints of their own.
    "await axios.post('/v1/images/variations', form);\nawait axios.post(`${GROQ_BASE}/v1/audio/translations`, form);",
    // The Assistants API is no-assistants-api's.
    `${OPENAI}await client.beta.threads.create();`,
    // A client for another provider's server.
    'import OpenAI from "openai";\nconst local = new OpenAI({ baseURL: "http://localhost:11434/v1" });\nawait local.audio.translations.create({ file, model: "whisper-1" });',
    // The Realtime API beta's replacements: the generally available clients and a connection without the header.
    'import { OpenAIRealtimeWS } from "openai/realtime/ws";\nimport { OpenAIRealtimeWebSocket } from "openai/realtime/websocket";',
    'const ws = new WebSocket("wss://api.openai.com/v1/realtime?model=gpt-realtime", { headers: { Authorization: `Bearer ${key}` } });',
    // Types of the beta clients only: nothing connects.
    'import type { OpenAIRealtimeWS } from "openai/beta/realtime/ws";\nimport { type OpenAIRealtimeWebSocket } from "openai/beta/realtime/websocket";',
    // The same strings where no connection opts in with them: another header, a log line, a server checking what a client offered.
    'fetch(url, { headers: { "X-Feature": "realtime=v1" } });\nconsole.log("openai-beta.realtime-v1", "realtime=v1");',
    'if (protocols.includes("openai-beta.realtime-v1")) accept();\nconst offered = protocol === "openai-beta.realtime-v1";',
    // Azure's Realtime preview follows Azure's own schedule.
    'const ws = new WebSocket(`wss://${resource}.openai.azure.com/openai/realtime?api-version=2024-10-01-preview&deployment=${name}`, {\n  headers: { "api-key": key, "OpenAI-Beta": "realtime=v1" },\n});',
    // The deprecations page's rows: only what they date. Fine-tuning jobs are listed and read on; Mastra's or a local
    // `evals` is not OpenAI's; an unresolved receiver's `evals` without a model either.
    `${OPENAI}await client.fineTuning.jobs.list();\nawait client.fineTuning.jobs.retrieve("ftjob-abc");\nawait client.fineTuning.jobs.cancel("ftjob-abc");`,
    'await fetch("https://api.openai.com/v1/fine_tuning/jobs", { headers });',
    'const evals = { create(x) { return x; } };\nevals.create({ name: "smoke" });\nexport async function run(store) { return store.evals.list(); }',
    'import { createScorer } from "@mastra/core/evals";\nconst scorer = createScorer({ name: "tone" });',
    // The local shell tool's look-alikes: its output items, the string outside a request's tools, a terminal app's own
    // `localShell`, and the replacement.
    'if (item.type === "local_shell_call" || item.type === "local_shell") run(item);\nconst config = { type: "local_shell" };\nconst list = [{ type: "local_shell" }];\nconst options = { steps: [{ type: "local_shell" }] };',
    'class Term { localShell = new LocalShell(); run() { return this.localShell.spawn(); } }\nconst shell = { tools: { localShell() {} } };\nshell.tools.localShell();',
    'import { openai } from "@ai-sdk/openai";\nconst tools = { shell: openai.tools.shell({ execute }) };',
    // Another provider's `tools.localShell`, and a member of the package that is not its `tools`.
    'import { createAnthropic } from "@ai-sdk/anthropic";\nconst provider = createAnthropic();\nprovider.tools.localShell({ execute });',
    'import { openai } from "@ai-sdk/openai";\nopenai.localShell({ execute });',
    `${OPENAI}await client.responses.create({ model: "gpt-5.1", tools: [{ type: "shell" }], input });`,
    // Azure's Responses API follows Azure's own schedule.
    'import { AzureOpenAI } from "openai";\nconst azure = new AzureOpenAI();\nawait azure.responses.create({ model, tools: [{ type: "local_shell" }], input });',
    // `include: "shutdown"` leaves the undated entries out.
    { code: `${OPENAI}await client.beta.realtime.sessions.create({});\nimport { Stream } from "openai/streaming";`, options: [{ include: "shutdown" }] },
  ],
  invalid: [
    {
      // The openai v3 SDK, reported once, where its client class is imported.
      code: 'import { Configuration, OpenAIApi } from "openai";\nconst openai = new OpenAIApi(new Configuration({ apiKey }));\nconst completion = await openai.createChatCompletion({ model: "gpt-3.5-turbo", messages });',
      errors: [
        {
          messageId: "v3Sdk",
          data: {
            source: "openai",
            replacement: "the current `openai` SDK (`new OpenAI()`, `client.chat.completions.create`, `client.responses.create`)",
            url: "https://github.com/openai/openai-node/discussions/217",
          },
          line: 1,
          column: 25,
        },
      ],
    },
    js({
      // openai-edge, destructured from `require`, and the class read off `require("openai")`.
      code: 'const { Configuration, OpenAIApi: Api } = require("openai-edge");\nconst v3 = new (require("openai").OpenAIApi)(config);',
      filename: "edge.cjs",
      errors: [
        { messageId: "v3Sdk", line: 1, column: 24 },
        { messageId: "v3Sdk", line: 2, column: 17 },
      ],
    }),
    {
      code: `${OPENAI}const video = await client.videos.create({ model: "sora-2", prompt: "A calm lake" });`,
      settings,
      errors: [
        {
          messageId: "sdkCall",
          line: 3,
          column: 21,
          data: {
            name: "videos.create",
            what: "the Sora API",
            status: "was shut down on September 24, 2026",
            replacement: "Remove it: the Sora API has no successor in the OpenAI API. https://developers.openai.com/api/docs/deprecations",
          },
        },
      ],
    },
    {
      // Every method of the resource, including helpers that carry no tag of their own; a destructured resource.
      code: `${OPENAI}const { videos } = client;\nawait videos.createAndPoll({ prompt });\nawait videos.downloadContent(id);`,
      errors: [
        { messageId: "sdkCall", line: 4 },
        { messageId: "sdkCall", line: 5 },
      ],
    },
    {
      // The tense follows the day the lint runs.
      code: `${OPENAI}await client.audio.translations.create({ file, model: "whisper-1" });`,
      options: [{ date: "2027-02-20" }],
      errors: [{ messageId: "sdkCall", data: { name: "audio.translations.create", what: "audio translations", status: "shuts down on February 26, 2027, in 6 days", replacement: "Migrate to `/v1/realtime/translations`, which needs a separate integration. https://developers.openai.com/api/docs/deprecations" } }],
    },
    {
      code: `${OPENAI}await client.audio.translations.create({ file, model: "whisper-1" });`,
      options: [{ include: "shutdown", date: "2027-03-01" }],
      errors: [{ messageId: "sdkCall", data: { name: "audio.translations.create", what: "audio translations", status: "was shut down on February 26, 2027", replacement: "Migrate to `/v1/realtime/translations`, which needs a separate integration. https://developers.openai.com/api/docs/deprecations" } }],
    },
    {
      code: `${OPENAI}await client.images.createVariation({ image: fs.createReadStream("a.png") });`,
      errors: [{ messageId: "sdkCall", line: 3 }],
    },
    {
      // An unresolved client: the chain through `beta` is the SDK's.
      code: "export async function start(ai) {\n  return ai.beta.realtime.sessions.create({ model: 'gpt-4o-realtime-preview' });\n}",
      errors: [{ messageId: "sdkCall", line: 2 }],
    },
    {
      // An unresolved client whose request names a model.
      code: "export async function make(openai, prompt) {\n  return openai.videos.create({ model: 'sora-2', prompt });\n}",
      errors: [{ messageId: "sdkCall" }],
    },
    {
      code: `${OPENAI}await client.fineTuning.checkpoints.permissions.retrieve("ft:gpt-4o-mini:org::abc");`,
      errors: [{ messageId: "sdkCall" }],
    },
    {
      code: 'await fetch("https://api.openai.com/v1/videos/video_123/content", { headers });',
      settings,
      errors: [
        {
          messageId: "restCall",
          data: {
            path: "videos/video_123/content",
            what: "the Sora API",
            status: "was shut down on September 24, 2026",
            replacement: "Remove it: the Sora API has no successor in the OpenAI API. https://developers.openai.com/api/docs/deprecations",
          },
        },
      ],
    },
    {
      code: 'await fetch("https://api.openai.com/v1/videos/video_123", { headers });',
      errors: [{ messageId: "restCall", column: 13 }],
    },
    {
      code: "await fetch(`${OPENAI_BASE_URL}/v1/videos`, { method: 'POST' });",
      errors: [{ messageId: "restCall" }],
    },
    {
      code: "await axios.post(`${process.env.OPENAI_API_BASE}/v1/images/variations`, form);\nawait axios.post(OPENAI_URL + '/v1/audio/translations', form);",
      errors: [
        { messageId: "restCall", line: 1 },
        { messageId: "restCall", line: 2 },
      ],
    },
    {
      code: 'import { Stream } from "openai/streaming";\nimport { APIError } from \'openai/error\';\nexport * from "openai/pagination";',
      output: 'import { Stream } from "openai/core/streaming";\nimport { APIError } from \'openai/core/error\';\nexport * from "openai/core/pagination";',
      errors: [
        { messageId: "importPath", data: { source: "openai/streaming", target: "openai/core/streaming" } },
        { messageId: "importPath" },
        { messageId: "importPath" },
      ],
    },
    {
      code: 'type P = import("openai/api-promise").APIPromise<string>;\nimport type { APIResource } from "openai/resource";',
      output: 'type P = import("openai/core/api-promise").APIPromise<string>;\nimport type { APIResource } from "openai/core/resource";',
      errors: [{ messageId: "importPath" }, { messageId: "importPath" }],
    },
    {
      // The Realtime API beta: the header a server-side WebSocket opts in with, dated by the deprecations page; both
      // `include`s report it.
      code: 'import WebSocket from "ws";\nconst ws = new WebSocket("wss://api.openai.com/v1/realtime?model=gpt-realtime", {\n  headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}`, "OpenAI-Beta": "realtime=v1" },\n});',
      options: [{ include: "shutdown" }],
      settings,
      errors: [
        {
          messageId: "realtimeBeta",
          line: 3,
          column: 84,
          data: { ...REALTIME_BETA, form: "The `OpenAI-Beta: realtime=v1` header" },
        },
      ],
    },
    {
      // Before the day, the future tense; the header set on a `Headers` object, and on a WebRTC offer.
      code: 'const headers = new Headers();\nheaders.set("openai-beta", "realtime=v1");\nawait fetch("https://api.openai.com/v1/realtime?model=gpt-realtime", { method: "POST", body: offer.sdp, headers: { "OpenAI-Beta": "realtime=v1" } });',
      options: [{ date: "2026-05-01" }],
      errors: [
        { messageId: "realtimeBeta", line: 2, data: { ...REALTIME_BETA, form: "The `OpenAI-Beta: realtime=v1` header", shutDown: "shuts down on May 12, 2026, in 11 days" } },
        { messageId: "realtimeBeta", line: 3 },
      ],
    },
    {
      // The subprotocol a browser opts in with, in the list or alone.
      code: 'const ws = new WebSocket(url, ["realtime", `openai-insecure-api-key.${key}`, "openai-beta.realtime-v1"]);\nconst other = new WebSocket(url, "openai-beta.realtime-v1");',
      errors: [
        { messageId: "realtimeBeta", line: 1, column: 78, data: { ...REALTIME_BETA, form: "The `openai-beta.realtime-v1` subprotocol" } },
        { messageId: "realtimeBeta", line: 2, column: 34 },
      ],
    },
    {
      // The SDK's beta clients, which send the header (or the subprotocol): reported where they are imported.
      code: 'import { OpenAIRealtimeWS } from "openai/beta/realtime/ws";\nexport { OpenAIRealtimeWebSocket } from "openai/beta/realtime/websocket.mjs";',
      errors: [
        { messageId: "realtimeBeta", line: 1, data: { ...REALTIME_BETA, form: "`openai/beta/realtime/ws` (the SDK's beta Realtime client)" } },
        { messageId: "realtimeBeta", line: 2 },
      ],
    },
    js({
      // OpenAI's `@openai/realtime-api-beta`, required or imported.
      code: 'const { RealtimeClient } = require("@openai/realtime-api-beta");\nconst lib = await import("@openai/realtime-api-beta");',
      filename: "relay.cjs",
      errors: [
        { messageId: "realtimeBeta", line: 1, data: { ...REALTIME_BETA, form: "`@openai/realtime-api-beta` (OpenAI's beta Realtime client)" } },
        { messageId: "realtimeBeta", line: 2 },
      ],
    }),
    {
      // The Evals API, shut down with the Evals platform: dated by the deprecations page, not by the SDK; in
      // `recommended` too.
      code: `${OPENAI}const evaluation = await client.evals.create({ name, data_source_config, testing_criteria });\nawait client.evals.runs.create(evaluation.id, { data_source });\nawait client.evals.runs.cancel(run.id, { eval_id: evaluation.id });`,
      options: [{ include: "shutdown", date: "2026-12-03" }],
      errors: [
        {
          messageId: "sdkCall",
          line: 3,
          data: {
            name: "evals.create",
            what: "the Evals API",
            status: "was shut down on November 30, 2026",
            replacement: "Move the evals off OpenAI's platform (OpenAI's migration guide moves them to Promptfoo). https://developers.openai.com/api/docs/deprecations",
          },
        },
        { messageId: "sdkCall", line: 4 },
        // A method name the SDK's tagged rows do not have.
        { messageId: "sdkCall", line: 5 },
      ],
    },
    {
      code: 'await fetch("https://api.openai.com/v1/evals/eval_123/runs", { method: "POST", headers, body });',
      errors: [{ messageId: "restCall", data: { path: "evals/eval_123/runs", what: "the Evals API", status: "was shut down on November 30, 2026", replacement: "Move the evals off OpenAI's platform (OpenAI's migration guide moves them to Promptfoo). https://developers.openai.com/api/docs/deprecations" } }],
      settings: { openai: { date: "2026-12-03" } },
    },
    {
      // Creating fine-tuning jobs ends on a date (earlier for new and inactive organizations).
      code: `${OPENAI}const job = await client.fineTuning.jobs.create({ model: "gpt-4.1-mini-2025-04-14", training_file: file.id });`,
      options: [{ include: "shutdown", date: "2026-12-03" }],
      errors: [
        {
          messageId: "sdkCall",
          data: {
            name: "fineTuning.jobs.create",
            what: "fine-tuning job creation",
            status: "shuts down on January 6, 2027, in 34 days",
            replacement: "OpenAI names no replacement for new fine-tuning jobs (new and inactive organizations lost them earlier). https://developers.openai.com/api/docs/deprecations",
          },
        },
      ],
    },
    {
      // The legacy local shell tool, in a Responses request's tools, dated by the deprecations page; in `recommended` too.
      code: `${OPENAI}await client.responses.create({ model: "codex-mini-latest", tools: [{ type: "local_shell" }], input });`,
      options: [{ include: "shutdown" }],
      settings,
      errors: [{ messageId: "localShellTool", line: 3, column: 69, data: { ...LOCAL_SHELL, form: '`{ type: "local_shell" }`' } }],
    },
    {
      // The AI SDK's tool, from the provider it exports or one its `createOpenAI` makes; before the day, the future tense.
      code: 'import { openai, createOpenAI } from "@ai-sdk/openai";\nconst a = openai.tools.localShell({ execute });\nconst provider = createOpenAI({ apiKey });\nconst b = provider.tools.localShell({ execute });',
      options: [{ date: "2026-02-01" }],
      errors: [
        { messageId: "localShellTool", line: 2, data: { ...LOCAL_SHELL, form: "`openai.tools.localShell()`", shutDown: "shuts down on February 12, 2026, in 11 days" } },
        { messageId: "localShellTool", line: 4 },
      ],
    },
    {
      // LangChain's, imported by name or read off the module.
      code: 'import { tools } from "@langchain/openai";\nimport * as lc from "@langchain/openai";\nconst model = llm.bindTools([tools.localShell(), lc.tools.localShell()]);',
      errors: [
        { messageId: "localShellTool", line: 3, column: 30, data: { ...LOCAL_SHELL, form: "`tools.localShell()`" } },
        { messageId: "localShellTool", line: 3, column: 50 },
      ],
    },
    js({
      code: 'const { toFile } = require("openai/uploads");\nconst errors = await import("openai/error.js");',
      filename: "upload.cjs",
      output: 'const { toFile } = require("openai/core/uploads");\nconst errors = await import("openai/core/error.js");',
      errors: [{ messageId: "importPath" }, { messageId: "importPath" }],
    }),
  ],
});
