import OpenAI from "openai";
import defaultModel, { getModel, modelFor } from "@/config/model-functions";

const openai = new OpenAI();

export async function ask(user: string, input: string) {
  await openai.chat.completions.create({ model: getModel(), messages: [{ role: "user", content: input }] });
  await openai.responses.create({ model: await modelFor(user), input });
  return openai.responses.create({ model: defaultModel(), input });
}
