/**
 * The README's first config and its typed `eslint.config.ts`, copied from README.md as they stand, in fresh TypeScript
 * projects that install the packed tarball, under ESLint 9's and 10's `eslint` command:
 *
 * - `[openai.configs.recommended]` alone, in a project with no parser of its own, lints `.ts` `.tsx` `.mts` `.cts`
 *   files (TypeScript syntax in each) beside JavaScript and reports in them: without a parser for them, `eslint .`
 *   used to print nothing and exit 0;
 * - the typed setup written as `eslint.config.ts` runs without the project service rejecting the config file, and
 *   uses type information in the project's files.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { pack, packageRoot } from "../package/pack";
import { readmeSnippet } from "../readme";
import { TYPED_CLIENT } from "./typed-client";

const { scratch, directory } = pack();
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const TSCONFIG = JSON.stringify({
  compilerOptions: { target: "ES2022", module: "NodeNext", strict: true, skipLibCheck: true, noEmit: true, jsx: "preserve" },
  include: ["src"],
});

/** A project as `npm init` makes it, with the packed plugin installed; ESLint and its peers come from the repository's node_modules. */
function createProject(name: string, files: Record<string, string>): string {
  const project = path.join(scratch, name);
  for (const [file, text] of Object.entries({ "package.json": JSON.stringify({ name, version: "1.0.0", main: "index.js", type: "commonjs" }), ...files })) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), text);
  }
  cpSync(directory, path.join(project, "node_modules/eslint-plugin-openai"), { recursive: true });
  return project;
}

/** `eslint .` in the project: `file:line rule` for every message (a parsing error by its text), and the files linted. */
function runESLint(project: string, eslintPackage: string): { files: string[]; reported: string[]; status: number } {
  let stdout: string;
  let status = 0;
  try {
    stdout = execFileSync(process.execPath, [path.join(packageRoot, "node_modules", eslintPackage, "bin/eslint.js"), "--format", "json", "."], {
      cwd: project,
      encoding: "utf8",
    });
  } catch (error) {
    ({ stdout, status } = error as { stdout: string; status: number });
  }
  const results = JSON.parse(stdout) as { filePath: string; messages: { line: number; ruleId: string | null; message: string }[] }[];
  return {
    files: results.map(({ filePath }) => path.relative(project, filePath)).sort(),
    reported: results
      .flatMap(({ filePath, messages }) => messages.map((message) => `${path.relative(project, filePath)}:${message.line} ${message.ruleId ?? message.message}`))
      .sort(),
    status,
  };
}

describe.each([
  ["ESLint 9", "eslint-v9"],
  ["ESLint 10", "eslint"],
])("%s", (name, eslintPackage) => {
  it("lints a TypeScript project's .ts .tsx .mts .cts files with the README's first config", () => {
    const project = createProject(`first-config-${eslintPackage}`, {
      "tsconfig.json": TSCONFIG,
      "eslint.config.mjs": readmeSnippet("## Usage"),
      "src/client.ts": `import OpenAI from "openai";

interface Options {
  apiKey: string;
}

export function createClient({ apiKey }: Options): OpenAI {
  return new OpenAI({ apiKey });
}

const client: OpenAI = createClient({ apiKey: process.env.OPENAI_API_KEY as string });
export const thread = await client.beta.threads.create();
`,
      "src/moderation.mts": `import OpenAI from "openai";

const client = new OpenAI();
export const verdict = await client.moderations.create({ model: "text-moderation-stable" as const, input: "hi" });
`,
      "src/legacy.cts": `import OpenAI = require("openai");

const client = new OpenAI();
export const assistants = client.beta.assistants.list() satisfies unknown;
`,
      "src/view.tsx": `import OpenAI from "openai";

const client = new OpenAI();
export function Threads(props: { id: string }) {
  return <button onClick={() => client.beta.threads.del(props.id)}>delete</button>;
}
`,
      "src/generic.ts": `// TypeScript syntax that espree cannot read, and nothing of OpenAI's: silent.
export const identity = <T,>(value: T): T => value;
export enum Color { Red }
`,
      "scripts/seed.js": `const OpenAI = require("openai");

new OpenAI().beta.assistants.create({ model: "gpt-4o" });
`,
    });
    const { files, reported, status } = runESLint(project, eslintPackage);
    expect(files).toEqual([
      "eslint.config.mjs",
      "scripts/seed.js",
      "src/client.ts",
      "src/generic.ts",
      "src/legacy.cts",
      "src/moderation.mts",
      "src/view.tsx",
    ]);
    expect(reported).toEqual([
      "scripts/seed.js:3 openai/no-assistants-api",
      "src/client.ts:12 openai/no-assistants-api",
      "src/legacy.cts:4 openai/no-assistants-api",
      "src/moderation.mts:4 openai/no-legacy-moderation-models",
      "src/view.tsx:5 openai/no-assistants-api",
    ]);
    expect(status, name).toBe(1);
  });

  it("runs the README's typed setup written as eslint.config.ts", () => {
    const project = createProject(`typed-config-ts-${eslintPackage}`, {
      "tsconfig.json": TSCONFIG,
      "eslint.config.ts": readmeSnippet("### Typed linting", "ts"),
      "src/client.ts": TYPED_CLIENT,
      "src/app.ts": `import { assistantsThreads, ForumClient } from "./client.js";

export const runs = assistantsThreads.runs.list("thread_1");
export const topic = new ForumClient().beta.threads.create("hello");
`,
    });
    const { files, reported } = runESLint(project, eslintPackage);
    expect(files).toEqual(["eslint.config.ts", "src/app.ts", "src/client.ts"]);
    // Only types tell that `assistantsThreads` is OpenAI's, and only types clear the forum client's look-alike chain
    // on line 4, which syntax alone reports; no parsing error for eslint.config.ts, which no tsconfig includes.
    expect(reported).toEqual(["src/app.ts:3 openai/no-assistants-api"]);
  });
});
