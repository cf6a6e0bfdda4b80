// A support bot that answers with a prompt saved in the dashboard, next to a UI prompt that is not OpenAI's.
import { openPrompt } from "@acme/ui";
import OpenAI from "openai";

const openai = new OpenAI();

// The id of the saved prompt, and the version the team pinned.
export const SUPPORT_PROMPT = { id: "pmpt_68ab12cd9e0f", version: "3" };

export async function answer(question: string, customer: { name: string; plan: string }) {
  const response = await openai.responses.create({
    model: "gpt-5.5",
    prompt: { ...SUPPORT_PROMPT, variables: { customer_name: customer.name, plan: customer.plan } },
    input: question,
  });
  return response.output_text;
}

// A confirmation dialog of the app's own UI kit: its `prompt` has nothing to do with the API.
export function confirmEscalation() {
  return openPrompt({ prompt: { id: "confirm-escalation", title: "Hand this chat to a person?" } });
}
