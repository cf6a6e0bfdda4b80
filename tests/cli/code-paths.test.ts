/**
 * The audit lints without ESLint's code path analysis (src/cli/code-paths.ts). That is sound only while no rule of the
 * plugin listens to code path events, and while the walk that replaces ESLint's own visits the same nodes in the same
 * order: this checks both, compares every report and every fix with and without the analysis over the CLI fixture
 * tree, `examples/` and programs of the fuzz grammar, and lints a file whose config comment turns on a core rule that
 * needs code paths.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import * as tsParser from "@typescript-eslint/parser";
import * as eslint10 from "eslint";
import * as eslint9 from "eslint-v9";
import { afterAll, beforeAll, expect, it } from "vitest";

import { findingLines, makeTree, strictSetup, writeFuzzPrograms } from "./tree";

// The built audit and plugin, as the bin runs them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { AuditLinter } = require("../../dist/src/cli/lint.js") as typeof import("../../src/cli/lint");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { skipCodePathAnalysis, walksAsESLint, WITHOUT_CODE_PATHS } = require("../../dist/src/cli/code-paths.js") as typeof import("../../src/cli/code-paths");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findFiles } = require("../../dist/src/cli/files.js") as typeof import("../../src/cli/files");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../dist/src/index.js") as typeof import("../../src/index");

const FUZZ_PROGRAMS = 100;
const CODE_PATH_EVENT = /^on(?:Unreachable)?CodePath/u;

let tree: string;
beforeAll(async () => {
  tree = makeTree();
  cpSync(path.resolve(__dirname, "../../examples"), path.join(tree, "examples"), { recursive: true });
  rmSync(path.join(tree, "examples/eslint.config.mjs"));
  await writeFuzzPrograms(path.join(tree, "fuzz"), 3, FUZZ_PROGRAMS);
});
afterAll(() => rmSync(tree, { recursive: true, force: true }));

function sourcesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

it("no rule of the plugin listens to code path events", () => {
  // In the source: no rule or analysis asks for them by name (the audit's own code, which leaves them out, aside).
  const root = path.resolve(__dirname, "../..");
  const sources = [...sourcesIn(path.join(root, "rules")), ...sourcesIn(path.join(root, "src"))].filter((file) => !file.includes(`${path.sep}cli${path.sep}`));
  expect(sources.length).toBeGreaterThan(20);
  for (const file of sources) expect(readFileSync(file, "utf8"), path.relative(root, file)).not.toMatch(/CodePath/u);
  // And as they run: the listeners every rule returns, on files that pass every rule's gate.
  const listened = new Set<string>();
  const recorded = Object.fromEntries(
    Object.entries(plugin.rules).map(([name, rule]) => [
      name,
      {
        ...rule,
        create(context: never) {
          const listeners = (rule.create as (context: never) => Record<string, unknown>)(context);
          for (const key of Object.keys(listeners)) listened.add(key);
          return listeners;
        },
      },
    ]),
  );
  const linter = new eslint10.Linter({ cwd: tree });
  const config: eslint10.Linter.Config[] = [
    { files: ["**/*"], plugins: { openai: { rules: recorded } as never }, rules: Object.fromEntries(Object.keys(plugin.rules).map((name) => [`openai/${name}`, "error"])) },
    { files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tsParser as eslint10.Linter.Parser } },
  ];
  let reports = 0;
  for (const file of findFiles([tree], tree)) {
    reports += linter.verify(readFileSync(file, "utf8"), config, { filename: file }).filter((message) => message.ruleId?.startsWith("openai/")).length;
  }
  expect(reports).toBeGreaterThan(100);
  expect(listened.size).toBeGreaterThan(10);
  expect([...listened].filter((key) => CODE_PATH_EVENT.test(key))).toEqual([]);
});

it.each([
  ["ESLint 9", eslint9],
  ["ESLint 10", eslint10],
] as const)("%s: the walk without code paths visits the nodes ESLint's own walk visits, in the same order", (_, eslint) => {
  skipCodePathAnalysis(eslint as never);
  const linter = new (eslint.Linter as typeof eslint10.Linter)({ cwd: tree });
  const visits = (file: string, withoutCodePaths: boolean): string[] => {
    const parserOptions = { ecmaFeatures: { jsx: true }, ...(withoutCodePaths ? { [WITHOUT_CODE_PATHS]: true } : {}) };
    const config = [
      { files: ["**/*.js", "**/*.jsx", "**/*.mjs", "**/*.cjs"], languageOptions: { parserOptions } },
      { files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tsParser, parserOptions } },
    ];
    const messages = linter.verify(readFileSync(file, "utf8"), config as never, { filename: file });
    expect(messages.filter((message) => message.fatal === true), file).toEqual([]);
    const sourceCode = linter.getSourceCode() as unknown as { traverse(): { kind: number; phase?: number; target: unknown }[] };
    const steps = sourceCode.traverse();
    const events = steps.filter((step) => step.kind !== 1).length;
    if (withoutCodePaths) expect(events, file).toBe(0);
    return steps
      .filter((step) => step.kind === 1)
      .map((step) => {
        const node = step.target as { type: string; range: [number, number]; parent: { type: string } | null };
        return `${step.phase} ${node.type} ${node.range.join("-")} ${node.parent?.type ?? "-"}`;
      });
  };
  const files = findFiles([tree], tree).filter((file) => !file.endsWith("broken.js") && !file.endsWith(".jsx"));
  let compared = 0;
  for (const file of files) {
    let own: string[];
    try {
      own = visits(file, false);
    } catch {
      continue;
    }
    expect(visits(file, true), file).toEqual(own);
    compared += own.length;
  }
  expect(compared).toBeGreaterThan(10_000);
});

async function audit(codePaths: boolean, fix: boolean): Promise<string[]> {
  const linter = AuditLinter.create(strictSetup(tree, { codePaths }));
  const linted = await linter.lintAll(findFiles([tree], tree));
  const lines: string[] = [];
  for (const file of linted) {
    const name = path.relative(tree, file.file);
    if (file.parseError !== undefined) lines.push(`${name} unparsed ${file.parseError.message}`);
    lines.push(...findingLines(tree, file));
    if (fix && file.messages.some((message) => message.fix !== undefined)) {
      const fixed = await linter.fix(file);
      lines.push(`${name} fixed:\n${fixed.output}\n${fixed.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`).join("\n")}`);
    }
  }
  return lines;
}

it("the audit reports and fixes the same with and without code path analysis", { timeout: 600_000 }, async () => {
  const without = await audit(false, true);
  const withCodePaths = await audit(true, true);
  expect(without).toEqual(withCodePaths);
  expect(without.filter((line) => line.includes(" fixed:")).length).toBeGreaterThan(5);
  for (const folder of ["src/", "examples/", "fuzz/"]) expect(without.filter((line) => line.startsWith(folder)).length, folder).toBeGreaterThan(0);
});

it("a file whose config comment turns on a rule that needs code paths is linted with them", async () => {
  const folder = path.join(tree, "config-comment");
  mkdirSync(folder);
  // `consistent-return` keeps its state in code path events: without them it throws on the first `return`.
  const file = path.join(folder, "assistants.js");
  writeFileSync(
    file,
    [
      '/* eslint consistent-return: "error" */',
      'import OpenAI from "openai";',
      "const client = new OpenAI();",
      "export function start(ready) {",
      "  if (!ready) return;",
      "  return client.beta.threads.create();",
      "}",
      "",
    ].join("\n"),
  );
  const linter = AuditLinter.create({ base: folder, cwd: folder, date: "2026-11-30", tsconfigRootDir: undefined, needsTypeScript: false, strict: false, concurrency: "off", prefilter: true });
  const [linted] = await linter.lintAll([file]);
  expect(linted!.parseError).toBeUndefined();
  expect(linted!.messages.map((message) => `${message.line} ${message.ruleId}`)).toEqual(["6 openai/no-assistants-api"]);
  rmSync(folder, { recursive: true, force: true });
});

it("checks, before leaving the analysis out, that its walk records ESLint's own visits on a sample", () => {
  // Under both majors the sample's visits agree, so the audit leaves code paths out; an ESLint whose linter cannot
  // be driven as expected (a minor release that changed it) keeps its own analysis.
  expect(walksAsESLint(eslint10.Linter)).toBe(true);
  expect(walksAsESLint(eslint9.Linter)).toBe(true);
  expect(walksAsESLint(class {})).toBe(false);
  expect(
    walksAsESLint(
      class {
        verify(): never {
          throw new Error("changed");
        }
      },
    ),
  ).toBe(false);
});
