import OpenAI from "openai";

const client = new OpenAI();

export async function answer(question: string) {
  const res = await client.responses.create({ model: "gpt-5.5", input: question });
  const completion = await client.chat.completions.create({ model: "gpt-5.5", messages: [{ role: "user", content: question }] });
  console.log(completion.choices[0].message.content, completion.usage?.prompt_tokens);
  console.log(`tokens: ${res.usage?.input_tokens}`); // expect: openai/no-chat-completions-output-in-responses
  return res.output_text; // expect: openai/no-chat-completions-output-in-responses
}

export async function streamAnswer(question: string) {
  const stream = await client.responses.create({ model: "gpt-5.5", input: question, stream: true });
  for await (const chunk of stream) {
    process.stdout.write(chunk.choices[0]?.delta?.content ?? ""); // expect: openai/no-chat-completions-output-in-responses
  }
}
