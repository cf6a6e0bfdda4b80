// Lints every JavaScript and TypeScript file of folder trees with every rule of the plugin (configs.all), fixes
// applied, and reports: rule exceptions, fixes whose output no longer parses, and the count of reports per rule
// with a few samples each.
//
//   node scripts/lint-tree.mjs [--samples 5] [--max-bytes 1048576] [--include-dts] [--json] <dir>…
//
// Declaration files (.d.ts, .d.mts, .d.cts) and files over 1 MB (bundles, generated code) are skipped unless asked.
//
// Files the parser itself cannot read (syntax errors, other dialects) are counted apart: they never reach a rule.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import * as espree from "espree";

const require = createRequire(import.meta.url);
const plugin = require("../dist/src/index.js");

const SOURCE = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/u;
/** Files larger than this (bundles, generated code) are left out by default, here and by the benchmarks. */
export const MAX_BYTES = 1024 * 1024;
const SKIP_DIRECTORIES = new Set([".git"]);

/** The JavaScript and TypeScript files below a folder (`.git` left out; declaration files only when asked). */
export function* walk(directory, includeDeclarations = false) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRECTORIES.has(entry.name)) yield* walk(full, includeDeclarations);
    } else if (entry.isFile() && SOURCE.test(entry.name) && (includeDeclarations || !/\.d\.[cm]?ts$/u.test(entry.name))) {
      yield full;
    }
  }
}

function configFor(file) {
  const extension = path.extname(file);
  const typescript = /^\.[cm]?tsx?$/u.test(extension);
  // The parser after `configs.all`, whose own parser would otherwise take over: a fixed output must parse with this
  // one, with no fallback to another.
  return [
    plugin.configs.all,
    {
      files: ["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx", "**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"],
      linterOptions: { reportUnusedDisableDirectives: "off" },
      languageOptions: typescript
        ? { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: extension === ".tsx" } } }
        : {
            parser: espree,
            ecmaVersion: "latest",
            sourceType: extension === ".cjs" ? "commonjs" : "module",
            parserOptions: { ecmaFeatures: { jsx: true } },
          },
    },
  ];
}

/** Lints the trees; returns counts, exceptions, broken fixes and samples. */
export function lintTree(directories, { maxBytes = MAX_BYTES, samples = 5, includeDeclarations = false } = {}) {
  const linter = new Linter({ configType: "flat" });
  const summary = { files: 0, skippedLarge: 0, unparsable: 0, exceptions: [], brokenFixes: [], fixedFiles: 0, reports: {}, samples: {} };
  for (const directory of directories) {
    for (const file of walk(directory, includeDeclarations)) {
      if (statSync(file).size > maxBytes) {
        summary.skippedLarge++;
        continue;
      }
      summary.files++;
      const code = readFileSync(file, "utf8");
      // A relative name inside no ignored folder: ESLint ignores node_modules by default.
      const filename = `file${path.extname(file)}`;
      let config = configFor(file);
      try {
        let messages = linter.verify(code, config, { filename });
        if (messages.some((message) => message.fatal) && path.extname(file) === ".js") {
          // Plain `.js` may be a script: try it as CommonJS before giving up on it.
          config = [config[0], { ...config[1], languageOptions: { ...config[1].languageOptions, sourceType: "commonjs" } }];
          messages = linter.verify(code, config, { filename });
        }
        if (messages.some((message) => message.fatal)) {
          summary.unparsable++;
          continue;
        }
        for (const message of messages) {
          if (message.ruleId === null) throw new Error(`ESLint did not lint the file: ${message.message}`);
          // Other projects' `eslint-disable` comments name rules that are not loaded here.
          if (!message.ruleId.startsWith("openai/")) continue;
          summary.reports[message.ruleId] = (summary.reports[message.ruleId] ?? 0) + 1;
          const list = (summary.samples[message.ruleId] ??= []);
          if (list.length < samples) {
            list.push(`${file}:${message.line}: ${code.split("\n")[message.line - 1]?.trim().slice(0, 140)}`);
          }
        }
        if (messages.some((message) => message.fix !== undefined)) {
          const fixed = linter.verifyAndFix(code, config, { filename });
          summary.fixedFiles++;
          const fatal = fixed.messages.find((message) => message.fatal);
          if (fatal !== undefined) summary.brokenFixes.push(`${file}: ${fatal.message}`);
        }
      } catch (error) {
        summary.exceptions.push(`${file}: ${String(error.message).split("\n").slice(0, 3).join(" | ")}`);
      }
    }
  }
  return summary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(name);
    if (index === -1) return fallback;
    const [value] = args.splice(index, 2).slice(1);
    return Number(value);
  };
  const flag = (name) => (args.includes(name) ? (args.splice(args.indexOf(name), 1), true) : false);
  const json = flag("--json");
  const includeDeclarations = flag("--include-dts");
  const samples = option("--samples", 5);
  const maxBytes = option("--max-bytes", MAX_BYTES);
  if (args.length === 0) {
    console.error("usage: node scripts/lint-tree.mjs [--samples N] [--max-bytes N] [--include-dts] [--json] <dir>…");
    process.exit(2);
  }
  const started = performance.now();
  const summary = lintTree(args, { samples, maxBytes, includeDeclarations });
  if (json) {
    console.log(JSON.stringify(summary, null, 2));
  } else {
    console.log(`${summary.files} files linted in ${((performance.now() - started) / 1000).toFixed(1)} s (${summary.unparsable} unparsable, ${summary.skippedLarge} over ${maxBytes} bytes skipped)`);
    console.log(`rule exceptions: ${summary.exceptions.length}; fixes that break parsing: ${summary.brokenFixes.length}; files with fixes: ${summary.fixedFiles}`);
    for (const line of [...summary.exceptions, ...summary.brokenFixes]) console.log(`  ${line}`);
    for (const [rule, count] of Object.entries(summary.reports).sort()) {
      console.log(`${rule}: ${count}`);
      for (const sample of summary.samples[rule]) console.log(`    ${sample}`);
    }
  }
  process.exit(summary.exceptions.length + summary.brokenFixes.length > 0 ? 1 : 0);
}
