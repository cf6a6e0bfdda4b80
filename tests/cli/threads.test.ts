/**
 * The audit in ESLint's worker threads (its `concurrency` option, ESLint 9.34 and later), under each ESLint major the
 * plugin supports, and in worker threads of its own under an older ESLint: the same reports in the same order as on
 * one thread. The workers build the audit's config from
 * its options module (src/cli/eslint-options.ts), since a config that holds the plugin cannot be sent to a thread.
 */
import path from "node:path";

import * as eslint10 from "eslint";
import * as eslint9 from "eslint-v9";
import { expect, it } from "vitest";

// The built audit, as the bin runs it (the worker threads load the built options module).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { AuditLinter, hasConcurrency } = require("../../dist/src/cli/lint.js") as typeof import("../../src/cli/lint");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findFiles } = require("../../dist/src/cli/files.js") as typeof import("../../src/cli/files");

const examples = path.resolve(__dirname, "../../examples");

it.each([
  ["ESLint 9", eslint9],
  ["ESLint 10", eslint10],
] as const)("%s: two worker threads report what one thread reports, in the same order", async (_, eslint) => {
  expect(hasConcurrency(eslint.ESLint.version)).toBe(true);
  const files = findFiles([examples], examples);
  const reports = async (concurrency: 2 | "off") => {
    const linter = AuditLinter.create(
      { base: examples, cwd: examples, date: "2026-11-30", tsconfigRootDir: undefined, needsTypeScript: true, strict: true, concurrency, prefilter: true },
      eslint as never,
    );
    expect(linter.concurrent(files.length)).toBe(concurrency !== "off");
    const linted = await linter.lintAll(files);
    return linted.flatMap((file) => file.messages.map((message, index) => `${path.basename(file.file)}:${message.line}:${message.column} ${message.ruleId} ${file.advice[index]}`));
  };
  const one = await reports("off");
  expect(one.length).toBeGreaterThan(20);
  expect(await reports(2)).toEqual(one);
}, 300_000);

it("an ESLint without the option (before 9.34): two worker threads of the audit's own report what one thread reports", async () => {
  // ESLint 10 as an older ESLint shows itself: the audit then starts its own threads (which load the real ESLint).
  class OlderESLint extends eslint10.ESLint {
    static override readonly version = "9.20.0";
    // Nor has it the options module that ESLint's threads load their options from.
    static override fromOptionsModule(): never {
      throw new Error("ESLint 9.20 has no ESLint.fromOptionsModule");
    }
  }
  const older = { ...eslint10, ESLint: OlderESLint };
  const files = findFiles([examples], examples);
  const reports = async (concurrency: 2 | "off") => {
    const linter = AuditLinter.create(
      { base: examples, cwd: examples, date: "2026-11-30", tsconfigRootDir: undefined, needsTypeScript: true, strict: true, concurrency, prefilter: true },
      older as never,
    );
    const linted = await linter.lintAll(files);
    return linted.flatMap((file) => file.messages.map((message, index) => `${path.basename(file.file)}:${message.line}:${message.column} ${message.ruleId} ${file.advice[index]}`));
  };
  const one = await reports("off");
  expect(one.length).toBeGreaterThan(20);
  expect(await reports(2)).toEqual(one);
}, 300_000);

it("knows which ESLint versions have the option", () => {
  expect([hasConcurrency("9.33.0"), hasConcurrency("9.34.0"), hasConcurrency("10.0.0"), hasConcurrency("8.57.1")]).toEqual([false, true, true, false]);
});
