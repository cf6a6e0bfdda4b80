import { Client } from "@temporalio/client";

const apiBase = process.env.CHATKIT_API_BASE ?? "https://api.openai.com";
const WORKFLOW_ID = process.env.CHATKIT_WORKFLOW_ID; // only read by the session request below: one report there

export async function POST(request) {
  const { user } = await request.json();
  const upstream = await fetch(`${apiBase}/v1/chatkit/sessions`, {
    method: "POST",
    headers: { "OpenAI-Beta": "chatkit_beta=v1", Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
    body: JSON.stringify({ workflow: { id: WORKFLOW_ID }, user }), // expect: openai/no-agent-builder-workflows
  });
  return upstream.json();
}

// Temporal's ids start with wf_ too.
export const startOrder = (flow) => new Client().workflow.start(flow, { taskQueue: "orders", workflowId: "wf_order_1" });
