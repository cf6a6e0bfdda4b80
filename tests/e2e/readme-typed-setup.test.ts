/**
 * The README's typed setup, copied from README.md as it stands, in a fresh project as `npm init` makes it
 * (`"type": "commonjs"`) with a tsconfig.json that covers `src/` only: the `eslint` command, ESLint 9's and 10's,
 * lints the whole project without a parsing error (the config file and a script are outside every tsconfig), uses
 * type information in the TypeScript files, and still lints the JavaScript files.
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

const project = path.join(scratch, "project");
const files: Record<string, string> = {
  "package.json": JSON.stringify({ name: "project", version: "1.0.0", main: "index.js", type: "commonjs" }),
  "tsconfig.json": JSON.stringify({
    compilerOptions: { target: "ES2022", module: "NodeNext", strict: true, skipLibCheck: true, noEmit: true },
    include: ["src"],
  }),
  "eslint.config.mjs": readmeSnippet("### Typed linting"),
  "src/client.ts": TYPED_CLIENT,
  "src/app.ts": `import { assistantsThreads, ForumClient } from "./client.js";

export const runs = assistantsThreads.runs.list("thread_1");
export const topic = new ForumClient().beta.threads.create("hello");
export function open(forum: ForumClient) {
  return forum.beta.threads.create("hi");
}
`,
  "scripts/seed.js": `const OpenAI = require("openai");

const client = new OpenAI();
client.beta.assistants.create({ model: "gpt-4o" });
`,
};

describe.each([
  ["ESLint 9", "eslint-v9"],
  ["ESLint 10", "eslint"],
])("%s", (_, eslintPackage) => {
  it("runs the README's typed setup as written", () => {
    mkdirSync(path.join(project, "node_modules"), { recursive: true });
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
      writeFileSync(path.join(project, file), text);
    }
    cpSync(directory, path.join(project, "node_modules/eslint-plugin-openai"), { recursive: true });
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, [path.join(packageRoot, "node_modules", eslintPackage, "bin/eslint.js"), "--format", "json", "."], {
        cwd: project,
        encoding: "utf8",
      });
    } catch (error) {
      stdout = (error as { stdout: string }).stdout;
    }
    const results = JSON.parse(stdout) as {
      filePath: string;
      messages: { line: number; ruleId: string | null; message: string }[];
    }[];
    const reported = results.flatMap(({ filePath, messages }) =>
      messages.map((message) => `${path.relative(project, filePath)}:${message.line} ${message.ruleId ?? message.message}`),
    );
    expect(results.map(({ filePath }) => path.relative(project, filePath)).sort()).toEqual([
      "eslint.config.mjs",
      "scripts/seed.js",
      "src/app.ts",
      "src/client.ts",
    ]);
    expect(reported.sort()).toEqual([
      // typescript-eslint's own rule: the script was parsed, outside every tsconfig.
      "scripts/seed.js:1 @typescript-eslint/no-require-imports",
      // `recommended`, from syntax.
      "scripts/seed.js:4 openai/no-assistants-api",
      // Only types tell that `assistantsThreads` is OpenAI's; and only types clear the forum client's look-alike
      // chains on lines 4 and 6, which syntax alone reports.
      "src/app.ts:3 openai/no-assistants-api",
    ]);
  });
});
