import OpenAI from "openai";

import { Config } from "../config/namespaced";

const openai = new OpenAI();

export async function ask(messages: OpenAI.ChatCompletionMessageParam[]) {
  return openai.chat.completions.create({ model: Config.model, messages });
}
