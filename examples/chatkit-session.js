// The ChatKit starter's session route (Next.js), and a Temporal job that shares the `wf_` prefix.
import { Client } from "@temporalio/client";

const apiBase = process.env.CHATKIT_API_BASE ?? "https://api.openai.com";

export async function POST(request) {
  const { userId } = await request.json();
  const upstream = await fetch(`${apiBase}/v1/chatkit/sessions`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Bearer ${process.env.OPENAI_API_KEY}`,
      "OpenAI-Beta": "chatkit_beta=v1",
    },
    body: JSON.stringify({ workflow: { id: process.env.CHATKIT_WORKFLOW_ID }, user: userId }),
  });
  const { client_secret } = await upstream.json();
  return Response.json({ client_secret });
}

// Temporal's workflow ids start with `wf_` too: not Agent Builder's.
export async function startNightlyExport(temporal = new Client()) {
  return temporal.workflow.start("nightlyExport", { taskQueue: "exports", workflowId: "wf_nightly_export" });
}
