/**
 * The package as users install it: a project with `eslint-plugin-openai` in its node_modules loads the plugin from
 * an ESM `eslint.config.mjs` (`import`, default or named) and from a CommonJS `eslint.config.cjs` (`require`), through the `exports`
 * map, and gets the built output with its type declarations.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { ESLint } from "eslint";
import { afterAll, expect, it } from "vitest";

const packageRoot = path.resolve(__dirname, "../..");
const project = mkdtempSync(path.join(tmpdir(), "openai-plugin-user-"));
mkdirSync(path.join(project, "node_modules"));
symlinkSync(packageRoot, path.join(project, "node_modules", "eslint-plugin-openai"), "dir");
writeFileSync(
  path.join(project, "app.js"),
  'import OpenAI from "openai";\nconst client = new OpenAI();\nawait client.beta.threads.create();\n',
);
writeFileSync(
  path.join(project, "eslint.config.mjs"),
  'import openai from "eslint-plugin-openai";\nexport default [openai.configs.recommended];\n',
);
// The named exports the types offer exist in Node too (Node reads them from the CommonJS module with cjs-module-lexer).
writeFileSync(
  path.join(project, "eslint.named.config.mjs"),
  'import { configs, meta, rules } from "eslint-plugin-openai";\nif (!meta.name || !rules["no-assistants-api"]) throw new Error("no meta or rules");\nexport default [configs.recommended];\n',
);
writeFileSync(
  path.join(project, "eslint.config.cjs"),
  'const openai = require("eslint-plugin-openai");\nmodule.exports = [openai.configs.recommended];\n',
);
afterAll(() => rmSync(project, { recursive: true, force: true }));

it.each(["eslint.config.mjs", "eslint.named.config.mjs", "eslint.config.cjs"])("loads from %s", async (configFile) => {
  const eslint = new ESLint({ cwd: project, overrideConfigFile: path.join(project, configFile) });
  const [result] = await eslint.lintFiles(["app.js"]);
  expect(result!.messages.map((message) => message.ruleId)).toEqual(["openai/no-assistants-api"]);
});

it("ships type declarations and its own name and version", async () => {
  expect(existsSync(path.join(packageRoot, "dist/src/index.d.ts"))).toBe(true);
  const { default: plugin } = (await import(path.join(project, "node_modules/eslint-plugin-openai/dist/src/index.js"))) as {
    default: { meta: { name: string; version: string } };
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { version } = require("../../package.json") as { version: string };
  expect(plugin.meta).toEqual({ name: "eslint-plugin-openai", version });
});
