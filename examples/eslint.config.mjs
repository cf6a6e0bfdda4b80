// The config a user of the plugin writes: the recommended rules, and the TypeScript parser for .ts files.
import tsParser from "@typescript-eslint/parser";
import openai from "eslint-plugin-openai";

export default [
  { files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  openai.configs.all,
];
