// What the openai SDK itself marks deprecated. `recommended` reports what stops working on a date (the Sora API,
// audio translations) or already fails (`max_tokens` to a reasoning model such as gpt-5.5, fixed); `strict` and `all`
// (as here) add the undated advice: old import paths (fixed) and `user` (two suggestions) in Chat Completions.
import OpenAI from "openai";
import { APIError } from "openai/error";

const client = new OpenAI();

export async function trailer(prompt: string) {
  return client.videos.create({ model: "sora-2", prompt });
}

export async function reply(messages: OpenAI.Chat.ChatCompletionMessageParam[], userId: string) {
  try {
    const completion = await client.chat.completions.create({ model: "gpt-5.5", messages, max_tokens: 300, user: userId });
    return completion.choices[0]?.message.content;
  } catch (error) {
    if (error instanceof APIError) return null;
    throw error;
  }
}
