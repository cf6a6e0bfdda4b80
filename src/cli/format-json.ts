import type { Report } from "./report";

/** Every finding and the per-retirement summary, for scripts and dashboards. */
export function formatJson(report: Report, tool: { name: string; version: string }): string {
  const document = {
    tool,
    date: report.date,
    findings: report.findings.map((finding) => ({
      rule: finding.rule,
      retirement: finding.retirement.id,
      date: finding.retirement.shutdown ?? null,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      message: finding.message,
      fixable: finding.fixable,
    })),
    parseErrors: report.parseFailures,
    summary: {
      filesChecked: report.filesChecked,
      filesWithFindings: new Set(report.findings.map((finding) => finding.file)).size,
      findings: report.findings.length,
      fixable: report.findings.filter((finding) => finding.fixable).length,
      parseErrors: report.parseFailures.length,
      retirements: report.groups.map((group) => ({
        id: group.retirement.id,
        what: group.retirement.what,
        replacement: group.retirement.replacement ?? null,
        note: group.retirement.note ?? null,
        date: group.retirement.shutdown ?? null,
        daysUntil: group.daysUntil ?? null,
        url: group.retirement.url ?? null,
        uses: group.findings.length,
        files: group.files,
        fixable: group.fixable,
      })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
