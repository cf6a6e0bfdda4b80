import { pathToFileURL } from "node:url";

import { rules } from "../rules";
import type { Report } from "./report";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://github.com/eslint-plugin-openai/eslint-plugin-openai";

/** A path relative to `%SRCROOT%`, as a URI reference: each segment percent-encoded. */
function relativeUri(file: string): string {
  return file.split("/").map(encodeURIComponent).join("/");
}

/**
 * SARIF 2.1.0 for GitHub code scanning: every rule of the plugin with its help page, one result per finding at its
 * range, relative to the folder the command ran in. A retirement already past is an `error`, others `warning`.
 * Files that could not be parsed are tool notifications: the run went on without them.
 */
export function formatSarif(report: Report, tool: { name: string; version: string }, cwd: string): string {
  const ruleIds = Object.keys(rules).sort();
  const index = new Map(ruleIds.map((name, position) => [`openai/${name}`, position]));
  const groupOf = new Map(report.groups.map((group) => [group.retirement.id, group]));
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
            executionSuccessful: true,
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
        results: report.findings.map((finding) => {
          const daysUntil = groupOf.get(finding.retirement.id)?.daysUntil;
          return {
            ruleId: finding.rule,
            ...(index.has(finding.rule) ? { ruleIndex: index.get(finding.rule) } : {}),
            level: daysUntil !== undefined && daysUntil <= 0 ? "error" : "warning",
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: relativeUri(finding.file), uriBaseId: "%SRCROOT%" },
                  region: {
                    startLine: finding.line,
                    startColumn: finding.column,
                    endLine: finding.endLine,
                    endColumn: finding.endColumn,
                  },
                },
              },
            ],
            properties: {
              retirement: finding.retirement.id,
              ...(finding.retirement.shutdown === undefined ? {} : { shutdown: finding.retirement.shutdown }),
              fixable: finding.fixable,
            },
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
