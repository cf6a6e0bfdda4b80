/**
 * Every rule page's examples are real: a `// ❌` block must make its rule report, a `// ✅` block must not, and
 * both must parse. Blocks fenced `ts` are parsed with @typescript-eslint/parser, `js` blocks with ESLint's default.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";

import { rules } from "../src/rules";

const docs = path.resolve(__dirname, "../docs/rules");
const EXAMPLE = /```(js|ts)\n(\/\/ (❌|✅)[^\n]*\n[\s\S]*?)```/gu;

describe.each(Object.keys(rules))("docs/rules/%s.md", (name) => {
  const page = readFileSync(path.join(docs, `${name}.md`), "utf8");
  const examples = [...page.matchAll(EXAMPLE)].map(([, language, code, verdict]) => ({
    language: language!,
    code: code!,
    incorrect: verdict === "❌",
  }));

  it("has incorrect and correct examples", () => {
    expect(examples.some((example) => example.incorrect)).toBe(true);
    expect(examples.some((example) => !example.incorrect)).toBe(true);
  });

  it.each(examples.map((example, index) => [index + 1, example] as const))("example %i", (_, example) => {
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify(
      example.code,
      [
        {
          files: ["**/*.js", "**/*.ts"],
          plugins: { openai: { rules } as never },
          rules: { [`openai/${name}`]: "error" },
          ...(example.language === "ts" ? { languageOptions: { parser: tsParser as never } } : {}),
        },
      ],
      `example.${example.language}`,
    );
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    if (example.incorrect) expect(messages.length).toBeGreaterThan(0);
    else expect(messages).toEqual([]);
  });
});

it("every rule page belongs to a rule", () => {
  const pages = readdirSync(docs).map((file) => file.replace(/\.md$/u, ""));
  expect(pages.sort()).toEqual(Object.keys(rules).sort());
});
