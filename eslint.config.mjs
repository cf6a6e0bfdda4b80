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
    // The package's index also loads its ts-eslint namespace and scope-manager (about 80 ms in every process that
    // loads the plugin); at run time the plugin takes what it needs from the subpaths and @typescript-eslint/types.
    files: ["src/**/*.ts", "rules/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { paths: [{ name: "@typescript-eslint/utils", message: "Import types only (`import type`); values from @typescript-eslint/utils/eslint-utils, /ast-utils or @typescript-eslint/types.", allowTypeImports: true }] },
      ],
    },
  },
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
