import type { TSESLint } from "@typescript-eslint/utils";

import { rules, type RuleName } from "./rules";

/** Flat configs derived from each rule's `meta.docs`: no rule list is kept by hand. */
export function createConfigs(plugin: TSESLint.FlatConfig.Plugin) {
  const names = Object.keys(rules) as RuleName[];
  const ruleEntries = (filter: (name: RuleName) => boolean): TSESLint.FlatConfig.Rules =>
    Object.fromEntries(names.filter(filter).map((name) => [`openai/${name}`, "error"]));

  return {
    recommended: {
      name: "openai/recommended",
      plugins: { openai: plugin },
      rules: ruleEntries((name) => rules[name].meta.docs?.recommended === true),
    },
    all: {
      name: "openai/all",
      plugins: { openai: plugin },
      rules: ruleEntries(() => true),
    },
  } satisfies Record<string, TSESLint.FlatConfig.Config>;
}
