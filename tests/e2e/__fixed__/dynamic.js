export async function poll(threadId, runId) {
  const { default: OpenAI } = await import("openai");
  const client = new OpenAI();
  const local = { beta: { threads: { runs: { poll: async () => null } } } };
  await local.beta.threads.runs.poll(threadId, runId);
  return client.beta.threads.runs.poll(threadId, runId); // expect: openai/no-assistants-api
}
