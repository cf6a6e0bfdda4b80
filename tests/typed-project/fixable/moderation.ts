// Fixed by no-legacy-moderation-models: the fixed file must still type-check against the real `openai` types.
import OpenAI from "openai";

const client = new OpenAI({ apiKey: "sk-test" });

export async function flagged(input: string): Promise<boolean> {
  const result = await client.moderations.create({ model: "text-moderation-latest", input });
  return result.results[0]?.flagged ?? false;
}

export const MODERATION_MODEL = "text-moderation-stable";
