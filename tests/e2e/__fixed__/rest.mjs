const BASE = "https://api.openai.com/v1";

export async function createThread() {
  const res = await fetch(`${BASE}/threads`, { // expect: openai/no-assistants-api
    method: "POST",
    headers: { "OpenAI-Beta": "assistants=v2" },
  });
  return res.json();
}

export const check = (input) =>
  fetch(`${BASE}/moderations`, { method: "POST", body: JSON.stringify({ model: "omni-moderation-latest", input }) }); // expect: openai/no-legacy-moderation-models

export const ownRoute = () => fetch("/api/threads");
