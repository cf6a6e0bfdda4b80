/**
 * The SDK's own deprecations: src/sdk-deprecations.ts must be what scripts/sdk-deprecations.mjs reads from the
 * installed `openai` package today, and every key in it must be reported by a row of the rules' table or be left to
 * another rule for a reason written down. Upgrading the SDK makes this fail on each new `@deprecated` tag.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { describe, expect, it } from "vitest";

// @ts-expect-error -- a plain ESM script
import { collect } from "../scripts/sdk-deprecations.mjs";
import { SDK_API_DEPRECATIONS, SDK_KEYS_ELSEWHERE, SDK_PARAM_DEPRECATIONS } from "../src/deprecations";
import { SDK_DEPRECATIONS } from "../src/sdk-deprecations";

const installed = collect() as { key: string; text: string; date?: string }[];
const rows = [...SDK_API_DEPRECATIONS, ...SDK_PARAM_DEPRECATIONS];

describe("the SDK's deprecations", () => {
  it("the generated table is what the installed SDK says (run `node scripts/sdk-deprecations.mjs` after an upgrade)", () => {
    expect(SDK_DEPRECATIONS).toEqual(installed);
    expect(installed.length).toBeGreaterThan(50);
  });

  it("every deprecation of the installed SDK is reported by a row or left to another rule for a reason", () => {
    const reported = new Set(rows.flatMap((row) => row.sdkKeys));
    const unaccounted = installed
      .map(({ key }) => key)
      .filter((key) => !reported.has(key) && !SDK_KEYS_ELSEWHERE.some(({ keys }) => keys.test(key)));
    expect(unaccounted).toEqual([]);
  });

  it("every key a row names is in the SDK, and no key is both reported and left out", () => {
    const keys = new Set(installed.map(({ key }) => key));
    for (const row of rows) {
      expect(row.sdkKeys.length, row.id).toBeGreaterThan(0);
      for (const key of row.sdkKeys) {
        expect(keys.has(key), `${row.id}: ${key}`).toBe(true);
        expect(SDK_KEYS_ELSEWHERE.some(({ keys: pattern }) => pattern.test(key)), key).toBe(false);
      }
    }
  });

  it("rows take their shutdown dates from the SDK's text, and only dated or retired rows are in recommended", () => {
    for (const row of SDK_API_DEPRECATIONS) {
      const dates = new Set(row.sdkKeys.map((key) => installed.find((entry) => entry.key === key)?.date));
      if (row.shutdown !== undefined) expect(dates).toEqual(new Set([row.shutdown]));
      expect(row.config === "recommended", row.id).toBe(row.shutdown !== undefined || row.retired === true);
    }
    for (const row of SDK_PARAM_DEPRECATIONS) expect(row.config, row.id).toBe("strict");
  });

  it("each old entry point only re-exports the `openai/core/…` module its fix points to, and that module resolves", () => {
    const require = createRequire(__filename);
    const root = path.dirname(require.resolve("openai"));
    const modules = SDK_API_DEPRECATIONS.flatMap((row) => [...(row.modules ?? new Map<string, string>())]);
    expect(modules.length).toBe(6);
    for (const [from, to] of modules) {
      const declaration = readFileSync(path.join(root, `${from.slice("openai/".length)}.d.ts`), "utf8");
      expect(declaration, from).toContain(`export * from "./${to.slice("openai/".length)}.js";`);
      expect(declaration.replace(/\/\/.*|\/\*[\s\S]*?\*\//gu, "").trim().split("\n"), from).toHaveLength(1);
      expect(() => require.resolve(to), to).not.toThrow();
    }
  });
});
