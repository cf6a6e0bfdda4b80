// The project's own client module: other files get the client from here, so syntax alone cannot see it is OpenAI's.
import OpenAI, { AzureOpenAI } from "openai";

export const openai = new OpenAI({ apiKey: "sk-test" });

export function getClient(): OpenAI {
  return openai;
}

export const azure: AzureOpenAI = new AzureOpenAI({ apiKey: "k", endpoint: "https://example.openai.azure.com", apiVersion: "2024-10-21" });

export const assistantsThreads = openai.beta.threads;
export const responses = openai.responses;

/** A service that gets its client injected, as DI containers do. */
export class AnswerService {
  constructor(private readonly ai: OpenAI) {}

  get client() {
    return this.ai;
  }
}
