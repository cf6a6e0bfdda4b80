/**
 * `npx eslint-plugin-openai` as a team runs it: the packed tarball (`npm pack`, after `npm run build`) installed in
 * a fresh project that has no ESLint, no TypeScript parser and no ESLint config. The install brings ESLint (a peer
 * dependency npm installs) and the parser (a dependency); the command finds the project's OpenAI retirements.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, expect, it } from "vitest";

import { pack } from "./pack";

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
  writeFileSync(
    path.join(project, "src/moderate.js"),
    'const OpenAI = require("openai");\nmodule.exports = (input) => new OpenAI().moderations.create({ model: "text-moderation-stable", input });\n',
  );
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
  expect(run.stdout).toContain("2 uses of 2 retirements in 2 files, 1 autofixable with --fix; 2 files checked.");
});
