// The audit command's speed against the `eslint` command with only this plugin's rules, on the same files. Not a
// test: run it by hand (`npm run build` first), on a quiet machine.
//
//   node scripts/benchmark-audit.mjs [--rounds 1] <dir>…
//
// Each round runs, in fresh processes as a user would and in alternating order: `eslint-plugin-openai --format json`
// on the folders, and `eslint` on exactly the files the audit walked (the same parser per extension and JSX
// settings, `configs.all`, no other rule), each writing its JSON report to a temp file. Prints files, seconds and
// files per second for both (wall-clock and CPU time), each round, and both counts of findings (they differ by the `.js` scripts the audit
// re-reads as CommonJS, which `eslint` leaves as parse errors).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("..", import.meta.url));
const { findFiles } = require("../dist/src/cli/files.js");

const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
const rounds = roundsAt === -1 ? 1 : Number(args.splice(roundsAt, 2)[1]);
if (args.length === 0) {
  console.error("usage: node scripts/benchmark-audit.mjs [--rounds N] <dir>…");
  process.exit(2);
}
const folders = args.map((folder) => path.resolve(folder));
const cwd = path.dirname(folders[0]);
const files = findFiles(folders, cwd);

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
  openai.configs.all,
];
`,
);

// Each child writes the CPU time it used on exit: on a shared machine it moves less than the wall-clock time.
const cpuHook = path.join(scratch, "cpu.cjs");
const cpuFile = path.join(scratch, "cpu.json");
writeFileSync(
  cpuHook,
  `process.on("exit", () => { const { user, system } = process.cpuUsage(); require("node:fs").writeFileSync(${JSON.stringify(cpuFile)}, String((user + system) / 1e6)); });`,
);

function timed(commandArgs) {
  const started = performance.now();
  try {
    execFileSync(process.execPath, ["--require", cpuHook, ...commandArgs], { cwd, stdio: ["ignore", "ignore", "inherit"], maxBuffer: 1 << 30 });
  } catch (error) {
    // Both exit 1 when they find something.
    if (error.status !== 1) throw error;
  }
  return { wall: (performance.now() - started) / 1000, cpu: Number(readFileSync(cpuFile, "utf8")) };
}

const auditReport = path.join(scratch, "audit.json");
const eslintReport = path.join(scratch, "eslint.json");
const runs = { audit: [], eslint: [] };
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? ["audit", "eslint"] : ["eslint", "audit"];
  for (const which of order) {
    runs[which].push(
      which === "audit"
        ? timed([path.join(root, "dist/src/cli/bin.js"), "--format", "json", "--output", auditReport, ...folders])
        : timed([
            path.join(path.dirname(require.resolve("eslint/package.json", { paths: [root] })), "bin/eslint.js"),
            "--config",
            config,
            "--no-warn-ignored",
            "--format",
            "json",
            "--output-file",
            eslintReport,
            ...files,
          ]),
    );
  }
}

const audit = JSON.parse(readFileSync(auditReport, "utf8"));
const eslint = JSON.parse(readFileSync(eslintReport, "utf8"));
const eslintFindings = eslint.flatMap((result) => result.messages).filter((message) => message.ruleId?.startsWith("openai/")).length;
const eslintUnparsed = eslint.filter((result) => result.messages.some((message) => message.fatal)).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const line = (name, which, checked) => {
  const wall = median(runs[which].map((run) => run.wall));
  const cpu = median(runs[which].map((run) => run.cpu));
  return `${name.padEnd(34)} ${String(checked).padStart(6)} files  ${wall.toFixed(1).padStart(6)} s (${(checked / wall).toFixed(0).padStart(4)} files/s)  CPU ${cpu.toFixed(1).padStart(6)} s (${(checked / cpu).toFixed(0).padStart(4)} files/s)`;
};
console.log(`${folders.length} folders, ${files.length} files; median of ${rounds} round(s): wall-clock time, and CPU time (user + system)`);
console.log(line("eslint-plugin-openai (the audit)", "audit", audit.summary.filesChecked));
console.log(line("eslint, configs.all only", "eslint", eslint.length));
const ratio = (key) => (median(runs.audit.map((run) => run[key])) / median(runs.eslint.map((run) => run[key]))).toFixed(2);
console.log(`audit / eslint: ${ratio("wall")} wall-clock, ${ratio("cpu")} CPU`);
for (const [index, round] of runs.audit.entries()) {
  console.log(`  round ${index + 1}: audit ${round.wall.toFixed(1)} s / CPU ${round.cpu.toFixed(1)} s, eslint ${runs.eslint[index].wall.toFixed(1)} s / CPU ${runs.eslint[index].cpu.toFixed(1)} s`);
}
console.log(`findings: audit ${audit.summary.findings} (${audit.summary.parseErrors} files unparsed), eslint ${eslintFindings} (${eslintUnparsed} files unparsed)`);
rmSync(scratch, { recursive: true, force: true });
