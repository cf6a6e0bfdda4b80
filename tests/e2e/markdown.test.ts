/**
 * The README's Markdown setup (`@eslint/markdown`'s processor), copied from README.md, on a README-like file: the
 * rules report inside its `js` and `ts` code blocks at the Markdown file's own lines, stay out of prose and of other
 * languages' blocks, and `eslint --fix` rewrites the code blocks in place, under ESLint 9 and 10.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

import { ESLint as ESLint10 } from "eslint";
import { ESLint as ESLint9 } from "eslint-v9";
import { afterAll, describe, expect, it } from "vitest";

import { packageRoot } from "../package/pack";
import { readmeSnippet } from "../readme";

const guide = `# Answering questions

Create a thread with \`client.beta.threads.create()\` and poll its run.

\`\`\`js
import OpenAI from "openai";

const client = new OpenAI();
const thread = await client.beta.threads.create();
\`\`\`

Then send the request:

\`\`\`ts
import OpenAI from "openai";

const client = new OpenAI();
export async function ask(question: string): Promise<string> {
  const response = await client.responses.create({
    model: "gpt-5.5",
    messages: [{ role: "user", content: question }],
    max_tokens: 300,
  });
  return response.output_text;
}
\`\`\`

\`\`\`python
client.beta.threads.create()
\`\`\`
`;

const fixedGuide = guide
  .replace('messages: [{ role: "user", content: question }],', 'input: [{ role: "user", content: question }],')
  .replace("max_tokens: 300,", "max_output_tokens: 300,");

mkdirSync(path.join(packageRoot, ".tmp"), { recursive: true });
const scratch = mkdtempSync(path.join(packageRoot, ".tmp", "markdown-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each([
  ["ESLint 9", ESLint9],
  ["ESLint 10", ESLint10],
] as const)("%s", (name, ESLint) => {
  const project = path.join(scratch, name.replace(" ", "-"));
  mkdirSync(path.join(project, "node_modules"), { recursive: true });
  symlinkSync(packageRoot, path.join(project, "node_modules/eslint-plugin-openai"), "dir");
  writeFileSync(path.join(project, "eslint.config.mjs"), readmeSnippet("## Markdown"));

  it("reports inside the js and ts code blocks, at the Markdown file's lines", async () => {
    writeFileSync(path.join(project, "GUIDE.md"), guide);
    const [result] = await new ESLint({ cwd: project }).lintFiles(["GUIDE.md"]);
    expect(result!.messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? message.message}`)).toEqual([
      "9:22 openai/no-assistants-api",
      "21:5 openai/no-chat-completions-params-in-responses",
      "22:5 openai/no-chat-completions-params-in-responses",
    ]);
  });

  it("fixes the code blocks in place", async () => {
    const file = path.join(project, "GUIDE.md");
    writeFileSync(file, guide);
    const results = await new ESLint({ cwd: project, fix: true }).lintFiles(["GUIDE.md"]);
    await ESLint.outputFixes(results as never);
    expect(readFileSync(file, "utf8")).toBe(fixedGuide);
    expect(fixedGuide).not.toBe(guide);
    // What is left needs a person: the Assistants call.
    expect(results[0]!.messages.map((message) => message.ruleId)).toEqual(["openai/no-assistants-api"]);
  });
});
