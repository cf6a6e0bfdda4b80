import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { ESLint as ESLint10 } from "eslint";
import { ESLint as ESLint9 } from "eslint-v9";
import { describe, expect, it } from "vitest";

const SOURCE = /\.(?:js|mjs|cjs|ts)$/u;

/** tests/fixtures/: code whose lines say what must report, with a trailing `// expect: openai/<rule>[, …]`. */
export const fixturesDirectory = path.resolve(__dirname, "../fixtures");

/** The fixture files of a directory, sorted. */
export function listFixtures(directory: string): string[] {
  return readdirSync(directory)
    .filter((file) => SOURCE.test(file))
    .sort();
}

export const fixtureFiles = listFixtures(fixturesDirectory);

/** `file:line openai/rule` for every expectation a fixture states. */
export function expectedDiagnostics(file: string, directory = fixturesDirectory): string[] {
  const lines = readFileSync(path.join(directory, file), "utf8").split("\n");
  return lines.flatMap((line, index) => {
    const match = /\/\/ expect: (.+)$/u.exec(line);
    return match === null ? [] : match[1]!.split(",").map((rule) => `${file}:${index + 1} ${rule.trim()}`);
  });
}

/** The ESLint majors the end-to-end tests run, with the version prefix each must report. */
export const ESLINT_VERSIONS = [
  ["ESLint 9", ESLint9, "9."],
  ["ESLint 10", ESLint10, "10."],
] as const;

/**
 * For each ESLint major: every fixture of `directory` reports exactly its marked lines under `config`, and its fixed
 * output is the file of the same name in `fixedDirectory`, which fixing again does not change.
 */
export function describeFixtures(directory: string, fixedDirectory: string, config: unknown, more?: (ESLint: (typeof ESLINT_VERSIONS)[number][1], major: string) => void): void {
  const files = listFixtures(directory);
  describe.each(ESLINT_VERSIONS)("%s", (_, ESLint, major) => {
    more?.(ESLint, major);

    it.each(files)("reports exactly the marked lines of %s", async (file) => {
      const eslint = new ESLint({ cwd: directory, overrideConfigFile: true, overrideConfig: config as never });
      const [result] = await eslint.lintFiles([file]);
      const actual = result!.messages.map((message) => `${file}:${message.line} ${message.ruleId ?? message.message}`);
      expect(actual.sort()).toEqual(expectedDiagnostics(file, directory).sort());
      expect(expectedDiagnostics(file, directory).length).toBeGreaterThan(0);
    });

    it.each(files)("fixes %s as recorded, and fixing again changes nothing", async (file) => {
      const eslint = new ESLint({ cwd: directory, overrideConfigFile: true, overrideConfig: config as never, fix: true });
      const [result] = await eslint.lintFiles([file]);
      const output = result!.output ?? readFileSync(path.join(directory, file), "utf8");
      await expect(output).toMatchFileSnapshot(path.join(fixedDirectory, file));
      const [again] = await eslint.lintText(output, { filePath: path.join(directory, file) });
      expect(again!.output).toBeUndefined();
    });
  });
}
