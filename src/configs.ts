import type { ESLint, Linter } from "eslint";

import { rules, type RuleName } from "./rules";

/** Flat configs derived from each rule's `meta.docs`: no rule list is kept by hand. */
export function createConfigs(plugin: ESLint.Plugin) {
  const names = Object.keys(rules) as RuleName[];
  const ruleEntries = (filter: (name: RuleName) => boolean): Linter.RulesRecord =>
    Object.fromEntries(names.filter(filter).map((name) => [`openai/${name}`, "error"]));

  return {
    recommended: {
      name: "openai/recommended",
      plugins: { openai: plugin },
      rules: ruleEntries((name) => rules[name].meta.docs?.recommended === true),
    },
    /**
     * `recommended` with the parser options typed linting needs, for TypeScript files: the rules then ask TypeScript
     * what a receiver is where syntax cannot see it. Pair it with `@typescript-eslint/parser` (typescript-eslint's
     * configs set it). Only TypeScript files, because `projectService` fails on a file no tsconfig covers, such as
     * `eslint.config.mjs` itself; other files keep `recommended`.
     */
    "recommended-type-checked": {
      name: "openai/recommended-type-checked",
      files: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"],
      plugins: { openai: plugin },
      languageOptions: { parserOptions: { projectService: true } },
      rules: ruleEntries((name) => rules[name].meta.docs?.recommended === true),
    },
    all: {
      name: "openai/all",
      plugins: { openai: plugin },
      rules: ruleEntries(() => true),
    },
  } satisfies Record<string, Linter.Config>;
}
