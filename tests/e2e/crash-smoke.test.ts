/**
 * Every rule, options at their defaults, over every JavaScript file of the `openai` package in node_modules: real
 * code that uses these APIs in every shape. A rule that throws fails the user's whole lint run, so none may.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { Linter } from "eslint";
import { expect, it } from "vitest";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../dist/src/index.js") as typeof import("../../src/index");

function* walk(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (/\.(?:js|mjs|cjs)$/u.test(entry.name)) yield full;
  }
}

it("no rule throws on the openai package's own code", () => {
  const root = path.resolve(__dirname, "../../node_modules/openai");
  const linter = new Linter({ configType: "flat" });
  // The package's `.js` files are CommonJS, its `.mjs` files ES modules.
  const config = [
    { files: ["**/*.js", "**/*.cjs"], languageOptions: { sourceType: "commonjs" } },
    { files: ["**/*.mjs"], languageOptions: { sourceType: "module" } },
    plugin.configs.all,
  ] as never;
  let linted = 0;
  const crashes: string[] = [];
  const unparsed: string[] = [];
  const reports = new Map<string, number>();
  for (const file of walk(root)) {
    const code = readFileSync(file, "utf8");
    try {
      // A relative name: ESLint ignores anything under node_modules by default.
      const messages = linter.verify(code, config, { filename: `file${path.extname(file)}` });
      for (const message of messages) {
        if (message.fatal === true) {
          unparsed.push(`${path.relative(root, file)}: ${message.message}`);
          continue;
        }
        reports.set(message.ruleId ?? "?", (reports.get(message.ruleId ?? "?") ?? 0) + 1);
      }
    } catch (error) {
      crashes.push(`${path.relative(root, file)}: ${(error as Error).message.split("\n")[0]}`);
    }
    linted++;
  }
  expect(crashes).toEqual([]);
  // Every file reached the rules: none was left out as unparsable.
  expect(unparsed).toEqual([]);
  expect(linted).toBeGreaterThan(500);
  console.log(`linted ${linted} files of openai; reports: ${JSON.stringify(Object.fromEntries(reports))}`);
});
