/**
 * What the scanner tests read: the repository's own text files, and a seeded random number generator, so that a
 * failing random text is the same text on the next run (tests/analysis/gate.test.ts, tests/analysis/wasm-scanner.test.ts).
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export const root = path.join(__dirname, "../..");

/** Every source, test, fixture, example, doc and script file of the repository under 1 MB, `node_modules` left out. */
export function repositoryTextFiles(): string[] {
  return ["src", "rules", "tests", "examples", "docs", "scripts"].flatMap((folder) => sourcesUnder(path.join(root, folder)));
}

function sourcesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") found.push(...sourcesUnder(full));
    } else if (/\.(?:[cm]?[jt]sx?|md)$/u.test(entry.name) && statSync(full).size < 1_000_000) {
      found.push(full);
    }
  }
  return found;
}

/** Numbers in [0, 1) from a fixed seed (mulberry32). */
export function randomFrom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
