import {
  DEPRECATIONS,
  REQUEST_APIS,
  SDK_API_DEPRECATIONS,
  SDK_PARAM_DEPRECATIONS,
  type Deprecation,
  type SdkApiDeprecation,
  type SdkParamDeprecation,
} from "../deprecations";
import { DEPRECATIONS_PAGE, MODEL_SHUTDOWNS } from "../models";

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

/** What a finding offers to tell its retirement apart: its rule, its message and the source text it points at. */
export interface FindingEvidence {
  /** The rule without its `openai/` prefix. */
  readonly rule: string;
  readonly message: string;
  /** The source text of the reported range (a model id's string literal, with its quotes). */
  readonly text: string;
}

/**
 * Rules whose findings belong to different retirements item by item (a model id, an SDK method): each maps a finding
 * to its retirement, or to `undefined` to fall back to the rule's table row. This is the one place to extend: a rule
 * with one table row, or none, needs no entry.
 */
const PER_ITEM: Readonly<Record<string, (finding: FindingEvidence) => Retirement | undefined>> = {
  "no-deprecated-models": (finding) => modelRetirement(modelIdOf(finding)),
  // One retirement per entry of the SDK's own deprecations (the Sora API, `max_tokens`, …), told apart by the words
  // of the entry the message quotes.
  "no-deprecated-api": (finding) => {
    const row = finding.message.includes("is an entry point the openai SDK marks deprecated")
      ? SDK_API_DEPRECATIONS.find((candidate) => candidate.modules !== undefined)
      : SDK_API_DEPRECATIONS.find((candidate) => new RegExp(`(?:calls|is) ${escape(candidate.what)}, which `, "u").test(finding.message));
    return row === undefined ? undefined : sdkRetirement(row);
  },
  "no-deprecated-params": (finding) => {
    const row = SDK_PARAM_DEPRECATIONS.find((candidate) =>
      candidate.apis.some((api) =>
        [`is deprecated in ${REQUEST_APIS.get(api)!.name} requests.`, `is rejected by the API in ${REQUEST_APIS.get(api)!.name} requests`].some((words) =>
          finding.message.startsWith(`\`${paramName(candidate)}\` ${words}`),
        ),
      ),
    );
    return row === undefined ? undefined : sdkRetirement(row);
  },
};

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

/**
 * The model id of a `no-deprecated-models` finding: the rule reports the id's string literal, so the reported text is
 * the id in quotes; a string spelled with escapes falls back to the id the message starts with (`` `gpt-4` … ``).
 */
function modelIdOf(finding: FindingEvidence): string | undefined {
  const unquoted = /^(["'`])(.*)\1$/su.exec(finding.text)?.[2];
  if (unquoted !== undefined && MODEL_SHUTDOWNS.has(unquoted)) return unquoted;
  return /^`([^`]+)`/u.exec(finding.message)?.[1];
}

const modelRetirements = new Map<string, Retirement>();

/** One retirement per model id, dated by the model shutdown table. */
function modelRetirement(id: string | undefined): Retirement | undefined {
  const row = id === undefined ? undefined : MODEL_SHUTDOWNS.get(id);
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

function fromRow(row: Deprecation): Retirement {
  return {
    id: row.id,
    what: row.what,
    replacement: row.replacement,
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
 * several rows of one rule, the one whose migration URL the message quotes), else a retirement named after the rule.
 */
export function retirementOf(finding: FindingEvidence): Retirement {
  const perItem = PER_ITEM[finding.rule]?.(finding);
  if (perItem !== undefined) return perItem;
  const rows = rowsByRule.get(finding.rule) ?? [];
  if (rows.length === 1) return rows[0]!;
  const quoted = rows.filter((row) => row.url !== undefined && finding.message.includes(row.url));
  return quoted.length === 1 ? quoted[0]! : namedAfterRule(finding.rule);
}
