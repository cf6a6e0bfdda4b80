// What the plugin adds to a lint run. Not a test: run it by hand, on a quiet machine (`npm run build` first).
//
//   node scripts/benchmark.mjs [--rounds 7] [--stats-rounds 5] [--listeners] [--oxlint] [dir…]
//   node scripts/benchmark.mjs --typed-only [--typed-rounds 3] --typed <dir with tsconfig.json>[#<glob>]…
//   node scripts/benchmark.mjs --pathological [--size 1000] [--only <case>]
//
// The corpus: every JavaScript and TypeScript file of the given folders (by default the openai package, the Agents
// SDK, ESLint and typescript-eslint in node_modules: thousands of real files), without .d.ts files and files over
// 1 MB, read once. A `.js` file that only parses as a script is linted as `.cjs`, as ESLint would need to be told.
//
// Untyped: one process, one ESLint instance per config, each file linted with both configs in turn, several rounds: the
// baseline (the parsers plus @eslint/js recommended, what users run anyway; with no rules at all ESLint skips the
// traversal, so that is no fair baseline), the baseline plus one trivial string-literal rule (the yardstick), and the
// baseline plus `configs.all`. The plugin's added time is the median
// of the rounds' ratios. Per-rule times and the hottest files come from ESLint's own `stats`, in
// --stats-rounds passes, of which the one with the median ratio of the plugin's rules to the trivial rule is shown.
// --listeners: the plugin's time split by rule and listener (`create` is the gate and setup), to find a hot check.
// --oxlint: times the oxlint binary on the same files (copied to a temp folder under the names ESLint linted),
// with its default rules and with this plugin added through jsPlugins, and compares the reports' counts.
// --typed DIR[#GLOB]: lints a TypeScript project's files (default `**/*.ts`) four ways, each in a fresh process like the
// CLI: without and with type information (projectService, tsconfigRootDir DIR), each without and with the plugin;
// fails if a file cannot be parsed with type information. --typed-only skips the untyped corpus.
// --pathological: generated inputs that once made a rule grow faster than the input (long `+` concatenations, many
// requests in one file, deep nesting, long identifiers, a 10 MB file), each linted with `configs.all` at two sizes
// (n and 2n; the 10 MB file at 5 and 10 MB). The table gives the plugin's time (the sum of its rules' times by ESLint's
// `stats`, parsing excluded) at each size and their ratio: about 2 is linear, about 4 quadratic.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";

import js from "@eslint/js";
import tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import * as espree from "espree";

import { MAX_BYTES, walk } from "./lint-tree.mjs";

const require = createRequire(import.meta.url);
const plugin = require("../dist/src/index.js");
const root = fileURLToPath(new URL("..", import.meta.url));

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");

const args = process.argv.slice(2);
const take = (name) => {
  const values = [];
  for (let index = args.indexOf(name); index !== -1; index = args.indexOf(name)) values.push(args.splice(index, 2)[1]);
  return values;
};
const flag = (name) => (args.includes(name) ? (args.splice(args.indexOf(name), 1), true) : false);
const rounds = Number(take("--rounds")[0] ?? 7);
const typedProjects = take("--typed");
const typedRounds = Number(take("--typed-rounds")[0] ?? 3);
const statsRounds = Number(take("--stats-rounds")[0] ?? 5);
const typedRunArgument = take("--typed-run")[0];
const typedOnly = flag("--typed-only");
const withOxlint = flag("--oxlint");
const withListeners = flag("--listeners");
const pathological = flag("--pathological");
const pathologicalSize = Number(take("--size")[0] ?? 1000);
const pathologicalOnly = take("--only");
const DEFAULT_CORPUS = ["openai", "@openai", "eslint", "typescript-eslint", "@typescript-eslint"].map((name) => path.join(root, "node_modules", name));
const corpusDirectories = args.length > 0 ? args.map((directory) => path.resolve(directory)) : DEFAULT_CORPUS;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const percent = (ratio) => `${ratio >= 0 ? "+" : ""}${(ratio * 100).toFixed(1)} %`;

/** The untyped benchmark over the corpus, with --listeners and --oxlint. */
async function untypedBenchmark() {
  // ---------------------------------------------------------------------------------------------------------------
  // The corpus

  /** The extension ESLint lints a file under: `.js` that is only valid as a script becomes `.cjs`; `null` if neither. */
  function lintExtension(file, code) {
    const extension = path.extname(file);
    if (extension !== ".js") return extension;
    for (const [sourceType, as] of [["module", ".js"], ["commonjs", ".cjs"]]) {
      try {
        espree.parse(code, { ecmaVersion: "latest", sourceType });
        return as;
      } catch {
        // try the next source type
      }
    }
    return null;
  }

  const files = [];
  let skipped = 0;
  for (const directory of corpusDirectories) {
    for (const file of walk(directory)) {
      if (statSync(file).size > MAX_BYTES) continue;
      const code = readFileSync(file, "utf8");
      const extension = lintExtension(file, code);
      if (extension === null) skipped++;
      else files.push({ file, code, filePath: path.join(root, "corpus", `file${extension}`), extension });
    }
  }
  const bytes = files.reduce((sum, { code }) => sum + code.length, 0);

  // ---------------------------------------------------------------------------------------------------------------
  // ESLint, untyped

  const baseline = [
    { files: ["**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"], languageOptions: { parser: tsParser } },
    { files: ["**/*.jsx", "**/*.tsx"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    { linterOptions: { reportUnusedDisableDirectives: "off" } },
    js.configs.recommended,
  ];
  // The yardstick for the plugin's cost: one trivial rule that looks at every string literal and does one Set lookup,
  // the least any rule about string values can cost (issue 10 asks that the whole plugin add at most twice that).
  const TRIVIAL_IDS = new Set(["gpt-4o", "o3"]);
  const trivial = {
    rules: {
      "string-literal": {
        meta: { type: "problem", schema: [] },
        create(context) {
          return {
            Literal(node) {
              if (typeof node.value === "string" && TRIVIAL_IDS.has(node.value)) context.report({ node, message: "seen" });
            },
          };
        },
      },
    },
  };
  const configs = {
    baseline,
    trivial: [...baseline, { plugins: { trivial }, rules: { "trivial/string-literal": "error" } }],
    plugin: [...baseline, plugin.configs.all],
  };
  const engine = (config, options = {}) => new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config, ...options });
  const engines = { baseline: engine(configs.baseline), trivial: engine(configs.trivial), plugin: engine(configs.plugin) };

  async function lintAll(eslint) {
    gc();
    const started = performance.now();
    let fatal = 0;
    for (const { code, filePath } of files) {
      const [result] = await eslint.lintText(code, { filePath });
      if (result.fatalErrorCount > 0) fatal++;
    }
    return { ms: performance.now() - started, fatal };
  }


  console.log(
    `corpus: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB (${corpusDirectories.map((directory) => path.relative(root, directory) || directory).join(", ")}); ${skipped} .js files that parse as neither module nor script left out`,
  );
  console.log(`machine: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}; ESLint ${ESLint.version}, rounds: ${rounds}`);

  // Warm-up: module loading, JIT, ESLint's config caches.
  const warmup = await lintAll(engines.plugin);
  await lintAll(engines.baseline);
  await lintAll(engines.trivial);
  // Each round lints every file with both configs, one right after the other and in alternating order, so that what
  // slows the machine for a few seconds (another process, a noisy neighbour of this VM) slows both alike; a round's
  // ratio is its two sums' ratio. Alternating whole corpus runs instead gave ratios from -10 % to +11 % on a 2-core VM.
  const baselineTimes = [];
  const trivialTimes = [];
  const pluginTimes = [];
  const ORDERS = [
    ["baseline", "trivial", "plugin"],
    ["plugin", "baseline", "trivial"],
    ["trivial", "plugin", "baseline"],
  ];
  for (let round = 0; round < rounds; round++) {
    gc();
    const ms = { baseline: 0, trivial: 0, plugin: 0 };
    for (const [index, { code, filePath }] of files.entries()) {
      for (const name of ORDERS[(index + round) % ORDERS.length]) {
        const started = performance.now();
        await engines[name].lintText(code, { filePath });
        ms[name] += performance.now() - started;
      }
    }
    baselineTimes.push(ms.baseline);
    trivialTimes.push(ms.trivial);
    pluginTimes.push(ms.plugin);
    process.stderr.write(
      `round ${round + 1}: baseline ${seconds(ms.baseline)}, trivial rule ${seconds(ms.trivial)} (${percent(ms.trivial / ms.baseline - 1)}), with plugin ${seconds(ms.plugin)} (${percent(ms.plugin / ms.baseline - 1)})\n`,
    );
  }
  const ratios = baselineTimes.map((time, index) => pluginTimes[index] / time - 1);
  const trivialRatios = baselineTimes.map((time, index) => trivialTimes[index] / time - 1);
  // Added milliseconds, round by round: the plugin's against the trivial rule's.
  // A round in which the trivial rule added nothing measurable (noise made it faster than the baseline) has no ratio.
  const addedRatios = baselineTimes.flatMap((time, index) => (trivialTimes[index] > time ? [(pluginTimes[index] - time) / (trivialTimes[index] - time)] : []));

  /** One run with ESLint's stats: per-rule times (create and listeners), parse time, the plugin's time per file. */
  async function statsRun() {
    // The trivial rule runs beside the plugin here, so that `stats` times both in the same pass.
    const eslint = engine([...configs.plugin, { plugins: { trivial }, rules: { "trivial/string-literal": "error" } }], { stats: true });
    const perRule = {};
    const perFile = [];
    let parse = 0;
    let total = 0;
    const reports = {};
    for (const { file, code, filePath } of files) {
      const [result] = await eslint.lintText(code, { filePath });
      let pluginTime = 0;
      for (const pass of result.stats?.times.passes ?? []) {
        parse += pass.parse?.total ?? 0;
        total += pass.total ?? 0;
        for (const [rule, { total: time }] of Object.entries(pass.rules ?? {})) {
          perRule[rule] = (perRule[rule] ?? 0) + time;
          if (rule.startsWith("openai/")) pluginTime += time;
        }
      }
      for (const message of result.messages) {
        if (message.ruleId?.startsWith("openai/")) reports[message.ruleId] = (reports[message.ruleId] ?? 0) + 1;
      }
      perFile.push({ file, pluginTime });
    }
    return { perRule, perFile, parse, total, reports };
  }
  // Several passes with stats, the one with the median ratio shown: the trivial rule's few milliseconds move by a third
  // from one pass to the next on a shared 2-core VM, and one pass's ratio with them.
  const passes = [];
  for (let pass = 0; pass < statsRounds; pass++) {
    gc();
    const run = await statsRun();
    const pluginTime = Object.entries(run.perRule).reduce((sum, [rule, time]) => (rule.startsWith("openai/") ? sum + time : sum), 0);
    passes.push({ run, ratio: pluginTime / (run.perRule["trivial/string-literal"] ?? Number.NaN) });
  }
  passes.sort((a, b) => a.ratio - b.ratio);
  const stats = passes[Math.floor((passes.length - 1) / 2)].run;
  const statsRatios = passes.map(({ ratio }) => ratio);
  const pluginRules = Object.entries(stats.perRule).filter(([rule]) => rule.startsWith("openai/")).sort((a, b) => b[1] - a[1]);
  const pluginRuleTime = pluginRules.reduce((sum, [, time]) => sum + time, 0);
  const trivialRuleTime = stats.perRule["trivial/string-literal"] ?? 0;
  const otherRules = Object.entries(stats.perRule)
    .filter(([rule]) => !rule.startsWith("openai/") && !rule.startsWith("trivial/"))
    .sort((a, b) => b[1] - a[1]);

  console.log(`\n### ESLint ${ESLint.version}, no type information: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB`);
  console.log("\n| run | median of " + rounds + " rounds |");
  console.log("| --- | --- |");
  console.log(`| parsers + \`@eslint/js\` recommended (${otherRules.length} rules) | ${seconds(median(baselineTimes))} |`);
  console.log(`| the same + \`openai.configs.all\` (${pluginRules.length} rules) | ${seconds(median(pluginTimes))} |`);
  console.log(`| the same + one trivial string-literal rule | ${seconds(median(trivialTimes))} |`);
  console.log(`| **added by the plugin** (median of the rounds; lowest … highest) | **${percent(median(ratios))}** (${percent(Math.min(...ratios))} … ${percent(Math.max(...ratios))}) |`);
  console.log(`| added by the trivial rule (median; lowest … highest) | ${percent(median(trivialRatios))} (${percent(Math.min(...trivialRatios))} … ${percent(Math.max(...trivialRatios))}) |`);
  console.log(
    `| the plugin's added time ÷ the trivial rule's (median of the rounds) | ${addedRatios.length === 0 ? "none: the trivial rule's time is below the noise in every round" : `${median(addedRatios).toFixed(2)} × (${addedRatios.length} of ${rounds} rounds)`} |`,
  );
  console.log(
    `| the plugin's rules ÷ the trivial rule, by ESLint's \`stats\` (same pass; the median of ${passes.length} passes, lowest … highest) | ${pluginRuleTime.toFixed(0)} ms ÷ ${trivialRuleTime.toFixed(0)} ms = **${(pluginRuleTime / trivialRuleTime).toFixed(2)} ×** (${statsRatios[0].toFixed(2)} … ${statsRatios.at(-1).toFixed(2)}) |`,
  );
  console.log(
    `| the plugin's rules by ESLint's \`stats\` (create + listeners), share of the lint time | ${pluginRuleTime.toFixed(0)} ms, ${((pluginRuleTime / stats.total) * 100).toFixed(2)} % |`,
  );
  console.log("\n| rule | time (ESLint `stats`) | per file |");
  console.log("| --- | --- | --- |");
  for (const [rule, time] of pluginRules) console.log(`| \`${rule}\` | ${time.toFixed(0)} ms | ${((time / files.length) * 1000).toFixed(0)} µs |`);
  console.log(`| for scale: parsing | ${stats.parse.toFixed(0)} ms | ${((stats.parse / files.length) * 1000).toFixed(0)} µs |`);
  for (const [rule, time] of otherRules.slice(0, 3)) {
    console.log(`| for scale: \`${rule}\` (@eslint/js) | ${time.toFixed(0)} ms | ${((time / files.length) * 1000).toFixed(0)} µs |`);
  }
  console.log("\nhottest files for the plugin's rules:");
  for (const { file, pluginTime } of [...stats.perFile].sort((a, b) => b.pluginTime - a.pluginTime).slice(0, 8)) {
    console.log(`  ${pluginTime.toFixed(1)} ms  ${path.relative(root, file)}`);
  }
  console.log(`reports by the plugin on the corpus: ${JSON.stringify(stats.reports)}; files ESLint could not parse: ${warmup.fatal}`);

  // ---------------------------------------------------------------------------------------------------------------
  // Where the plugin's time goes: every listener of every rule timed on its own.

  if (withListeners) {
    const times = new Map();
    const time = (key, run) => {
      const started = performance.now();
      try {
        return run();
      } finally {
        const entry = times.get(key) ?? { ms: 0, calls: 0 };
        entry.ms += performance.now() - started;
        entry.calls++;
        times.set(key, entry);
      }
    };
    const timedRules = Object.fromEntries(
      Object.entries(plugin.rules).map(([name, rule]) => [
        name,
        {
          ...rule,
          create(context) {
            const listeners = time(`${name} create`, () => rule.create(context));
            return Object.fromEntries(
              Object.entries(listeners).map(([selector, listener]) => [selector, (...nodes) => time(`${name} ${selector}`, () => listener(...nodes))]),
            );
          },
        },
      ]),
    );
    const timedPlugin = { ...plugin, rules: timedRules };
    const timedConfig = [...baseline, { plugins: { openai: timedPlugin }, rules: plugin.configs.all.rules }];
    await lintAll(engine(timedConfig));
    times.clear();
    await lintAll(engine(timedConfig));
    console.log("\n| rule and listener | time | calls |");
    console.log("| --- | --- | --- |");
    for (const [key, { ms, calls }] of [...times].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) {
      console.log(`| ${key} | ${ms.toFixed(1)} ms | ${calls} |`);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // oxlint on the same files

  if (withOxlint) {
    const oxlint = path.join(root, "node_modules/.bin/oxlint");
    const version = execFileSync(oxlint, ["--version"], { encoding: "utf8" }).trim();
    const scratch = mkdtempSync(path.join(tmpdir(), "openai-bench-"));
    const corpus = path.join(scratch, "corpus");
    mkdirSync(corpus);
    files.forEach(({ code, extension }, index) => writeFileSync(path.join(corpus, `f${index}${extension}`), code));
    const defaults = path.join(scratch, "defaults.json");
    writeFileSync(defaults, JSON.stringify({}));
    const withPlugin = path.join(scratch, "plugin.json");
    writeFileSync(withPlugin, JSON.stringify({ jsPlugins: [path.join(root, "dist/src/index.js")], rules: plugin.configs.all.rules }));
    const run = (config, extra = []) => {
      gc();
      const started = performance.now();
      let output;
      try {
        output = execFileSync(oxlint, ["-c", config, "--format", "json", ...extra, corpus], { encoding: "utf8", maxBuffer: 1 << 30 });
      } catch (error) {
        // oxlint exits 1 when it reports errors; the time is what matters here.
        output = error.stdout;
      }
      return { ms: performance.now() - started, output };
    };
    run(defaults);
    run(withPlugin);
    const times = { defaults: [], plugin: [], defaults1: [], plugin1: [] };
    let last = "";
    for (let round = 0; round < rounds; round++) {
      times.defaults.push(run(defaults).ms);
      const result = run(withPlugin);
      times.plugin.push(result.ms);
      last = result.output;
      times.defaults1.push(run(defaults, ["--threads=1"]).ms);
      times.plugin1.push(run(withPlugin, ["--threads=1"]).ms);
    }
    const reports = {};
    for (const diagnostic of JSON.parse(last).diagnostics) {
      const rule = /^openai\((.+)\)$/u.exec(diagnostic.code ?? "");
      if (rule !== null) reports[`openai/${rule[1]}`] = (reports[`openai/${rule[1]}`] ?? 0) + 1;
    }
    rmSync(scratch, { recursive: true, force: true });
    console.log(`\n### oxlint ${version} on the same ${files.length} files`);
    console.log("\n| run | median of " + rounds + " rounds |");
    console.log("| --- | --- |");
    console.log(`| ESLint ${ESLint.version}: parsers + \`@eslint/js\` recommended (1 thread) | ${seconds(median(baselineTimes))} |`);
    console.log(`| ESLint ${ESLint.version}: the same + \`openai.configs.all\` (1 thread) | ${seconds(median(pluginTimes))} |`);
    console.log(`| oxlint, its default rules, 1 thread | ${seconds(median(times.defaults1))} |`);
    console.log(`| oxlint, its default rules + this plugin through \`jsPlugins\`, 1 thread | ${seconds(median(times.plugin1))} |`);
    console.log(`| oxlint, its default rules, ${cpus().length} threads | ${seconds(median(times.defaults))} |`);
    console.log(`| oxlint, its default rules + this plugin through \`jsPlugins\`, ${cpus().length} threads | ${seconds(median(times.plugin))} |`);
    console.log(`reports by the plugin under oxlint: ${JSON.stringify(reports)} (ESLint: ${JSON.stringify(stats.reports)})`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Typed linting: each run in a fresh process, as `eslint` on the command line would be (typescript-estree keeps one
// project service per process, so a second run in the same process would find the program already built).

/** One lint run of a project's TypeScript files, in this process; the parent reads the JSON it prints. */
async function typedRun({ directory, glob, typed, withPlugin }) {
  const parserOptions = typed ? { projectService: true, tsconfigRootDir: directory } : {};
  const config = [
    { files: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"], languageOptions: { parser: tsParser, parserOptions } },
    { linterOptions: { reportUnusedDisableDirectives: "off" } },
    js.configs.recommended,
    ...(withPlugin ? [plugin.configs.all] : []),
  ];
  const started = performance.now();
  const eslint = new ESLint({ cwd: directory, overrideConfigFile: true, overrideConfig: config, stats: true, ignorePatterns: ["**/dist/**"] });
  const results = await eslint.lintFiles([glob]);
  const ms = performance.now() - started;
  const perRule = {};
  const reports = {};
  const fatal = [];
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) fatal.push(`${path.relative(directory, result.filePath)}: ${message.message}`);
      else if (message.ruleId?.startsWith("openai/")) reports[message.ruleId] = (reports[message.ruleId] ?? 0) + 1;
    }
    for (const pass of result.stats?.times.passes ?? []) {
      for (const [rule, { total }] of Object.entries(pass.rules ?? {})) if (rule.startsWith("openai/")) perRule[rule] = (perRule[rule] ?? 0) + total;
    }
  }
  return { ms, files: results.length, perRule, reports, fatal };
}

/** The typed benchmark of one project: with and without type information, with and without the plugin. */
async function typedBenchmark(project) {
  // DIR (the folder with tsconfig.json) and, after `#`, the files to lint: `/tmp/openai-node#src/**/*.ts`.
  const [folder, glob = "**/*.ts"] = project.split("#");
  const directory = path.resolve(folder);
  const spawnRun = (options) =>
    JSON.parse(
      execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--typed-run", JSON.stringify({ directory, glob, ...options })], {
        encoding: "utf8",
        maxBuffer: 1 << 28,
      }),
    );
  // Warm-up (disk cache) and the check that type information reached every file: a file the project service cannot
  // place would be a parse error, and its time would be missing from the figures.
  const warmup = spawnRun({ typed: true, withPlugin: true });
  if (warmup.fatal.length > 0) throw new Error(`typed linting could not parse ${warmup.fatal.length} files, e.g. ${warmup.fatal.slice(0, 3).join("; ")}`);
  const variants = { untypedBase: { typed: false, withPlugin: false }, untyped: { typed: false, withPlugin: true }, typedBase: { typed: true, withPlugin: false }, typed: { typed: true, withPlugin: true } };
  const runs = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let round = 0; round < typedRounds; round++) {
    const names = Object.keys(variants);
    for (const name of round % 2 === 0 ? names : names.reverse()) {
      const result = spawnRun(variants[name]);
      runs[name].push(result);
      process.stderr.write(`typed round ${round + 1}: ${name} ${seconds(result.ms)}\n`);
    }
  }
  // Each variant's median run (by its total time), with that run's per-rule times.
  const best = Object.fromEntries(
    Object.entries(runs).map(([name, results]) => [name, [...results].sort((a, b) => a.ms - b.ms)[Math.floor((results.length - 1) / 2)]]),
  );
  const pluginMs = (result) => Object.values(result.perRule).reduce((sum, time) => sum + time, 0);
  const added = (name, base) => percent(best[name].ms / best[base].ms - 1);
  console.log(`\n### ${path.basename(directory)} (\`${glob}\`): ${best.typed.files} TypeScript files, median of ${typedRounds} runs each, each in a fresh process`);
  console.log("\n| run | total | the plugin's rules (ESLint `stats`) | share of the run |");
  console.log("| --- | --- | --- | --- |");
  console.log(`| no type information: \`@eslint/js\` recommended | ${seconds(best.untypedBase.ms)} | — | — |`);
  console.log(
    `| no type information: + \`configs.all\` | ${seconds(best.untyped.ms)} (${added("untyped", "untypedBase")}) | ${pluginMs(best.untyped).toFixed(0)} ms | ${((pluginMs(best.untyped) / best.untyped.ms) * 100).toFixed(2)} % |`,
  );
  console.log(`| \`projectService\`: \`@eslint/js\` recommended | ${seconds(best.typedBase.ms)} | — | — |`);
  console.log(
    `| \`projectService\`: + \`configs.all\` | ${seconds(best.typed.ms)} (${added("typed", "typedBase")}) | ${pluginMs(best.typed).toFixed(0)} ms | ${((pluginMs(best.typed) / best.typed.ms) * 100).toFixed(2)} % |`,
  );
  console.log("\n| rule | no type information | `projectService` |");
  console.log("| --- | --- | --- |");
  for (const rule of Object.keys(best.typed.perRule).sort()) {
    console.log(`| \`${rule}\` | ${(best.untyped.perRule[rule] ?? 0).toFixed(1)} ms | ${best.typed.perRule[rule].toFixed(1)} ms |`);
  }
  console.log(`reports without types: ${JSON.stringify(best.untyped.reports)}; with types: ${JSON.stringify(best.typed.reports)}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Pathological inputs

const PREAMBLE = 'import OpenAI from "openai";\nconst client = new OpenAI();\n';
/** Each case: a program of size `n`, with OpenAI in it so that every rule's gate lets it through. */
const PATHOLOGICAL_CASES = {
  // `"p/" + v + "a" + v + …`: each literal of the chain once asked for the whole chain, flattened again.
  concatenation: (n) => {
    const terms = ['"https://api.openai.com/v1/responses/"'];
    for (let index = 0; index < n; index++) terms.push(index % 2 === 0 ? "v" : `"p${index}/"`);
    return `${PREAMBLE}const v = process.argv[2];\nfetch(${terms.join(" + ")});\nconst u = "p/" + ${terms.slice(1).join(" + ")};\n`;
  },
  // A generated file of `responses.create` calls, 8 × `n` of them (the square shows past a few thousand).
  "many requests": (n) => {
    const lines = [PREAMBLE];
    for (let index = 0; index < 8 * n; index++) {
      lines.push(`await client.responses.create({ model: "gpt-4o", input: "q${index}", max_tokens: 10, prompt: { id: "pmpt_${index}" } });\n`);
    }
    return lines.join("");
  },
  // A request `n` / 4 levels deep in calls and arrays (espree gives up at about 1,000 levels).
  "deep nesting": (n) => `${PREAMBLE}const x = ${"f([".repeat(n / 8)}client.responses.create({ model: "gpt-4o", input: "x" })${"])".repeat(n / 8)};\n`,
  // Identifiers and strings `n` × 100 characters long where names are matched (workflow names, env vars, model ids).
  "long identifiers": (n) => {
    const long = "chatkit_".repeat(Math.ceil((n * 100) / 8)).slice(0, n * 100);
    return `${PREAMBLE}const ${long}x = process.env.${long}Y;\nconst s = "${"gpt-".repeat(n * 25)}";\nconst { ${long}z } = process.env;\nclient.responses.create({ model: s, input: "${long}" });\n`;
  },
  // A lookup object of `n` ids, each read by a key the file does not fix, where nothing sends it (every id follows
  // every read), and a function of `n` returns called `n` times, logged.
  "lookup reads": (n) => {
    const entries = Array.from({ length: n }, (_, index) => `  m${index}: "gpt-4o",\n`).join("");
    const reads = Array.from({ length: n }, (_, index) => `log(MODELS[k${index}]);\n`).join("");
    return `${PREAMBLE}const MODELS = {\n${entries}};\n${reads}client.responses.create({ model: "gpt-5.5", input: "x" });\n`;
  },
  "function returns": (n) => {
    const cases = Array.from({ length: n }, (_, index) => `    case ${index}: return "gpt-4o";\n`).join("");
    const calls = Array.from({ length: n }, (_, index) => `log(pick(${index}));\n`).join("");
    return `${PREAMBLE}function pick(k) {\n  switch (k) {\n${cases}  }\n}\n${calls}client.responses.create({ model: "gpt-5.5", input: "x" });\n`;
  },
  // A large file of ordinary OpenAI code: `n` / 200 MB (10 MB at the default size's double).
  "large file": (n) => {
    const chunk = [
      "async function ask{i}(question) {",
      '  const response = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: question }], max_tokens: 100 });',
      '  const url = "https://api.openai.com/v1/" + "responses";',
      "  return fetch(url, { method: \"POST\", body: JSON.stringify({ model: \"gpt-4o\", input: response.choices[0].message.content }) });",
      "}",
      "",
    ].join("\n");
    const bytes = (n / 200) * 1e6;
    const parts = [PREAMBLE];
    let length = PREAMBLE.length;
    for (let index = 0; length < bytes; index++) {
      const text = chunk.replace("{i}", String(index));
      parts.push(text);
      length += text.length;
    }
    return parts.join("");
  },
};

async function pathologicalBenchmark() {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ linterOptions: { reportUnusedDisableDirectives: "off" } }, plugin.configs.all],
    stats: true,
  });
  const measure = async (code) => {
    gc();
    const started = performance.now();
    const [result] = await eslint.lintText(code, { filePath: path.join(root, "pathological.mjs") });
    const wall = performance.now() - started;
    let rules = 0;
    let parse = 0;
    for (const pass of result.stats?.times.passes ?? []) {
      parse += pass.parse.total;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) if (rule.startsWith("openai/")) rules += time.total;
    }
    if (result.fatalErrorCount > 0) throw new Error(`pathological input did not parse: ${result.messages[0]?.message}`);
    return { wall, rules, parse, reports: result.messages.length };
  };
  const n = pathologicalSize;
  console.log(`pathological inputs, configs.all; Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}; ESLint ${ESLint.version}`);
  console.log("| input | size | plugin | parse | size 2× | plugin | parse | plugin ratio |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const [name, generate] of Object.entries(PATHOLOGICAL_CASES)) {
    if (pathologicalOnly.length > 0 && !pathologicalOnly.includes(name)) continue;
    const small = generate(n);
    const large = generate(2 * n);
    await measure(small); // warm-up
    const a = await measure(small);
    const b = await measure(large);
    const size = (code, count) => (name === "large file" ? `${(code.length / 1e6).toFixed(1)} MB` : name === "many requests" ? String(8 * count) : String(count));
    const ms = (value) => `${value.toFixed(0)} ms`;
    console.log(
      `| ${name} | ${size(small, n)} | ${ms(a.rules)} | ${ms(a.parse)} | ${size(large, 2 * n)} | ${ms(b.rules)} | ${ms(b.parse)} | ${(b.rules / Math.max(a.rules, 1e-3)).toFixed(1)} |`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------

if (pathological) {
  await pathologicalBenchmark();
} else if (typedRunArgument !== undefined) {
  console.log(JSON.stringify(await typedRun(JSON.parse(typedRunArgument))));
} else {
  if (!typedOnly) await untypedBenchmark();
  for (const project of typedProjects) await typedBenchmark(project);
  console.log(`\nreproduce: npm run build && node scripts/benchmark.mjs ${process.argv.slice(2).join(" ")}`.trimEnd());
}
