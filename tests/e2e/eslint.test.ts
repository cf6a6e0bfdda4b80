/**
 * Runs the built plugin through the real `ESLint` class of ESLint 9 and ESLint 10, with `configs.recommended` the
 * way a user sets it up, over tests/fixtures/. Each fixture marks the lines that must report with a trailing
 * `// expect: openai/<rule>[, openai/<rule>]` comment; every other line must stay silent. The fixed output of
 * each fixture is compared with tests/e2e/__fixed__/.
 */
import path from "node:path";

import tsParser from "@typescript-eslint/parser";
import { expect, it } from "vitest";

import { describeFixtures, fixturesDirectory } from "./fixtures";

// The built package, as `npm test` builds it first: what users install.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../dist/src/index.js") as typeof import("../../src/index");

describeFixtures(
  fixturesDirectory,
  path.join(__dirname, "__fixed__"),
  [{ files: ["**/*.ts"], languageOptions: { parser: tsParser } }, plugin.configs.recommended],
  (ESLint, major) => {
    it("is the major version under test", () => {
      expect(ESLint.version.startsWith(major)).toBe(true);
    });
  },
);
