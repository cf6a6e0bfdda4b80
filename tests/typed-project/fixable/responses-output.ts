// Fixed by no-chat-completions-output-in-responses: the fixed reads must type-check on a Responses `Response`.
import OpenAI from "openai";

const client = new OpenAI({ apiKey: "sk-test" });

export async function summarize(text: string): Promise<string> {
  const res = await client.responses.create({ model: "gpt-5", input: text });
  const spent = (res.usage?.prompt_tokens ?? 0) + (res.usage?.completion_tokens ?? 0);
  const { usage } = res;
  console.log(spent, usage?.prompt_tokens);
  return res.choices[0].message.content;
}
