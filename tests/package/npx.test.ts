/**
 * `npx eslint-plugin-openai` as a team runs it: the packed tarball (`npm pack`, after `npm run build`) installed in
 * a fresh project that has no ESLint, no TypeScript parser and no ESLint config. The install brings ESLint (a peer
 * dependency npm installs) and the parser (a dependency); the command finds the project's OpenAI retirements.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, expect, it } from "vitest";

import { pack, packageRoot } from "./pack";

// js-yaml reads the action and hook definitions as GitHub and pre-commit read them (it comes with ESLint's tooling).
const { load: loadYaml } = createRequire(__filename)("js-yaml") as { load: (text: string) => unknown };

// The project lives outside the repository, so that nothing resolves from the repository's node_modules.
const scratch = mkdtempSync(path.join(tmpdir(), "openai-audit-npx-"));
const project = path.join(scratch, "project");
// npm's own variables from a surrounding `npm test` (the package's folder, its scripts) must not leak into these runs.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/iu.test(name)));
const npm = (args: readonly string[], cwd: string): string =>
  execFileSync("npm", [...args], { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

let packed: ReturnType<typeof pack>;
beforeAll(() => {
  packed = pack();
  mkdirSync(path.join(project, "src"), { recursive: true });
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "audit-user", version: "1.0.0", private: true }));
  writeFileSync(
    path.join(project, "src/bot.ts"),
    'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const thread: unknown = await client.beta.threads.create();\n',
  );
  writeFileSync(path.join(project, "src/clean.js"), "export const answer = 42;\n");
  writeFileSync(
    path.join(project, "src/moderate.js"),
    'const OpenAI = require("openai");\nmodule.exports = (input) => new OpenAI().moderations.create({ model: "text-moderation-stable", input });\n',
  );
  // A model id with a shutdown date set in a configuration file, a lockfile that names one and must stay out.
  writeFileSync(path.join(project, ".env.example"), "OPENAI_API_KEY=\nOPENAI_MODEL=o1-mini\n");
  writeFileSync(path.join(project, "config.yaml"), "assistant:\n  model: gpt-4o # the chat model\n");
  // Dependencies come from the npm cache where they are there, else from the registry.
  npm(["install", "--prefer-offline", "--no-audit", "--no-fund", packed.tarball], project);
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(packed.scratch, { recursive: true, force: true });
});

it("installs with ESLint as a peer and the TypeScript parser as its own dependency", () => {
  expect(existsSync(path.join(project, "node_modules/eslint/package.json"))).toBe(true);
  expect(existsSync(path.join(project, "node_modules/@typescript-eslint/parser/package.json"))).toBe(true);
  expect(existsSync(path.join(project, "eslint.config.js"))).toBe(false);
});

it("runs as `npx eslint-plugin-openai` with no ESLint config and reports the project's retirements", () => {
  const run = spawnSync("npx", ["eslint-plugin-openai", "--date", "2026-11-30"], { cwd: project, env, encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(1);
  expect(run.stdout).toContain("the legacy `text-moderation-*` models [legacy-moderation-models]\n  was shut down on October 27, 2025, 399 days ago\n  1 use in 1 file, 1 autofixable with --fix");
  expect(run.stdout).toContain("    src/moderate.js:2:");
  expect(run.stdout).toContain("the Assistants API [assistants-api]\n  was shut down on August 26, 2026, 96 days ago");
  expect(run.stdout).toContain("    src/bot.ts:3:");
  expect(run.stdout).toContain(
    "Set in configuration (.env, JSON, YAML): model ids with a shutdown date\n\nthe model `o1-mini` [model:o1-mini]\n  was shut down on October 27, 2025",
  );
  expect(run.stdout).toContain("    .env.example:2:14\n");
  expect(run.stdout).toContain("    config.yaml:2:10\n");
  expect(run.stdout).toContain("2 uses of 2 retirements in 2 files, 1 autofixable with --fix; 2 model ids set in 2 configuration files; 3 files checked.");
});

interface ActionStep {
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

it("action.yml's audit step writes the SARIF report its upload step names, and its last step fails the job", () => {
  const action = loadYaml(readFileSync(path.join(packageRoot, "action.yml"), "utf8")) as {
    inputs: Record<string, { default: string }>;
    runs: { using: string; steps: ActionStep[] };
  };
  expect(action.runs.using).toBe("composite");
  // `${{ inputs.x }}` as GitHub expands it with the inputs' defaults.
  const expand = (text: string, inputs: Record<string, string>): string =>
    text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/gu, (_, name: string) => inputs[name] ?? "");
  const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]));
  const [audit, upload, fail] = action.runs.steps;
  expect(audit!.id).toBe("audit");
  expect(upload!.uses).toMatch(/^github\/codeql-action\/upload-sarif@/u);
  const runStep = (step: ActionStep, inputs: Record<string, string>) => {
    const output = path.join(scratch, "github-output");
    writeFileSync(output, "");
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, expand(value, inputs)]));
    const result = spawnSync("bash", ["-e", "-c", step.run!], { cwd: project, env: { ...env, ...stepEnv, GITHUB_OUTPUT: output }, encoding: "utf8" });
    return { ...result, output: readFileSync(output, "utf8") };
  };

  const run = runStep(audit!, defaults);
  expect(run.stderr).toBe("");
  // Findings: the step passes (the report goes to code scanning) and hands the exit code to the last step.
  expect(run.status).toBe(0);
  expect(run.output).toBe("exit-code=1\n");
  const sarifFile = path.join(project, expand(upload!.with!.sarif_file!, defaults));
  const sarif = JSON.parse(readFileSync(sarifFile, "utf8")) as { runs: { results: { ruleId: string; level: string; properties: { group: string } }[] }[] };
  expect(sarif.runs[0]!.results.map((result) => `${result.ruleId} ${result.level} ${result.properties.group}`)).toEqual([
    "openai/no-assistants-api error fails-today",
    "openai/no-legacy-moderation-models error fails-today",
    "openai/no-deprecated-models note fails-today",
    "openai/no-deprecated-models note dated",
  ]);
  expect(fail!.if).toBe("steps.audit.outputs.exit-code == '1'");
  expect(runStep(fail!, defaults).status).toBe(1);

  // Other inputs: a path with nothing to report, and another gate.
  const clean = runStep(audit!, { ...defaults, "fail-on": "fails-today", paths: "src/clean.js" });
  expect(clean.status).toBe(0);
  expect(clean.output).toBe("exit-code=0\n");
});

it(".pre-commit-hooks.yaml's entry, on the files its patterns select, fails the commit on findings", () => {
  const [hook] = loadYaml(readFileSync(path.join(packageRoot, ".pre-commit-hooks.yaml"), "utf8")) as {
    id: string;
    entry: string;
    language: string;
    files: string;
    exclude: string;
    args?: string[];
  }[];
  expect(hook!.language).toBe("node");
  // pre-commit passes the staged files its `files` pattern takes and its `exclude` pattern leaves (Python's `re.search`).
  const staged = ["src/bot.ts", "src/moderate.js", "src/clean.js", ".env.example", "config.yaml", "package.json", "package-lock.json", "README.md"];
  const selected = staged.filter((file) => new RegExp(hook!.files, "u").test(file) && !new RegExp(hook!.exclude, "u").test(file));
  expect(selected).toEqual(["src/bot.ts", "src/moderate.js", "src/clean.js", ".env.example", "config.yaml", "package.json"]);
  const run = spawnSync("npx", ["--no-install", hook!.entry, ...(hook!.args ?? []), "--date", "2026-11-30", ...selected], { cwd: project, env, encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(1);
  expect(run.stdout).toContain("    src/bot.ts:3:");
  expect(run.stdout).toContain("    .env.example:2:14");
  expect(run.stdout).toContain("3 files checked.");
});
