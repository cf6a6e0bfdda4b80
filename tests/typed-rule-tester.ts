import path from "node:path";

import { RuleTester } from "./rule-tester-hooks";

/** The typed fixture project: its tsconfig resolves the real `openai` package's types from node_modules. */
export const typedProjectRoot = path.resolve(__dirname, "typed-project");

/**
 * Rule tester for type-aware cases: each case is linted as `typed-project/file.ts`, a file of a real TypeScript
 * program, so cases can import the project's client module and the checker knows what `OpenAI` is.
 */
export const typedRuleTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      projectService: true,
      tsconfigRootDir: typedProjectRoot,
    },
  },
  defaultFilenames: { ts: "file.ts", tsx: "file.tsx" },
});
