/**
 * The built plugin through oxlint's `jsPlugins`: over tests/fixtures/ it must report the same rule ids on the same
 * lines as ESLint does (the `// expect:` comments), and `oxlint --fix` must write what `eslint --fix` writes
 * (tests/e2e/__fixed__/).
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, expect, it } from "vitest";

import { expectedDiagnostics, fixtureFiles, fixturesDirectory } from "./fixtures";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../dist/src/index.js") as typeof import("../../src/index");

const packageRoot = path.resolve(__dirname, "../..");
const oxlint = path.join(packageRoot, "node_modules/.bin/oxlint");
const scratch = mkdtempSync(path.join(tmpdir(), "openai-oxlint-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const configFile = path.join(scratch, ".oxlintrc.json");
writeFileSync(
  configFile,
  JSON.stringify({
    jsPlugins: [path.join(packageRoot, "dist/src/index.js")],
    // Only this plugin's rules, so the comparison with ESLint is like for like.
    categories: { correctness: "off" },
    plugins: [],
    rules: plugin.configs.recommended.rules,
  }),
);

function runOxlint(args: string[]): string {
  try {
    return execFileSync(oxlint, ["-c", configFile, ...args], { encoding: "utf8", cwd: packageRoot });
  } catch (error) {
    // oxlint exits 1 when it reports errors, which is what the fixtures are for.
    const { status, stdout } = error as { status: number; stdout: string };
    if (status !== 1) throw error;
    return stdout;
  }
}

it("reports the same rule ids on the same lines as ESLint", () => {
  const output = JSON.parse(runOxlint(["--format", "json", fixturesDirectory])) as {
    diagnostics: { code: string; filename: string; message: string; labels: { span: { line: number } }[] }[];
  };
  const actual = output.diagnostics.map((diagnostic) => {
    // `openai(no-assistants-api)` → `openai/no-assistants-api`; anything else (a plugin crash) shows as it is.
    const rule = /^openai\((.+)\)$/u.exec(diagnostic.code);
    const line = diagnostic.labels[0]?.span.line ?? 0;
    return `${path.basename(diagnostic.filename)}:${line} ${rule === null ? diagnostic.message : `openai/${rule[1]}`}`;
  });
  const expected = fixtureFiles.flatMap((file) => expectedDiagnostics(file));
  expect(actual.sort()).toEqual(expected.sort());
});

it("writes the same fixes as ESLint", () => {
  const copy = path.join(scratch, "fixtures");
  cpSync(fixturesDirectory, copy, { recursive: true });
  runOxlint(["--fix", copy]);
  const fixedByEslint = path.join(__dirname, "__fixed__");
  for (const file of readdirSync(fixedByEslint)) {
    expect(readFileSync(path.join(copy, file), "utf8"), file).toBe(readFileSync(path.join(fixedByEslint, file), "utf8"));
  }
});
