/** Every rule's schema rejects options it does not know, with ESLint's own message naming the rule. */
import { Linter } from "eslint";
import { expect, it } from "vitest";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../dist/src/index.js") as typeof import("../../src/index");

it.each(Object.keys(plugin.rules))("openai/%s rejects an unknown option", (name) => {
  const linter = new Linter({ configType: "flat" });
  const lint = () =>
    linter.verify("const a = 1;", [
      { plugins: { openai: plugin as never }, rules: { [`openai/${name}`]: ["error", { notAnOption: true }, "extra"] } },
    ]);
  expect(lint).toThrow(new RegExp(`Key "rules": Key "openai/${name}":`, "u"));
});

it.each([
  [{ date: "2026-13-01" }, /Value "2026-13-01" should match pattern/u],
  [{ date: "30 November 2026" }, /Value "30 November 2026" should match pattern/u],
  [{ onlyWithinDays: -1 }, /Value -1 should be >= 0/u],
  [{ onlyWithinDays: 1.5 }, /Value 1\.5 should be integer/u],
  [{ allow: ["gpt-4o", "gpt-4o"] }, /should NOT have duplicate items/u],
  [{ allow: "gpt-4o" }, /Value "gpt-4o" should be array/u],
])("openai/no-deprecated-models rejects %j with ESLint's schema message", (options, key) => {
  const linter = new Linter({ configType: "flat" });
  const lint = () =>
    linter.verify("const a = 1;", [{ plugins: { openai: plugin as never }, rules: { "openai/no-deprecated-models": ["error", options] } }]);
  expect(lint).toThrow(key);
});

it("openai/no-deprecated-models takes its documented options", () => {
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify('import OpenAI from "openai";\nnew OpenAI().responses.create({ model: "gpt-4o", input });', [
    { plugins: { openai: plugin as never }, rules: { "openai/no-deprecated-models": ["error", { allow: ["o3"], onlyWithinDays: 60, date: "2026-11-30" }] } },
  ]);
  expect(messages.map((message) => message.message)).toEqual([
    "`gpt-4o` shuts down on January 14, 2027, in 45 days. Move to `gpt-6-luna` before then. See https://developers.openai.com/api/docs/deprecations",
  ]);
});
