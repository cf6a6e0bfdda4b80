// Fixed by no-deprecated-api and no-deprecated-params: the old entry points, `max_tokens` and
// `reasoning.generate_summary` renamed; the fixed code must type-check against the SDK's types.
import OpenAI from "openai";
import { APIError } from "openai/error";
import type { Stream } from "openai/streaming";
import type { ChatCompletionChunk } from "openai/resources/chat/completions";

const client = new OpenAI({ apiKey: "sk-test" });

export async function summarize(text: string): Promise<string | null> {
  try {
    const completion = await client.chat.completions.create({
      model: "gpt-4.1",
      messages: [{ role: "user", content: text }],
      max_tokens: 200,
    });
    return completion.choices[0]?.message.content ?? null;
  } catch (error) {
    if (error instanceof APIError) return null;
    throw error;
  }
}

export async function think(question: string): Promise<string> {
  const request = { model: "gpt-5", input: question, reasoning: { effort: "low" as const, generate_summary: "auto" as const } };
  const response = await client.responses.create(request);
  return response.output_text;
}

export async function stream(text: string): Promise<Stream<ChatCompletionChunk>> {
  const body = { model: "gpt-4.1", messages: [{ role: "user" as const, content: text }], max_tokens: 50, stream: true as const };
  return client.chat.completions.create(body);
}
