/**
 * Runs the built plugin through the real `ESLint` class of ESLint 9 and ESLint 10, with `configs.recommended` the
 * way a user sets it up, over tests/fixtures/. Each fixture marks the lines that must report with a trailing
 * `// expect: openai/<rule>[, openai/<rule>]` comment; every other line must stay silent. The fixed output of
 * each fixture is compared with tests/e2e/__fixed__/.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import tsParser from "@typescript-eslint/parser";
import { ESLint as ESLint10 } from "eslint";
import { ESLint as ESLint9 } from "eslint-v9";
import { describe, expect, it } from "vitest";

import { expectedDiagnostics, fixtureFiles, fixturesDirectory } from "./fixtures";

// The built package, as `npm test` builds it first: what users install.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../dist/src/index.js") as typeof import("../../src/index");

const fixtures = fixturesDirectory;
const files = fixtureFiles;

const versions = [
  ["ESLint 9", ESLint9, "9."],
  ["ESLint 10", ESLint10, "10."],
] as const;

describe.each(versions)("%s", (_, ESLint, major) => {
  const config = [
    { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
    plugin.configs.recommended,
  ] as never;

  it("is the major version under test", () => {
    expect(ESLint.version.startsWith(major)).toBe(true);
  });

  it.each(files)("reports exactly the marked lines of %s", async (file) => {
    const eslint = new ESLint({ cwd: fixtures, overrideConfigFile: true, overrideConfig: config });
    const [result] = await eslint.lintFiles([file]);
    const actual = result!.messages.map((message) => `${file}:${message.line} ${message.ruleId ?? message.message}`);
    expect(actual.sort()).toEqual(expectedDiagnostics(file).sort());
    expect(expectedDiagnostics(file).length).toBeGreaterThan(0);
  });

  it.each(files)("fixes %s as recorded, and fixing again changes nothing", async (file) => {
    const eslint = new ESLint({ cwd: fixtures, overrideConfigFile: true, overrideConfig: config, fix: true });
    const [result] = await eslint.lintFiles([file]);
    const output = result!.output ?? readFileSync(path.join(fixtures, file), "utf8");
    await expect(output).toMatchFileSnapshot(path.join(__dirname, "__fixed__", file));
    const [again] = await eslint.lintText(output, { filePath: path.join(fixtures, file) });
    expect(again!.output).toBeUndefined();
  });
});
