import type { ESLint, Linter } from "eslint";

import type { OpenAIRuleDocs } from "./create-rule";
import { JAVASCRIPT_EXTENSIONS, parser, TYPESCRIPT_EXTENSIONS } from "./parser";
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

  /**
   * What every config but `recommended-type-checked` lints: JavaScript and TypeScript, JSX included, each with a
   * parser that reads it, so that `[openai.configs.recommended]` alone lints a TypeScript project. One object, not an
   * array, so that it goes into a config array as it is (ESLint rejects a nested array there). Files of other
   * languages (`.vue`, `.svelte`) are left to configs that know their parsers.
   */
  const everyFile = {
    files: [...JAVASCRIPT_EXTENSIONS, ...TYPESCRIPT_EXTENSIONS].map((extension) => `**/*${extension}`),
    languageOptions: { parser },
  };

  return {
    recommended: {
      name: "openai/recommended",
      ...everyFile,
      plugins: { openai: plugin },
      rules: recommendedEntries(),
    },
    /**
     * `recommended` with the parser options typed linting needs, for TypeScript files: the rules then ask TypeScript
     * what a receiver is where syntax cannot see it. Only TypeScript files, because `projectService` fails on a file
     * no tsconfig covers, such as `eslint.config.mjs` itself; other files keep `recommended`. The same holds for an
     * `eslint.config.ts`, which a project's tsconfig seldom includes and which never calls the API: it keeps
     * `recommended` too.
     */
    "recommended-type-checked": {
      name: "openai/recommended-type-checked",
      files: TYPESCRIPT_EXTENSIONS.map((extension) => `**/*${extension}`),
      ignores: ["ts", "mts", "cts"].map((extension) => `**/eslint.config.${extension}`),
      plugins: { openai: plugin },
      languageOptions: { parser, parserOptions: { projectService: true } },
      rules: recommendedEntries(),
    },
    /**
     * `recommended` and the deprecations without a shutdown date (advice, not breakage): rules marked `strict`, each
     * with every entry it knows.
     */
    strict: {
      name: "openai/strict",
      ...everyFile,
      plugins: { openai: plugin },
      rules: ruleEntries((name) => rules[name].meta.docs?.recommended === true || (rules[name].meta.docs as OpenAIRuleDocs | undefined)?.strict === true),
    },
    all: {
      name: "openai/all",
      ...everyFile,
      plugins: { openai: plugin },
      rules: ruleEntries(() => true),
    },
  } satisfies Record<string, Linter.Config>;
}
