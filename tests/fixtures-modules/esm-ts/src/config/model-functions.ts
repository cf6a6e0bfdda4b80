// Models given by functions of a settings module: called where a request takes the model.
export function getModel() {
  return process.env.OPENAI_MODEL || "gpt-4o-mini";
}

export const fastModel = () => "o3";

export async function modelFor(_user: string) {
  return "gpt-4.1";
}

export function* models() {
  return "gpt-4o";
}

export function pick(tier: string) {
  const model = tier === "pro" ? "o3" : "gpt-5.5";
  return model;
}

export function currentModel() {
  return "gpt-5.5";
}

export const settings = { chatModel: () => "gpt-4o" };

// Named like any helper: followed only where its call is a request's `model` itself.
export const pick4o = () => "gpt-4o";

export default function defaultModel() {
  return "o4-mini";
}
