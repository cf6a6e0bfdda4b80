import rule from "../../rules/no-agent-builder-workflows";
import { AGENT_BUILDER_WORKFLOWS, deprecationData } from "../../src/deprecations";
import { js, ruleTester } from "../rule-tester";

const row = deprecationData(AGENT_BUILDER_WORKFLOWS);
const WF = "wf_68df4b13b3588190a09d19288d4610ec0b4a91a2a6a7b6b1";

ruleTester.run("no-agent-builder-workflows", rule, {
  valid: [
    // Temporal's workflow ids.
    'import { Client } from "@temporalio/client";\nconst temporal = new Client();\nawait temporal.workflow.start(orderFlow, { taskQueue: "orders", workflowId: "wf_order_123" });',
    `const handle = await client.workflow.start(flow, { workflowId: "${WF}" });`,
    // A CI system's API taking a workflow object.
    'await fetch("https://ci.example.com/api/v2/pipeline", { method: "POST", body: JSON.stringify({ workflow: { id: "wf_build" } }) });',
    // GitHub Actions' workflow dispatch.
    'await octokit.actions.createWorkflowDispatch({ owner, repo, workflow_id: "deploy.yml", ref: "main" });',
    // Self-hosted ChatKit: the front end talks to its own server.
    'import { useChatKit } from "@openai/chatkit-react";\nconst { control } = useChatKit({ api: { url: "/chatkit", domainKey: process.env.NEXT_PUBLIC_DOMAIN_KEY } });',
    // ChatKit threads are not sessions for a workflow.
    'import OpenAI from "openai";\nconst client = new OpenAI();\nawait client.beta.chatkit.threads.list();\nawait client.beta.chatkit.threads.listItems("cthr_1");',
    // A self-hosted ChatKit server, where `workflow` objects are thread items.
    'export function toItem(thread) { return { type: "workflow", workflow: { type: "reasoning", tasks: [] }, thread_id: thread.id }; }',
    // Responses without a workflow.
    'import OpenAI from "openai";\nconst client = new OpenAI();\nawait client.responses.create({ model: "gpt-5", input });',
    // A local object shaped like the SDK.
    "const fake = { beta: { chatkit: { sessions: { create() {} } } } };\nfake.beta.chatkit.sessions.create({ workflow: { id: 'x' } });",
    // Another package's `useChatKit`.
    'import { useChatKit } from "./my-chat";\nuseChatKit({ api: { getClientSecret } });',
    // A `wf_` id with no name that says ChatKit.
    `const ids = ["${WF}"];\nconst WORKFLOW_ID = "wf_nightly";`,
    // Env vars for other workflows.
    "const id = process.env.GITHUB_WORKFLOW_ID;\nconst flow = process.env.TEMPORAL_WORKFLOW;",
    // The app's own session route.
    'await fetch("/api/create-session", { method: "POST", body: JSON.stringify({ workflow: { id: workflowId } }) });',
    // `setOptions` on something that is not the ChatKit element.
    "chart.setOptions({ api: { getClientSecret } });",
    // Temporal in CommonJS.
    js({
      code: 'const { Connection, Client } = require("@temporalio/client");\nmodule.exports = { start: (c) => c.workflow.start(fn, { workflowId: "wf_x" }) };',
      filename: "temporal.cjs",
    }),
    // Temporal ids built from a template, and workflow env vars of CI.
    'import { WorkflowClient } from "@temporalio/client";\nconst { GITHUB_WORKFLOW, CI_WORKFLOW_ID } = process.env;\nawait new WorkflowClient().start(order, { workflowId: `wf_${orderId}`, taskQueue: "orders" });',
    // The `<openai-chatkit>` element pointed at a self-hosted ChatKit server.
    js({
      code: 'import "@openai/chatkit";\nconst chatkit = document.querySelector("openai-chatkit");\nchatkit.setOptions({ api: { url: "https://chat.example.com/chatkit", domainKey: "domain_pk_1" } });',
      filename: "chat.mjs",
    }),
    // A Worker's env bindings that have nothing to do with a ChatKit workflow.
    "export default { async fetch(request, env) { return new Response(env.OPENAI_API_KEY ? 'ok' : 'missing'); } };",
    // ChatKit env vars of a self-hosted setup, which name no workflow.
    'app.get("/chatkit/config", (c) => c.json({ url: "/chatkit", domainKey: c.env.CHATKIT_DOMAIN_KEY }));\nconst { CHATKIT_API_BASE } = process.env;',
    // A CI API taking a workflow object whose id only shares the prefix.
    js({
      code: 'const ci = require("./ci-client");\nci.post("/workflows/runs", { workflow: { id: "wf_deploy_production" }, branch: "main" });',
      filename: "deploy.cjs",
    }),
  ],
  invalid: [
    {
      // The SDK: a session for a hosted workflow.
      code: 'import OpenAI from "openai";\nconst client = new OpenAI();\nconst session = await client.beta.chatkit.sessions.create({\n  user: deviceId,\n  workflow: { id: process.env.CHATKIT_WORKFLOW_ID },\n});',
      errors: [{ messageId: "hostedSession", line: 5, column: 3, data: row }],
    },
    {
      // The request through a variable: reported on its `workflow`.
      code: `import OpenAI from "openai";\nconst client = new OpenAI();\nconst request = { user, workflow: { id: "${WF}", version: "3" } };\nawait client.beta.chatkit.sessions.create(request);`,
      errors: [{ messageId: "hostedSession", line: 3, column: 25 }],
    },
    {
      // A request built elsewhere entirely: the API requires a workflow, so the call is reported.
      code: 'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const open = (body: OpenAI.Beta.ChatKit.SessionCreateParams) => client.beta.chatkit.sessions.create(body);',
      errors: [{ messageId: "hostedSession", line: 3 }],
    },
    {
      // A client from the project's module: the chain is distinctive.
      code: 'import { openai } from "@/lib/openai";\nexport async function POST() {\n  return openai.beta.chatkit.sessions.create({ user: "u", workflow: { id: WORKFLOW_ID } });\n}',
      errors: [{ messageId: "hostedSession", line: 3 }],
    },
    js({
      code: 'const OpenAI = require("openai");\nconst client = new OpenAI();\nclient.beta.chatkit.sessions.create({ user, workflow: { id: wf } });',
      filename: "session.cjs",
      errors: [{ messageId: "hostedSession", line: 3 }],
    }),
    {
      // The official starter's route: REST with the beta header, URL from a base.
      code: [
        "const apiBase = process.env.CHATKIT_API_BASE ?? 'https://api.openai.com';",
        "const url = `${apiBase}/v1/chatkit/sessions`;",
        "const upstream = await fetch(url, {",
        "  method: 'POST',",
        "  headers: { 'Content-Type': 'application/json', 'OpenAI-Beta': 'chatkit_beta=v1' },",
        "  body: JSON.stringify({ workflow: { id: resolvedWorkflowId }, user: userId }),",
        "});",
      ].join("\n"),
      errors: [{ messageId: "hostedSession", line: 6 }],
    },
    {
      // REST with an absolute URL and a body built separately.
      code: 'const payload = { workflow: { id: workflowId }, user };\nawait axios.post("https://api.openai.com/v1/chatkit/sessions", payload);',
      errors: [{ messageId: "hostedSession", line: 1 }],
    },
    {
      // REST whose body is not visible: reported on the URL.
      code: 'export const create = (body) => fetch("https://api.openai.com/v1/chatkit/sessions", { method: "POST", body });',
      errors: [{ messageId: "hostedSession", line: 1, column: 39 }],
    },
    {
      // The React front end fetching a client secret for the hosted workflow.
      code: 'import { useChatKit } from "@openai/chatkit-react";\nexport function Chat() {\n  const chatkit = useChatKit({\n    api: { async getClientSecret(existing) { return (await fetch("/api/create-session")).json(); } },\n  });\n}',
      errors: [{ messageId: "hostedClientSecret", line: 4, data: row }],
    },
    {
      // Options held in a const, shorthand `getClientSecret`.
      code: 'import { useChatKit } from "@openai/chatkit-react";\nconst options = { api: { getClientSecret }, theme: "dark" };\nuseChatKit(options);',
      errors: [{ messageId: "hostedClientSecret", line: 2 }],
    },
    {
      // The `<openai-chatkit>` element.
      code: 'import "@openai/chatkit";\nconst el = document.createElement("openai-chatkit");\nel.setOptions({ api: { getClientSecret: fetchSecret } });',
      errors: [{ messageId: "hostedClientSecret", line: 3 }],
    },
    {
      // Env vars named for a ChatKit / Agent Builder workflow.
      code: "export const WORKFLOW_ID = process.env.NEXT_PUBLIC_CHATKIT_WORKFLOW_ID?.trim() ?? '';\nconst agentKit = import.meta.env.VITE_AGENTKIT_WORKFLOW_ID;",
      errors: [
        { messageId: "workflowEnv", line: 1, data: { ...row, name: "NEXT_PUBLIC_CHATKIT_WORKFLOW_ID" } },
        { messageId: "workflowEnv", line: 2 },
      ],
    },
    {
      // A hard-coded id held by a name that says ChatKit, and an env fallback (one report for the line).
      code: `export const CHATKIT_WORKFLOW_ID = "${WF}";\nconst id = process.env.CHATKIT_WORKFLOW_ID ?? "${WF}";`,
      errors: [
        { messageId: "workflowId", line: 1, data: { ...row, id: WF } },
        { messageId: "workflowEnv", line: 2 },
      ],
    },
    {
      // A map of hard-coded ids under a ChatKit name.
      code: `const chatkitWorkflows = { support: "${WF}" };\nconst config = { agentBuilderWorkflowId: "${WF}" };`,
      errors: [{ messageId: "workflowId", line: 1 }, { messageId: "workflowId", line: 2 }],
    },
    {
      // A class field client and a subclass.
      code: 'import OpenAI from "openai";\nclass Sessions {\n  #ai = new OpenAI();\n  open(user: string) { return this.#ai.beta.chatkit.sessions.create({ user, workflow: { id: "wf_1" } }); }\n}',
      errors: [{ messageId: "hostedSession", line: 4 }],
    },
    {
      // A ChatKit-named const read only by the session request: one report, on its `workflow`.
      code: `import OpenAI from "openai";\nconst client = new OpenAI();\nconst CHATKIT_WORKFLOW_ID = "${WF}";\nawait client.beta.chatkit.sessions.create({ user, workflow: { id: CHATKIT_WORKFLOW_ID } });`,
      errors: [{ messageId: "hostedSession", line: 4, column: 51 }],
    },
    {
      // Env vars destructured from `process.env`.
      code: "const { OPENAI_API_KEY, NEXT_PUBLIC_CHATKIT_WORKFLOW_ID: workflowId } = process.env;",
      errors: [{ messageId: "workflowEnv", line: 1, column: 25, data: { ...row, name: "NEXT_PUBLIC_CHATKIT_WORKFLOW_ID" } }],
    },
    {
      // A Cloudflare Worker's `env` and Deno's `Deno.env.get`.
      code: "export default { fetch: (request, env) => Response.json({ workflow: env.CHATKIT_WORKFLOW_ID }) };\nconst id = Deno.env.get('AGENT_BUILDER_WORKFLOW_ID');",
      errors: [
        { messageId: "workflowEnv", line: 1, column: 69 },
        { messageId: "workflowEnv", line: 2, column: 12 },
      ],
    },
    {
      // A map of Agent Builder ids posted to the app's own session route as `workflow.id`.
      code: `const WORKFLOWS = { support: "${WF}" };\nawait fetch("/api/create-session", { method: "POST", body: JSON.stringify({ workflow: { id: WORKFLOWS.support } }) });`,
      errors: [{ messageId: "workflowId", line: 2, column: 93, data: { ...row, id: WF } }],
    },
    js({
      // The starter's session route in CommonJS, with axios.
      code: 'const axios = require("axios");\nmodule.exports = async (req, res) => {\n  const { data } = await axios.post("https://api.openai.com/v1/chatkit/sessions", { user: req.user.id, workflow: { id: process.env.CHATKIT_WORKFLOW_ID } }, { headers: { "OpenAI-Beta": "chatkit_beta=v1" } });\n  res.json({ client_secret: data.client_secret });\n};',
      filename: "session.cjs",
      errors: [{ messageId: "hostedSession", line: 3 }],
    }),
    js({
      // A Vite front end reading the workflow id.
      code: "export const workflowId = import.meta.env.VITE_CHATKIT_WORKFLOW_ID;",
      filename: "config.js",
      errors: [{ messageId: "workflowEnv", line: 1, column: 27 }],
    }),
  ],
});
