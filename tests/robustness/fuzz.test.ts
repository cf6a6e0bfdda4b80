/**
 * A bounded fuzz pass with a fixed seed (about 40 seconds): random programs from eslump and from a grammar of
 * OpenAI-shaped code, every rule with fixes, in JavaScript (module and script) and TypeScript. No rule may throw, no
 * fix may break parsing, and fixing the fixed output must change nothing. Longer runs: `node scripts/fuzz.mjs`.
 */
import { expect, it } from "vitest";

import { rules } from "../../src/rules";
// @ts-expect-error -- a plain ESM script
import { fuzz } from "../../scripts/fuzz.mjs";

interface Summary {
  programs: number;
  unparsable: number;
  failures: { program: number; language: string; problem: string; code: string }[];
  reports: Record<string, number>;
}

it("fuzzing finds no rule exception, broken fix or unstable fix", () => {
  const summary = fuzz({ seed: 1, seconds: 40 }) as Summary;
  for (const failure of summary.failures) {
    console.log(`program #${failure.program} (${failure.language}, seed 1): ${failure.problem}\n${failure.code}`);
  }
  expect(summary.failures).toEqual([]);
  expect(summary.programs - summary.unparsable).toBeGreaterThan(1000);
  // The programs reach every rule: a grammar that stopped reaching one would make this pass say nothing.
  expect(Object.keys(summary.reports).sort()).toEqual(Object.keys(rules).map((name) => `openai/${name}`).sort());
  console.log(`fuzz: ${summary.programs} programs, ${summary.unparsable} unparsable, reports ${JSON.stringify(summary.reports)}`);
});
