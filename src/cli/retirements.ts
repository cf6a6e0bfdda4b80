import {
  API_RETIREMENTS,
  DEPRECATIONS,
  LOCAL_SHELL_TOOL,
  REALTIME_BETA,
  SDK_PARAM_DEPRECATIONS,
  type Deprecation,
  type SdkApiDeprecation,
  type SdkParamDeprecation,
} from "../deprecations";
import { REQUEST_APIS } from "../analysis/request-apis";
import { DEPRECATIONS_PAGE, modelShutdownOf } from "../models";
import { rules } from "../rules";

/**
 * What the audit groups findings by: one retirement (a table row, or one item of a per-item table such as a model's
 * shutdown), with the day it stops answering when there is one. Groups are sorted by that day.
 */
export interface Retirement {
  /** Stable id, in the JSON and SARIF output: the table row's id, or `<row>:<item>` for a per-item retirement. */
  readonly id: string;
  /** What is retired, in the API's own words. */
  readonly what: string;
  readonly replacement?: string;
  /** What to do besides (or, without a replacement, instead of) moving to the replacement. */
  readonly note?: string;
  /** ISO date on which the API stops (or stopped) answering, when there is one. */
  readonly shutdown?: string;
  /** What the shutdown date applies to, when it is narrower than `what`. */
  readonly shutdownScope?: string;
  readonly url?: string;
}

/** What a finding carries to tell its retirement apart: its rule, its message id and the message ESLint built. */
export interface FindingEvidence {
  /** The rule without its `openai/` prefix. */
  readonly rule: string;
  readonly messageId: string | undefined;
  readonly message: string;
}

/** What a rule put into a report's message: its `data`, read back through the message id's template. */
type MessageData = Readonly<Record<string, string>>;

/**
 * Rules whose findings belong to different retirements item by item (a model id, an SDK method): each maps the data
 * of a finding's message to its retirement, or to `undefined` to fall back to the rule's table row. This is the one
 * place to extend: a rule with one table row, or none, needs no entry.
 */
const PER_ITEM: Readonly<Record<string, (data: MessageData, messageId: string) => Retirement | undefined>> = {
  "no-deprecated-models": (data) => modelRetirement(data.model),
  // One retirement per entry of the SDK's own deprecations (the Sora API, `max_tokens`, …): the row whose `what`
  // the rule put in the message, or the import-path row.
  "no-deprecated-api": (data, messageId) => {
    // The Realtime API beta and the local shell tool are rows of the page's, not of the SDK's tags.
    if (messageId === "realtimeBeta") return fromRow(REALTIME_BETA);
    if (messageId === "localShellTool") return fromRow(LOCAL_SHELL_TOOL);
    const row =
      messageId === "importPath"
        ? API_RETIREMENTS.find((candidate) => candidate.modules !== undefined)
        : API_RETIREMENTS.find((candidate) => candidate.what === data.what);
    // A row of the page's that the rule matches as it does the SDK's: the page row's retirement, with the rule row's
    // sentence as what to do (where the page names nothing to move to, "move to …" would not read).
    if (row?.page !== undefined) return fromRow(row.page, row.replacement);
    return row === undefined ? undefined : sdkRetirement(row);
  },
  "no-deprecated-params": (data) => {
    const row = SDK_PARAM_DEPRECATIONS.find(
      (candidate) => paramName(candidate) === data.key && candidate.apis.some((api) => REQUEST_APIS.get(api)!.name === data.api),
    );
    return row === undefined ? undefined : sdkRetirement(row);
  },
};

const templates = new Map<string, RegExp | null>();

/**
 * The `data` a rule reported with, read back from the message through the message id's template (each `{{ name }}`
 * becomes a group; the text between is the template's own). Nothing of the wording is written here, so a rule may
 * reword its messages freely. `{}` when the template is unknown or does not match.
 */
export function messageData(rule: string, messageId: string | undefined, message: string): MessageData {
  if (messageId === undefined) return {};
  const key = `${rule}\0${messageId}`;
  let pattern = templates.get(key);
  if (pattern === undefined) {
    const template = (rules as Record<string, { meta: { messages: Record<string, string> } }>)[rule]?.meta.messages[messageId];
    pattern = template === undefined ? null : templatePattern(template);
    templates.set(key, pattern);
  }
  return { ...pattern?.exec(message)?.groups };
}

function templatePattern(template: string): RegExp {
  const seen = new Set<string>();
  const source = template
    .split(/(\{\{\s*[\w-]+\s*\}\})/u)
    .map((part) => {
      const name = /^\{\{\s*([\w-]+)\s*\}\}$/u.exec(part)?.[1];
      if (name === undefined) return escape(part);
      const group = name.replace(/-/gu, "_");
      if (seen.has(group)) return `\\k<${group}>`;
      seen.add(group);
      return `(?<${group}>[\\s\\S]*?)`;
    })
    .join("");
  return new RegExp(`^${source}$`, "u");
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** The name `no-deprecated-params` gives a key in its message: `reasoning.generate_summary`, `connector_id`. */
function paramName(row: SdkParamDeprecation): string {
  return row.path.length === 2 ? row.path.join(".") : row.path.at(-1)!;
}

const sdkRetirements = new Map<SdkApiDeprecation | SdkParamDeprecation, Retirement>();

/** One retirement per entry of the SDK's deprecations, dated where the SDK gives a shutdown date. */
function sdkRetirement(row: SdkApiDeprecation | SdkParamDeprecation): Retirement {
  let retirement = sdkRetirements.get(row);
  if (retirement === undefined) {
    const what = "path" in row ? `\`${paramName(row)}\` in ${row.apis.map((api) => REQUEST_APIS.get(api)!.name).join(", ")} requests` : row.what;
    retirement = {
      id: `sdk:${row.id}`,
      what,
      note: row.replacement,
      ...("shutdown" in row && row.shutdown !== undefined ? { shutdown: row.shutdown } : {}),
      ...("url" in row && row.url !== undefined ? { url: row.url } : {}),
    };
    sdkRetirements.set(row, retirement);
  }
  return retirement;
}

const modelRetirements = new Map<string, Retirement>();

/** One retirement per model id, dated by the model shutdown table. */
export function modelRetirement(id: string | undefined): Retirement | undefined {
  const row = id === undefined ? undefined : modelShutdownOf(id);
  if (row === undefined) return undefined;
  let retirement = modelRetirements.get(row.id);
  if (retirement === undefined) {
    const replacement = row.replacements.map((name) => `\`${name}\``).join(" or ");
    retirement = {
      id: `model:${row.id}`,
      what: `the model \`${row.id}\``,
      ...(replacement === "" ? {} : { replacement }),
      ...(row.note === undefined ? {} : { note: row.note }),
      shutdown: row.shutdown,
      url: DEPRECATIONS_PAGE,
    };
    modelRetirements.set(row.id, retirement);
  }
  return retirement;
}

/** A table row's retirement; `advice`, where given, is what to do in place of the row's replacement. */
function fromRow(row: Deprecation, advice?: string): Retirement {
  return {
    id: row.id,
    what: row.what,
    ...(advice === undefined ? { replacement: row.replacement } : { note: advice }),
    ...(row.shutdown === undefined ? {} : { shutdown: row.shutdown }),
    ...(row.shutdownScope === undefined ? {} : { shutdownScope: row.shutdownScope }),
    url: row.url,
  };
}

const rowsByRule = new Map<string, Retirement[]>();
for (const row of DEPRECATIONS) {
  const rows = rowsByRule.get(row.rule) ?? [];
  rows.push(fromRow(row));
  rowsByRule.set(row.rule, rows);
}

const undated = new Map<string, Retirement>();

/** A rule that the table does not know (yet): its own undated retirement, named after it. */
function namedAfterRule(rule: string): Retirement {
  let retirement = undated.get(rule);
  if (retirement === undefined) {
    retirement = { id: rule, what: `openai/${rule}` };
    undated.set(rule, retirement);
  }
  return retirement;
}

/**
 * The retirement a finding belongs to: the rule's per-item mapping if it has one, else its `DEPRECATIONS` row (among
 * several rows of one rule, the one whose migration URL the message's data holds), else a retirement named after the
 * rule.
 */
export function retirementOf(finding: FindingEvidence): Retirement {
  const data = messageData(finding.rule, finding.messageId, finding.message);
  const perItem = PER_ITEM[finding.rule]?.(data, finding.messageId ?? "");
  if (perItem !== undefined) return perItem;
  const rows = rowsByRule.get(finding.rule) ?? [];
  if (rows.length === 1) return rows[0]!;
  const values = Object.values(data);
  const quoted = rows.filter((row) => row.url !== undefined && values.some((value) => value.includes(row.url!)));
  return quoted.length === 1 ? quoted[0]! : namedAfterRule(finding.rule);
}
