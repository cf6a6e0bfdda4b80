// A support bot written against the Assistants API in 2024, and a LangGraph helper beside it.
import { Client } from "@langchain/langgraph-sdk";
import OpenAI from "openai";
import type { Run } from "openai/resources/beta/threads/runs/runs";

export class SupportBot {
  private readonly openai = new OpenAI({ defaultHeaders: { "OpenAI-Beta": "assistants=v2" } });
  private readonly threads = this.openai.beta.threads;

  async answer(question: string): Promise<Run> {
    const thread = await this.threads.create();
    await this.threads.messages.create(thread.id, { role: "user", content: question });
    return this.threads.runs.createAndPoll(thread.id, { assistant_id: process.env.ASSISTANT_ID! });
  }

  async moderate(text: string) {
    return this.openai.moderations.create({ model: "text-moderation-latest", input: text });
  }
}

// LangGraph has threads and runs of its own: not OpenAI's, and not reported.
export async function startGraph() {
  const graph = new Client();
  const thread = await graph.threads.create();
  return graph.runs.stream(thread.thread_id, "agent");
}
