/**
 * What the command does on a terminal, run in-process with stand-in streams (a child process's pipes are never a
 * TTY): colours unless `NO_COLOR` is set, and a progress line on stderr for large trees. Also the retirement a
 * finding falls back to when the table has no row for its rule.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, expect, it } from "vitest";

import { retirementOf } from "../../src/cli/retirements";

// The built command, as the bin runs it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main } = require("../../dist/src/cli/main.js") as typeof import("../../src/cli/main");

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return {
    isTTY,
    text: () => chunks.join(""),
    write(chunk: string) {
      chunks.push(chunk);
      return true;
    },
  } as unknown as NodeJS.WriteStream & { text: () => string };
}

let tree: string;
beforeAll(() => {
  tree = mkdtempSync(path.join(tmpdir(), "openai-audit-tty-"));
  mkdirSync(path.join(tree, "src"));
  for (let index = 0; index < 250; index++) writeFileSync(path.join(tree, "src", `file${index}.js`), `export const n = ${index};\n`);
  writeFileSync(path.join(tree, "src/moderate.js"), 'export const body = { model: "text-moderation-latest", input: "hi" };\nfetch("https://api.openai.com/v1/moderations", { method: "POST", body: JSON.stringify(body) });\n');
});
afterAll(() => rmSync(tree, { recursive: true, force: true }));

async function runOnTerminal(env: NodeJS.ProcessEnv) {
  const stdout = stream(true);
  const stderr = stream(true);
  const code = await main(["--date", "2026-11-30"], { stdout, stderr, env, cwd: tree });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

it("colours the report on a terminal, and shows progress on stderr for a large tree", async () => {
  const run = await runOnTerminal({});
  expect(run.code).toBe(1);
  expect(run.stdout).toContain("\u001B[1mthe legacy `text-moderation-*` models\u001B[22m");
  expect(run.stdout).toContain("\u001B[31mwas shut down on October 27, 2025, 399 days ago\u001B[39m");
  expect(run.stderr).toContain("\r\u001B[Kchecked 251 / 251 files");
  expect(run.stderr.endsWith("\r\u001B[K")).toBe(true);
});

it("prints no colours when NO_COLOR is set", async () => {
  const run = await runOnTerminal({ NO_COLOR: "1" });
  expect(run.stdout).toContain("the legacy `text-moderation-*` models [legacy-moderation-models]\n");
  expect(run.stdout).not.toContain("\u001B[");
});

it("puts a rule the table does not know in an undated retirement named after it", () => {
  expect(retirementOf({ rule: "no-something-new", messageId: undefined, message: "…" })).toEqual({ id: "no-something-new", what: "openai/no-something-new" });
  expect(retirementOf({ rule: "no-assistants-api", messageId: undefined, message: "…" })).toMatchObject({ id: "assistants-api", shutdown: "2026-08-26" });
});
