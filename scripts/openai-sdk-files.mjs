// What the two table generators (sdk-model-shutdowns.mjs, sdk-deprecations.mjs) read from the installed `openai`
// package: where it is, its type declaration files, and the dates its doc comments write out in words.
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The directory of the installed `openai` package, as this project resolves it. */
export function openaiPackageDir() {
  const require = createRequire(path.join(projectRoot, "package.json"));
  // `openai` exports no `./package.json`: find the package root above its main entry.
  let dir = path.dirname(require.resolve("openai"));
  while (!readdirSync(dir).includes("package.json")) dir = path.dirname(dir);
  return dir;
}

/** The package's `.d.ts` files, without its TypeScript sources (`src/`) and vendored code. */
export function* declarationFiles(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "src" && entry.name !== "_vendor") yield* declarationFiles(full);
    } else if (entry.name.endsWith(".d.ts")) {
      yield full;
    }
  }
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const PROSE_DATE = new RegExp(`\\b(${MONTHS.join("|")}) (\\d{1,2}), (\\d{4})\\b`, "iu");

/** The first date written out in the text (`shut down on October 23, 2026`), as `YYYY-MM-DD`, or `undefined`. */
export function proseDate(text) {
  const match = PROSE_DATE.exec(text);
  if (match === null) return undefined;
  const month = String(MONTHS.indexOf(match[1].toLowerCase()) + 1).padStart(2, "0");
  return `${match[3]}-${month}-${match[2].padStart(2, "0")}`;
}
