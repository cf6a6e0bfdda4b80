/**
 * The `eslint-plugin-openai` command, run as a user runs it (`node dist/src/cli/bin.js`, built by `npm test` first)
 * on a tree with no ESLint config: what it finds, skips and prints in each format, what `--fix` and `--fix-dry-run`
 * do, and its exit codes.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import path from "node:path";

import Ajv from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { rules } from "../../src/rules";
import { readmeSnippet } from "../readme";
import { fixtureFiles } from "../e2e/fixtures";
import { EXTRA_FILES, expectedFindings, makeTree } from "./tree";

const localRequire = createRequire(__filename);
const bin = path.resolve(__dirname, "../../dist/src/cli/bin.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require("../../package.json") as { version: string };

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function audit(cwd: string, args: readonly string[]): Run {
  return runOf(spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8" }));
}

function runOf(result: SpawnSyncReturns<string>): Run {
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/**
 * {@link audit} for a process that file modes apply to. Root reads every file, so as root the bin runs with the
 * capabilities that let it ignore file modes dropped (`setpriv`, from util-linux). It keeps uid 0: running as another
 * user instead needed every folder above the clone to be open to that user, and a clone under a `mktemp -d` folder
 * (mode 700) is not.
 */
function auditWithoutPrivileges(cwd: string, args: readonly string[]): Run {
  if (process.getuid?.() !== 0) return audit(cwd, args);
  return runOf(spawnSync("setpriv", ["--inh-caps=-all", "--bounding-set=-all", process.execPath, bin, ...args], { cwd, encoding: "utf8" }));
}

interface JsonFinding {
  rule: string;
  group: "fails-today" | "dated" | "advice";
  retirement: string;
  date: string | null;
  file: string;
  line: number;
  column: number;
  message: string;
  fixable: boolean;
}

interface JsonReport {
  date: string;
  findings: JsonFinding[];
  parseErrors: { file: string; line: number; message: string }[];
  summary: {
    filesChecked: number;
    findings: number;
    fixable: number;
    retirements: { id: string; group: string; date: string | null; daysUntil: number | null; uses: number; files: number; fixable: number }[];
  };
}

const DATE = ["--date", "2026-11-30"];
let tree: string;
beforeAll(() => {
  tree = makeTree();
});
afterAll(() => rmSync(tree, { recursive: true, force: true }));

describe("on a tree with findings", () => {
  let json: JsonReport;
  beforeAll(() => {
    const run = audit(tree, [...DATE, "--format", "json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    json = JSON.parse(run.stdout) as JsonReport;
  });

  it("reports exactly the marked lines, in the fixtures and in TSX and CommonJS script files", () => {
    const found = [...new Set(json.findings.map((finding) => `${finding.file}:${finding.line} ${finding.rule}`))].sort();
    expect(found).toEqual(expectedFindings());
    expect(found).toContain("src/panel.tsx:3 openai/no-assistants-api");
    expect(found).toContain("src/script.js:3 openai/no-assistants-api");
  });

  it("skips what .gitignore ignores, node_modules, build output, minified and declaration files", () => {
    const files = new Set(json.findings.map((finding) => finding.file));
    for (const skipped of ["generated/client.js", "src/scratch.local.js", "node_modules/some-package/index.js", "dist/index.js", "src/vendor.min.js"]) {
      expect(EXTRA_FILES[skipped]).toContain("beta.threads.create");
      expect(files).not.toContain(skipped);
    }
    // The fixtures and the extra files under src/ but the minified, the declaration and the git-ignored one, and but
    // the file that does not parse: it was not checked.
    expect(json.summary.filesChecked).toBe(fixtureFiles.length + Object.keys(EXTRA_FILES).filter((file) => file.startsWith("src/")).length - 4);
  });

  it("reports a file that does not parse, and goes on", () => {
    expect(json.parseErrors).toEqual([{ file: "src/broken.ts", line: 1, column: 13, message: "Parsing error: Variable declaration expected." }]);
  });

  it("gives each finding its retirement and date, and sums them up by retirement, earliest first", () => {
    const moderation = json.findings.find((finding) => finding.rule === "openai/no-legacy-moderation-models")!;
    expect(moderation).toMatchObject({ retirement: "legacy-moderation-models", date: "2025-10-27", fixable: true });
    expect(moderation.message).toContain("omni-moderation-latest");
    const summary = new Map(json.summary.retirements.map((retirement) => [retirement.id, retirement]));
    // What fails today first (shut down, then rejected with no date), then each dated shutdown by date.
    const order = (retirement: JsonReport["summary"]["retirements"][number]): number =>
      (retirement.group === "fails-today" ? 0 : 1e6) + (retirement.daysUntil ?? 1e5);
    expect(json.summary.retirements.map(order)).toEqual(json.summary.retirements.map(order).sort((a, b) => a - b));
    for (const retirement of json.summary.retirements) {
      expect(retirement.group).toBe(retirement.daysUntil !== null && retirement.daysUntil > 0 ? "dated" : "fails-today");
    }
    expect(summary.get("legacy-moderation-models")).toMatchObject({ date: "2025-10-27", daysUntil: -399 });
    expect(summary.get("assistants-api")).toMatchObject({ date: "2026-08-26", daysUntil: -96 });
    expect(summary.get("agent-builder-workflows")).toMatchObject({ date: "2026-11-30", daysUntil: 0 });
    expect(summary.get("prompt-objects")).toMatchObject({ date: "2026-11-30", daysUntil: 0 });
    expect(summary.get("chat-completions-output-in-responses")).toMatchObject({ group: "fails-today", date: null, daysUntil: null });
    expect(summary.get("model:dall-e-3")).toMatchObject({ group: "fails-today" });
    expect(json.summary.retirements.at(-1)!.group).toBe("dated");
    // Model findings: one retirement per id, dated by the model table, wherever the id is.
    expect(summary.get("model:o1-mini")).toMatchObject({ date: "2025-10-27", daysUntil: -399, uses: 2, files: 2, fixable: 0 });
    expect(summary.get("model:dall-e-3")).toMatchObject({ date: "2026-05-12", uses: 1 });
    expect(json.findings.filter((finding) => finding.retirement === "model:o1-mini").map((finding) => finding.file)).toEqual([
      "src/chat.ts",
      "src/summarize.mjs",
    ]);
    for (const retirement of json.summary.retirements) {
      const mine = json.findings.filter((finding) => finding.retirement === retirement.id);
      expect(retirement.uses).toBe(mine.length);
      expect(retirement.files).toBe(new Set(mine.map((finding) => finding.file)).size);
      expect(retirement.fixable).toBe(mine.filter((finding) => finding.fixable).length);
    }
    expect(json.summary.findings).toBe(json.findings.length);
  });

  it("prints the text report grouped by retirement, with dates, counts and locations, without colours off a terminal", () => {
    const run = audit(tree, DATE);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain("\u001B[");
    const blocks = run.stdout.split("\n\n");
    const assistants = blocks.find((block) => block.includes("[assistants-api]"))!;
    const uses = json.findings.filter((finding) => finding.retirement === "assistants-api");
    expect(assistants).toContain("was shut down on August 26, 2026, 96 days ago");
    expect(assistants).toContain(`${uses.length} uses in ${new Set(uses.map((finding) => finding.file)).size} files, none autofixable`);
    expect(assistants).toContain(`    ${uses[0]!.file}:${uses[0]!.line}:${uses[0]!.column}`);
    expect(assistants).toContain(`… and ${uses.length - 5} more`);
    const order = [
      "Fails today: shut down, or rejected by the API:",
      "[legacy-moderation-models]",
      "[model:dall-e-3]",
      "[assistants-api]",
      "[agent-builder-workflows]",
      "[prompt-objects]",
      "[chat-completions-output-in-responses]",
      "Shuts down on a date:",
    ];
    expect(order.map((id) => run.stdout.indexOf(id))).toEqual(order.map((id) => run.stdout.indexOf(id)).sort((a, b) => a - b));
    expect(run.stdout).toContain("shuts down today, November 30, 2026 (`v1/prompts`)");
    expect(run.stdout).toContain(
      `${json.findings.length} uses of ${json.summary.retirements.length} retirements in ${new Set(json.findings.map((finding) => finding.file)).size} files, ${json.summary.fixable} autofixable with --fix; ${json.summary.filesChecked} files checked.`,
    );
    expect(run.stdout).toContain("1 file could not be parsed, so it was not checked:\n  src/broken.ts:1:13 Parsing error");
    // A replacement or note that ends a sentence is followed by its URL without doubled punctuation.
    expect(run.stdout).not.toMatch(/[.:;,][.:;,]/u);
  });

  it("words the dates for --date, and today in UTC without it", () => {
    const before = audit(tree, ["--date", "2025-10-20", "src/rest.mjs"]);
    expect(before.stdout).toContain("shuts down on October 27, 2025, in 7 days");
    const today = audit(tree, ["--format", "json", "src/rest.mjs"]);
    expect((JSON.parse(today.stdout) as JsonReport).date).toBe(new Date().toISOString().slice(0, 10));
  });

  it("writes SARIF 2.1.0 that the schema accepts, with each rule's help page", () => {
    const run = audit(tree, [...DATE, "--format", "sarif", "--output", "audit.sarif"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    const sarif = JSON.parse(readFileSync(path.join(tree, "audit.sarif"), "utf8")) as {
      runs: {
        tool: { driver: { rules: { id: string; helpUri: string }[] } };
        results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
        invocations: { toolExecutionNotifications: { message: { text: string } }[] }[];
      }[];
    };
    const ajv = new Ajv({ schemaId: "auto", allErrors: true });
    // The SARIF 2.1.0 schema (its final rtm.5 draft, as published) is a draft-04 JSON schema: Ajv 6 still reads those.
    const readJson = (specifier: string): object => JSON.parse(readFileSync(localRequire.resolve(specifier), "utf8")) as object;
    ajv.addMetaSchema(readJson("ajv/lib/refs/json-schema-draft-04.json"));
    const schema = readJson("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    const valid = ajv.validate(schema, sarif);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    const [run0] = sarif.runs;
    const driverRules = run0!.tool.driver.rules;
    expect(driverRules.map((rule) => rule.id).sort()).toEqual(Object.keys(rules).map((name) => `openai/${name}`).sort());
    for (const rule of driverRules) {
      expect(rule.helpUri).toBe(rules[rule.id.slice("openai/".length) as keyof typeof rules].meta.docs!.url);
    }
    const results = run0!.results.map((result) => {
      expect(driverRules[result.ruleIndex]!.id).toBe(result.ruleId);
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      return `${artifactLocation.uri}:${region.startLine} ${result.ruleId}`;
    });
    expect([...new Set(results)].sort()).toEqual(expectedFindings());
    expect(results).toHaveLength(json.findings.length);
    expect(run0!.results.find((result) => result.ruleId === "openai/no-assistants-api")!.level).toBe("error");
    // Levels follow the group: what fails today is an error, a shutdown to come a warning.
    const levels = new Map(json.findings.map((finding, at) => [at, finding.group]));
    expect(run0!.results.map((result) => result.level)).toEqual(
      [...levels.values()].map((group) => ({ "fails-today": "error", dated: "warning", advice: "note" })[group]),
    );
    expect(run0!.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
  });
});

it("prints what the README shows for examples/", () => {
  const run = audit(path.resolve(__dirname, "../../examples"), DATE);
  const printed = run.stdout.split("\n");
  // The README leaves blocks out with `…`; every other line is printed, in that order.
  let from = 0;
  for (const line of readmeSnippet("## Try it without installing", "text").split("\n")) {
    if (line.trim() === "…" || line.trim() === "") continue;
    const at = printed.indexOf(line, from);
    expect(at, line).toBeGreaterThanOrEqual(from);
    from = at + 1;
  }
});

describe("fixing", () => {
  let fixTree: string;
  beforeAll(() => {
    fixTree = makeTree();
    // A git repository, so that the dry run's diff can be checked by applying it.
    execFileSync("git", ["init", "-q"], { cwd: fixTree });
  });
  afterAll(() => rmSync(fixTree, { recursive: true, force: true }));

  it("--fix-dry-run prints a diff that --fix would apply, and writes nothing", () => {
    const before = readFileSync(path.join(fixTree, "src/rest.mjs"), "utf8");
    const run = audit(fixTree, [...DATE, "--fix-dry-run"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '--- a/src/rest.mjs\n+++ b/src/rest.mjs\n@@ -9,6 +9,6 @@\n }\n \n export const check = (input) =>\n-  fetch(`${BASE}/moderations`, { method: "POST", body: JSON.stringify({ model: "text-moderation-007", input }) });',
    );
    expect(run.stdout).toMatch(/--fix would fix 13 findings in 6 files\.\n/u);
    expect(readFileSync(path.join(fixTree, "src/rest.mjs"), "utf8")).toBe(before);
    const patch = run.stdout.slice(0, run.stdout.indexOf("--fix would fix"));
    writeFileSync(path.join(fixTree, "dry-run.patch"), patch);
    execFileSync("git", ["apply", "--check", "dry-run.patch"], { cwd: fixTree });
  });

  it("--fix writes the fixes, says what changed in each file, and reports what is left", () => {
    const run = audit(fixTree, [...DATE, "--fix"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("Fixed in place:\n");
    expect(run.stdout).toContain("  src/rest.mjs: 1 fix (openai/no-legacy-moderation-models); 1 left\n");
    const params = / {2}src\/responses-params\.mjs: 5 fixes \(openai\/no-chat-completions-params-in-responses ×5\); (\d+) left\n/u.exec(run.stdout);
    expect(params).not.toBeNull();
    // What is left in the file is what a new run finds in it.
    const left = audit(fixTree, [...DATE, "--format", "json", "src/responses-params.mjs"]);
    expect((JSON.parse(left.stdout) as JsonReport).findings).toHaveLength(Number(params![1]));
    expect(run.stdout).toContain("Fixed 13 findings in 6 files.");
    for (const file of ["rest.mjs", "responses-params.mjs", "assistants.ts"]) {
      expect(readFileSync(path.join(fixTree, "src", file), "utf8")).toBe(
        readFileSync(path.resolve(__dirname, "../e2e/__fixed__", file), "utf8"),
      );
    }
    expect(run.stdout).not.toContain("[legacy-moderation-models]");
    // The dry run's diff is what --fix did: it no longer applies, and applies in reverse.
    execFileSync("git", ["apply", "--check", "--reverse", "dry-run.patch"], { cwd: fixTree });

    const again = audit(fixTree, [...DATE, "--fix"]);
    expect(again.stdout).toMatch(/^Nothing to fix: no finding has a safe fix\.\n/u);
  });
});

describe("--typed", () => {
  let typedTree: string;
  beforeAll(() => {
    typedTree = mkdtempSync(path.join(tmpdir(), "openai-audit-typed-"));
    const files: Record<string, string> = {
      "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true, module: "ESNext", moduleResolution: "Bundler", noEmit: true, types: [] }, include: ["src"] }),
      // A class of the project's own that only shares the SDK's member names: without types, its chain looks like one.
      "src/forum.ts": "export class Forum {\n  beta = { threads: { create: () => 1 } };\n}\n",
      "src/use.ts": 'import { Forum } from "./forum";\nexport const thread = new Forum().beta.threads.create();\n',
      // Outside the tsconfig: linted without type information rather than failing.
      "scripts/use.ts": 'import { Forum } from "../src/forum";\nexport const thread = new Forum().beta.threads.create();\n',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(typedTree, file)), { recursive: true });
      writeFileSync(path.join(typedTree, file), text);
    }
  });
  afterAll(() => rmSync(typedTree, { recursive: true, force: true }));

  const found = (run: Run): string[] => (JSON.parse(run.stdout) as JsonReport).findings.map((finding) => `${finding.file}:${finding.line}`);

  it("asks the tsconfig's types, and lints files outside it without them", () => {
    expect(found(audit(typedTree, [...DATE, "--format", "json"]))).toEqual(["scripts/use.ts:2", "src/use.ts:2"]);
    const typed = audit(typedTree, [...DATE, "--format", "json", "--typed"]);
    expect(typed.stderr).toBe("");
    expect(found(typed)).toEqual(["scripts/use.ts:2"]);
  });

  it("says so when it finds no tsconfig.json", () => {
    const run = audit(tree, [...DATE, "--typed", "src/rest.mjs"]);
    expect(run.stderr).toBe("eslint-plugin-openai: --typed found no tsconfig.json; linting without type information\n");
    expect(run.status).toBe(1);
  });
});

describe("exit codes", () => {
  it("0 when nothing is found", () => {
    const run = audit(tree, [...DATE, "src/clean.mjs"]);
    expect(run).toEqual({ status: 0, stdout: "No deprecated or shut-down OpenAI API use found in 1 file (as of November 30, 2026).\n", stderr: "" });
  });

  it("0 when there is nothing to check, and says so", () => {
    mkdirSync(path.join(tree, "empty"));
    expect(audit(tree, ["empty"])).toEqual({ status: 0, stdout: "No JavaScript or TypeScript files to check under the paths given.\n", stderr: "" });
  });

  it("2 when no file could be parsed: nothing was checked, and it says so", () => {
    const run = audit(tree, [...DATE, "src/broken.ts"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("No file could be parsed, so nothing was checked:\n  src/broken.ts:1:13 Parsing error: Variable declaration expected.\n");
    const json = JSON.parse(audit(tree, [...DATE, "--format", "json", "src/broken.ts"]).stdout) as JsonReport;
    expect(json.summary.filesChecked).toBe(0);
  });

  it.each([
    [["missing"], "eslint-plugin-openai: no such file or folder: missing\n"],
    [["--bogus"], "eslint-plugin-openai: Unknown option '--bogus'; see --help\n"],
    [["-x"], "eslint-plugin-openai: Unknown option '-x'; see --help\n"],
    [["--fail-on", "soon"], "eslint-plugin-openai: --fail-on must be one of fails-today, dated, advice, not 'soon'\n"],
    [["--within", "a week"], "eslint-plugin-openai: --within must be a whole number of days, not 'a week'\n"],
    [["--concurrency", "0"], "eslint-plugin-openai: --concurrency must be a number of threads, auto or off, not '0'\n"],
    [["--format", "xml"], "eslint-plugin-openai: --format must be one of text, json, sarif, not 'xml'\n"],
    [["--date", "2026-02-30"], "eslint-plugin-openai: --date must be a day as YYYY-MM-DD, not '2026-02-30'\n"],
    [["--fix", "--fix-dry-run"], "eslint-plugin-openai: --fix and --fix-dry-run cannot be used together\n"],
    [[".gitignore"], "eslint-plugin-openai: not a JavaScript, TypeScript, .env, JSON or YAML file: .gitignore\n"],
  ])("2 with one line on stderr for %j", (args, stderr) => {
    expect(audit(tree, args)).toEqual({ status: 2, stdout: "", stderr });
  });

  it("2 for a file it cannot read", () => {
    const file = path.join(tree, "src/secret.js");
    writeFileSync(file, "export {};\n");
    chmodSync(file, 0o000);
    try {
      const run = auditWithoutPrivileges(tree, [...DATE, "src"]);
      expect(run).toEqual({ status: 2, stdout: "", stderr: "eslint-plugin-openai: cannot read src/secret.js: EACCES\n" });
    } finally {
      rmSync(file);
    }
  });

  it("--help and --version", () => {
    const help = audit(tree, ["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: eslint-plugin-openai \[options\] \[paths…\]/u);
    for (const flag of ["--format", "--output", "--strict", "--fail-on", "--within", "--fix", "--fix-dry-run", "--typed", "--concurrency", "--date", "--help", "--version"]) {
      expect(help.stdout).toContain(flag);
    }
    // Every flag an error names, short ones included, is one --help documents; no message ends in doubled punctuation.
    for (const args of [["-o"], ["-h=1"], ["-v=1"], ["--output"], ["--format"], ["-q"]]) {
      const run = audit(tree, args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/; see --help\n$/u);
      for (const flag of run.stderr.match(/(?<![\w-])--?[a-z][\w-]*/gu) ?? []) {
        if (flag !== "-q") expect(help.stdout, `${flag} in ${run.stderr}`).toMatch(new RegExp(`(?:^|[\\s,])${flag}\\b`, "u"));
      }
      expect(run.stderr).not.toMatch(/[.:;,]{2}/u);
    }
    expect(audit(tree, ["--version"])).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });
});
