import { SHUTDOWN_WORDING, wordDate } from "../dates";
import { formatDate } from "../deprecations";
import type { Report, RetirementGroup } from "./report";
import type { Style } from "./style";

/** Locations listed under each retirement; the JSON and SARIF formats list them all. */
const LOCATIONS_SHOWN = 5;

const plural = (count: number, one: string, many = `${one}s`): string => `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

/** "was shut down on October 27, 2025, 34 days ago" / "shuts down on December 11, 2026, in 11 days". */
function when(group: RetirementGroup, date: string): string {
  const { shutdown, shutdownScope } = group.retirement;
  if (shutdown === undefined || group.daysUntil === undefined) return "no shutdown date announced";
  const scope = shutdownScope === undefined ? "" : ` (${shutdownScope})`;
  const ago = group.daysUntil < 0 ? `, ${plural(-group.daysUntil, "day")} ago` : "";
  return `${wordDate(shutdown, date, SHUTDOWN_WORDING)}${ago}${scope}`;
}

function formatGroup(group: RetirementGroup, report: Report, style: Style): string[] {
  const { retirement, findings } = group;
  const colour = group.daysUntil === undefined ? style.bold : group.daysUntil <= 0 ? style.red : style.yellow;
  const lines = [
    `${style.bold(retirement.what)} ${style.dim(`[${retirement.id}]`)}`,
    `  ${colour(when(group, report.date))}`,
    `  ${plural(findings.length, "use")} in ${plural(group.files, "file")}` +
      (group.fixable > 0 ? `, ${style.green(`${group.fixable.toLocaleString("en-US")} autofixable`)} with --fix` : ", none autofixable"),
  ];
  const advice =
    retirement.replacement === undefined
      ? retirement.note
      : `move to ${retirement.replacement}${retirement.note === undefined ? "" : ` (${retirement.note})`}`;
  const parts = [advice, retirement.url].filter((part) => part !== undefined);
  if (parts.length > 0) lines.push(`  ${parts.join(": ")}`);
  for (const finding of findings.slice(0, LOCATIONS_SHOWN)) lines.push(`    ${finding.file}:${finding.line}:${finding.column}`);
  if (findings.length > LOCATIONS_SHOWN) lines.push(style.dim(`    … and ${(findings.length - LOCATIONS_SHOWN).toLocaleString("en-US")} more`));
  return lines;
}

/** The report for people: one block per retirement, earliest deadline first, then the totals. */
export function formatText(report: Report, style: Style): string {
  const lines: string[] = [];
  const checked = plural(report.filesChecked, "file");
  if (report.filesChecked === 0) {
    lines.push("No JavaScript or TypeScript files to check under the paths given.");
  } else if (report.findings.length === 0) {
    lines.push(`No deprecated or shut-down OpenAI API use found in ${checked} (as of ${formatDate(report.date)}).`);
  } else {
    lines.push(style.bold(`OpenAI API retirements in this code, as of ${formatDate(report.date)}`), "");
    for (const group of report.groups) lines.push(...formatGroup(group, report, style), "");
    const files = new Set(report.findings.map((finding) => finding.file)).size;
    const fixable = report.findings.filter((finding) => finding.fixable).length;
    lines.push(
      `${style.bold(`${plural(report.findings.length, "use")} of ${plural(report.groups.length, "retirement")} in ${plural(files, "file")}`)}` +
        `, ${fixable.toLocaleString("en-US")} autofixable with --fix; ${checked} checked.`,
    );
  }
  if (report.parseFailures.length > 0) {
    lines.push("", style.yellow(`${plural(report.parseFailures.length, "file")} could not be parsed, so ${report.parseFailures.length === 1 ? "it was" : "they were"} not checked:`));
    for (const failure of report.parseFailures) lines.push(`  ${failure.file}:${failure.line}:${failure.column} ${failure.message}`);
  }
  return `${lines.join("\n")}\n`;
}
