import path from "node:path";

import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import { beforeEach, describe, expect, it } from "vitest";

// The built plugin (`npm run build` first), as the end-to-end tests use it, with the module caches it uses.
/* eslint-disable @typescript-eslint/no-require-imports */
const plugin = require("../../dist/src/index.js") as typeof import("../../src/index");
const { clearModuleCache, moduleReadStats } = require("../../dist/src/analysis/exports.js") as typeof import("../../src/analysis/exports");
const { clearModuleFileCache, moduleFileStats } = require("../../dist/src/analysis/module-files.js") as typeof import("../../src/analysis/module-files");
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * Small projects in tests/fixtures-modules linted through the ESLint class, as a user runs the plugin: model ids
 * written in one module and sent in another, reported at the use with the place they are written (relative to the
 * working folder, here the project's).
 */
const FIXTURES = path.join(__dirname, "../fixtures-modules");
const rules: Linter.RulesRecord = { "openai/no-deprecated-models": ["error", { date: "2026-11-30" }] };

function eslintFor(project: string, typed: boolean): ESLint {
  const cwd = path.join(FIXTURES, project);
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ["**/*.ts"],
        languageOptions: { parser: tsParser, parserOptions: typed ? { projectService: true, tsconfigRootDir: cwd } : {} },
      },
      { files: ["**/*.js"], languageOptions: { sourceType: "commonjs" } },
      { plugins: { openai: plugin }, rules },
    ],
  });
}

async function findings(project: string, file: string, typed = false): Promise<string[]> {
  const [result] = await eslintFor(project, typed).lintFiles([path.join(FIXTURES, project, file)]);
  return result!.messages.map((message) => `${message.line}:${message.column} ${message.messageId ?? "-"} ${/^`([^`]+)`, set in `([^`]+)`/u.exec(message.message)?.slice(1).join(" @ ") ?? message.message}`);
}

const ESM_FINDINGS = [
  "14:49 deprecatedModelElsewhere gpt-4.5-preview @ src/config/constants.ts:1",
  "15:49 deprecatedModelElsewhere gpt-4.5-preview @ src/config/constants.ts:1",
  "16:49 deprecatedModelElsewhere gpt-4-32k-0613 @ src/config/settings.ts:9",
  "17:49 deprecatedModelElsewhere gpt-4-32k @ src/config/constants.ts:6",
  "18:49 deprecatedModelElsewhere o1-preview @ src/config/constants.ts:11",
  "19:49 deprecatedModelElsewhere gpt-4-vision-preview @ src/config/constants.ts:13",
  "20:49 deprecatedModelElsewhere gpt-3.5-turbo-0613 @ src/config/constants.ts:3",
  "21:45 deprecatedModelElsewhere gpt-3.5-turbo-16k @ src/config/chat-defaults.ts:1",
];

describe("values from other modules, through the ESLint class", () => {
  beforeEach(() => {
    clearModuleCache();
    clearModuleFileCache();
  });

  it("follows ES modules, tsconfig paths and baseUrl, re-exports, enums, static members and spreads", async () => {
    expect(await findings("esm-ts", "src/app/chat.ts")).toEqual(ESM_FINDINGS);
  });

  it("follows CommonJS modules: module.exports, exports.x, require destructuring and .member", async () => {
    expect(await findings("cjs", "app/index.js")).toEqual([
      "9:49 deprecatedModelElsewhere gpt-3.5-turbo-0613 @ lib/models.js:1",
      "10:49 deprecatedModelElsewhere gpt-3.5-turbo-0613 @ lib/models.js:1",
      "11:49 deprecatedModelElsewhere gpt-3.5-turbo-0613 @ lib/models.js:1",
    ]);
  });

  it("follows what an imported function returns, reported at its call with the line of the string", async () => {
    expect(await findings("esm-ts", "src/app/functions.ts")).toEqual([
      "7:49 deprecatedModelElsewhere gpt-4o-mini @ src/config/model-functions.ts:3",
      "8:48 deprecatedModelElsewhere gpt-4.1 @ src/config/model-functions.ts:9",
      "9:43 deprecatedModelElsewhere o4-mini @ src/config/model-functions.ts:31",
    ]);
  });

  it("reads nothing for a file whose imports never reach a request", async () => {
    const [parses, resolutions] = [moduleReadStats.parses, moduleFileStats.resolutions];
    expect(await findings("esm-ts", "src/app/quiet.ts")).toEqual([]);
    expect([moduleReadStats.parses - parses, moduleFileStats.resolutions - resolutions]).toEqual([0, 0]);
  });

  it("parses each module once for many files that import it", async () => {
    const parses = moduleReadStats.parses;
    const eslint = eslintFor("esm-ts", false);
    const file = path.join(FIXTURES, "esm-ts/src/app/chat.ts");
    await eslint.lintFiles([file]);
    const once = moduleReadStats.parses - parses;
    // Linted again (as an editor does on each change), with another file that imports the same modules.
    await eslint.lintFiles([file, path.join(FIXTURES, "esm-ts/src/app/quiet.ts")]);
    expect(once).toBeGreaterThan(0);
    expect(moduleReadStats.parses - parses).toBe(once);
  });

  it("leaves a namespace member to the type checker: silent untyped, reported typed", async () => {
    expect(await findings("esm-ts", "src/app/typed.ts")).toEqual([]);
    expect(await findings("esm-ts", "src/app/typed.ts", true)).toEqual(["8:50 deprecatedModelElsewhere o1-mini @ src/config/namespaced.ts:3"]);
  });

  it("reports the same with type information", async () => {
    expect(await findings("esm-ts", "src/app/chat.ts", true)).toEqual(ESM_FINDINGS);
  });
});
