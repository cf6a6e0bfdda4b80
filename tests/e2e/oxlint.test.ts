/**
 * The built plugin through oxlint's `jsPlugins`: over tests/fixtures/ it must report the same rule ids on the same
 * lines as ESLint does (the `// expect:` comments), and `oxlint --fix` must write what `eslint --fix` writes
 * (tests/e2e/__fixed__/). Then the same over a few hundred fuzzed programs that reach every rule, position by
 * position and fix by fix.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { afterAll, expect, it } from "vitest";

// @ts-expect-error -- a plain ESM script
import { GRAMMAR_RULES, programs } from "../../scripts/fuzz.mjs";
import { expectedDiagnostics, fixtureFiles, fixturesDirectory } from "./fixtures";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../dist/src/index.js") as typeof import("../../src/index");

const packageRoot = path.resolve(__dirname, "../..");
const oxlint = path.join(packageRoot, "node_modules/.bin/oxlint");
const scratch = mkdtempSync(path.join(tmpdir(), "openai-oxlint-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An oxlint config with only this plugin's rules (oxlint's own off), so the comparison with ESLint is like for like. */
function writeConfig(name: string, rules: Record<string, unknown>): string {
  const file = path.join(scratch, name);
  writeFileSync(
    file,
    JSON.stringify({ jsPlugins: [path.join(packageRoot, "dist/src/index.js")], categories: { correctness: "off" }, plugins: [], rules }),
  );
  return file;
}

const configFile = writeConfig(".oxlintrc.json", plugin.configs.recommended.rules);
// Every rule, for the fuzzed programs.
const allRulesConfigFile = writeConfig("all.oxlintrc.json", plugin.configs.all.rules);

function runOxlint(args: string[], config = configFile): string {
  try {
    return execFileSync(oxlint, ["-c", config, ...args], { encoding: "utf8", cwd: packageRoot, maxBuffer: 1 << 28 });
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

interface OxlintDiagnostic {
  code?: string;
  filename: string;
  message: string;
  labels: { span: { line: number; column: number } }[];
}

it("reports and fixes like ESLint on fuzzed programs that reach every rule", () => {
  // A project folder with the `openai` package installed beside the linted folder (not in it: oxlint would lint, and
  // fix, what it links to), so that ESLint and oxlint both find it from the programs' folder: the import-path fix
  // depends on which `openai` is installed.
  const project = path.join(scratch, "fuzz-project");
  const directory = path.join(project, "src");
  mkdirSync(path.join(project, "node_modules"), { recursive: true });
  symlinkSync(path.resolve(__dirname, "../../node_modules/openai"), path.join(project, "node_modules/openai"), "dir");
  mkdirSync(directory);
  const linter = new Linter({ configType: "flat", cwd: directory });
  const eslintConfig = [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, plugin.configs.all] as never;
  const extensions: Record<string, string> = { module: ".mjs", script: ".cjs", typescript: ".ts" };
  const written = new Map<string, string>();
  const expected: string[] = [];
  for (const { index, language, code } of programs(7) as Iterable<{ index: number; language: string; code: string }>) {
    if (index > 400) break;
    const name = `p${index}${extensions[language]}`;
    const messages = linter.verify(code, eslintConfig, { filename: name });
    if (messages.some((message) => message.fatal)) continue;
    writeFileSync(path.join(directory, name), code);
    written.set(name, code);
    for (const message of messages) expected.push(`${name}:${message.line}:${message.column} ${message.ruleId}`);
  }

  const diagnostics = (JSON.parse(runOxlint(["--format", "json", directory], allRulesConfigFile)) as { diagnostics: OxlintDiagnostic[] })
    .diagnostics;
  // oxc rejects a few programs that typescript-estree parses (it reports more early errors in TypeScript, such as a
  // name declared twice): no rule runs on them in oxlint, so they are left out of the comparison.
  const unparsed = new Set(
    diagnostics.filter((diagnostic) => !/^openai\(/u.test(diagnostic.code ?? "")).map((diagnostic) => path.basename(diagnostic.filename)),
  );
  expect(unparsed.size).toBeLessThan(written.size / 20);
  const actual = diagnostics
    .filter((diagnostic) => !unparsed.has(path.basename(diagnostic.filename)))
    .map((diagnostic) => {
      const { line, column } = diagnostic.labels[0]!.span;
      return `${path.basename(diagnostic.filename)}:${line}:${column} ${diagnostic.code!.replace(/^openai\((.+)\)$/u, "openai/$1")}`;
    });
  expect(actual.sort()).toEqual(expected.filter((entry) => !unparsed.has(entry.split(":")[0]!)).sort());
  const rulesSeen = [...new Set(actual.map((entry) => entry.split(" ")[1]))];
  expect(rulesSeen).toEqual(expect.arrayContaining((GRAMMAR_RULES as string[]).map((name) => `openai/${name}`)));

  // oxlint 1.94 applies one pass of fixes per run, where ESLint repeats passes while fixes remain: a fix that overlaps
  // another (a moderation id inside a property the params rule moves) waits for the next `oxlint --fix`. Run it
  // until nothing changes, then it must have written what ESLint writes.
  const contents = () => [...written.keys()].map((name) => readFileSync(path.join(directory, name), "utf8")).join("\0");
  let before = contents();
  let runs = 0;
  while (runs < 10) {
    runs++;
    runOxlint(["--fix", directory], allRulesConfigFile);
    const after = contents();
    if (after === before) break;
    before = after;
  }
  let fixedFiles = 0;
  for (const [name, code] of written) {
    if (unparsed.has(name)) continue;
    const fixedByEslint = linter.verifyAndFix(code, eslintConfig, { filename: name }).output;
    if (fixedByEslint !== code) fixedFiles++;
    expect(readFileSync(path.join(directory, name), "utf8"), name).toBe(fixedByEslint);
  }
  expect(fixedFiles).toBeGreaterThan(50);
  console.log(
    `oxlint parity: ${written.size} programs (${unparsed.size} oxc does not parse), ${actual.length} reports alike, ${fixedFiles} files fixed alike after ${runs} oxlint --fix runs`,
  );
});
