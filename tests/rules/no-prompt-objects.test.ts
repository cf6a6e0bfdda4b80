import rule from "../../rules/no-prompt-objects";
import { deprecationData, PROMPT_OBJECTS } from "../../src/deprecations";
import { js, ruleTester } from "../rule-tester";

const row = deprecationData(PROMPT_OBJECTS);
const client = 'import OpenAI from "openai";\nconst client = new OpenAI();\n';

ruleTester.run("no-prompt-objects", rule, {
  valid: [
    // Azure (issue 19): every rule is silent on Azure clients, and on the ids its requests send.
    'import { AzureOpenAI } from "openai";\nconst az = new AzureOpenAI();\naz.responses.create({ model: "gpt-5", prompt: { id: "pmpt_az" } });',
    // A relative `/responses` path in a file without OpenAI's base URL: some other service's endpoint.
    "const body = { prompt: { id: promptId } };\nawait api.request('POST', '/responses', { body });",
    // A prompt assigned to a body that goes elsewhere.
    'const body = { model };\nbody.prompt = { id: promptId };\nawait fetch("https://forms.example.com/responses", { method: "POST", body: JSON.stringify(body) });',
    // A UI library's prompt dialog with an id.
    'import { openPrompt } from "@acme/ui";\nopenPrompt({ prompt: { id: "confirm-delete", title: "Sure?" } });',
    // A Responses request without a saved prompt: prompts kept in code.
    `${client}await client.responses.create({ model: "gpt-5", instructions: buildInstructions(user), input });`,
    // `prompt` as a plain string is the Images / Completions API's, not a saved prompt.
    `${client}await client.images.generate({ model: "gpt-image-1", prompt: "a cat" });`,
    `${client}await client.completions.create({ model: "gpt-3.5-turbo-instruct", prompt: "Say hi" });`,
    // A local `responses` object.
    'const responses = { create(body) { return body; } };\nresponses.create({ model: "x", prompt: { id: "pmpt_abc" } });',
    // A survey API's responses with a prompt id of its own.
    'import { SurveyClient } from "@acme/surveys";\nconst surveys = new SurveyClient();\nawait surveys.responses.create({ prompt: { id: 42 } });',
    // An unresolved receiver without a model: not a Responses request.
    "export const save = (api) => api.responses.create({ prompt: { id: 'q1' }, answer });",
    // LangChain's prompt templates.
    'import { ChatPromptTemplate } from "@langchain/core/prompts";\nconst prompt = ChatPromptTemplate.fromMessages([["system", "hi"]]);',
    // An Agent of another SDK.
    'import { Agent } from "@mastra/core";\nnew Agent({ name: "a", prompt: { promptId: "p1" } });',
    // The Agents SDK with instructions in code.
    'import { Agent } from "@openai/agents";\nnew Agent({ name: "Support", instructions: "Be brief." });',
    // A local Agent class.
    'class Agent { constructor(o) { this.o = o; } }\nnew Agent({ prompt: { promptId: "pmpt_1" } });',
    // An allowed prompt id during the migration.
    {
      code: `${client}await client.responses.create({ model: "gpt-5", prompt: { id: "pmpt_keep", version: "2" } });\nconst KEEP = "pmpt_keep";`,
      options: [{ allowedPromptIds: ["pmpt_keep"] }],
    },
    // Other prompt routes.
    'await fetch("/api/prompts");\nawait fetch(`${FORUM}/v1/prompts-library`, {});',
    // Strings that only look like ids.
    'const note = "pmpt_ ids are deprecated";\nconst key = "pmpt-abc";',
    // A test's expectation of what the code under test sends (the Agents SDK's own tests): that code is reported.
    'import { expect } from "vitest";\nexpect(args.prompt).toMatchObject({ id: "pmpt_123" });\nexpect(args.prompt).not.toEqual({ id: "pmpt_456" });',
    'expect.soft(body.prompt).toStrictEqual({ id: "pmpt_789", version: "2" });',
    // The Agents SDK in CommonJS, with instructions in code.
    js({ code: 'const { Agent } = require("@openai/agents");\nmodule.exports = new Agent({ name: "x", instructions: "y" });', filename: "agent.cjs" }),
    // Conversations are the replacement for stored state.
    `${client}await client.conversations.create({ metadata: { prompt: "id" } });`,
    // The Vercel AI SDK's `prompt` is the input text, even on OpenAI's Responses model.
    'import { generateText } from "ai";\nimport { openai } from "@ai-sdk/openai";\nawait generateText({ model: openai.responses("gpt-5"), prompt: "Summarize this" });',
    // A UI dialog chosen conditionally, in CommonJS.
    js({
      code: 'const { Dialog } = require("@acme/ui");\nDialog.open({ prompt: dangerous ? { id: "confirm-delete" } : null });',
      filename: "dialog.cjs",
    }),
    // The Agents SDK with instructions built in code by a function.
    'import { Agent } from "@openai/agents";\nnew Agent({ name: "Support", instructions: (ctx) => `Help ${ctx.context.user}.` });',
    // An allowed id held by a const, used by a request.
    {
      code: `${client}const LEGACY_PROMPT = "pmpt_keep";\nawait client.responses.create({ model: "gpt-5", prompt: { id: LEGACY_PROMPT } });`,
      options: [{ allowedPromptIds: ["pmpt_keep"] }],
    },
  ],
  invalid: [
    {
      // A prompt assigned after the body is built, sent with fetch (n8n's Responses helper).
      code: [
        "const body: Record<string, unknown> = { model, input };",
        "if (prompt) body.prompt = { id: prompt.promptId, version: prompt.version };",
        'await fetch("https://api.openai.com/v1/responses", { method: "POST", body: JSON.stringify(body) });',
      ].join("\n"),
      errors: [{ messageId: "promptObject", line: 2, column: 13 }],
    },
    {
      // A relative `/responses` path given to a wrapper whose base URL is in the same file.
      code: [
        'const BASE_URL = "https://api.openai.com/v1";',
        "async function apiRequest(method: string, endpoint: string, options: { body: object }) {",
        "  return fetch(`${BASE_URL}${endpoint}`, { method, body: JSON.stringify(options.body) });",
        "}",
        "const body = { model, input, prompt: { id: promptId } };",
        "await apiRequest('POST', '/responses', { body });",
      ].join("\n"),
      errors: [{ messageId: "promptObject", line: 5 }],
    },
    {
      code: `${client}await client.responses.create({\n  model: "gpt-5",\n  prompt: { id: "pmpt_68ab12", version: "3", variables: { city: "Paris" } },\n});`,
      errors: [{ messageId: "promptObject", line: 5, column: 3, data: row }],
    },
    {
      // `prompt_id`, as older docs wrote it, and `responses.stream`.
      code: `${client}const stream = client.responses.stream({ model: "gpt-5", prompt: { prompt_id: PROMPT } });`,
      errors: [{ messageId: "promptObject", line: 3 }],
    },
    {
      // `responses.parse`, an env var id, and the prompt object through a const.
      code: `${client}const SAVED = { id: process.env.OPENAI_PROMPT_ID, version: "2" };\nawait client.responses.parse({ model: "gpt-5", prompt: SAVED, text: { format } });`,
      errors: [{ messageId: "promptObject", line: 4 }],
    },
    {
      // A conditional spread in the request.
      code: `${client}export const ask = (promptId?: string) =>\n  client.responses.create({ model: "gpt-5", input: "hi", ...(promptId ? { prompt: { id: promptId } } : {}) });`,
      errors: [{ messageId: "promptObject", line: 4 }],
    },
    {
      // A request built elsewhere in the file and spread in: reported on the call.
      code: `${client}const base = { model: "gpt-5", prompt: { id: "pmpt_base" } };\nawait client.responses.create({ ...base, input: question });`,
      errors: [{ messageId: "promptObject", line: 4, column: 7 }],
    },
    {
      // An exported config object with the id: the id is reported once, where the request uses it.
      code: `${client}export const PROMPT_CONFIG = { id: "pmpt_123abc" };\nawait client.responses.create({ model: "gpt-5", prompt: PROMPT_CONFIG });`,
      errors: [{ messageId: "promptObject", line: 4 }],
    },
    {
      // A prompt id constant no request in this file uses.
      code: 'export const PROMPT_ID = "pmpt_9f8e7d";',
      errors: [{ messageId: "promptId", data: { ...row, id: "pmpt_9f8e7d" } }],
    },
    {
      // An unresolved client whose request names a model.
      code: 'export const run = (llm) => llm.responses.create({ model: "gpt-5", prompt: { id: pid } });',
      errors: [{ messageId: "promptObject", line: 1 }],
    },
    js({
      code: 'const OpenAI = require("openai");\nconst openai = new OpenAI();\nopenai.responses.create({ model: "gpt-5", prompt: { id: "pmpt_cjs" } });',
      filename: "ask.cjs",
      errors: [{ messageId: "promptObject", line: 3 }],
    }),
    {
      // The Agents SDK's saved prompt.
      code: 'import { Agent } from "@openai/agents";\nexport const agent = new Agent({ name: "Support", prompt: { promptId: "pmpt_agent", version: "1", variables: { tone: "warm" } } });',
      errors: [{ messageId: "promptObject", line: 2 }],
    },
    js({
      code: 'const { Agent } = require("@openai/agents-openai");\nconst agent = Agent.create({ name: "x", prompt: { promptId: process.env.PROMPT_ID } });',
      filename: "agent.cjs",
      errors: [{ messageId: "promptObject", line: 2 }],
    }),
    {
      code: 'import * as agents from "@openai/agents";\nconst p = { promptId: "pmpt_ns" };\nnew agents.Agent({ name: "x", prompt: p });',
      errors: [{ messageId: "promptObject", line: 3 }],
    },
    {
      // REST: a prompt in the body sent to /v1/responses.
      code: 'await fetch("https://api.openai.com/v1/responses", {\n  method: "POST",\n  body: JSON.stringify({ model: "gpt-5", prompt: { id: "pmpt_rest", variables } }),\n});',
      errors: [{ messageId: "promptObject", line: 3 }],
    },
    {
      // REST: the body built separately.
      code: 'const payload = { model: "gpt-5", prompt: { id: promptId } };\nconst API = "https://api.openai.com/v1";\nawait axios.post(`${API}/responses`, payload);',
      errors: [{ messageId: "promptObject", line: 1 }],
    },
    {
      // The prompt objects endpoints themselves.
      code: 'await fetch(`https://api.openai.com/v1/prompts/${id}/versions`);\nawait got(OPENAI_BASE_URL + "/prompts");',
      errors: [
        { messageId: "promptsEndpoint", line: 1, data: { ...row, path: "prompts/{}/versions" } },
        { messageId: "promptsEndpoint", line: 2 },
      ],
    },
    {
      // A project's own wrapper around the SDK, given a saved prompt id.
      code: 'import { ask } from "./lib/ai";\nawait ask({ prompt: { id: "pmpt_wrapped" }, input });',
      errors: [{ messageId: "promptId", line: 2 }],
    },
    {
      // An allow list leaves other ids reported.
      code: `${client}await client.responses.create({ model: "gpt-5", prompt: { id: "pmpt_other" } });`,
      options: [{ allowedPromptIds: ["pmpt_keep"] }],
      errors: [{ messageId: "promptObject" }],
    },
    {
      // A client on a class field, and a wrapper taking the id as an argument.
      code: 'import OpenAI from "openai";\nclass Ai {\n  private client = new OpenAI();\n  ask(id: string) { return this.client.responses.create({ model: "gpt-5", prompt: { id } }); }\n}',
      errors: [{ messageId: "promptObject", line: 4 }],
    },
    {
      // A `pmpt_` const read only by the request: one report, on the request's `prompt`.
      code: `${client}export const PROMPT_ID = "pmpt_abc123";\nawait client.responses.create({ model: "gpt-5", input, prompt: { id: PROMPT_ID } });`,
      errors: [{ messageId: "promptObject", line: 4, column: 56 }],
    },
    {
      // A prompt chosen conditionally in the request.
      code: `${client}await client.responses.create({ model: "gpt-5", input, prompt: promptId ? { id: promptId } : undefined });`,
      errors: [{ messageId: "promptObject", line: 3, column: 56 }],
    },
    {
      // The Agents SDK's dynamic prompt: a function that returns the saved prompt.
      code: 'import { Agent } from "@openai/agents";\nexport const agent = new Agent({\n  name: "Support",\n  prompt: async (ctx) => ({ promptId: "pmpt_dyn", variables: { user: ctx.context.user } }),\n});',
      errors: [{ messageId: "promptObject", line: 4, column: 3 }],
    },
    js({
      // `new Agent` in CommonJS, with the prompt function held by a name.
      code: 'const { Agent } = require("@openai/agents");\nfunction savedPrompt() {\n  return { promptId: process.env.SUPPORT_PROMPT_ID, version: "2" };\n}\nmodule.exports = new Agent({ name: "Support", prompt: savedPrompt });',
      filename: "agent.cjs",
      errors: [{ messageId: "promptObject", line: 5, column: 47 }],
    }),
    js({
      // Plain JS, ESM: the body built in a const and sent with `JSON.stringify`.
      code: 'const body = JSON.stringify({ model: "gpt-5", prompt: { id: process.env.OPENAI_PROMPT_ID, version: "4" }, input });\nconst res = await fetch("https://api.openai.com/v1/responses", { method: "POST", headers, body });',
      filename: "ask.mjs",
      errors: [{ messageId: "promptObject", line: 1, column: 47 }],
    }),
    {
      // A request in a `let` that is never reassigned.
      code: `${client}let request = { model: "gpt-5", prompt: { prompt_id: "pmpt_let" } };\nawait client.responses.create(request);`,
      errors: [{ messageId: "promptObject", line: 3, column: 33 }],
    },
    {
      // The id brought into the prompt object by a spread of a shared config: one report, on `prompt`.
      code: `${client}export const SUPPORT_PROMPT = { id: "pmpt_68ab12cd", version: "3" };\nawait client.responses.create({ model: "gpt-5", input, prompt: { ...SUPPORT_PROMPT, variables: { plan } } });`,
      errors: [{ messageId: "promptObject", line: 4, column: 56 }],
    },
    {
      // Saved ids kept in a map (one report each), one of them in a template literal.
      code: "export const PROMPTS = { support: 'pmpt_support1', sales: `pmpt_sales2` };",
      errors: [
        { messageId: "promptId", column: 35, data: { ...row, id: "pmpt_support1" } },
        { messageId: "promptId", column: 59, data: { ...row, id: "pmpt_sales2" } },
      ],
    },
  ],
});
