// Imports whose values never reach a request: nothing is resolved or read for this file.
import { MODEL_LABELS, PRICES } from "../config/labels";
import { CHAT_MODEL } from "../config/constants";

export function describe(model: string): string {
  return `${MODEL_LABELS[model as keyof typeof MODEL_LABELS] ?? model} costs ${PRICES["gpt-4-32k"]}; default ${CHAT_MODEL}`;
}
