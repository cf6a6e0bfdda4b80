// Output handling carried over from Chat Completions onto Responses API results.
import OpenAI from "openai";

const client = new OpenAI();

export async function summarize(text: string) {
  const res = await client.responses.create({ model: "gpt-5.5", input: `Summarize: ${text}` });
  console.log("used", res.usage?.prompt_tokens, "+", res.usage?.completion_tokens, "tokens");
  return res.choices[0].message.content;
}

export async function streamSummary(text: string, write: (chunk: string) => void) {
  const stream = await client.responses.create({ model: "gpt-5.5", input: text, stream: true });
  for await (const chunk of stream) write(chunk.choices[0]?.delta?.content ?? "");
}

export async function streamWithHelper(text: string, write: (chunk: string) => void) {
  const stream = client.responses.stream({ model: "gpt-5.5", input: text });
  stream.on("content", (delta) => write(delta));
  const final = await stream.finalResponse();
  return final.output_text || final.choices?.[0]?.message?.content;
}

// Chat Completions read the Chat way: correct, not reported.
export async function classic(text: string) {
  const completion = await client.chat.completions.create({ model: "gpt-5.5", messages: [{ role: "user", content: text }] });
  return completion.choices[0].message.content;
}
