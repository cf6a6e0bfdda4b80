/**
 * The gate's everyday words (`response`, `prompt`, `threads`, `images`, `completions`, …) count only where a file shows
 * OpenAI or writes them as the API does (a path segment, a member chain): files that only share the words with the API
 * close every rule's gate, and the audit skips them, while the requests the rules follow without the word `openai` in
 * the file (an imported client, a base URL from elsewhere, a `beta` chain) still reach the rules.
 */
import { describe, expect, it } from "vitest";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../dist/src/index.js") as typeof import("../../src/index");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { textMayHoldFinding } = require("../../dist/src/analysis/index.js") as typeof import("../../src/analysis");
import { lintWith } from "./helpers";

const rules = Object.fromEntries(Object.entries(plugin.rules).map(([name, rule]) => [name, rule]));

function reports(code: string): string[] {
  return lintWith(code, null, { rules, settings: { openai: { date: "2026-11-30" } } }).map((message) => `${message.ruleId}`);
}

describe("files that only share everyday words with the API", () => {
  const lookalikes = {
    "a fetch response and a user prompt": `const response = await fetch(url);\nconst prompt = window.prompt("Name?");\nconsole.log(response.status, prompt);\n`,
    "worker threads and projects": `export default { test: { pool: "threads", poolOptions: { threads: { singleThread: true } } }, projects: ["a"] };\n`,
    "images and a workflow": `const images = loadImages();\nconst workflow = { steps: [] };\nrun(workflow, images.length);\n`,
    "autocompletions and translations": `const completions = editor.getCompletions();\nconst translations = loadTranslations("fr");\n`,
    "an evals harness of one's own": `const evals = loadEvals("./cases");\nfor (const suite of evals) await run(suite);\n`,
    "a terminal's local shell": `const localShell = spawnShell();\nlocalShell.write("ls");\n`,
  };
  for (const [name, code] of Object.entries(lookalikes)) {
    it(`passes no gate: ${name}`, () => {
      expect(textMayHoldFinding(code)).toBe(false);
      expect(reports(code)).toEqual([]);
    });
  }

  it("counts every word when type information is on, which can show a value to be OpenAI's", () => {
    const code = lookalikes["a fetch response and a user prompt"];
    expect(textMayHoldFinding(code, true)).toBe(true);
  });
});

describe("requests the rules follow without the word openai in the file", () => {
  const requests: Record<string, { code: string; rule: string }> = {
    "a beta chain on an imported client": {
      code: `import { client } from "./lib/ai";\nawait client.beta.threads.create();\n`,
      rule: "test/no-assistants-api",
    },
    "a destructured beta resource": {
      code: `import { client } from "./lib/ai";\nconst { threads } = client.beta;\nawait threads.create();\n`,
      rule: "test/no-assistants-api",
    },
    "Chat Completions on an imported client, with a model": {
      code: `import { ai } from "./lib/ai";\nawait ai.chat\n  .completions.create({ model, messages, functions: [] });\n`,
      rule: "test/no-deprecated-params",
    },
    "a prompt object in a Responses call on a parameter": {
      code: `export const run = (llm) => llm.responses.create({ model: "gpt-5", prompt: { id: pid } });\n`,
      rule: "test/no-prompt-objects",
    },
    "an image variation on an imported client, with a model": {
      code: `import { ai } from "./lib/ai";\nawait ai.images.createVariation({ model, image });\n`,
      rule: "test/no-deprecated-api",
    },
  };
  for (const [name, { code, rule }] of Object.entries(requests)) {
    it(`reaches the rule: ${name}`, () => {
      expect(textMayHoldFinding(code)).toBe(true);
      expect(reports(code)).toContain(rule);
    });
  }
});
