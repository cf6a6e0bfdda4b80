import { pathToFileURL } from "node:url";

import { rules } from "../rules";
import type { Finding, Group, Report } from "./report";

const LEVELS: Readonly<Record<Group, string>> = { "fails-today": "error", dated: "warning", advice: "note" };

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://github.com/eslint-plugin-openai/eslint-plugin-openai";

/** A path relative to `%SRCROOT%`, as a URI reference: each segment percent-encoded. */
function relativeUri(file: string): string {
  return file.split("/").map(encodeURIComponent).join("/");
}

/**
 * SARIF 2.1.0 for GitHub code scanning: every rule of the plugin with its help page, one result per finding at its
 * range, relative to the folder the command ran in. The level follows the finding's group: what fails today is an
 * `error`, a dated shutdown a `warning`, advice and model ids set in configuration a `note`. Files that could not be
 * parsed are tool notifications: the run went on without them.
 */
export function formatSarif(report: Report, tool: { name: string; version: string }, cwd: string): string {
  const ruleIds = Object.keys(rules).sort();
  const index = new Map(ruleIds.map((name, position) => [`openai/${name}`, position]));
  const result = (finding: Finding, level: string, source: "code" | "configuration") => ({
    ruleId: finding.rule,
    ...(index.has(finding.rule) ? { ruleIndex: index.get(finding.rule) } : {}),
    level,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(finding.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
        },
      },
    ],
    properties: {
      group: finding.group,
      source,
      retirement: finding.retirement.id,
      ...(finding.retirement.shutdown === undefined ? {} : { shutdown: finding.retirement.shutdown }),
      fixable: finding.fixable,
    },
  });
  const srcroot = pathToFileURL(cwd).href.replace(/\/?$/u, "/");
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            informationUri: INFORMATION_URI,
            rules: ruleIds.map((name) => {
              // Every rule is made by `createRule`, which sets the docs URL.
              const docs = rules[name as keyof typeof rules].meta.docs!;
              return {
                id: `openai/${name}`,
                name,
                shortDescription: { text: docs.description },
                helpUri: docs.url,
                help: { text: `${docs.description}: ${docs.url}` },
                defaultConfiguration: { level: "error" },
              };
            }),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: srcroot } },
        invocations: [
          {
            // Files to check of which none could be parsed: the run checked nothing (exit code 2).
            executionSuccessful: !(report.filesChecked === 0 && report.parseFailures.length > 0),
            toolExecutionNotifications: report.parseFailures.map((failure) => ({
              level: "error",
              message: { text: `Could not parse the file, so it was not checked: ${failure.message}` },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: relativeUri(failure.file), uriBaseId: "%SRCROOT%" },
                    region: { startLine: failure.line, startColumn: failure.column },
                  },
                },
              ],
            })),
          },
        ],
        results: [
          ...report.findings.map((finding) => result(finding, LEVELS[finding.group], "code")),
          ...report.configFindings.map((finding) => result(finding, "note", "configuration")),
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
