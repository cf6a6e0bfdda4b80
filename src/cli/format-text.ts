import { SHUTDOWN_WORDING, wordDate } from "../dates";
import { formatDate } from "../deprecations";
import type { Group, Report, RetirementGroup } from "./report";
import type { Style } from "./style";

/** Locations listed under each retirement; the JSON and SARIF formats list them all. */
const LOCATIONS_SHOWN = 5;

const plural = (count: number, one: string, many = `${one}s`): string => `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

/** The heading of each group's section. */
const HEADINGS: Readonly<Record<Group, string>> = {
  "fails-today": "Fails today: shut down, or rejected by the API",
  dated: "Shuts down on a date",
  advice: "Advice (--strict): deprecated, no shutdown date announced",
};

/** "was shut down on October 27, 2025, 34 days ago" / "shuts down on December 11, 2026, in 11 days". */
function when(group: RetirementGroup, date: string): string {
  const { shutdown, shutdownScope } = group.retirement;
  if (shutdown === undefined || group.daysUntil === undefined) {
    return group.group === "advice" ? "no shutdown date announced" : "rejected by the API today; no shutdown date";
  }
  const scope = shutdownScope === undefined ? "" : ` (${shutdownScope})`;
  const ago = group.daysUntil < 0 ? `, ${plural(-group.daysUntil, "day")} ago` : "";
  return `${wordDate(shutdown, date, SHUTDOWN_WORDING)}${ago}${scope}`;
}

/** A sentence's end without its full stop, so that a URL can follow a colon. */
const withoutStop = (text: string): string => text.replace(/[.:;]\s*$/u, "");

function formatGroup(group: RetirementGroup, report: Report, style: Style): string[] {
  const { retirement, findings } = group;
  const colour = group.group === "advice" ? style.bold : group.group === "fails-today" ? style.red : style.yellow;
  const lines = [
    `${style.bold(retirement.what)} ${style.dim(`[${retirement.id}]`)}`,
    `  ${colour(when(group, report.date))}`,
    `  ${plural(findings.length, "use")} in ${plural(group.files, "file")}` +
      (group.fixable > 0 ? `, ${style.green(`${group.fixable.toLocaleString("en-US")} autofixable`)} with --fix` : ", none autofixable"),
  ];
  const advice =
    retirement.replacement === undefined
      ? retirement.note
      : `move to ${withoutStop(retirement.replacement)}${retirement.note === undefined ? "" : ` (${withoutStop(retirement.note)})`}`;
  if (advice !== undefined && retirement.url !== undefined) lines.push(`  ${withoutStop(advice)}: ${retirement.url}`);
  else if (advice !== undefined || retirement.url !== undefined) lines.push(`  ${advice ?? retirement.url}`);
  for (const finding of findings.slice(0, LOCATIONS_SHOWN)) lines.push(`    ${finding.file}:${finding.line}:${finding.column}`);
  if (findings.length > LOCATIONS_SHOWN) lines.push(style.dim(`    … and ${(findings.length - LOCATIONS_SHOWN).toLocaleString("en-US")} more`));
  return lines;
}

function formatSections(groups: readonly RetirementGroup[], report: Report, style: Style): string[] {
  const lines: string[] = [];
  let section: Group | undefined;
  for (const group of groups) {
    if (group.group !== section) {
      section = group.group;
      lines.push(style.bold(`${HEADINGS[section]}:`), "");
    }
    lines.push(...formatGroup(group, report, style), "");
  }
  return lines;
}

/** The report for people: what fails today, then each dated shutdown, then advice; configuration apart; totals. */
export function formatText(report: Report, style: Style): string {
  const lines: string[] = [];
  const checked = plural(report.filesChecked, "file");
  if (report.filesChecked === 0 && report.configFindings.length === 0) {
    if (report.parseFailures.length === 0) lines.push("No JavaScript or TypeScript files to check under the paths given.");
  } else if (report.findings.length === 0 && report.configFindings.length === 0) {
    lines.push(`No deprecated or shut-down OpenAI API use found in ${checked} (as of ${formatDate(report.date)}).`);
  } else {
    lines.push(style.bold(`OpenAI API retirements in this code, as of ${formatDate(report.date)}`), "");
    lines.push(...formatSections(report.groups, report, style));
    if (report.configGroups.length > 0) {
      lines.push(style.bold("Set in configuration (.env, JSON, YAML): model ids with a shutdown date"), "");
      for (const group of report.configGroups) lines.push(...formatGroup(group, report, style), "");
    }
    const files = new Set(report.findings.map((finding) => finding.file)).size;
    const fixable = report.findings.filter((finding) => finding.fixable).length;
    const inConfig =
      report.configFindings.length === 0
        ? ""
        : `; ${plural(report.configFindings.length, "model id")} set in ${plural(new Set(report.configFindings.map((finding) => finding.file)).size, "configuration file")}`;
    lines.push(
      `${style.bold(`${plural(report.findings.length, "use")} of ${plural(new Set(report.groups.map((group) => group.retirement.id)).size, "retirement")} in ${plural(files, "file")}`)}` +
        `, ${fixable.toLocaleString("en-US")} autofixable with --fix${inConfig}; ${checked} checked.`,
    );
  }
  if (report.leftOut > 0) {
    lines.push(style.dim(`${plural(report.leftOut, "finding")} of shutdowns more than ${plural(report.within!, "day")} away left out (--within).`));
  }
  if (report.parseFailures.length > 0) {
    const none = report.filesChecked === 0;
    if (lines.length > 0) lines.push("");
    lines.push(
      style.yellow(
        none
          ? `No file could be parsed, so nothing was checked:`
          : `${plural(report.parseFailures.length, "file")} could not be parsed, so ${report.parseFailures.length === 1 ? "it was" : "they were"} not checked:`,
      ),
    );
    for (const failure of report.parseFailures) lines.push(`  ${failure.file}:${failure.line}:${failure.column} ${failure.message}`);
  }
  return `${lines.join("\n")}\n`;
}
