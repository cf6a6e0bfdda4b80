import type { ESLint, Linter } from "eslint";

import type { OpenAIRuleDocs } from "./create-rule";
import { rules, type RuleName } from "./rules";

/** Flat configs derived from each rule's `meta.docs`: no rule list is kept by hand. */
export function createConfigs(plugin: ESLint.Plugin) {
  const names = Object.keys(rules) as RuleName[];
  const ruleEntries = (filter: (name: RuleName) => boolean): Linter.RulesRecord =>
    Object.fromEntries(names.filter(filter).map((name) => [`openai/${name}`, "error"]));
  /** `recommended`: a rule whose entries split between configs runs with the options that keep the dated ones. */
  const recommendedEntries = (): Linter.RulesRecord =>
    Object.fromEntries(
      names
        .filter((name) => rules[name].meta.docs?.recommended === true)
        .map((name) => {
          const options = (rules[name].meta.docs as OpenAIRuleDocs | undefined)?.recommendedOptions;
          return [`openai/${name}`, options === undefined ? "error" : ["error", ...options]];
        }),
    );

  return {
    recommended: {
      name: "openai/recommended",
      plugins: { openai: plugin },
      rules: recommendedEntries(),
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
      rules: recommendedEntries(),
    },
    /**
     * `recommended` and the deprecations without a shutdown date (advice, not breakage): rules marked `strict`, each
     * with every entry it knows.
     */
    strict: {
      name: "openai/strict",
      plugins: { openai: plugin },
      rules: ruleEntries((name) => rules[name].meta.docs?.recommended === true || (rules[name].meta.docs as OpenAIRuleDocs | undefined)?.strict === true),
    },
    all: {
      name: "openai/all",
      plugins: { openai: plugin },
      rules: ruleEntries(() => true),
    },
  } satisfies Record<string, Linter.Config>;
}
