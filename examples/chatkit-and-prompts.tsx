// A ChatKit front end on an Agent Builder workflow, and a server that answers with a saved prompt.
import { ChatKit, useChatKit } from "@openai/chatkit-react";
import OpenAI from "openai";

const openai = new OpenAI();

export function SupportChat() {
  const { control } = useChatKit({
    api: {
      async getClientSecret() {
        const res = await fetch("/api/create-session", { method: "POST" });
        return (await res.json()).client_secret;
      },
    },
  });
  return <ChatKit control={control} />;
}

export async function createSession(user: string) {
  return openai.beta.chatkit.sessions.create({ user, workflow: { id: process.env.CHATKIT_WORKFLOW_ID! } });
}

export async function answer(question: string) {
  const response = await openai.responses.create({ model: "gpt-5", prompt: { id: "pmpt_support_v3" }, input: question });
  return response.output_text;
}
