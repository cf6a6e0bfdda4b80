import OpenAI from "openai";
import { Agent } from "@openai/agents";
import { openPrompt } from "@acme/ui";

const client = new OpenAI();
const SAVED = { id: process.env.OPENAI_PROMPT_ID, version: "4" };

export async function summarize(text: string) {
  return client.responses.create({ model: "gpt-5.5", prompt: SAVED, input: text }); // expect: openai/no-prompt-objects
}

export const triage = new Agent({
  name: "Triage",
  prompt: { promptId: "pmpt_triage01" }, // expect: openai/no-prompt-objects
});

export const confirm = () => openPrompt({ prompt: { id: "confirm-delete" } });
export const listPrompts = () => fetch("https://api.openai.com/v1/prompts"); // expect: openai/no-prompt-objects
