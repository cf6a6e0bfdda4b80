/**
 * The audit groups findings by the retirement the data of their report names (no-deprecated-api and no-deprecated-params
 * by SDK entry, no-deprecated-models by model id), read back from the message through its message id's template.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { expect, it } from "vitest";

import { messageData, retirementOf } from "../../src/cli/retirements";
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
import { Configuration, OpenAIApi } from "openai-edge";
new WebSocket(url, { headers: { "OpenAI-Beta": "realtime=v1" } });
await client.evals.list();
await client.fineTuning.jobs.create({ model, training_file });
await client.responses.create({ model, tools: [{ type: "local_shell" }], input });`;
  const messages = new Linter({ configType: "flat" }).verify(code, [
    {
      plugins: { openai: { rules } as never },
      settings: { openai: { date: "2026-11-30" } },
      rules: { "openai/no-deprecated-api": "error", "openai/no-deprecated-params": "error" },
    },
  ]);
  const groups = messages.map((message) => {
    const retirement = retirementOf({ rule: message.ruleId!.replace("openai/", ""), messageId: message.messageId, message: message.message });
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
    // A row of the deprecations page, not of the SDK's tags.
    "11 realtime-beta 2026-05-12",
    "12 evals-api 2026-11-30",
    "13 fine-tuning-jobs 2027-01-06",
    "14 local-shell-tool 2026-02-12",
  ]);
  expect(messages.find((message) => message.line === 9)!.message).toMatch(/^`max_tokens` is rejected by the API/u);
  // The page's rows say what to do in the rule's words: where the page names nothing to move to, no "move to …".
  const fineTuning = messages.find((message) => message.line === 13)!;
  const retirement = retirementOf({ rule: "no-deprecated-api", messageId: fineTuning.messageId, message: fineTuning.message });
  expect(retirement.replacement).toBeUndefined();
  expect(retirement.note).toBe("OpenAI names no replacement for new fine-tuning jobs (new and inactive organizations lost them earlier).");
});

it("reads back the data of every report on the fixtures and examples through its message id's template", () => {
  const linter = new Linter({ configType: "flat" });
  const config: Linter.Config[] = [
    { files: ["**/*.cjs"], languageOptions: { sourceType: "commonjs" as const } },
    { files: ["**/*.ts"], languageOptions: { parser: tsParser as Linter.Parser } },
    { plugins: { openai: { rules } as never }, settings: { openai: { date: "2026-11-30" } }, rules: Object.fromEntries(Object.keys(rules).map((name) => [`openai/${name}`, "error"])) },
  ];
  const folders = [path.resolve(__dirname, "../fixtures"), path.resolve(__dirname, "../../examples")];
  let checked = 0;
  for (const folder of folders) {
    for (const file of readdirSync(folder).filter((name) => /\.(?:[cm]?js|ts)$/u.test(name) && name !== "eslint.config.mjs")) {
      for (const message of linter.verify(readFileSync(path.join(folder, file), "utf8"), config, { filename: path.join(folder, file) })) {
        if (message.fatal === true) continue;
        const rule = message.ruleId!.replace("openai/", "");
        const template = (rules as Record<string, { meta: { messages: Record<string, string> } }>)[rule]!.meta.messages[message.messageId!]!;
        const placeholders = new Set([...template.matchAll(/\{\{\s*([\w-]+)\s*\}\}/gu)].map((match) => match[1]));
        expect(Object.keys(messageData(rule, message.messageId, message.message)).sort(), `${file}:${message.line} ${message.message}`).toEqual(
          [...placeholders].sort(),
        );
        // A rule with table rows never falls back to a retirement named after it.
        expect(retirementOf({ rule, messageId: message.messageId, message: message.message }).id).not.toBe(rule);
        checked++;
      }
    }
  }
  expect(checked).toBeGreaterThan(50);
});
