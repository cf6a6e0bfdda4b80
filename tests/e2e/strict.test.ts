/**
 * `configs.strict` through the real `ESLint` class of ESLint 9 and ESLint 10, over tests/fixtures-strict/: the
 * deprecations without a shutdown date (no-deprecated-params, the rest of no-deprecated-api) report on exactly the
 * lines marked `// expect: openai/<rule>`, and the fixed output is tests/e2e/__fixed_strict__/.
 */
import path from "node:path";

import tsParser from "@typescript-eslint/parser";
import { expect, it } from "vitest";

import { describeFixtures } from "./fixtures";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../dist/src/index.js") as typeof import("../../src/index");

it("strict holds recommended and the undated rules", () => {
  expect(Object.keys(plugin.configs.strict.rules)).toEqual(expect.arrayContaining([...Object.keys(plugin.configs.recommended.rules), "openai/no-deprecated-params"]));
  expect(plugin.configs.recommended.rules["openai/no-deprecated-api"]).toEqual(["error", { include: "shutdown" }]);
  expect(plugin.configs.recommended.rules["openai/no-deprecated-params"]).toEqual(["error", { include: "rejected" }]);
});

describeFixtures(path.resolve(__dirname, "../fixtures-strict"), path.join(__dirname, "__fixed_strict__"), [
  { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
  plugin.configs.strict,
]);
