// The audit command's speed against the `eslint` command with only this plugin's rules on the same files, and against
// `grep -rl` for the rules' gate words. Not a test: run it by hand (`npm run build` first), on a quiet machine.
//
//   node scripts/benchmark-audit.mjs [--rounds 3] <dir>…
//   node scripts/benchmark-audit.mjs [--rounds 3] --make-tree <dir> [--files 2000]
//
// `--audit <bin.js>` times another build of the command (an older checkout's `dist/src/cli/bin.js`) in its place.
// `--make-tree` first writes a tree of about `--files` files of which about one in six is OpenAI code (the `openai`
// package's own modules, the test fixtures, `examples/` and programs of the fuzz grammar) and the rest ordinary code
// from `node_modules` (ESLint, typescript-eslint, Vite, Vitest, …), then measures it.
//
// Each round runs, in fresh processes as a user would and in rotating order: `eslint-plugin-openai --format json` on
// the folders; `eslint` on exactly the files the audit walked (the same parser per extension and JSX settings, the
// plugin's `recommended` config as the audit uses it, no other rule); and `grep -rliE` for the gate words on the
// folders. Prints the median wall-clock and CPU time (user + system, all threads) of each, per file, the ratios, each
// round, and whether the audit and `eslint` found the same (files `eslint` cannot parse, the `.js` scripts the audit
// re-reads as CommonJS, are left out of that comparison).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("..", import.meta.url));
const { findFiles } = require("../dist/src/cli/files.js");
const { GATE_PATTERN } = require("../dist/src/analysis/index.js");

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args.splice(at, 2)[1];
};
const rounds = Number(option("--rounds", "1"));
const makeTree = option("--make-tree", undefined);
const fileCount = Number(option("--files", "2000"));
const auditBin = path.resolve(option("--audit", path.join(root, "dist/src/cli/bin.js")));
if (makeTree !== undefined) args.push(buildTree(path.resolve(makeTree), fileCount));
if (args.length === 0) {
  console.error("usage: node scripts/benchmark-audit.mjs [--rounds N] <dir>… | --make-tree <dir> [--files N]");
  process.exit(2);
}

/** All files under `folder` with a source extension, skipping nested `node_modules` and declaration files, sorted. */
function sourcesUnder(folder, maxBytes = 200_000) {
  const found = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") walk(full);
      } else if (/\.(?:[cm]?[jt]s|[jt]sx)$/u.test(entry.name) && !/\.d\.[cm]?ts$|\.min\.js$/u.test(entry.name) && statSync(full).size <= maxBytes) {
        found.push(full);
      }
    }
  };
  walk(folder);
  return found;
}

/** Every `step`-th item, so that a sample spreads over the whole list. */
const spread = (items, count) => (items.length <= count ? items : Array.from({ length: count }, (_, index) => items[Math.floor((index * items.length) / count)]));

async function fuzzPrograms(count) {
  const { programs } = await import("./fuzz.mjs");
  const list = [];
  for (const { index, language, code } of programs(7)) {
    if (index > count) break;
    list.push({ name: `program-${index}.${language === "typescript" ? "ts" : language === "script" ? "cjs" : "mjs"}`, code });
  }
  return list;
}

function buildTree(folder, total) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const modules = path.join(root, "node_modules");
  const openaiShare = Math.round(total / 6);
  // OpenAI code: the fixtures and examples whole, programs of the fuzz grammar, and the package's modules for the rest.
  cpSync(path.join(root, "tests/fixtures"), path.join(folder, "openai/fixtures"), { recursive: true });
  cpSync(path.join(root, "examples"), path.join(folder, "openai/examples"), { recursive: true });
  rmSync(path.join(folder, "openai/examples/eslint.config.mjs"));
  const fixed = sourcesUnder(path.join(folder, "openai")).length;
  const programs = Math.round(openaiShare / 5);
  return (async () => {
    mkdirSync(path.join(folder, "openai/fuzz"), { recursive: true });
    for (const { name, code } of await fuzzPrograms(programs)) writeFileSync(path.join(folder, "openai/fuzz", name), code);
    const pkg = path.join(modules, "openai");
    for (const file of spread(sourcesUnder(pkg).filter((file) => file.endsWith(".mjs")), openaiShare - fixed - programs)) {
      const target = path.join(folder, "openai/package", path.relative(pkg, file));
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(file, target);
    }
    // Ordinary code: packages that never call OpenAI.
    const packages = ["eslint/lib", "@typescript-eslint", "vitest/dist", "@vitest", "vite/dist", "espree", "ajv/lib", "eslint-plugin-eslint-plugin", "eslint-doc-generator", "zod", "semver", "postcss", "micromark", "yargs", "@eslint", "@humanwhocodes", "@eslint-community"];
    const ordinary = packages.flatMap((name) => {
      try {
        return sourcesUnder(path.join(modules, name));
      } catch {
        return [];
      }
    });
    for (const file of spread(ordinary, total - openaiShare)) {
      // Folder names the audit skips as build output (`dist`, `build`, …) are renamed: here they are the code to check.
      const relative = path.relative(modules, file).replaceAll("@", "at-").split(path.sep).map((part, index, parts) => (index < parts.length - 1 ? `${part}-code` : part));
      const target = path.join(folder, "other", ...relative);
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(file, target);
    }
    return folder;
  })();
}

const folders = (await Promise.all(args)).map((folder) => path.resolve(folder));
const cwd = path.dirname(folders[0]);
const files = findFiles(folders, cwd);
const mentioning = files.filter((file) => /openai/iu.test(readFileSync(file, "utf8"))).length;

const scratch = mkdtempSync(path.join(tmpdir(), "openai-audit-bench-"));
const config = path.join(scratch, "eslint.config.mjs");
const url = (specifier) => JSON.stringify(require.resolve(specifier, { paths: [root] }));
writeFileSync(
  config,
  `import tsParser from ${url("@typescript-eslint/parser")};
import openai from ${JSON.stringify(path.join(root, "dist/src/index.js"))};
export default [
  { linterOptions: { reportUnusedDisableDirectives: "off" } },
  { files: ["**/*.js", "**/*.jsx", "**/*.mjs"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ["**/*.cjs"], languageOptions: { sourceType: "commonjs", parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ["**/*.ts", "**/*.mts", "**/*.cts"], languageOptions: { parser: tsParser } },
  { files: ["**/*.tsx"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  openai.configs.recommended,
];
`,
);

/** Runs a command in a fresh bash; its CPU time is what bash's `times` gives for its children (all threads). */
function timed(command) {
  const started = performance.now();
  const output = execFileSync("bash", ["-c", '"$@" >/dev/null; code=$?; times; exit $(( code > 1 ? code : 0 ))', "bench", ...command], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 30,
  });
  const wall = (performance.now() - started) / 1000;
  // `times` prints the shell's own times, then its children's: `0m1.234s 0m0.123s`.
  const seconds = (text) => {
    const [, minutes, rest] = /(\d+)m([\d.]+)s/u.exec(text);
    return Number(minutes) * 60 + Number(rest);
  };
  const children = output.trim().split("\n").at(-1).split(" ");
  return { wall, cpu: seconds(children[0]) + seconds(children[1]) };
}

const auditReport = path.join(scratch, "audit.json");
const eslintReport = path.join(scratch, "eslint.json");
const eslintBin = path.join(path.dirname(require.resolve("eslint/package.json", { paths: [root] })), "bin/eslint.js");
const grepPattern = GATE_PATTERN;
const COMMANDS = {
  audit: [process.execPath, auditBin, "--format", "json", "--output", auditReport, ...folders],
  eslint: [process.execPath, eslintBin, "--config", config, "--no-warn-ignored", "--format", "json", "--output-file", eslintReport, ...files],
  grep: ["grep", "-rliE", grepPattern, ...["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts"].map((extension) => `--include=*.${extension}`), ...folders],
};
const names = Object.keys(COMMANDS);
const runs = Object.fromEntries(names.map((name) => [name, []]));
for (let round = 0; round < rounds; round++) {
  for (let step = 0; step < names.length; step++) {
    const name = names[(round + step) % names.length];
    runs[name].push(timed(COMMANDS[name]));
  }
}

const audit = JSON.parse(readFileSync(auditReport, "utf8"));
const eslint = JSON.parse(readFileSync(eslintReport, "utf8"));
const unparsed = new Set(eslint.filter((result) => result.messages.some((message) => message.fatal)).map((result) => path.relative(cwd, result.filePath).split(path.sep).join("/")));
const eslintFound = eslint
  .flatMap((result) => result.messages.filter((message) => message.ruleId?.startsWith("openai/")).map((message) => `${path.relative(cwd, result.filePath).split(path.sep).join("/")}:${message.line}:${message.column} ${message.ruleId}`))
  .sort();
const auditFound = audit.findings.filter((finding) => !unparsed.has(finding.file)).map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.rule}`).sort();
const same = JSON.stringify(auditFound) === JSON.stringify(eslintFound);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const line = (label, name) => {
  const wall = median(runs[name].map((run) => run.wall));
  const cpu = median(runs[name].map((run) => run.cpu));
  return `${label.padEnd(36)} ${wall.toFixed(2).padStart(7)} s wall (${(files.length / wall).toFixed(0).padStart(5)} files/s)  ${cpu.toFixed(2).padStart(7)} s CPU (${(files.length / cpu).toFixed(0).padStart(5)} files/s)`;
};
const ratio = (name, key) => (median(runs[name].map((run) => run[key])) / median(runs.audit.map((run) => run[key]))).toFixed(1);
console.log(`${folders.join(" ")}: ${files.length} files, ${mentioning} mention OpenAI; median of ${rounds} round(s), each command in a fresh process`);
console.log(line("eslint-plugin-openai (the audit)", "audit"));
console.log(line("eslint, configs.recommended only", "eslint"));
console.log(line("grep -rliE <gate words>", "grep"));
const times = (name, key) => median(runs[name].map((run) => run[key]));
console.log(
  `eslint / audit: ${ratio("eslint", "wall")}× wall-clock, ${ratio("eslint", "cpu")}× CPU; audit / grep: ${(times("audit", "wall") / times("grep", "wall")).toFixed(0)}× wall-clock, ${(times("audit", "cpu") / Math.max(times("grep", "cpu"), 0.01)).toFixed(0)}× CPU`,
);
for (let round = 0; round < rounds; round++) {
  console.log(`  round ${round + 1}: ${names.map((name) => `${name} ${runs[name][round].wall.toFixed(2)} s / CPU ${runs[name][round].cpu.toFixed(2)} s`).join(", ")}`);
}
console.log(
  `findings: audit ${audit.summary.findings} (${audit.summary.filesChecked} files checked, ${audit.summary.parseErrors} unparsed), eslint ${eslintFound.length} (${unparsed.size} files unparsed); same findings where both parsed: ${same ? "yes" : "NO"}`,
);
rmSync(scratch, { recursive: true, force: true });
