/** The audit groups no-deprecated-api and no-deprecated-params findings by the SDK entry their message names. */
import { Linter } from "eslint";
import { expect, it } from "vitest";

import { retirementOf } from "../../src/cli/retirements";
import { rules } from "../../src/rules";

it("each finding of the SDK's deprecations belongs to its own entry, dated where the SDK gives a date", () => {
  const code = `import OpenAI from "openai";
import { Stream } from "openai/streaming";
const client = new OpenAI();
await client.videos.list();
await client.audio.translations.create({ file, model });
await client.chat.completions.create({ model, messages, max_tokens: 5, user: "u" });
await client.images.generate({ model, prompt, user: "u" });
await client.responses.create({ model, input, reasoning: { generate_summary: "auto" } });
await client.chat.completions.create({ model: "o3", messages, max_tokens: 5 });
import { Configuration, OpenAIApi } from "openai-edge";`;
  const messages = new Linter({ configType: "flat" }).verify(code, [
    {
      plugins: { openai: { rules } as never },
      settings: { openai: { date: "2026-11-30" } },
      rules: { "openai/no-deprecated-api": "error", "openai/no-deprecated-params": "error" },
    },
  ]);
  const groups = messages.map((message) => {
    const retirement = retirementOf({ rule: message.ruleId!.replace("openai/", ""), message: message.message, text: "" });
    return `${message.line} ${retirement.id} ${retirement.shutdown ?? "-"}`;
  });
  expect(groups).toEqual([
    "2 sdk:import-paths -",
    "4 sdk:videos 2026-09-24",
    "5 sdk:audio.translations 2027-02-26",
    "6 sdk:chat.max_tokens -",
    "6 sdk:user -",
    "7 sdk:images.user -",
    "8 sdk:reasoning.generate_summary -",
    // Rejected by a reasoning model, in other words: the same entry.
    "9 sdk:chat.max_tokens -",
    "10 openai-v3-sdk -",
  ]);
  expect(messages.find((message) => message.line === 9)!.message).toMatch(/^`max_tokens` is rejected by the API/u);
});
