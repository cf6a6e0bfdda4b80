/**
 * The audit skips, without parsing, a file whose text passes no rule's gate (`textMayHoldFinding`). That is sound only
 * while every rule's gate asks for one of the words it checks: this runs the audit's linter with and without the
 * prefilter, with `--strict`'s rules (every rule, every entry), over the CLI fixture tree, `examples/`, programs of the
 * fuzz grammar and the `openai` package's own code, and compares every report.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { afterAll, beforeAll, expect, it } from "vitest";

import { findingLines, makeTree, strictSetup, writeFuzzPrograms } from "./tree";

// The built audit, as the bin runs it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { AuditLinter } = require("../../dist/src/cli/lint.js") as typeof import("../../src/cli/lint");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findFiles } = require("../../dist/src/cli/files.js") as typeof import("../../src/cli/files");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { textMayHoldFinding } = require("../../dist/src/analysis/index.js") as typeof import("../../src/analysis");

const localRequire = createRequire(__filename);
const FUZZ_PROGRAMS = 150;

let tree: string;
beforeAll(async () => {
  tree = makeTree();
  cpSync(path.resolve(__dirname, "../../examples"), path.join(tree, "examples"), { recursive: true });
  // The package's ES modules (its CommonJS twins say the same), outside any `node_modules` so that the walk takes them.
  const openai = path.resolve(path.dirname(localRequire.resolve("openai")), ".");
  const copy = (from: string, to: string): void => {
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const source = path.join(from, entry.name);
      if (entry.isDirectory() && entry.name !== "node_modules" && entry.name !== "src") copy(source, path.join(to, entry.name));
      else if (entry.isFile() && entry.name.endsWith(".mjs") && !entry.name.endsWith(".d.mts")) {
        mkdirSync(to, { recursive: true });
        writeFileSync(path.join(to, entry.name), readFileSync(source));
      }
    }
  };
  copy(openai, path.join(tree, "openai-package"));
  await writeFuzzPrograms(path.join(tree, "fuzz"), 1, FUZZ_PROGRAMS);
});
afterAll(() => rmSync(tree, { recursive: true, force: true }));

async function reports(files: readonly string[], prefilter: boolean): Promise<string[]> {
  const linter = AuditLinter.create(strictSetup(tree, { prefilter }));
  const linted = await linter.lintAll(files);
  return linted.flatMap((file) => findingLines(tree, file));
}

it("finds the same with and without the prefilter, which skips files", { timeout: 600_000 }, async () => {
  const files = findFiles([tree], tree);
  const skipped = files.filter((file) => !textMayHoldFinding(readFileSync(file, "utf8")));
  const withPrefilter = await reports(files, true);
  const without = await reports(files, false);
  expect(withPrefilter).toEqual(without);
  // Not an empty comparison: each source gave reports, and the prefilter had files to skip.
  for (const folder of ["src/", "examples/", "fuzz/", "openai-package/"]) {
    expect(without.filter((report) => report.startsWith(folder)).length, folder).toBeGreaterThan(0);
  }
  expect(files.length).toBeGreaterThan(FUZZ_PROGRAMS + 400);
  expect(skipped.length).toBeGreaterThan(10);
});
