import { existsSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

import type { Linter } from "eslint";

import { todayInUtc } from "../dates";
import { CliError, parseOptions, USAGE, type Options } from "./args";
import { unifiedDiff } from "./diff";
import { scanConfigFiles } from "./config-files";
import { findAuditFiles } from "./files";
import { formatJson } from "./format-json";
import { formatSarif } from "./format-sarif";
import { formatText } from "./format-text";
import { AuditLinter, type LintedFile } from "./lint";
import { buildReport, configFinding, displayPath, failsGate, findingsOf, parseFailureOf, type Finding, type ParseFailure } from "./report";
import { PLAIN, styleFor, type Style } from "./style";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { name, version } = require("../../../package.json") as { name: string; version: string };
const tool = { name, version };

/** What the command writes to and reads from: the process's, or a test's. */
export interface Io {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/** Below this many files a run is over before a progress line would help. */
const PROGRESS_FROM_FILES = 200;
const PROGRESS_EVERY_MS = 100;

const TYPESCRIPT = /\.[cm]?tsx?$/u;

/**
 * Runs the command; resolves to its exit code: 0 nothing `--fail-on` counts, 1 something it counts, 2 a usage or
 * runtime error, or files to check of which none could be parsed.
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  try {
    return await run(parseOptions(argv), io);
  } catch (error) {
    const message = error instanceof CliError ? error.message : String((error as Error)?.message ?? error).split("\n")[0];
    io.stderr.write(`eslint-plugin-openai: ${message}\n`);
    return 2;
  }
}

function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

async function run(options: Options, io: Io): Promise<number> {
  if (options.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${tool.version}\n`);
    return 0;
  }
  const date = options.date ?? todayInUtc();
  const { sources: files, configs } = findAuditFiles(options.paths, io.cwd);
  const tsconfigRootDir = options.typed ? findTsconfigFolder(options.paths, io.cwd) : undefined;
  if (options.typed && tsconfigRootDir === undefined) {
    io.stderr.write("eslint-plugin-openai: --typed found no tsconfig.json; linting without type information\n");
  }
  const linter = AuditLinter.create({
    base: commonFolder([io.cwd, ...files.map((file) => path.dirname(file))]),
    cwd: io.cwd,
    date,
    tsconfigRootDir,
    needsTypeScript: files.some((file) => TYPESCRIPT.test(file)),
    strict: options.strict,
    concurrency: options.concurrency,
    prefilter: true,
  });

  const progress = progressLine(io.stderr, files.length);
  const linted = await linter.lintAll(files, progress);
  progress?.(undefined);

  const { findings, parseFailures, fixLog } = await collectFindings(linted, linter, options.fix, io.cwd, date);
  const report = buildReport({
    date,
    filesChecked: files.length - parseFailures.length,
    findings,
    configFindings: scanConfigFiles(configs, io.cwd).map((found) => configFinding(io.cwd, found, date)),
    parseFailures,
    within: options.within,
  });
  const toFile = options.output !== undefined;
  const style: Style = toFile ? PLAIN : styleFor(io.stdout, io.env);
  let document: string;
  switch (options.format) {
    case "json":
      document = formatJson(report, tool);
      break;
    case "sarif":
      document = formatSarif(report, tool, io.cwd);
      break;
    default:
      document = fixLog + formatText(report, style);
  }
  // A JSON or SARIF document must stay parseable: what fixing printed goes to stderr then.
  if (options.format !== "text") io.stderr.write(fixLog);
  if (toFile) {
    try {
      writeFileSync(path.resolve(io.cwd, options.output!), document);
    } catch (error) {
      throw new CliError(`cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  } else {
    io.stdout.write(document);
  }
  // Files to check of which none could be read: the run checked nothing, which is no "nothing found".
  if (files.length > 0 && parseFailures.length === files.length) return 2;
  return failsGate(report, options.failOn) ? 1 : 0;
}

/**
 * The findings of the linted files, with `--fix` the ones left after fixing (the fixes written), and what fixing
 * did or would do: per file what changed, or with `--fix-dry-run` the diff.
 */
async function collectFindings(
  linted: readonly LintedFile[],
  linter: AuditLinter,
  fix: Options["fix"],
  cwd: string,
  date: string,
): Promise<{ findings: Finding[]; parseFailures: ParseFailure[]; fixLog: string }> {
  const fixLog: string[] = [];
  const findings: Finding[] = [];
  const parseFailures: ParseFailure[] = [];
  let changedFiles = 0;
  let fixedFindings = 0;
  for (const file of linted) {
    if (file.parseError !== undefined) {
      parseFailures.push(parseFailureOf(cwd, file));
      continue;
    }
    if (fix === undefined || !file.messages.some((message) => message.fix !== undefined)) {
      findings.push(...findingsOf(cwd, file, date));
      continue;
    }
    const { output, messages, advice } = await linter.fix(file);
    const name = displayPath(cwd, file.file);
    const fixed = fixedByRule(file.messages, messages);
    if (output !== file.code) {
      changedFiles++;
      fixedFindings += [...fixed.values()].reduce((sum, count) => sum + count, 0);
    }
    if (fix === "dry-run") {
      fixLog.push(unifiedDiff(name, file.code, output));
      findings.push(...findingsOf(cwd, file, date));
      continue;
    }
    if (output !== file.code) {
      writeSource(file.file, output, cwd);
      fixLog.push(`  ${name}: ${describeFixes(fixed)}${messages.length > 0 ? `; ${messages.length} left` : ""}\n`);
    }
    findings.push(...findingsOf(cwd, file, date, messages, advice));
  }
  if (fix !== undefined && changedFiles === 0) {
    fixLog.push("Nothing to fix: no finding has a safe fix.\n\n");
  } else if (fix !== undefined) {
    const verb = fix === "write" ? "Fixed" : "--fix would fix";
    if (fix === "write") fixLog.unshift("Fixed in place:\n");
    fixLog.push(`${verb} ${fixedFindings} ${fixedFindings === 1 ? "finding" : "findings"} in ${changedFiles} ${changedFiles === 1 ? "file" : "files"}.\n\n`);
  }
  return { findings, parseFailures, fixLog: fixLog.join("") };
}

function writeSource(file: string, text: string, cwd: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new CliError(`cannot write ${displayPath(cwd, file)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** Reports per rule that fixing made go away. */
function fixedByRule(before: readonly Linter.LintMessage[], after: readonly Linter.LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of before) counts.set(message.ruleId!, (counts.get(message.ruleId!) ?? 0) + 1);
  for (const message of after) counts.set(message.ruleId!, (counts.get(message.ruleId!) ?? 0) - 1);
  return new Map([...counts].filter(([, count]) => count > 0));
}

function describeFixes(fixed: ReadonlyMap<string, number>): string {
  const total = [...fixed.values()].reduce((sum, count) => sum + count, 0);
  const rules = [...fixed].map(([rule, count]) => (count === 1 ? rule : `${rule} ×${count}`)).join(", ");
  return `${total} ${total === 1 ? "fix" : "fixes"} (${rules})`;
}

/** The folder of the nearest `tsconfig.json` at or above the first path that has one. */
function findTsconfigFolder(paths: readonly string[], cwd: string): string | undefined {
  for (const target of paths) {
    let folder = path.resolve(cwd, target);
    if (!statIsFolder(folder)) folder = path.dirname(folder);
    for (; ; folder = path.dirname(folder)) {
      if (existsSync(path.join(folder, "tsconfig.json"))) return folder;
      if (path.dirname(folder) === folder) break;
    }
  }
  return undefined;
}

function statIsFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** The deepest folder holding all the given folders. */
function commonFolder(folders: readonly string[]): string {
  let common = folders[0]!;
  for (const folder of folders.slice(1)) {
    while (common !== path.dirname(common) && folder !== common && !folder.startsWith(common.endsWith(path.sep) ? common : common + path.sep)) {
      common = path.dirname(common);
    }
  }
  return common;
}

/**
 * "checked 1,200 / 3,000 files" on stderr, redrawn in place, for large trees on a terminal, counted from the results
 * as they come (files skipped unparsed first, then each batch ESLint returns); `undefined` clears it.
 */
function progressLine(stderr: Io["stderr"], total: number): ((done: number | undefined) => void) | undefined {
  if (stderr.isTTY !== true || total < PROGRESS_FROM_FILES) return undefined;
  let last = 0;
  return (done) => {
    if (done === undefined) {
      stderr.write("\r\u001B[K");
      return;
    }
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS && done < total) return;
    last = now;
    stderr.write(`\r\u001B[Kchecked ${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")} files`);
  };
}
