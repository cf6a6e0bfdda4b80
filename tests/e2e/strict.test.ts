/**
 * `configs.strict` through the real `ESLint` class of ESLint 9 and ESLint 10, over tests/fixtures-strict/: the
 * deprecations without a shutdown date (no-deprecated-params, the rest of no-deprecated-api) report on exactly the
 * lines marked `// expect: openai/<rule>`, and the fixed output is tests/e2e/__fixed_strict__/.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import tsParser from "@typescript-eslint/parser";
import { ESLint as ESLint10 } from "eslint";
import { ESLint as ESLint9 } from "eslint-v9";
import { describe, expect, it } from "vitest";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../dist/src/index.js") as typeof import("../../src/index");

const fixtures = path.resolve(__dirname, "../fixtures-strict");
const files = readdirSync(fixtures).filter((file) => /\.(?:js|mjs|cjs|ts)$/u.test(file)).sort();

function expected(file: string): string[] {
  return readFileSync(path.join(fixtures, file), "utf8")
    .split("\n")
    .flatMap((line, index) => {
      const match = /\/\/ expect: (.+)$/u.exec(line);
      return match === null ? [] : match[1]!.split(",").map((rule) => `${file}:${index + 1} ${rule.trim()}`);
    });
}

describe.each([
  ["ESLint 9", ESLint9],
  ["ESLint 10", ESLint10],
] as const)("%s", (_, ESLint) => {
  const config = [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, plugin.configs.strict] as never;

  it("strict holds recommended and the undated rules", () => {
    expect(Object.keys(plugin.configs.strict.rules)).toEqual(expect.arrayContaining([...Object.keys(plugin.configs.recommended.rules), "openai/no-deprecated-params"]));
    expect(plugin.configs.recommended.rules["openai/no-deprecated-api"]).toEqual(["error", { include: "shutdown" }]);
    expect(plugin.configs.recommended.rules).not.toHaveProperty("openai/no-deprecated-params");
  });

  it.each(files)("reports exactly the marked lines of %s", async (file) => {
    const eslint = new ESLint({ cwd: fixtures, overrideConfigFile: true, overrideConfig: config });
    const [result] = await eslint.lintFiles([file]);
    const actual = result!.messages.map((message) => `${file}:${message.line} ${message.ruleId ?? message.message}`);
    expect(actual.sort()).toEqual(expected(file).sort());
    expect(expected(file).length).toBeGreaterThan(0);
  });

  it.each(files)("fixes %s as recorded, and fixing again changes nothing", async (file) => {
    const eslint = new ESLint({ cwd: fixtures, overrideConfigFile: true, overrideConfig: config, fix: true });
    const [result] = await eslint.lintFiles([file]);
    const output = result!.output ?? readFileSync(path.join(fixtures, file), "utf8");
    await expect(output).toMatchFileSnapshot(path.join(__dirname, "__fixed_strict__", file));
    const [again] = await eslint.lintText(output, { filePath: path.join(fixtures, file) });
    expect(again!.output).toBeUndefined();
  });
});
