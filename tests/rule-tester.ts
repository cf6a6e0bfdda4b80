import { RuleTester } from "./rule-tester-hooks";
import * as espree from "espree";

/** TypeScript cases: `@typescript-eslint/parser`, as the rule tester defaults to. */
export const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

/**
 * A case parsed as plain JavaScript by ESLint's default parser (espree), the way most users lint `.js` files.
 * `sourceType` follows the file name: `.cjs` is a script, everything else a module.
 */
export function js<T extends { code: string; filename?: string }>(testCase: T): T {
  const filename = testCase.filename ?? "file.js";
  return {
    ...testCase,
    filename,
    languageOptions: {
      parser: espree,
      ecmaVersion: "latest",
      sourceType: filename.endsWith(".cjs") ? "script" : "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  };
}
