import OpenAI from "openai";

const client = new OpenAI();

export async function answer(question) {
  const res = await client.responses.create({ model: "gpt-5.5", input: question });
  const completion = await client.chat.completions.create({ model: "gpt-5.5", messages: [{ role: "user", content: question }] });
  console.log(completion.choices[0].message.content, completion.usage?.prompt_tokens);
  const { usage } = res;
  console.log(`tokens: ${usage.input_tokens} + ${usage.output_tokens}`); // expect: openai/no-chat-completions-output-in-responses, openai/no-chat-completions-output-in-responses
  return res.output_text || res.choices?.[0]?.message?.content; // expect: openai/no-chat-completions-output-in-responses
}

export function streamAnswer(question, write) {
  const stream = client.responses.stream({ model: "gpt-5.5", input: question });
  stream.on("content", (delta) => write(delta)); // expect: openai/no-chat-completions-output-in-responses
  stream.on("response.output_text.delta", (event) => write(event.delta));
  return stream.finalResponse().then((final) => final.output_text); // expect: openai/no-chat-completions-output-in-responses
}

export async function streamBoth(question, write) {
  const events = await client.responses.create({ model: "gpt-5.5", input: question, stream: true });
  for await (const chunk of events) write(chunk.choices[0]?.delta?.content ?? ""); // expect: openai/no-chat-completions-output-in-responses
  const chat = await client.chat.completions.create({ model: "gpt-5.5", messages: [{ role: "user", content: question }], stream: true });
  for await (const chunk of chat) write(chunk.choices[0]?.delta?.content ?? "");
}
