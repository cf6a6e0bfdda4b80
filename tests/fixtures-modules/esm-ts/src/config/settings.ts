import { CHAT_MODEL } from "./constants";

export const settings = {
  chat: { model: CHAT_MODEL, temperature: 0.2 },
  embeddings: { model: "text-embedding-3-small" },
} as const;

export default {
  summary: { model: "gpt-4-32k-0613" },
};
