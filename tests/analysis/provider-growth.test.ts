/**
 * Who serves `this.client.…` is decided from the class's fields, which are collected once per class: a generated class
 * with many requests costs linear time. Before, each request walked the whole class again (a class of 2,000 methods
 * took two minutes with every rule on). Two sizes in one run: eight times the requests must cost far less than
 * sixty-four times (what the square would give).
 */
import { Linter } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { expect, it } from "vitest";

import noDeprecatedApi from "../../rules/no-deprecated-api";
import noDeprecatedParams from "../../rules/no-deprecated-params";

const plugin = { rules: { "no-deprecated-params": noDeprecatedParams, "no-deprecated-api": noDeprecatedApi } } as unknown as NonNullable<
  Linter.Config["plugins"]
>[string];

function generatedClass(methods: number): string {
  let code = 'import OpenAI from "openai";\nclass Bot {\n  private client = new OpenAI();\n';
  for (let index = 0; index < methods; index++) {
    code += `  m${index}() { return this.client.chat.completions.create({ model: "gpt-4.1", messages, max_tokens: ${index} }); }\n`;
  }
  return `${code}}\n`;
}

function lint(code: string): { ms: number; reports: number } {
  const linter = new Linter({ configType: "flat" });
  const config = [
    {
      files: ["**/*.ts"],
      plugins: { openai: plugin },
      languageOptions: { parser: tsParser },
      rules: { "openai/no-deprecated-params": "error", "openai/no-deprecated-api": "error" },
    },
  ] satisfies Linter.Config[];
  const start = performance.now();
  const reports = linter.verify(code, config, "bot.ts").length;
  return { ms: performance.now() - start, reports };
}

it("requests on a class field grow linearly with their number", () => {
  const small = generatedClass(250);
  const large = generatedClass(2000);
  lint(small);
  // The least of three runs of each, so that a busy machine's pause does not decide.
  const timeOf = (code: string): number => Math.min(...[0, 1, 2].map(() => lint(code).ms));
  const [smallMs, largeMs] = [timeOf(small), timeOf(large)];
  expect(lint(large).reports).toBe(2000);
  expect(largeMs / smallMs).toBeLessThan(24);
});
