/**
 * Every rule, fixes applied, over real code in node_modules: the `openai` package (code that implements and uses
 * these APIs in every shape), the Agents SDK, ESLint and typescript-eslint (large code bases that never touch
 * them). A rule that throws takes the user's whole lint run down, and a fix whose output does not parse breaks
 * their code: neither may happen.
 */
import path from "node:path";

import { expect, it } from "vitest";

// @ts-expect-error -- a plain ESM script, typed by its JSDoc only
import { lintTree } from "../../scripts/lint-tree.mjs";

interface Summary {
  files: number;
  unparsable: number;
  exceptions: string[];
  brokenFixes: string[];
  reports: Record<string, number>;
}

const modules = path.resolve(__dirname, "../../node_modules");

it("no rule throws on the openai package's own code", () => {
  const summary = lintTree([path.join(modules, "openai")]) as Summary;
  expect(summary.exceptions).toEqual([]);
  expect(summary.brokenFixes).toEqual([]);
  expect(summary.unparsable).toBe(0);
  expect(summary.files).toBeGreaterThan(1000);
  // The SDK sends the Assistants API's beta header from its own resources: the rules did run on it.
  expect(summary.reports["openai/no-assistants-api"]).toBeGreaterThan(0);
  console.log(`openai: ${summary.files} files, reports ${JSON.stringify(summary.reports)}`);
});

it("no rule throws on the Agents SDK, ESLint and typescript-eslint", () => {
  const trees = ["@openai", "eslint", "typescript-eslint", "@typescript-eslint"].map((name) => path.join(modules, name));
  const summary = lintTree(trees) as Summary;
  expect(summary.exceptions).toEqual([]);
  expect(summary.brokenFixes).toEqual([]);
  expect(summary.files).toBeGreaterThan(1000);
  // The Agents SDK's Chat Completions model still sends `max_tokens` and `prompt_cache_retention`: the rule did run.
  expect(summary.reports["openai/no-deprecated-params"]).toBeGreaterThan(0);
  console.log(`others: ${summary.files} files (${summary.unparsable} unparsable), reports ${JSON.stringify(summary.reports)}`);
});
