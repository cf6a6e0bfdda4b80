// Plain fetch calls, no SDK: a moderation check and an old Assistants endpoint.
const API = "https://api.openai.com/v1";
const headers = { Authorization: `Bearer ${process.env.OPENAI_API_KEY}`, "Content-Type": "application/json" };

export async function isFlagged(text) {
  const res = await fetch(`${API}/moderations`, {
    method: "POST",
    headers,
    body: JSON.stringify({ model: "text-moderation-stable", input: text }),
  });
  const { results } = await res.json();
  return results[0].flagged;
}

export async function listAssistants() {
  const res = await fetch(`${API}/assistants?limit=20`, { headers: { ...headers, "OpenAI-Beta": "assistants=v2" } });
  return res.json();
}

// The app's own route for its assistants page: not OpenAI's.
export const loadPage = () => fetch("/api/assistants");
