// How every generator in scripts/ writes its output: with `--check` on the command line it writes nothing and exits 1
// when the file differs from what it would write (the test command runs the generators that way); otherwise it writes
// the file when it changed.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Writes `text` to `target` (a path or file URL), or with `--check` only compares. `stale` says, after "is out of
 * date", with what and how to regenerate it (`with the installed openai package: run node scripts/…`).
 */
export function writeGenerated(target, text, stale) {
  const file = target instanceof URL ? fileURLToPath(target) : target;
  const name = path.relative(projectRoot, file);
  let before = "";
  try {
    before = readFileSync(file, "utf8");
  } catch {
    // Not written yet: out of date.
  }
  if (process.argv.includes("--check")) {
    if (before !== text) {
      console.error(`${name} is out of date ${stale}`);
      process.exit(1);
    }
  } else if (before !== text) {
    writeFileSync(file, text);
    console.log(`wrote ${name}`);
  }
}
