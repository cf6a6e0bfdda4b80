import type { Finding, Report, RetirementGroup } from "./report";

function findingJson(finding: Finding) {
  return {
    rule: finding.rule,
    group: finding.group,
    retirement: finding.retirement.id,
    date: finding.retirement.shutdown ?? null,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    message: finding.message,
    fixable: finding.fixable,
  };
}

function groupJson(group: RetirementGroup) {
  return {
    id: group.retirement.id,
    group: group.group,
    what: group.retirement.what,
    replacement: group.retirement.replacement ?? null,
    note: group.retirement.note ?? null,
    date: group.retirement.shutdown ?? null,
    daysUntil: group.daysUntil ?? null,
    url: group.retirement.url ?? null,
    uses: group.findings.length,
    files: group.files,
    fixable: group.fixable,
  };
}

/** Every finding and the per-retirement summary, for scripts and dashboards. */
export function formatJson(report: Report, tool: { name: string; version: string }): string {
  const document = {
    tool,
    date: report.date,
    findings: report.findings.map(findingJson),
    /** Model ids with a shutdown date set in `.env`, JSON and YAML files. */
    configuration: report.configFindings.map(findingJson),
    parseErrors: report.parseFailures,
    summary: {
      filesChecked: report.filesChecked,
      filesWithFindings: new Set(report.findings.map((finding) => finding.file)).size,
      findings: report.findings.length,
      fixable: report.findings.filter((finding) => finding.fixable).length,
      parseErrors: report.parseFailures.length,
      leftOutBeyondWithin: report.leftOut,
      retirements: report.groups.map(groupJson),
      configuration: report.configGroups.map(groupJson),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
