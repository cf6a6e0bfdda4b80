// Look-alikes: names shown to people and a price table, never sent.
export const MODEL_LABELS = { "gpt-4.5-preview": "GPT-4.5 (preview)" };
export const PRICES = { "gpt-4-32k": 0.06 };
export const LABEL = "gpt-4.5-preview";
