import path from "node:path";

import type { Linter } from "eslint";

import { daysFrom } from "../dates";
import type { LintedFile } from "./lint";
import { retirementOf, type Retirement } from "./retirements";

/** One report of a rule, placed in its retirement. */
export interface Finding {
  /** The full rule id, `openai/<rule>`. */
  readonly rule: string;
  readonly retirement: Retirement;
  /** The file, relative to the folder the command runs in, with `/` separators. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  /** `--fix` rewrites it. */
  readonly fixable: boolean;
}

export interface ParseFailure {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** The findings of one retirement. */
export interface RetirementGroup {
  readonly retirement: Retirement;
  /** Days from the report's date to the shutdown: negative once it is past; `undefined` without a date. */
  readonly daysUntil: number | undefined;
  readonly findings: readonly Finding[];
  readonly files: number;
  readonly fixable: number;
}

/** Everything a format prints. */
export interface Report {
  /** The day dates are worded for. */
  readonly date: string;
  readonly filesChecked: number;
  readonly findings: readonly Finding[];
  /** Sorted by shutdown date, earliest (already shut) first; undated last. */
  readonly groups: readonly RetirementGroup[];
  readonly parseFailures: readonly ParseFailure[];
}

export function displayPath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join("/");
}

/** The source text between two 1-based line/column positions. */
function textBetween(lines: readonly string[], message: Linter.LintMessage): string {
  const endLine = message.endLine ?? message.line;
  const endColumn = message.endColumn ?? message.column;
  if (endLine === message.line) return lines[message.line - 1]?.slice(message.column - 1, endColumn - 1) ?? "";
  return [
    lines[message.line - 1]?.slice(message.column - 1) ?? "",
    ...lines.slice(message.line, endLine - 1),
    lines[endLine - 1]?.slice(0, endColumn - 1) ?? "",
  ].join("\n");
}

/** The findings of a linted file; `messages` replaces the file's own when fixing left other ones. */
export function findingsOf(
  cwd: string,
  linted: LintedFile,
  messages: readonly Linter.LintMessage[] = linted.messages,
  code: string = linted.code,
): Finding[] {
  const file = displayPath(cwd, linted.file);
  let lines: string[] | undefined;
  return messages.map((message) => {
    const rule = message.ruleId!;
    // ESLint counts lines at every line terminator JavaScript has.
    lines ??= code.split(/\r\n|[\r\n\u2028\u2029]/u);
    const retirement = retirementOf({
      rule: rule.slice("openai/".length),
      message: message.message,
      text: textBetween(lines, message),
    });
    return {
      rule,
      retirement,
      file,
      line: message.line,
      column: message.column,
      endLine: message.endLine ?? message.line,
      endColumn: message.endColumn ?? message.column,
      message: message.message,
      fixable: message.fix !== undefined,
    };
  });
}

export function parseFailureOf(cwd: string, linted: LintedFile): ParseFailure {
  const error = linted.parseError!;
  return { file: displayPath(cwd, linted.file), line: error.line, column: error.column, message: error.message };
}

/** Groups findings by retirement: the earliest shutdown first, undated ones last, ties by id. */
export function buildReport(
  date: string,
  filesChecked: number,
  findings: readonly Finding[],
  parseFailures: readonly ParseFailure[],
): Report {
  const byId = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byId.get(finding.retirement.id) ?? [];
    list.push(finding);
    byId.set(finding.retirement.id, list);
  }
  const groups = [...byId.values()].map((list): RetirementGroup => {
    const { retirement } = list[0]!;
    return {
      retirement,
      daysUntil: retirement.shutdown === undefined ? undefined : daysFrom(date, retirement.shutdown),
      findings: list,
      files: new Set(list.map((finding) => finding.file)).size,
      fixable: list.filter((finding) => finding.fixable).length,
    };
  });
  groups.sort(
    (a, b) =>
      (a.daysUntil ?? Number.POSITIVE_INFINITY) - (b.daysUntil ?? Number.POSITIVE_INFINITY) ||
      (a.retirement.id < b.retirement.id ? -1 : a.retirement.id > b.retirement.id ? 1 : 0),
  );
  return { date, filesChecked, findings, groups, parseFailures };
}
