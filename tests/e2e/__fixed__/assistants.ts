import OpenAI, { AzureOpenAI } from "openai";
import type { Assistant } from "openai/resources/beta/assistants"; // expect: openai/no-assistants-api

const azure = new AzureOpenAI({ endpoint: process.env.AZURE_ENDPOINT, apiVersion: "2024-10-21" });

export class Runner {
  #client = new OpenAI();
  constructor(private readonly ai: OpenAI) {}

  async start(assistant: Assistant) {
    const thread = await this.#client.beta.threads.create(); // expect: openai/no-assistants-api
    const { runs } = this.ai.beta.threads;
    return runs.createAndPoll(thread.id, { assistant_id: assistant.id }); // expect: openai/no-assistants-api
  }
}

export const models = () => azure.models.list();
// Azure: its models follow Azure's schedule, as for every model id.
export const moderateOnAzure = (input: string) => azure.moderations.create({ model: "text-moderation-stable", input });
export const moderate = (input: string) =>
  new OpenAI().moderations.create({ model: "omni-moderation-latest", input }); // expect: openai/no-legacy-moderation-models
