import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** tests/fixtures/: code whose lines say what must report, with a trailing `// expect: openai/<rule>[, …]`. */
export const fixturesDirectory = path.resolve(__dirname, "../fixtures");

export const fixtureFiles = readdirSync(fixturesDirectory)
  .filter((file) => /\.(?:js|mjs|cjs|ts)$/u.test(file))
  .sort();

/** `file:line openai/rule` for every expectation a fixture states. */
export function expectedDiagnostics(file: string): string[] {
  const lines = readFileSync(path.join(fixturesDirectory, file), "utf8").split("\n");
  return lines.flatMap((line, index) => {
    const match = /\/\/ expect: (.+)$/u.exec(line);
    return match === null ? [] : match[1]!.split(",").map((rule) => `${file}:${index + 1} ${rule.trim()}`);
  });
}
