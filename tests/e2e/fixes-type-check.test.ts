/**
 * Every fix of every rule, applied to the typed project's fixable files (tests/typed-project/fixable/, code that
 * uses deprecated shapes), must leave code that type-checks against the real `openai` package's types: a renamed
 * key, a moved `text.format` or a flattened function tool that the SDK's types reject is a broken fix.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import * as ts from "typescript";
import { afterAll, expect, it } from "vitest";

import { typedProjectRoot } from "../typed-rule-tester";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../dist/src/index.js") as typeof import("../../src/index");

const fixable = path.join(typedProjectRoot, "fixable");
// Inside the typed project, so that `openai` resolves from the repository's node_modules.
const scratch = mkdtempSync(path.join(typedProjectRoot, ".fixed-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it("every fixable file changes, and the fixed files type-check", () => {
  const linter = new Linter({ configType: "flat" });
  const config = [{ files: ["**/*.ts"], languageOptions: { parser: tsParser as never } }, plugin.configs.all] as never;
  const files = readdirSync(fixable).filter((file) => file.endsWith(".ts"));
  expect(files.length).toBeGreaterThan(0);
  const fixed: string[] = [];
  for (const file of files) {
    const source = readFileSync(path.join(fixable, file), "utf8");
    const result = linter.verifyAndFix(source, config, { filename: file });
    expect(result.fixed, `${file} has something to fix`).toBe(true);
    const target = path.join(scratch, file);
    writeFileSync(target, result.output);
    fixed.push(target);
  }

  const program = ts.createProgram(fixed, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file ? `${path.basename(diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}` : "";
    return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
  });
  expect(diagnostics).toEqual([]);
});
