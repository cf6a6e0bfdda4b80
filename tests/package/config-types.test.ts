/**
 * An `eslint.config.ts` as users write it (the README's, and more) type-checks against the packed package, under
 * ESLint 9's types and ESLint 10's: `defineConfig` from `eslint/config` with typescript-eslint's configs and ours,
 * a `Linter.Config[]`, `plugins: { openai }`, named imports, and a CommonJS config. `@ts-expect-error` lines prove
 * the types are not `any`: a config or rule severity that does not exist must be an error.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { readmeSnippet } from "../readme";
import { pack, packageRoot, runBin } from "./pack";

const { scratch, directory } = pack();
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const files = {
  "package.json": JSON.stringify({ name: "user-project", private: true, type: "module" }),
  // The README's own `eslint.config.ts`, as written there.
  "eslint.config.ts": readmeSnippet("### With typescript-eslint", "ts"),
  "define-config.ts": `import { defineConfig } from "eslint/config";
import openai from "eslint-plugin-openai";
import tseslint from "typescript-eslint";

export default defineConfig(
  tseslint.configs.recommended,
  openai.configs.recommended,
  openai.configs["recommended-type-checked"],
  { plugins: { openai }, rules: { "openai/no-assistants-api": "warn" } },
  { extends: [openai.configs.all], files: ["scripts/**"] },
);

// @ts-expect-error: no such config
defineConfig(openai.configs.missing);
`,
  "linter-config.ts": `import type { ESLint, Linter } from "eslint";
import openai, { configs, meta, rules } from "eslint-plugin-openai";
import tseslint from "typescript-eslint";

const config: Linter.Config[] = [
  ...tseslint.configs.recommended,
  openai.configs.recommended,
  configs.all,
  { plugins: { openai }, rules: { "openai/no-prompt-objects": ["error", {}] } },
];
const plugin: ESLint.Plugin = openai;
const name: string = meta.name;
const ruleNames: string[] = Object.keys(rules);

// @ts-expect-error: "eror" is no severity
const misspelled: Linter.Config = { ...configs.recommended, rules: { "openai/no-assistants-api": "eror" } };

export { config, misspelled, name, plugin, ruleNames };
`,
  "eslint.config.cts": `import openai = require("eslint-plugin-openai");
import type { Linter } from "eslint";

const config: Linter.Config[] = [openai.configs.recommended, { plugins: { openai } }];
export = config;
`,
};

function tsconfig(eslintDirectory: string) {
  const types = (file: string) => [path.join(eslintDirectory, "lib/types", file)];
  return {
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      noEmit: true,
      // As in most projects; the `@ts-expect-error` lines catch declarations that turned into `any`.
      skipLibCheck: true,
      types: [],
      // Every import of `eslint` (ours, typescript-eslint's, the user's) gets the ESLint under test.
      paths: { eslint: types("index.d.ts"), "eslint/config": types("config-api.d.ts") },
    },
    include: ["*.ts", "*.cts"],
  };
}

describe.each([
  ["ESLint 9", "eslint-v9", "9."],
  ["ESLint 10", "eslint", "10."],
])("%s", (_, eslintPackage, major) => {
  const eslintDirectory = path.join(packageRoot, "node_modules", eslintPackage);

  it("type-checks eslint.config.ts files that use the package", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect((require(path.join(eslintDirectory, "package.json")) as { version: string }).version.startsWith(major)).toBe(true);
    const project = mkdtempSync(path.join(scratch, "project-"));
    cpSync(directory, path.join(project, "node_modules/eslint-plugin-openai"), { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(project, file), text);
    writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify(tsconfig(eslintDirectory)));
    const { status, output } = runBin("tsc", ["-p", project, "--listFiles"]);
    expect(output).not.toMatch(/error TS\d+/u);
    expect(status).toBe(0);
    // The package's types come from the packed copy, ESLint's from the version under test.
    expect(output).toContain(path.join(project, "node_modules/eslint-plugin-openai/dist/src/index.d.ts"));
    expect(output).toContain(path.join(eslintDirectory, "lib/types/index.d.ts"));
  });
});
