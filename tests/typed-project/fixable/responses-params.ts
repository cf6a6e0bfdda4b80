// Fixed by no-chat-completions-params-in-responses: the fixed request must type-check as a Responses request.
import OpenAI from "openai";

const client = new OpenAI({ apiKey: "sk-test" });

export async function extract(text: string, callId: string) {
  const response = await client.responses.create({
    model: "gpt-5",
    messages: [
      { role: "user", content: text },
      { type: "function_call_output", tool_call_id: callId, output: "42" },
    ],
    max_tokens: 500,
    reasoning_effort: "low",
    response_format: {
      type: "json_schema",
      json_schema: { name: "invoice", schema: { type: "object", properties: { total: { type: "number" } } }, strict: true },
    },
    verbosity: "low",
    tools: [
      { type: "function", function: { name: "lookup", description: "Find a vendor", parameters: { type: "object", properties: {} } } },
    ],
  });
  return response.output_text;
}

// Chat content parts: converted with the rename (`text` → `input_text`, `image_url` → `input_image`).
export async function describe(question: string, url: string) {
  const response = await client.responses.create({
    model: "gpt-5",
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: question },
          { type: "image_url", image_url: { url } },
          { type: "image_url", image_url: { url, detail: "low" } },
        ],
      },
    ],
  });
  return response.output_text;
}
