/**
 * The tree the bin's tests run on: tests/fixtures/ under `src/` (each line that must report says so with
 * `// expect: openai/<rule>`), a few files in shapes the fixtures lack (TSX, a CommonJS script, a file that does not
 * parse, a file with nothing to report), and copies of an Assistants API call in every place the audit must skip.
 * No ESLint config anywhere: the bin must bring its own.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { LintedFile, LintSetup } from "../../src/cli/lint";
import { expectedDiagnostics, fixtureFiles, fixturesDirectory } from "../e2e/fixtures";

/** An Assistants API call the audit reports wherever it lints it. */
const ASSISTANTS_CALL = 'import OpenAI from "openai";\nconst client = new OpenAI();\nawait client.beta.threads.create();\n';

export const EXTRA_FILES: Readonly<Record<string, string>> = {
  "src/panel.tsx": [
    'import OpenAI from "openai";',
    "const client = new OpenAI();",
    "export const Panel = () => <button onClick={() => client.beta.assistants.list()}>list</button>; // expect: openai/no-assistants-api",
    "",
  ].join("\n"),
  // A CommonJS script: a module may not `return` at the top level.
  "src/script.js": [
    'const OpenAI = require("openai");',
    "if (!process.env.OPENAI_API_KEY) return;",
    "new OpenAI().beta.threads.create(); // expect: openai/no-assistants-api",
    "",
  ].join("\n"),
  // Two retiring models, one of them in two files: the audit groups model findings by id, dated by the model table.
  "src/chat.ts": [
    'import OpenAI from "openai";',
    "const client = new OpenAI();",
    'export const ask = (content: string) => client.chat.completions.create({ model: "o1-mini", messages: [{ role: "user", content }] }); // expect: openai/no-deprecated-models',
    "export const draw = (prompt: string) => client.images.generate({ model: `dall-e-3`, prompt }); // expect: openai/no-deprecated-models",
    "",
  ].join("\n"),
  "src/summarize.mjs": [
    'import OpenAI from "openai";',
    "const client = new OpenAI();",
    "export const summarize = (input) => client.responses.create({ model: 'o1-mini', input }); // expect: openai/no-deprecated-models",
    "",
  ].join("\n"),
  // A file that does not parse, with a word of the rules' gates (the audit skips, unparsed, a file with none).
  "src/broken.ts": "export const = client.beta.threads;\n",
  // Threads, assistants and a model, but no OpenAI client anywhere.
  "src/clean.mjs": 'export const reply = (forum, thread) => forum.threads.create({ thread, model: "o1-mini" });\n',
  ".gitignore": "generated/\n*.local.js\n",
  "generated/client.js": ASSISTANTS_CALL,
  "src/scratch.local.js": ASSISTANTS_CALL,
  "node_modules/some-package/index.js": ASSISTANTS_CALL,
  "dist/index.js": ASSISTANTS_CALL,
  "src/vendor.min.js": ASSISTANTS_CALL,
  "src/types.d.ts": "export declare const threads: unknown;\n",
};

/** `file:line rule` for every report the tree must give, paths relative to its root. */
export function expectedFindings(): string[] {
  const fromFixtures = fixtureFiles.flatMap((file) => expectedDiagnostics(file).map((line) => `src/${line}`));
  const fromExtras = Object.entries(EXTRA_FILES).flatMap(([file, text]) =>
    text.split("\n").flatMap((line, index) => (line.includes("// expect: ") ? [`${file}:${index + 1} ${line.split("// expect: ")[1]}`] : [])),
  );
  return [...new Set([...fromFixtures, ...fromExtras])].sort();
}

/** Writes a fresh copy of the tree to a temporary folder and returns its path. */
export function makeTree(): string {
  const root = mkdtempSync(path.join(tmpdir(), "openai-audit-"));
  cpSync(fixturesDirectory, path.join(root, "src"), { recursive: true });
  for (const [file, text] of Object.entries(EXTRA_FILES)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** Writes the first `count` programs of the fuzz grammar for `seed` into `folder` (`program-<n>.ts`, `.cjs` or `.mjs`). */
export async function writeFuzzPrograms(folder: string, seed: number, count: number): Promise<void> {
  // @ts-expect-error -- a plain ESM script
  const { programs } = (await import("../../scripts/fuzz.mjs")) as {
    programs: (seed: number) => Generator<{ index: number; language: string; code: string }>;
  };
  mkdirSync(folder, { recursive: true });
  for (const { index, language, code } of programs(seed)) {
    if (index > count) break;
    const extension = language === "typescript" ? "ts" : language === "script" ? "cjs" : "mjs";
    writeFileSync(path.join(folder, `program-${index}.${extension}`), code);
  }
}

/** The audit's setup the tests compare runs with: `strict`, one thread, every parser, words true on 2026-11-30. */
export function strictSetup(tree: string, changes: Partial<LintSetup> = {}): LintSetup {
  return { base: tree, cwd: tree, date: "2026-11-30", tsconfigRootDir: undefined, needsTypeScript: true, strict: true, concurrency: "off", prefilter: true, ...changes };
}

/** One line per finding of a linted file, with all that a comparison of two runs must see. */
export function findingLines(tree: string, file: LintedFile): string[] {
  const name = path.relative(tree, file.file);
  return file.messages.map(
    (message, index) => `${name}:${message.line}:${message.column} ${message.ruleId} ${message.messageId} ${file.advice[index]} ${message.message}`,
  );
}
