// The plugin lints itself: typescript-eslint for the code, eslint-plugin-eslint-plugin for the rules and their tests.
import js from "@eslint/js";
import eslintPlugin from "eslint-plugin-eslint-plugin";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["dist/", "node_modules/", "tests/fixtures/", "tests/fixtures-modules/", "tests/e2e/__fixed__/", "tests/typed-project/", "examples/", ".tmp/", "docs/", "coverage/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["rules/**/*.ts"],
    extends: [eslintPlugin.configs.rules],
    rules: {
      "eslint-plugin/require-meta-docs-description": ["error", { pattern: "^(Disallow|Enforce|Require)" }],
      // `createRule` (typescript-eslint's RuleCreator) adds the docs URL.
      "eslint-plugin/require-meta-docs-url": "off",
      // Message data comes from the deprecations table through `deprecationData(row)`, which this rule cannot see
      // into; the rule tests assert every hydrated message instead.
      "eslint-plugin/no-missing-placeholders": "off",
      // Rules run on JavaScript and TypeScript alike through ESLint's default language.
      "eslint-plugin/require-meta-languages": "off",
      "eslint-plugin/meta-property-ordering": [
        "error",
        ["type", "docs", "fixable", "hasSuggestions", "messages", "schema", "defaultOptions"],
      ],
      "eslint-plugin/prefer-placeholders": "error",
      "eslint-plugin/no-property-in-node": "error",
    },
  },
  {
    files: ["tests/**/*.test.ts"],
    extends: [eslintPlugin.configs.tests],
    rules: {
      "eslint-plugin/test-case-property-ordering": "off",
      "eslint-plugin/consistent-output": "error",
    },
  },
  {
    files: ["scripts/**/*.mjs", "*.mjs", "*.cjs", ".*.cjs"],
    languageOptions: { globals: { ...globals.node } },
  },
);
