import OpenAI from "openai";
import { ChatOpenAI } from "@langchain/openai";

const client = new OpenAI();
const local = new OpenAI({ baseURL: "http://localhost:11434/v1", apiKey: "ollama" });
const llm = new ChatOpenAI({ model: "gpt-5.5", n: 2, maxTokens: 100 });

export async function ask(question) {
  return client.responses.create({
    model: "gpt-5.5",
    input: [{ role: "user", content: question }], // expect: openai/no-chat-completions-params-in-responses
    max_output_tokens: 300, // expect: openai/no-chat-completions-params-in-responses
    reasoning: { effort: "low" }, // expect: openai/no-chat-completions-params-in-responses
    n: 2, // expect: openai/no-chat-completions-params-in-responses
    tools: [{ type: "function", name: "lookup", parameters: { type: "object" }, strict: false }], // expect: openai/no-chat-completions-params-in-responses
  });
}

export async function answerCall(call, result) {
  return client.responses.create({
    model: "gpt-5.5",
    input: [{ type: "function_call_output", call_id: call.id, output: JSON.stringify(result) }], // expect: openai/no-chat-completions-params-in-responses
  });
}

export const legacy = (messages) => client.chat.completions.create({ model: "gpt-5.5", messages, n: 2, max_completion_tokens: 50 });
export const viaLangChain = () => llm.invoke("hi");
export const onLocalModel = (input) => local.responses.create({ model: "llama3", input, max_tokens: 50 });
