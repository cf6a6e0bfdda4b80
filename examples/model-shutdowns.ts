// Model ids with a shutdown date, where they reach an OpenAI request. Replacing a model changes answers and price,
// so the rule suggests the replacement in the editor and never rewrites it on save.
import { Agent } from "@openai/agents";
import OpenAI from "openai";

const client = new OpenAI();
const DEFAULT_MODEL = process.env.OPENAI_MODEL ?? "gpt-4o";

export async function answer(question: string, model = DEFAULT_MODEL) {
  const response = await client.responses.create({ model, input: question });
  return response.output_text;
}

export async function speak(text: string) {
  return client.audio.speech.create({ model: "tts-1", voice: "alloy", input: text });
}

export const researcher = new Agent({ name: "Researcher", model: "o3", instructions: "Find sources." });
