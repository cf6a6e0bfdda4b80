import type { TSESLint } from "@typescript-eslint/utils";
import { Linter } from "eslint";

export type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Lints `code` (an ES module, parsed by espree) with a rule made of `create`, which receives the rule context (for
 * tests that ask the shared analysis questions of their own), and the plugin's rules given in `rules`.
 */
export function lintWith(
  code: string,
  create: ((context: Context) => Record<string, (node: never) => void>) | null,
  options: { filename?: string; cwd?: string; settings?: Record<string, unknown>; rules?: Record<string, unknown>; languageOptions?: Linter.LanguageOptions } = {},
): Linter.LintMessage[] {
  const linter = new Linter({ cwd: options.cwd });
  const rules: Record<string, unknown> = { ...options.rules };
  if (create !== null) rules.probe = { meta: { type: "problem", schema: [] }, create };
  const config: Linter.Config = {
    files: ["**/*"],
    languageOptions: { ecmaVersion: "latest", sourceType: "module", ...options.languageOptions },
    plugins: { test: { rules: rules as never } },
    rules: Object.fromEntries(Object.keys(rules).map((name) => [`test/${name}`, "error"])),
    settings: options.settings ?? {},
  };
  return linter.verify(code, [config], options.filename ?? "file.js");
}
