/**
 * src/create-rule.ts: a rule's options are merged with its defaults once per distinct options and shared, frozen,
 * between files; a file that passes no gate gets no listeners. Through ESLint's own Linter, as a user's config runs.
 */
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createRule } = require("../dist/src/create-rule.js") as typeof import("../src/create-rule");
type Mention = import("../src/analysis").Mention;

interface Options {
  readonly include: "all" | "shutdown";
  readonly ignore: readonly string[];
}

function recordingRule(mentions?: readonly Mention[]) {
  const seen: { options: Options; file: string }[] = [];
  const rule = createRule<[Options], "seen">({
    name: "recording",
    ...(mentions === undefined ? {} : { mentions }),
    meta: {
      type: "problem",
      docs: { description: "records its options", recommended: false },
      messages: { seen: "seen" },
      schema: [
        {
          type: "object",
          properties: { include: { type: "string", enum: ["all", "shutdown"] }, ignore: { type: "array", items: { type: "string" } } },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ include: "all", ignore: [] }],
    },
    create(context, [options]) {
      seen.push({ options, file: context.filename });
      return {};
    },
  });
  return { rule, seen };
}

// Text that passes the gate (it names OpenAI), and text that passes none.
const OPENAI_TEXT = 'import OpenAI from "openai";\nconst client = new OpenAI();\n';
const PLAIN_TEXT = "export const answer = 42;\n";

function lint(rule: unknown, ruleConfig: Linter.RuleEntry, files: readonly [string, string][]): void {
  const linter = new Linter({ configType: "flat" });
  const config: Linter.Config[] = [{ plugins: { test: { rules: { recording: rule as never } } }, rules: { "test/recording": ruleConfig } }];
  for (const [name, text] of files) expect(linter.verify(text, config, { filename: name })).toEqual([]);
}

describe("createRule", () => {
  it("gives every file of one config the same merged, frozen options", () => {
    const { rule, seen } = recordingRule();
    const options = { include: "shutdown" };
    lint(rule, ["error", options], [
      ["a.js", OPENAI_TEXT],
      ["b.js", OPENAI_TEXT],
    ]);
    expect(seen.map(({ file }) => file)).toEqual(["a.js", "b.js"]);
    expect(seen[0]!.options).toEqual({ include: "shutdown", ignore: [] });
    expect(seen[1]!.options).toBe(seen[0]!.options);
    expect(Object.isFrozen(seen[0]!.options)).toBe(true);
    expect(Object.isFrozen(seen[0]!.options.ignore)).toBe(true);
    // The user's own object is left as it was.
    expect(Object.isFrozen(options)).toBe(false);
    expect(options).toEqual({ include: "shutdown" });
  });

  it("merges other options apart, and gives the defaults where the config sets none", () => {
    const { rule, seen } = recordingRule();
    lint(rule, ["error", { ignore: ["gpt-4o"] }], [["a.js", OPENAI_TEXT]]);
    lint(rule, ["error", { include: "shutdown", ignore: ["o3"] }], [["b.js", OPENAI_TEXT]]);
    lint(rule, "error", [["c.js", OPENAI_TEXT]]);
    expect(seen.map(({ options }) => options)).toEqual([
      { include: "all", ignore: ["gpt-4o"] },
      { include: "shutdown", ignore: ["o3"] },
      { include: "all", ignore: [] },
    ]);
  });

  it("answers equal options written as two objects alike", () => {
    const { rule, seen } = recordingRule();
    lint(rule, ["error", { include: "shutdown" }], [["a.js", OPENAI_TEXT]]);
    lint(rule, ["error", { include: "shutdown" }], [["b.js", OPENAI_TEXT]]);
    expect(seen[1]!.options).toBe(seen[0]!.options);
  });

  it("does not run a rule's own create on a file that passes no gate", () => {
    const { rule, seen } = recordingRule();
    lint(rule, "error", [
      ["plain.js", PLAIN_TEXT],
      ["openai.js", OPENAI_TEXT],
    ]);
    expect(seen.map(({ file }) => file)).toEqual(["openai.js"]);
  });

  it("does not run it either where the text has none of the words the rule gives as its gate", () => {
    const { rule, seen } = recordingRule(["assistants", "chatkit"]);
    lint(rule, "error", [
      ["openai.js", OPENAI_TEXT],
      ["assistants.js", `${OPENAI_TEXT}await client.beta.assistants.list();\n`],
      ["chatkit.js", "await fetch(`${base}/v1/chatkit/sessions`);\n"],
      ["plain.js", PLAIN_TEXT],
    ]);
    expect(seen.map(({ file }) => file)).toEqual(["assistants.js", "chatkit.js"]);
    // The rule object ESLint sees has no such key.
    expect(Object.keys(rule)).not.toContain("mentions");
  });
});
