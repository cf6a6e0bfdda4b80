import OpenAI from "openai";

import { CHAT_MODEL, CURRENT_MODEL, FALLBACK_MODEL, Models, Defaults } from "../config/constants";
import { appSettings } from "@/config";
import summaries from "@/config/settings";
import { defaultChatConfig } from "src/config/chat-defaults";
import { LABEL, MODEL_LABELS, PRICES } from "../config/labels";
import { BROKEN_MODEL } from "../config/broken";
import { MISSING_MODEL } from "../config/missing";

const openai = new OpenAI();

export async function run(messages: OpenAI.ChatCompletionMessageParam[]) {
  await openai.chat.completions.create({ model: CHAT_MODEL, messages });
  await openai.chat.completions.create({ model: appSettings.chat.model, messages });
  await openai.chat.completions.create({ model: summaries.summary.model, messages });
  await openai.chat.completions.create({ model: Models.Legacy, messages });
  await openai.chat.completions.create({ model: Defaults.model, messages });
  await openai.chat.completions.create({ model: Defaults.visionModel, messages });
  await openai.chat.completions.create({ model: FALLBACK_MODEL, messages });
  await openai.chat.completions.create({ ...defaultChatConfig, messages });
  // Silent: a current model, labels and prices, an unparsable module, a module that is not there.
  await openai.chat.completions.create({ model: CURRENT_MODEL, messages });
  await openai.chat.completions.create({ model: Models.Current, messages });
  console.log(MODEL_LABELS[LABEL], PRICES["gpt-4-32k"], LABEL);
  await openai.chat.completions.create({ model: BROKEN_MODEL, messages });
  await openai.chat.completions.create({ model: MISSING_MODEL, messages });
  await openai.chat.completions.create({ ...defaultChatConfig, model: CURRENT_MODEL, messages });
}
