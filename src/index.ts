import type { ESLint, Linter, Rule } from "eslint";

import { createConfigs } from "./configs";
import { rules as ruleModules, type RuleName } from "./rules";

// Read at run time so that `meta.version` never drifts from the published package.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { name, version } = require("../../package.json") as { name: string; version: string };

/**
 * The plugin, typed with ESLint's own types (what `eslint` and `eslint/config` export), not typescript-eslint's, so
 * that an `eslint.config.ts` passes it and its configs to `defineConfig` or a `Linter.Config[]` under ESLint 9 or 10.
 */
interface OpenAIPlugin extends ESLint.Plugin {
  meta: { name: string; version: string };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: { [Name in keyof ReturnType<typeof createConfigs>]: Linter.Config & { rules: Linter.RulesRecord } };
}

const meta = { name, version };
const rules = ruleModules as unknown as OpenAIPlugin["rules"];
const configs = {} as OpenAIPlugin["configs"];
const plugin: OpenAIPlugin = { meta, rules, configs };
// Each config registers this very object as its `openai` plugin: ESLint requires one object wherever a config names it.
Object.assign(configs, createConfigs(plugin));

export = plugin;

// Never runs: it names the exports in a form Node's ESM loader reads from CommonJS (cjs-module-lexer), so that
// `import { configs } from "eslint-plugin-openai"` works in Node as the types say it does.
// eslint-disable-next-line no-constant-binary-expression, @typescript-eslint/no-unused-expressions
0 && (module.exports = { meta, rules, configs });
