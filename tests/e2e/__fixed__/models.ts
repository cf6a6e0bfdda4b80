import OpenAI, { AzureOpenAI } from "openai";
import { Agent } from "@openai/agents";
import { openai } from "@ai-sdk/openai";

const client = new OpenAI();
const azure = new AzureOpenAI();
const MODEL = process.env.OPENAI_MODEL ?? "gpt-4.1"; // expect: openai/no-deprecated-models

export async function answer(question: string, model = "o3") { // expect: openai/no-deprecated-models
  return client.responses.create({ model, input: question });
}

export async function summarize(text: string, fast: boolean) {
  return client.chat.completions.create({
    model: fast ? "gpt-4o-mini" : MODEL, // expect: openai/no-deprecated-models
    messages: [{ role: "user", content: text }],
  });
}

export const agent = new Agent({ name: "Support", model: "gpt-5-mini" }); // expect: openai/no-deprecated-models
export const provider = openai("gpt-4o"); // expect: openai/no-deprecated-models

// Azure deployments follow Azure's schedule; price tables and labels only name ids.
export const onAzure = () => azure.chat.completions.create({ model: "gpt-4o", messages: [] });
export const PRICES: Record<string, number> = { "gpt-4o": 2.5, o3: 2 };
export const label = "Runs on gpt-4o";
export const current = () => client.responses.create({ model: "gpt-5.5", input: "hi" });
