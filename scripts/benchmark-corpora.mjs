// Builds the two corpora of issue 18's `stats` targets, the same files on every machine with the same lockfile, so
// that `scripts/benchmark.mjs` figures can be made again. Not a test.
//
//   node scripts/benchmark-corpora.mjs <out-dir> [--files 1000]
//   node scripts/benchmark.mjs --rounds 1 --stats-rounds 7 <out-dir>/openai
//   node scripts/benchmark.mjs --rounds 1 --stats-rounds 7 <out-dir>/plain
//
// <out-dir>/openai: files of the installed `openai` package (the worst case: every file is OpenAI's own code).
// <out-dir>/plain: files of ESLint, typescript-eslint and Vite in node_modules, none of which mentions OpenAI in any
// spelling (code that never touches OpenAI).
// Each is --files files spread evenly over the sorted list of candidates (JavaScript and TypeScript, declaration files
// and files over 1 MB left out, as `benchmark.mjs` leaves them out), copied under their paths below node_modules.
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { MAX_BYTES, walk } from "./lint-tree.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const modules = path.join(root, "node_modules");
const args = process.argv.slice(2);
const filesIndex = args.indexOf("--files");
const count = filesIndex === -1 ? 1000 : Number(args.splice(filesIndex, 2)[1]);
const [out] = args;
if (!out || !Number.isInteger(count) || count < 1) {
  console.error("usage: node scripts/benchmark-corpora.mjs <out-dir> [--files 1000]");
  process.exit(2);
}

const candidates = (packages, keep) =>
  packages
    .flatMap((name) => [...walk(path.join(modules, name))])
    .filter((file) => statSync(file).size <= MAX_BYTES && keep(file))
    .map((file) => path.relative(modules, file))
    .sort();

/** `count` files spread evenly over the list (all of them when there are fewer). */
const spread = (list) => (list.length <= count ? list : Array.from({ length: count }, (_, index) => list[Math.floor((index * list.length) / count)]));

const corpora = {
  openai: candidates(["openai"], () => true),
  plain: candidates(["eslint", "@eslint", "typescript-eslint", "@typescript-eslint", "vite"], (file) => !/open[\s_-]?ai/iu.test(readFileSync(file, "utf8"))),
};
for (const [name, list] of Object.entries(corpora)) {
  const target = path.join(out, name);
  rmSync(target, { recursive: true, force: true });
  const chosen = spread(list);
  for (const file of chosen) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    copyFileSync(path.join(modules, file), path.join(target, file));
  }
  const bytes = chosen.reduce((sum, file) => sum + statSync(path.join(target, file)).size, 0);
  console.log(`${target}: ${chosen.length} of ${list.length} files, ${(bytes / 1e6).toFixed(1)} MB`);
}
