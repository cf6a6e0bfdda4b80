import OpenAI from "openai";
import { ChatOpenAI } from "@langchain/openai";

const client = new OpenAI();
const llm = new ChatOpenAI({ model: "gpt-4o", n: 2, maxTokens: 100 });

export async function ask(question) {
  return client.responses.create({
    model: "gpt-5",
    input: [{ role: "user", content: question }], // expect: openai/no-chat-completions-params-in-responses
    max_output_tokens: 300, // expect: openai/no-chat-completions-params-in-responses
    tools: [{ type: "function", name: "lookup", parameters: { type: "object" }, strict: false }], // expect: openai/no-chat-completions-params-in-responses
  });
}

export const legacy = (messages) => client.chat.completions.create({ model: "gpt-4o", messages, n: 2, max_tokens: 50 });
export const viaLangChain = () => llm.invoke("hi");
