import path from "node:path";

import type { Linter } from "eslint";

import { daysFrom, wordDate } from "../dates";
import type { ConfigModel } from "./config-files";
import type { LintedFile } from "./lint";
import { modelRetirement, retirementOf, type Retirement } from "./retirements";

/**
 * What a finding means for the code today: `fails-today` (shut down, or rejected by the API now), `dated` (a
 * shutdown to come), `advice` (deprecated with no shutdown announced, reported by `configs.strict` only).
 */
export type Group = "fails-today" | "dated" | "advice";
export const GROUPS: readonly Group[] = ["fails-today", "dated", "advice"];

/** One report of a rule (or one model id set in a configuration file), placed in its retirement. */
export interface Finding {
  /** The full rule id, `openai/<rule>`. */
  readonly rule: string;
  readonly retirement: Retirement;
  readonly group: Group;
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

/** The findings of one retirement in one group. */
export interface RetirementGroup {
  readonly retirement: Retirement;
  readonly group: Group;
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
  /** Files read and checked: a file that did not parse is not among them. */
  readonly filesChecked: number;
  /** The findings in code, file by file. */
  readonly findings: readonly Finding[];
  /** What fails today, then each dated shutdown by date, then advice; within each, earliest shutdown first. */
  readonly groups: readonly RetirementGroup[];
  /** Model ids set in configuration files (`.env`, JSON, YAML), grouped the same way. */
  readonly configFindings: readonly Finding[];
  readonly configGroups: readonly RetirementGroup[];
  readonly parseFailures: readonly ParseFailure[];
  /** `--within`: dated findings of later shutdowns are left out; how many were. */
  readonly within: number | undefined;
  readonly leftOut: number;
}

export function displayPath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join("/");
}

/** Which group a finding of `retirement` falls in on `date`. */
export function groupOf(retirement: Retirement, advice: boolean, date: string): Group {
  if (advice) return "advice";
  return retirement.shutdown === undefined || daysFrom(date, retirement.shutdown) <= 0 ? "fails-today" : "dated";
}

/** The findings of a linted file; `messages` and `advice` replace the file's own when fixing left other ones. */
export function findingsOf(
  cwd: string,
  linted: LintedFile,
  date: string,
  messages: readonly Linter.LintMessage[] = linted.messages,
  advice: readonly boolean[] = linted.advice,
): Finding[] {
  const file = displayPath(cwd, linted.file);
  return messages.map((message, index) => {
    const rule = message.ruleId!;
    const retirement = retirementOf({ rule: rule.slice("openai/".length), messageId: message.messageId, message: message.message });
    return {
      rule,
      retirement,
      group: groupOf(retirement, advice[index] === true, date),
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

/** A model id set in a configuration file, as a finding of the model's retirement. */
export function configFinding(cwd: string, found: ConfigModel, date: string): Finding {
  const retirement = modelRetirement(found.id)!;
  const replacement = retirement.replacement === undefined ? "" : ` Move to ${retirement.replacement}.`;
  return {
    rule: "openai/no-deprecated-models",
    retirement,
    group: groupOf(retirement, false, date),
    file: displayPath(cwd, found.file),
    line: found.line,
    column: found.column,
    endLine: found.line,
    endColumn: found.column + found.id.length,
    message: `\`${found.key}\` sets the model \`${found.id}\`, which ${wordDate(retirement.shutdown!, date)}.${replacement}`,
    fixable: false,
  };
}

export function parseFailureOf(cwd: string, linted: LintedFile): ParseFailure {
  const error = linted.parseError!;
  return { file: displayPath(cwd, linted.file), line: error.line, column: error.column, message: error.message };
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Groups findings by group and retirement, in report order. */
function groupFindings(date: string, findings: readonly Finding[]): RetirementGroup[] {
  const byKey = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.group} ${finding.retirement.id}`;
    const list = byKey.get(key) ?? [];
    list.push(finding);
    byKey.set(key, list);
  }
  const groups = [...byKey.values()].map((list): RetirementGroup => {
    const { retirement, group } = list[0]!;
    return {
      retirement,
      group,
      daysUntil: retirement.shutdown === undefined ? undefined : daysFrom(date, retirement.shutdown),
      findings: list,
      files: new Set(list.map((finding) => finding.file)).size,
      fixable: list.filter((finding) => finding.fixable).length,
    };
  });
  return groups.sort(
    (a, b) =>
      GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) ||
      (a.daysUntil ?? Number.POSITIVE_INFINITY) - (b.daysUntil ?? Number.POSITIVE_INFINITY) ||
      compareIds(a.retirement.id, b.retirement.id),
  );
}

/**
 * The report: findings grouped, `--within` applied (a dated finding of a shutdown more than `within` days away is
 * left out and counted).
 */
export function buildReport(options: {
  date: string;
  filesChecked: number;
  findings: readonly Finding[];
  configFindings: readonly Finding[];
  parseFailures: readonly ParseFailure[];
  within: number | undefined;
}): Report {
  const { date, within } = options;
  const kept = (finding: Finding): boolean =>
    within === undefined || finding.group !== "dated" || daysFrom(date, finding.retirement.shutdown!) <= within;
  const findings = options.findings.filter(kept);
  const configFindings = options.configFindings.filter(kept);
  const groups = groupFindings(date, findings);
  const configGroups = groupFindings(date, configFindings);
  return {
    date,
    filesChecked: options.filesChecked,
    findings,
    groups,
    configFindings,
    configGroups,
    parseFailures: options.parseFailures,
    within,
    leftOut: options.findings.length + options.configFindings.length - findings.length - configFindings.length,
  };
}

/**
 * Whether the report fails a CI gate set by `--fail-on`: a finding in code of that group or an earlier one; a model
 * id set in configuration only under `--fail-on advice` (the code that reads it may choose another).
 */
export function failsGate(report: Report, failOn: Group): boolean {
  const limit = GROUPS.indexOf(failOn);
  if (report.findings.some((finding) => GROUPS.indexOf(finding.group) <= limit)) return true;
  return failOn === "advice" && report.configFindings.length > 0;
}
