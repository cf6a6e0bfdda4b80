/**
 * Messages word their dates for the day the lint runs (the `date` option, `settings.openai.date`, else today in UTC);
 * what is reported never depends on that day. The same code is linted on the day before a shutdown, on the day and the
 * day after.
 */
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";

import { rules } from "../src/rules";

const CODE = `
import OpenAI from "openai";
const client = new OpenAI();
await client.responses.create({ model: "gpt-5.5", prompt: { id: "pmpt_abc123" } });
await client.beta.threads.create();
await client.moderations.create({ model: "text-moderation-latest", input });
await client.beta.chatkit.sessions.create({ user, workflow: { id: "wf_68df4b13b3588190a09d19288d4610ec0b4a91a2a6a7b6b1" } });
await client.responses.create({ model: "o3", input });
await client.videos.list();
`;

const DATED_RULES = ["no-assistants-api", "no-prompt-objects", "no-agent-builder-workflows", "no-legacy-moderation-models", "no-deprecated-models", "no-deprecated-api"];

function lint(ruleOptions: (rule: string) => unknown[], settings: Record<string, unknown> = {}) {
  const linter = new Linter({ configType: "flat" });
  return linter.verify(CODE, [
    {
      plugins: { openai: { rules } as never },
      settings,
      rules: Object.fromEntries(DATED_RULES.map((rule) => [`openai/${rule}`, ["error", ...ruleOptions(rule)]])),
    },
  ]);
}

const on = (date: string) => lint(() => [{ date }]);
const where = (messages: Linter.LintMessage[]) => messages.map(({ ruleId, line, column }) => `${ruleId}@${line}:${column}`);

describe("dated messages", () => {
  it("report the same uses whatever the day", () => {
    const before = on("2026-11-29");
    expect(before.map((message) => message.ruleId).sort()).toEqual(DATED_RULES.map((rule) => `openai/${rule}`).sort());
    expect(where(on("2026-11-30"))).toEqual(where(before));
    expect(where(on("2027-06-01"))).toEqual(where(before));
  });

  it("word the prompt objects' shutdown before, on and after its day", () => {
    const prompt = (date: string) => on(date).filter((message) => message.ruleId === "openai/no-prompt-objects").map((message) => message.message);
    expect(prompt("2026-11-29")[0]).toContain("`v1/prompts` shuts down on November 30, 2026, in 1 day.");
    expect(prompt("2026-11-30")[0]).toContain("`v1/prompts` shuts down today, November 30, 2026.");
    expect(prompt("2026-12-01")[0]).toContain("`v1/prompts` was shut down on November 30, 2026.");
  });

  it("word Agent Builder's and the Assistants API's shutdowns", () => {
    const messages = on("2026-11-01");
    expect(messages.find((message) => message.ruleId === "openai/no-agent-builder-workflows")?.message).toContain(
      "Agent Builder shuts down on November 30, 2026, in 29 days.",
    );
    expect(messages.find((message) => message.ruleId === "openai/no-assistants-api")?.message).toContain(
      "calls the Assistants API, which was shut down on August 26, 2026.",
    );
    expect(messages.find((message) => message.ruleId === "openai/no-legacy-moderation-models")?.message).toContain(
      "was deprecated on April 28, 2025 and was shut down on October 27, 2025.",
    );
  });

  it("word the Sora API's shutdown before and after its day", () => {
    const sora = (date: string) => on(date).find((message) => message.ruleId === "openai/no-deprecated-api")?.message;
    expect(sora("2026-09-20")).toContain("`videos.list()` calls the Sora API, which shuts down on September 24, 2026, in 4 days.");
    expect(sora("2026-11-30")).toContain("`videos.list()` calls the Sora API, which was shut down on September 24, 2026.");
  });

  it("take the day from settings.openai.date when a rule has no date option", () => {
    const messages = lint(() => [], { openai: { date: "2026-12-11" } });
    expect(messages.find((message) => message.ruleId === "openai/no-deprecated-models")?.message).toContain("`o3` shuts down today, December 11, 2026");
    expect(messages.find((message) => message.ruleId === "openai/no-prompt-objects")?.message).toContain("was shut down on November 30, 2026");
  });

  it("let a rule's own date option win over the setting", () => {
    const messages = lint(() => [{ date: "2026-12-01" }], { openai: { date: "2026-01-01" } });
    expect(messages.find((message) => message.ruleId === "openai/no-deprecated-models")?.message).toContain("`o3` shuts down on December 11, 2026, in 10 days");
  });
});
