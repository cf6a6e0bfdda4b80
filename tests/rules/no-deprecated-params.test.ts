import rule from "../../rules/no-deprecated-params";
import { js, ruleTester } from "../rule-tester";

const OPENAI = 'import OpenAI from "openai";\nconst client = new OpenAI();\n';

ruleTester.run("no-deprecated-params", rule, {
  valid: [
    // Helpers whose base is another provider's, or a host that is not OpenAI's given apart from the path.
    'function getBaseURL() { return process.env.LLM_BASE_URL ?? "http://localhost:11434/v1"; }\nawait fetch(`${getBaseURL()}/chat/completions`, { method: "POST", body: JSON.stringify({ model: "llama3", messages, max_tokens: 5 }) });',
    'const BASE = process.env.BASE ?? "https://openrouter.ai/api/v1";\nawait fetch(BASE + "/chat/completions", { method: "POST", body: JSON.stringify({ model: "x", messages, max_tokens: 5 }) });',
    'import https from "node:https";\nhttps.request({ hostname: "api.groq.com", path: "/openai/v1/chat/completions", method: "POST" }).end(JSON.stringify({ model: "x", messages, max_tokens: 5 }));',
    'import https from "node:https";\nhttps.request({ hostname: "example.com", path: "/v1/chat/completions", method: "POST" }).end(JSON.stringify({ model: "x", messages, max_tokens: 5 }));',
    // The v3 SDK pointed at Azure through its configuration's `basePath` (issue 19 item 6).
    'import { Configuration, OpenAIApi } from "openai";\nconst openai = new OpenAIApi(new Configuration({ apiKey, basePath: "https://acme.openai.azure.com/openai/deployments/gpt" }));\nawait openai.createChatCompletion({ model: "gpt-3.5-turbo", messages, max_tokens: 5 });',
    // `this.openai` outside a class (a script's top level): nothing to follow, nothing thrown.
    'this.openai.createChatCompletion({ model: "gpt-3.5-turbo", messages, max_tokens: 5 });',
    js({ code: 'this.openai.createChatCompletion({ model: "gpt-3.5-turbo", messages, max_tokens: 5 });\nthis.client.chat.completions.create({ model: this.model, messages, max_tokens: 5 });', filename: "top.cjs" }),
    // Azure (issue 19): its API versions and deployments follow Azure's own schedule (it takes the new name only from
    // API version 2024-10-21 on); construction, annotation and an Azure host in a REST URL.
    'import { AzureOpenAI } from "openai";\nconst azure = new AzureOpenAI({ apiVersion: "2024-06-01" });\nawait azure.chat.completions.create({ model, messages, max_tokens: 5 });',
    'import { AzureOpenAI } from "openai";\nconst client: AzureOpenAI = makeClient();\nawait client.chat.completions.create({ model, messages, max_tokens: 5 });',
    'await fetch("https://acme.openai.azure.com/openai/deployments/gpt/chat/completions?api-version=2024-06-01", { method: "POST", body: JSON.stringify({ messages, max_tokens: 5 }) });',
    // A `createChatCompletion` of another class: not the openai v3 SDK's.
    'class Bot { createChatCompletion(request) { return request; } }\nnew Bot().createChatCompletion({ model: "m", messages, max_tokens: 100 });',
    // The v3 SDK pointed at a local server through its configuration's `basePath`.
    'import { Configuration, OpenAIApi } from "openai";\nconst local = new OpenAIApi(new Configuration({ basePath: "http://localhost:8080/v1" }));\nawait local.createChatCompletion({ model: "m", messages, max_tokens: 100 });',
    // A `basePath` the file does not show: code written for OpenAI-compatible servers too.
    'import { Configuration, OpenAIApi } from "openai";\nconst api = new OpenAIApi(new Configuration({ apiKey, basePath: process.env.LLM_BASE }));\nawait api.createChatCompletion({ model: "m", messages, max_tokens: 100 });',
    // A v3 request that is not a Chat Completion: an embedding's `user` is current.
    'import { Configuration, OpenAIApi } from "openai";\nconst openai = new OpenAIApi(new Configuration({ apiKey }));\nawait openai.createEmbedding({ model: "text-embedding-ada-002", input, user: "u" });',
    // Anthropic requires `max_tokens`.
    'import Anthropic from "@anthropic-ai/sdk";\nconst anthropic = new Anthropic();\nawait anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages });',
    // A Chat Completions look-alike of another package.
    'import Groq from "groq-sdk";\nconst groq = new Groq();\nawait groq.chat.completions.create({ model: "llama", messages, max_tokens: 100, user: "u" });',
    // The SDK pointed at a local server: its parameters are its own.
    'import OpenAI from "openai";\nconst ollama = new OpenAI({ baseURL: "http://localhost:11434/v1" });\nawait ollama.chat.completions.create({ model: "llama3", messages, max_tokens: 100 });',
    // A client held in a class field, built for another provider's server.
    'import OpenAI from "openai";\nclass Unbound {\n  constructor() { this.client = new OpenAI({ baseURL: "https://api.getunbound.ai/v1" }); }\n  ask(messages) { return this.client.chat.completions.create({ model: "m", messages, max_tokens: 100 }); }\n}',
    'import OpenAI from "openai";\nclass Router {\n  private client = new OpenAI({ baseURL: "https://openrouter.ai/api/v1" });\n  ask(messages: never[]) { return this.client.chat.completions.create({ model: "m", messages, max_tokens: 100 }); }\n}',
    // A `baseURL` the file does not show: code written for OpenAI-compatible servers too.
    'import OpenAI from "openai";\nexport class CompatibleProvider {\n  client;\n  constructor({ baseURL, apiKey }) { this.client = new OpenAI({ baseURL, apiKey }); }\n  ask(messages) { return this.client.chat.completions.create({ model: "m", messages, max_tokens: 100 }); }\n}',
    'import OpenAI from "openai";\nconst router = new OpenAI({ baseURL: options.baseUrl || "https://openrouter.ai/api/v1" });\nawait router.chat.completions.create({ model: "m", messages, max_tokens: 100, user: "u" });',
    // Ollama's REST path is the same as OpenAI's: the URL must name OpenAI.
    'await fetch(`${OLLAMA_URL}/v1/chat/completions`, { method: "POST", body: JSON.stringify({ model: "llama3", messages, max_tokens: 100 }) });',
    // In a Responses request, `max_tokens` and `functions` are no-chat-completions-params-in-responses'.
    `${OPENAI}await client.responses.create({ model: "gpt-5", input, max_tokens: 100, functions, seed: 1 });`,
    // The replacements.
    `${OPENAI}await client.chat.completions.create({ model: "gpt-4.1", messages, max_completion_tokens: 100, safety_identifier: "u", tools, tool_choice: "auto" });`,
    `${OPENAI}await client.responses.create({ model: "gpt-5", input, reasoning: { effort: "low", summary: "auto" }, prompt_cache_key: "u" });`,
    // `user` where it is not deprecated: an embeddings request, a message's author.
    `${OPENAI}await client.embeddings.create({ model: "text-embedding-3-small", input, user: "u" });`,
    `${OPENAI}await client.chat.completions.create({ model: "gpt-4.1", messages: [{ role: "user", content: "hi", name: "user" }] });`,
    // `response_format` is current in Chat Completions; `style` in a request that is not an image's.
    `${OPENAI}await client.chat.completions.create({ model: "gpt-4.1", messages, response_format: { type: "json_object" } });`,
    // A local object with the SDK's member names.
    "const client = { chat: { completions: { create(x) {} } } };\nclient.chat.completions.create({ model: 'm', max_tokens: 5 });",
    // A `reasoning` of another shape, an MCP tool with a server URL.
    `${OPENAI}await client.responses.create({ model: "gpt-5", input, tools: [{ type: "mcp", server_label: "gh", server_url: "https://mcp.example.com" }] });`,
    // `connector_id` on a tool that is not MCP's.
    `${OPENAI}await client.responses.create({ model: "gpt-5", input, tools: [{ type: "custom", name: "x", connector_id: "c" }] });`,
    // Ignored by option.
    { code: `${OPENAI}await client.chat.completions.create({ model: "gpt-4.1", messages, seed: 7 });`, options: [{ ignore: ["chat.seed"] }] },
  ],
  invalid: [
    {
      // The base URL a constant of the file holds (issue 17 item 2): the parameter rules see the endpoint the model
      // rule sees (tests/rules/provider-agreement.test.ts runs both on this code).
      code: 'const baseURL = "https://api.openai.com/v1";\nawait fetch(`${baseURL}/chat/completions`, { method: "POST", body: JSON.stringify({ model: "gpt-4.1", messages, max_tokens: 5 }) });',
      output: 'const baseURL = "https://api.openai.com/v1";\nawait fetch(`${baseURL}/chat/completions`, { method: "POST", body: JSON.stringify({ model: "gpt-4.1", messages, max_completion_tokens: 5 }) });',
      errors: [{ messageId: "deprecatedParam", line: 2 }],
    },
    {
      // A base a helper returns, defaulting to OpenAI's.
      code: 'function getBaseURL() {\n  return process.env.OPENAI_BASE_URL ?? "https://api.openai.com/v1";\n}\nawait fetch(`${getBaseURL()}/chat/completions`, { method: "POST", body: JSON.stringify({ model: "gpt-4.1", messages, max_tokens: 5 }) });',
      output: 'function getBaseURL() {\n  return process.env.OPENAI_BASE_URL ?? "https://api.openai.com/v1";\n}\nawait fetch(`${getBaseURL()}/chat/completions`, { method: "POST", body: JSON.stringify({ model: "gpt-4.1", messages, max_completion_tokens: 5 }) });',
      errors: [{ messageId: "deprecatedParam", line: 4 }],
    },
    {
      // Host and path given apart to Node's `https.request`, the body written to the request: reported, not rewritten
      // (the body is not written in the call that opens the request).
      code: 'import https from "node:https";\nconst req = https.request({ hostname: "api.openai.com", path: "/v1/chat/completions", method: "POST" });\nreq.end(JSON.stringify({ model: "gpt-4.1", messages, max_tokens: 5 }));',
      output: null,
      errors: [{ messageId: "deprecatedParam", line: 3 }],
    },
    {
      // The openai v3 SDK's Chat Completions request: the same parameters, reported without a rewrite (v3's request
      // type has neither `max_completion_tokens` nor `tools`; moving to the current SDK comes first).
      code: 'import { Configuration, OpenAIApi } from "openai";\nconst openai = new OpenAIApi(new Configuration({ apiKey }));\nconst completion = await openai.createChatCompletion({ model: "gpt-3.5-turbo", messages, max_tokens: 100, functions, function_call: "auto" });',
      output: null,
      errors: [
        { messageId: "deprecatedParam", line: 3, column: 90, suggestions: [] },
        { messageId: "deprecatedParam", line: 3, column: 107, suggestions: [] },
        { messageId: "deprecatedParam", line: 3, column: 118, suggestions: [] },
      ],
    },
    js({
      // openai-edge, required.
      code: 'const { Configuration, OpenAIApi } = require("openai-edge");\nconst openai = new OpenAIApi(new Configuration({ apiKey }));\nmodule.exports = (messages) => openai.createChatCompletion({ model: "gpt-4", messages, user: "u" });',
      filename: "edge.cjs",
      output: null,
      errors: [{ messageId: "deprecatedParam", suggestions: [] }],
    }),
    {
      code: `${OPENAI}await client.chat.completions.create({ model: "gpt-4.1", messages, max_tokens: 200 });`,
      output: `${OPENAI}await client.chat.completions.create({ model: "gpt-4.1", messages, max_completion_tokens: 200 });`,
      errors: [
        {
          messageId: "deprecatedParam",
          line: 3,
          column: 68,
          data: {
            key: "max_tokens",
            api: "Chat Completions",
            replacement: "Use `max_completion_tokens` (the same limit, which reasoning models take too).",
          },
        },
      ],
    },
    {
      // A reasoning model's request: the API rejects `max_tokens` there today, and says so.
      code: `${OPENAI}await client.chat.completions.create({ model: "gpt-5.2", messages, max_tokens: 200 });`,
      output: `${OPENAI}await client.chat.completions.create({ model: "gpt-5.2", messages, max_completion_tokens: 200 });`,
      errors: [
        {
          messageId: "rejectedParam",
          data: {
            key: "max_tokens",
            api: "Chat Completions",
            models: "`gpt-5.2`",
            replacement: "Use `max_completion_tokens` (the same limit, which reasoning models take too).",
          },
        },
      ],
    },
    {
      // One branch a reasoning model, the other not: deprecated, as for any model, and fixed as before.
      code: `${OPENAI}await client.chat.completions.create({ model: fast ? "gpt-4.1-mini" : "o3", messages, max_tokens: 200 });`,
      output: `${OPENAI}await client.chat.completions.create({ model: fast ? "gpt-4.1-mini" : "o3", messages, max_completion_tokens: 200 });`,
      errors: [{ messageId: "deprecatedParam" }],
    },
    {
      // A `const` only this call reads, and a shorthand key.
      code: `${OPENAI}const max_tokens = 50;\nconst request = { model: "gpt-4.1", messages, max_tokens };\nawait client.chat.completions.create(request);`,
      output: `${OPENAI}const max_tokens = 50;\nconst request = { model: "gpt-4.1", messages, max_completion_tokens: max_tokens };\nawait client.chat.completions.create(request);`,
      errors: [{ messageId: "deprecatedParam", line: 4 }],
    },
    {
      // Through a conditional spread: offered, not applied.
      code: `${OPENAI}await client.chat.completions.create({ model, messages, ...(limit ? { max_tokens: limit } : {}) });`,
      output: null,
      errors: [
        {
          messageId: "deprecatedParam",
          suggestions: [
            {
              messageId: "renameTo",
              data: { key: "max_tokens", to: "max_completion_tokens" },
              output: `${OPENAI}await client.chat.completions.create({ model, messages, ...(limit ? { max_completion_tokens: limit } : {}) });`,
            },
          ],
        },
      ],
    },
    {
      // Half migrated: which one holds is the author's call.
      code: `${OPENAI}await client.chat.completions.create({ model, messages, max_tokens: 100, max_completion_tokens: 200 });`,
      output: null,
      errors: [{ messageId: "deprecatedParam", suggestions: [] }],
    },
    {
      // Written twice (here and through a spread): reported, each once, not rewritten.
      code: `${OPENAI}const base = { max_tokens: 50 };\nawait client.chat.completions.create({ ...base, model, messages, max_tokens: 100 });`,
      output: null,
      errors: [
        { messageId: "deprecatedParam", line: 3, suggestions: [] },
        { messageId: "deprecatedParam", line: 4, suggestions: [] },
      ],
    },
    {
      // A request object other code reads too: reported only.
      code: `${OPENAI}const params = { model, messages, max_tokens: 100 };\nawait client.chat.completions.create(params);\nlog(params);`,
      output: null,
      errors: [{ messageId: "deprecatedParam", suggestions: [] }],
    },
    {
      // An unresolved client: it may be another provider's, so the rename is offered.
      code: "export async function ask(llm, messages) {\n  return llm.chat.completions.create({ model: 'gpt-4.1', messages, max_tokens: 100 });\n}",
      output: null,
      errors: [
        {
          messageId: "deprecatedParam",
          suggestions: [
            {
              messageId: "renameTo",
              output: "export async function ask(llm, messages) {\n  return llm.chat.completions.create({ model: 'gpt-4.1', messages, max_completion_tokens: 100 });\n}",
            },
          ],
        },
      ],
    },
    {
      // A client held in a class field, built here for OpenAI: the rename is applied.
      code: 'import OpenAI from "openai";\nclass Chat {\n  client = new OpenAI();\n  ask(messages: never[]) { return this.client.chat.completions.create({ model: "gpt-4.1", messages, max_tokens: 100 }); }\n}',
      output: 'import OpenAI from "openai";\nclass Chat {\n  client = new OpenAI();\n  ask(messages: never[]) { return this.client.chat.completions.create({ model: "gpt-4.1", messages, max_completion_tokens: 100 }); }\n}',
      errors: [{ messageId: "deprecatedParam", line: 4 }],
    },
    {
      // A test file: the request is a fixture other code asserts on.
      code: `${OPENAI}await client.chat.completions.create({ model, messages, max_tokens: 5 });`,
      filename: "chat.test.ts",
      output: null,
      errors: [
        {
          messageId: "deprecatedParam",
          suggestions: [{ messageId: "renameTo", output: `${OPENAI}await client.chat.completions.create({ model, messages, max_completion_tokens: 5 });` }],
        },
      ],
    },
    {
      code: `${OPENAI}await client.chat.completions.create({ model, messages, user: userId });`,
      output: null,
      errors: [
        {
          messageId: "deprecatedParam",
          data: {
            key: "user",
            api: "Chat Completions",
            replacement: "Use `safety_identifier` to identify the end user for abuse detection, or `prompt_cache_key` to keep prompt caching per user.",
          },
          suggestions: [
            { messageId: "renameTo", data: { key: "user", to: "safety_identifier" }, output: `${OPENAI}await client.chat.completions.create({ model, messages, safety_identifier: userId });` },
            { messageId: "renameTo", data: { key: "user", to: "prompt_cache_key" }, output: `${OPENAI}await client.chat.completions.create({ model, messages, prompt_cache_key: userId });` },
          ],
        },
      ],
    },
    {
      code: `${OPENAI}await client.chat.completions.create({\n  model,\n  messages,\n  functions: [{ name: "get_weather", parameters }],\n  function_call: { name: "get_weather" },\n});`,
      output: null,
      errors: [
        {
          messageId: "deprecatedParam",
          line: 6,
          suggestions: [
            {
              messageId: "useTools",
              output: `${OPENAI}await client.chat.completions.create({\n  model,\n  messages,\n  tools: [{ type: "function", function: { name: "get_weather", parameters } }],\n  tool_choice: { type: "function", function: { name: "get_weather" } },\n});`,
            },
          ],
        },
        {
          messageId: "deprecatedParam",
          line: 7,
          suggestions: [
            {
              messageId: "useTools",
              output: `${OPENAI}await client.chat.completions.create({\n  model,\n  messages,\n  tools: [{ type: "function", function: { name: "get_weather", parameters } }],\n  tool_choice: { type: "function", function: { name: "get_weather" } },\n});`,
            },
          ],
        },
      ],
    },
    {
      // `functions` from elsewhere, or a request that has `tools` already: said, not rewritten.
      code: `${OPENAI}await client.chat.completions.create({ model, messages, functions: FUNCTIONS, function_call: "auto" });`,
      output: null,
      errors: [
        { messageId: "deprecatedParam", suggestions: [] },
        { messageId: "deprecatedParam", suggestions: [] },
      ],
    },
    {
      code: `${OPENAI}await client.chat.completions.create({ model, messages, seed: 42, prompt_cache_retention: "24h" });`,
      output: null,
      errors: [
        { messageId: "deprecatedParam", data: { key: "seed", api: "Chat Completions", replacement: "Remove it: sampling with a seed was a Beta feature that never guaranteed determinism." } },
        { messageId: "deprecatedParam", suggestions: [] },
      ],
    },
    {
      code: `${OPENAI}await client.responses.create({ model: "gpt-5", input, reasoning: { effort: "high", generate_summary: "detailed" } });`,
      output: `${OPENAI}await client.responses.create({ model: "gpt-5", input, reasoning: { effort: "high", summary: "detailed" } });`,
      errors: [{ messageId: "deprecatedParam", data: { key: "reasoning.generate_summary", api: "Responses", replacement: "Use `reasoning.summary` (the same values)." } }],
    },
    {
      // Both there: reported only.
      code: `${OPENAI}await client.responses.create({ model: "gpt-5", input, reasoning: { summary: "auto", generate_summary: "auto" } });`,
      output: null,
      errors: [{ messageId: "deprecatedParam", suggestions: [] }],
    },
    {
      code: `${OPENAI}await client.responses.create({ model: "gpt-5", input, truncation: "auto", user: "u", tools: [{ type: "mcp", server_label: "gmail", connector_id: "connector_gmail" }] });`,
      output: null,
      errors: [
        { messageId: "deprecatedParam", data: { key: "truncation", api: "Responses", replacement: "The SDK names no replacement; manage the context yourself (or with `context_management` compaction) before it overflows." } },
        { messageId: "deprecatedParam", suggestions: [{ messageId: "renameTo", output: `${OPENAI}await client.responses.create({ model: "gpt-5", input, truncation: "auto", safety_identifier: "u", tools: [{ type: "mcp", server_label: "gmail", connector_id: "connector_gmail" }] });` }, { messageId: "renameTo", output: `${OPENAI}await client.responses.create({ model: "gpt-5", input, truncation: "auto", prompt_cache_key: "u", tools: [{ type: "mcp", server_label: "gmail", connector_id: "connector_gmail" }] });` }] },
        {
          messageId: "deprecatedParam",
          data: {
            key: "connector_id",
            api: "Responses",
            replacement:
              "Use `server_url` for a remote MCP server or `tunnel_id` for a Secure MCP Tunnel (`connector_id` is deprecated for models released after September 1, 2026).",
          },
        },
      ],
    },
    {
      code: `${OPENAI}await client.images.generate({ model: "gpt-image-1", prompt, response_format: "b64_json", style: "vivid", user: "u" });`,
      output: null,
      errors: [
        { messageId: "deprecatedParam", data: { key: "response_format", api: "image generation", replacement: "Remove it and read `b64_json`: GPT Image models always return base64 and do not take it (it served the retired DALL·E models)." } },
        { messageId: "deprecatedParam" },
        { messageId: "deprecatedParam", suggestions: [{ messageId: "renameTo", data: { key: "user", to: "safety_identifier" }, output: `${OPENAI}await client.images.generate({ model: "gpt-image-1", prompt, response_format: "b64_json", style: "vivid", safety_identifier: "u" });` }] },
      ],
    },
    {
      code: `${OPENAI}await client.fineTuning.jobs.create({ model: "gpt-4o-mini", training_file, hyperparameters: { n_epochs: 3 } });`,
      output: null,
      errors: [
        {
          messageId: "deprecatedParam",
          suggestions: [
            {
              messageId: "moveToMethod",
              output: `${OPENAI}await client.fineTuning.jobs.create({ model: "gpt-4o-mini", training_file, method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 3 } } } });`,
            },
          ],
        },
      ],
    },
    js({
      // REST bodies, through a `const` and `JSON.stringify`.
      code: 'const body = { model: "gpt-4.1", messages, max_tokens: 300 };\nawait fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify(body) });',
      output: 'const body = { model: "gpt-4.1", messages, max_completion_tokens: 300 };\nawait fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify(body) });',
      errors: [{ messageId: "deprecatedParam", line: 1 }],
    }),
    js({
      code: 'const OpenAI = require("openai");\nconst openai = new OpenAI();\nopenai.chat.completions.create({ model: "gpt-4o", messages, max_tokens: 10 });',
      filename: "chat.cjs",
      output: 'const OpenAI = require("openai");\nconst openai = new OpenAI();\nopenai.chat.completions.create({ model: "gpt-4o", messages, max_completion_tokens: 10 });',
      errors: [{ messageId: "deprecatedParam", line: 3 }],
    }),
  ],
});

/**
 * `include: "rejected"`, as `recommended` sets it: only `max_tokens` in a Chat Completions request whose every
 * possible model is a reasoning model (the o-series, the gpt-5 family), which the API rejects today.
 */
ruleTester.run("no-deprecated-params (recommended)", rule, {
  valid: [
    // A model that takes `max_tokens` (deprecated, not rejected): `strict`'s.
    { code: `${OPENAI}await client.chat.completions.create({ model: "gpt-4.1", messages, max_tokens: 200 });`, options: [{ include: "rejected" }] },
    // gpt-5's chat models are not reasoning models.
    { code: `${OPENAI}await client.chat.completions.create({ model: "gpt-5-chat-latest", messages, max_tokens: 200 });`, options: [{ include: "rejected" }] },
    // A model the file does not show: a parameter, a setting with a default.
    { code: `${OPENAI}export const ask = (model: string) => client.chat.completions.create({ model, messages, max_tokens: 200 });`, options: [{ include: "rejected" }] },
    { code: `${OPENAI}await client.chat.completions.create({ model: process.env.MODEL ?? "o3", messages, max_tokens: 200 });`, options: [{ include: "rejected" }] },
    // One branch a reasoning model, the other not.
    { code: `${OPENAI}await client.chat.completions.create({ model: fast ? "gpt-4.1-mini" : "o3", messages, max_tokens: 200 });`, options: [{ include: "rejected" }] },
    // Deprecated keys that no model rejects yet.
    { code: `${OPENAI}await client.chat.completions.create({ model: "o3", messages, seed: 1, user: "u" });`, options: [{ include: "rejected" }] },
    // Another provider's server: its models, its parameters.
    { code: 'import OpenAI from "openai";\nconst ollama = new OpenAI({ baseURL: "http://localhost:11434/v1" });\nawait ollama.chat.completions.create({ model: "o3", messages, max_tokens: 100 });', options: [{ include: "rejected" }] },
    // Responses requests are no-chat-completions-params-in-responses'.
    { code: `${OPENAI}await client.responses.create({ model: "o3", input, max_tokens: 100 });`, options: [{ include: "rejected" }] },
    // The openai v3 SDK with a model that takes `max_tokens`.
    { code: 'import { Configuration, OpenAIApi } from "openai";\nconst openai = new OpenAIApi(new Configuration({ apiKey }));\nawait openai.createChatCompletion({ model: "gpt-3.5-turbo", messages, max_tokens: 100 });', options: [{ include: "rejected" }] },
  ],
  invalid: [
    {
      // The openai v3 SDK sending `max_tokens` to a reasoning model: rejected today, reported without a rewrite.
      code: 'import { Configuration, OpenAIApi } from "openai";\nconst openai = new OpenAIApi(new Configuration({ apiKey }));\nawait openai.createChatCompletion({ model: "o3", messages, max_tokens: 100 });',
      options: [{ include: "rejected" }],
      output: null,
      errors: [{ messageId: "rejectedParam", line: 3, suggestions: [] }],
    },
    {
      code: `${OPENAI}await client.chat.completions.create({ model: "gpt-5.2", messages, max_tokens: 200, seed: 1 });`,
      options: [{ include: "rejected" }],
      output: `${OPENAI}await client.chat.completions.create({ model: "gpt-5.2", messages, max_completion_tokens: 200, seed: 1 });`,
      errors: [{ messageId: "rejectedParam", column: 68, data: { key: "max_tokens", api: "Chat Completions", models: "`gpt-5.2`", replacement: "Use `max_completion_tokens` (the same limit, which reasoning models take too)." } }],
    },
    {
      // Through a `const`, both branches of a conditional, a cast: every model the request can name is a reasoning model.
      code: `${OPENAI}const MODEL = "o3-2025-04-16";\nawait client.chat.completions.create({ model: (deep ? MODEL : "o4-mini") as string, messages, max_tokens: 200 });`,
      options: [{ include: "rejected" }],
      output: `${OPENAI}const MODEL = "o3-2025-04-16";\nawait client.chat.completions.create({ model: (deep ? MODEL : "o4-mini") as string, messages, max_completion_tokens: 200 });`,
      errors: [{ messageId: "rejectedParam", line: 4, data: { key: "max_tokens", api: "Chat Completions", models: "`o3-2025-04-16` or `o4-mini`", replacement: "Use `max_completion_tokens` (the same limit, which reasoning models take too)." } }],
    },
    js({
      // A REST body sent to OpenAI.
      code: 'const body = { model: "gpt-5-mini", messages, max_tokens: 300 };\nawait fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify(body) });',
      options: [{ include: "rejected" }],
      output: 'const body = { model: "gpt-5-mini", messages, max_completion_tokens: 300 };\nawait fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify(body) });',
      errors: [{ messageId: "rejectedParam", line: 1 }],
    }),
    {
      // A client from elsewhere (it may serve another provider): the rename is offered, not applied.
      code: 'export async function ask(llm, messages) {\n  return llm.chat.completions.create({ model: "o3", messages, max_tokens: 100 });\n}',
      options: [{ include: "rejected" }],
      output: null,
      errors: [
        {
          messageId: "rejectedParam",
          suggestions: [
            {
              messageId: "renameTo",
              data: { key: "max_tokens", to: "max_completion_tokens" },
              output: 'export async function ask(llm, messages) {\n  return llm.chat.completions.create({ model: "o3", messages, max_completion_tokens: 100 });\n}',
            },
          ],
        },
      ],
    },
  ],
});
