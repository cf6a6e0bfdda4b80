/**
 * Which parser reads a file under `configs.recommended` (and `strict`, `all`), through the real `ESLint` class of
 * ESLint 9 and 10: alone, every JavaScript and TypeScript extension parses and reports; a parser that a config after
 * it sets wins; typescript-eslint's configs before or after it give the same messages; and a CommonJS file that
 * only typescript-eslint's parser reads under their `sourceType: "module"` still parses.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import tsParser from "@typescript-eslint/parser";
import tseslint from "typescript-eslint";
import { afterAll, describe, expect, it } from "vitest";

import { packageRoot } from "../package/pack";
import { ESLINT_VERSIONS } from "./fixtures";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../dist/src/index.js") as typeof import("../../src/index");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parser } = require("../../dist/src/parser.js") as typeof import("../../src/parser");

mkdirSync(path.join(packageRoot, ".tmp"), { recursive: true });
const project = mkdtempSync(path.join(packageRoot, ".tmp", "config-parser-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));

const ASSISTANTS = "client.beta.threads.create()";
const files: Record<string, string> = {
  "a.js": `import OpenAI from "openai";\nconst client = new OpenAI();\n${ASSISTANTS};\n`,
  "b.jsx": `import OpenAI from "openai";\nconst client = new OpenAI();\nexport const B = () => <i>{${ASSISTANTS}}</i>;\n`,
  "c.mjs": `import OpenAI from "openai";\nconst client = new OpenAI();\nawait ${ASSISTANTS};\n`,
  // Top-level `return`: CommonJS, which typescript-eslint's configs parse as `sourceType: "module"`.
  "d.cjs": `const OpenAI = require("openai");\nconst client = new OpenAI();\nif (!client) return;\n${ASSISTANTS};\n`,
  "e.ts": `import OpenAI from "openai";\nconst client: OpenAI = new OpenAI();\ntype Id = string; type Unused = Id;\n${ASSISTANTS} as unknown as Id;\n`,
  "f.tsx": `import OpenAI from "openai";\nconst client = new OpenAI();\nexport const F = <T,>(x: T) => <i>{${ASSISTANTS}}{String(x)}</i>;\n`,
  "g.mts": `import OpenAI from "openai";\nconst client = new OpenAI() satisfies OpenAI;\nawait ${ASSISTANTS};\n`,
  "h.cts": `import OpenAI = require("openai");\nconst client = new OpenAI();\nexport = ${ASSISTANTS};\n`,
};
for (const [file, text] of Object.entries(files)) writeFileSync(path.join(project, file), text);
const EVERY_FILE_REPORTS = ["a.js:3", "b.jsx:3", "c.mjs:3", "d.cjs:4", "e.ts:4", "f.tsx:3", "g.mts:3", "h.cts:3"].map((at) => `${at} openai/no-assistants-api`);

describe.each(ESLINT_VERSIONS)("%s", (_, ESLint) => {
  async function lint(config: unknown): Promise<string[]> {
    const eslint = new ESLint({ cwd: project, overrideConfigFile: true, overrideConfig: config as never });
    const results = await eslint.lintFiles(["."]);
    return results.flatMap((result) => result.messages.map((message) => `${path.basename(result.filePath)}:${message.line} ${message.ruleId ?? message.message}`)).sort();
  }

  it.each(["recommended", "strict", "all"] as const)("%s alone lints every JavaScript and TypeScript extension", async (name) => {
    expect(await lint([plugin.configs[name]])).toEqual(EVERY_FILE_REPORTS);
  });

  it("leaves the parser to a config after it", async () => {
    const parsed: string[] = [];
    const userParser = {
      meta: { name: "user-parser", version: "1.0.0" },
      parseForESLint(code: string, options: { filePath: string }) {
        parsed.push(path.basename(options.filePath));
        return tsParser.parseForESLint(code, options);
      },
    };
    expect(await lint([plugin.configs.recommended, { files: ["**/*.ts", "**/*.js"], languageOptions: { parser: userParser } }])).toEqual(EVERY_FILE_REPORTS);
    expect(parsed.sort()).toEqual(["a.js", "e.ts"]);
  });

  it("reports the same with typescript-eslint's configs before it or after it", async () => {
    const typescriptEslint = [...tseslint.configs.recommended, { rules: { "@typescript-eslint/no-require-imports": "off" } }];
    const before = await lint([...typescriptEslint, plugin.configs.recommended]);
    const after = await lint([plugin.configs.recommended, ...typescriptEslint]);
    expect(before).toEqual(after);
    expect(before.filter((message) => message.includes(" openai/"))).toEqual(EVERY_FILE_REPORTS);
    // typescript-eslint's own rules ran on the files: the `Unused` alias is unused.
    expect(before).toContain("e.ts:3 @typescript-eslint/no-unused-vars");
  });
});

it("parses a JavaScript file with typescript-eslint's parser when typed linting is asked for", () => {
  expect(plugin.configs.recommended.languageOptions?.parser).toBe(parser);
  // espree reads `const a = 1;`; typescript-eslint's parser wants the file in one of `programs`.
  expect(() => parser.parseForESLint("const a = 1;", { filePath: path.join(project, "x.js"), programs: [] })).toThrow(/program/u);
  expect(parser.parseForESLint("const a = 1;", { filePath: path.join(project, "x.js") }).ast.type).toBe("Program");
});
