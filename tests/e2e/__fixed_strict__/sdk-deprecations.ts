// `configs.strict`: every deprecation the openai SDK documents, dated or not.
import OpenAI from "openai";
import { APIError } from "openai/core/error"; // expect: openai/no-deprecated-api

const client = new OpenAI();

export const session = () => client.beta.realtime.sessions.create({ model: "gpt-4o-realtime-preview" }); // expect: openai/no-deprecated-api, openai/no-deprecated-models
export const clip = (prompt: string) => client.videos.create({ model: "sora-2", prompt }); // expect: openai/no-deprecated-api

export async function ask(messages: OpenAI.Chat.ChatCompletionMessageParam[], userId: string) {
  try {
    return await client.chat.completions.create({
      model: "gpt-4.1", // expect: openai/no-deprecated-models
      messages,
      max_completion_tokens: 100, // expect: openai/no-deprecated-params
      user: userId, // expect: openai/no-deprecated-params
      seed: 7, // expect: openai/no-deprecated-params
    });
  } catch (error) {
    if (error instanceof APIError) return null;
    throw error;
  }
}

export const think = (input: string) =>
  client.responses.create({ model: "gpt-5", input, reasoning: { effort: "low", summary: "auto" } }); // expect: openai/no-deprecated-params, openai/no-deprecated-models

// Anthropic's `max_tokens` is required: silent.
export const claude = (anthropic: { messages: { create(body: object): unknown } }) =>
  anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [] });
