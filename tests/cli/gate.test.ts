/**
 * The audit as a CI gate, run as a user runs it (`node dist/src/cli/bin.js`) on the fixture tree: the same report in
 * worker threads as on one thread, `--fix` doing what `eslint --fix` does with the same config, `--fail-on` and
 * `--within` deciding the exit code, advice only with `--strict`, and model ids set in configuration files.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { ESLint, type Linter } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { makeTree } from "./tree";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../dist/src/index.js") as typeof import("../../src/index");

const bin = path.resolve(__dirname, "../../dist/src/cli/bin.js");
const DATE = ["--date", "2026-11-30"];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function audit(cwd: string, args: readonly string[]): Run {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8" });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

interface JsonFinding {
  group: string;
  retirement: string;
  date: string | null;
  file: string;
  line: number;
  rule: string;
}
const json = (run: Run) => JSON.parse(run.stdout) as { findings: JsonFinding[]; configuration: JsonFinding[]; summary: { leftOutBeyondWithin: number } };

let tree: string;
beforeAll(() => {
  tree = makeTree();
  cpSync(path.resolve(__dirname, "../../examples"), path.join(tree, "examples"), { recursive: true });
  rmSync(path.join(tree, "examples/eslint.config.mjs"));
  // An installed SDK that has `openai/core/error`, where the rule's import-path fix may move `openai/error` to.
  mkdirSync(path.join(tree, "node_modules/openai/core"), { recursive: true });
  writeFileSync(path.join(tree, "node_modules/openai/package.json"), '{ "name": "openai", "version": "6.0.0", "main": "index.js" }\n');
  writeFileSync(path.join(tree, "node_modules/openai/index.js"), "module.exports = {};\n");
  writeFileSync(path.join(tree, "node_modules/openai/core/error.js"), "module.exports = {};\n");
});
afterAll(() => rmSync(tree, { recursive: true, force: true }));

it("gives the same report, in the same order, in two worker threads as on one thread", () => {
  const one = audit(tree, [...DATE, "--strict", "--format", "json", "--concurrency", "off"]);
  const two = audit(tree, [...DATE, "--strict", "--format", "json", "--concurrency", "2"]);
  expect(two.status).toBe(one.status);
  expect(json(one).findings.length).toBeGreaterThan(50);
  expect(two.stdout).toBe(one.stdout);
});

describe("groups", () => {
  it("reports what recommended reports by default, and adds strict's advice, labelled, with --strict", () => {
    const recommended = json(audit(tree, [...DATE, "--format", "json"])).findings;
    const strict = json(audit(tree, [...DATE, "--format", "json", "--strict"])).findings;
    expect(recommended.filter((finding) => finding.group === "advice")).toEqual([]);
    const advice = strict.filter((finding) => finding.group === "advice");
    expect(advice.length).toBeGreaterThan(0);
    // Strict's report is recommended's and the advice: nothing recommended reports becomes advice.
    const key = (finding: JsonFinding) => `${finding.file}:${finding.line} ${finding.rule} ${finding.retirement}`;
    expect(strict.filter((finding) => finding.group !== "advice").map(key).sort()).toEqual(recommended.map(key).sort());
    expect(advice.map((finding) => finding.rule)).toContain("openai/no-deprecated-params");
    // A dated finding has a date after the day; what fails today has none or one on or before it.
    for (const finding of strict) {
      if (finding.group === "dated") expect(finding.date! > "2026-11-30").toBe(true);
      if (finding.group === "fails-today") expect(finding.date === null || finding.date <= "2026-11-30").toBe(true);
    }
  });

  it("--fail-on and --within decide the exit code", () => {
    // examples/model-shutdowns.ts holds only dated shutdowns (December 2026 and January 2027) and no advice.
    const dated = ["examples/model-shutdowns.ts"];
    expect(audit(tree, [...DATE, ...dated]).status).toBe(1);
    expect(audit(tree, [...DATE, "--fail-on", "fails-today", ...dated]).status).toBe(0);
    expect(audit(tree, [...DATE, "--fail-on", "dated", ...dated]).status).toBe(1);
    // o3 shuts down in 11 days, tts-1 in 37, gpt-4o in 45.
    const within = audit(tree, [...DATE, "--within", "10", "--format", "json", ...dated]);
    expect(within.status).toBe(0);
    expect(json(within).findings).toEqual([]);
    expect(json(within).summary.leftOutBeyondWithin).toBe(3);
    const text = audit(tree, [...DATE, "--within", "30", ...dated]);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain("[model:o3]");
    expect(text.stdout).not.toContain("[model:gpt-4o]");
    expect(text.stdout).toContain("2 findings of shutdowns more than 30 days away left out (--within).");
    // Advice counts only under --fail-on advice.
    const advice = ["examples/sdk-deprecations.ts"];
    const strict = json(audit(tree, [...DATE, "--strict", "--format", "json", ...advice])).findings;
    expect(new Set(strict.map((finding) => finding.group))).toEqual(new Set(["fails-today", "advice"]));
    expect(audit(tree, [...DATE, "--strict", "--fail-on", "advice", ...advice]).status).toBe(1);
  });
});

describe("--fix", () => {
  /** `eslint --fix` with the plugin's config and the parser settings the audit uses, on a copy of the tree. */
  async function eslintFix(folder: string, config: Linter.Config): Promise<void> {
    const eslint = new ESLint({
      cwd: folder,
      fix: true,
      overrideConfigFile: true,
      overrideConfig: [
        { linterOptions: { reportUnusedDisableDirectives: "off" } },
        { files: ["**/*.js", "**/*.jsx", "**/*.mjs"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
        { files: ["**/*.cjs"], languageOptions: { sourceType: "commonjs" } },
        { files: ["**/*.ts", "**/*.mts", "**/*.cts"], languageOptions: { parser: tsParser as Linter.Parser } },
        { files: ["**/*.tsx"], languageOptions: { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } } },
        config,
        { settings: { openai: { date: "2026-11-30" } } },
      ],
    });
    await ESLint.outputFixes(await eslint.lintFiles(["src", "examples"]));
  }

  function contents(folder: string): Record<string, string> {
    const files: Record<string, string> = {};
    const walk = (at: string): void => {
      for (const entry of readdirSync(path.join(folder, at), { withFileTypes: true })) {
        const relative = path.join(at, entry.name);
        if (entry.isDirectory()) walk(relative);
        else files[relative] = readFileSync(path.join(folder, relative), "utf8");
      }
    };
    for (const top of ["src", "examples"]) walk(top);
    return files;
  }

  it.each([
    ["recommended", []],
    ["strict", ["--strict"]],
  ] as const)("applies exactly what eslint --fix applies with configs.%s", async (name, flags) => {
    const scratch = mkdtempSync(path.join(tmpdir(), "openai-audit-fix-"));
    try {
      for (const copy of ["audit", "eslint"]) {
        mkdirSync(path.join(scratch, copy));
        for (const top of ["src", "examples"]) cpSync(path.join(tree, top), path.join(scratch, copy, top), { recursive: true });
      }
      const before = contents(path.join(scratch, "audit"));
      const run = audit(path.join(scratch, "audit"), [...DATE, ...flags, "--fix", "src", "examples"]);
      expect(run.stdout).toContain("Fixed in place:");
      await eslintFix(path.join(scratch, "eslint"), plugin.configs[name]);
      const fixed = contents(path.join(scratch, "audit"));
      expect(fixed).toEqual(contents(path.join(scratch, "eslint")));
      expect(fixed).not.toEqual(before);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("with recommended leaves the fixes only strict makes", () => {
    const recommended = audit(tree, [...DATE, "--fix-dry-run", "examples/sdk-deprecations.ts"]);
    const strict = audit(tree, [...DATE, "--strict", "--fix-dry-run", "examples/sdk-deprecations.ts"]);
    // `openai/error` → `openai/core/error` is strict's advice: the SDK keeps the old entry point working.
    expect(strict.stdout).toContain('+import { APIError } from "openai/core/error";');
    expect(recommended.stdout).not.toContain("openai/core/error");
  });
});

describe("model ids set in configuration", () => {
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(path.join(tmpdir(), "openai-audit-config-"));
    const files: Record<string, string> = {
      ".env": "OPENAI_API_KEY=sk-test\nOPENAI_MODEL=gpt-4o\nOPENAI_TUNED_MODEL=ft:gpt-3.5-turbo-0125:acme::abc123\n",
      ".env.example": "# the chat model\nexport OPENAI_MODEL='o1-mini' # shut down\nOPENAI_EMBEDDINGS=text-embedding-3-small\n",
      "config/app.json": '{\n  "openai": { "model": "o3", "temperature": 0.2 },\n  "title": "gpt-4o",\n  "fallbackModel": "gpt-5.5"\n}\n',
      "config/app.yaml": "assistant:\n  model: gpt-4.1-mini\n  name: gpt-4o\nmodels:\n  - default_model: \"dall-e-3\" # images\n",
      // Stay out: a lockfile, node_modules, what .gitignore ignores, a key that is not a model setting.
      "package-lock.json": '{ "packages": { "": { "model": "gpt-4o" } } }\n',
      "node_modules/pkg/config.json": '{ "model": "gpt-4o" }\n',
      "secrets/local.yaml": "model: gpt-4o\n",
      ".gitignore": "secrets/\n",
      "src/app.js": "export const answer = 42;\n",
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
      writeFileSync(path.join(project, file), text);
    }
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("lists them in their own section, with the model's date and replacement, counted only under --fail-on advice", () => {
    const run = audit(project, [...DATE, "--format", "json"]);
    expect(run.status).toBe(0);
    const found = json(run).configuration.map((finding) => `${finding.file}:${finding.line} ${finding.retirement} ${finding.group}`);
    expect(found).toEqual([
      ".env:2 model:gpt-4o dated",
      ".env:3 model:ft:gpt-3.5-turbo-0125:acme::abc123 fails-today",
      ".env.example:2 model:o1-mini fails-today",
      "config/app.json:2 model:o3 dated",
      "config/app.yaml:2 model:gpt-4.1-mini dated",
      "config/app.yaml:5 model:dall-e-3 fails-today",
    ]);
    expect(json(run).findings).toEqual([]);
    expect(audit(project, [...DATE, "--fail-on", "advice"]).status).toBe(1);
    const text = audit(project, DATE);
    expect(text.stdout).toContain("Set in configuration (.env, JSON, YAML): model ids with a shutdown date\n\nthe model `o1-mini` [model:o1-mini]");
    expect(text.stdout).toContain("    .env.example:2:22\n");
    expect(text.stdout).toContain("0 uses of 0 retirements in 0 files, 0 autofixable with --fix; 6 model ids set in 4 configuration files; 1 file checked.");
  });
});
