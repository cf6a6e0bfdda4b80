// A Chat Completions call moved to the Responses API halfway: the endpoint changed, the request did not.
import OpenAI from "openai";

const client = new OpenAI();

export async function extractInvoice(text: string) {
  const response = await client.responses.create({
    model: "gpt-5.5",
    messages: [
      { role: "system", content: "Extract the invoice fields." },
      { role: "user", content: text },
    ],
    max_tokens: 800,
    reasoning_effort: "low",
    response_format: {
      type: "json_schema",
      json_schema: { name: "invoice", schema: { type: "object", properties: { total: { type: "number" } } }, strict: true },
    },
    tools: [{ type: "function", function: { name: "lookup_vendor", parameters: { type: "object", properties: {} } } }],
    n: 2,
  });
  return response.output_text;
}

// Still on Chat Completions, where these parameters are right: not reported.
export const draft = (text: string) =>
  client.chat.completions.create({ model: "gpt-5.5", messages: [{ role: "user", content: text }], n: 2, max_completion_tokens: 200 });
