/**
 * The table of OpenAI's retirements (`src/data/retirements.tsv`, typed into `src/data/retirements.ts`): reading it, and
 * the checks it must pass. The model table (`models.ts`) and the rule-level rows (`deprecations.ts`) are built from it.
 */
import { RETIREMENT_ROWS, type RetirementRow } from "./data/retirements";

export type { RetirementRow } from "./data/retirements";

/** The model ids a model row's `replacement` names (`"gpt-5 or gpt-4.1"`); none for a row that names none. */
export function replacementIds(row: RetirementRow): readonly string[] {
  return row.kind !== "model" || row.replacement === "" ? [] : row.replacement.split(" or ");
}

/**
 * Each id's row from its latest notice: a later notice moves a date or names another replacement (`gpt-4-1106-preview`:
 * 2026-03-26 in the notice of 2025-09-26, 2026-10-23 in that of 2026-04-22). Among rows of one day, the first.
 */
export function latestRows(rows: readonly RetirementRow[]): ReadonlyMap<string, RetirementRow> {
  const latest = new Map<string, RetirementRow>();
  for (const row of rows) {
    const seen = latest.get(row.id);
    if (seen === undefined || row.announced > seen.announced) latest.set(row.id, row);
  }
  return latest;
}

/** Every id's latest row. */
export const LATEST_RETIREMENTS: ReadonlyMap<string, RetirementRow> = latestRows(RETIREMENT_ROWS);

/** Where a replacement chain ends: the ids to move to, the retired ids it went through, and what stopped it. */
export interface FollowedReplacements {
  readonly ids: readonly string[];
  readonly via: readonly string[];
  /** A replacement that is retired and names none of its own (the chain ends in no model). */
  readonly deadEnds: readonly string[];
  /** An id the chain came back to. */
  readonly cycles: readonly string[];
}

/**
 * The replacements of `row`, with every replacement that is itself retired (a model row of the table, whatever its
 * date) replaced by its own, recursively: `o1-mini` → `o4-mini` (shut down 2026-10-23) → `gpt-5.6-terra`.
 */
export function followReplacements(row: RetirementRow, latest: ReadonlyMap<string, RetirementRow>): FollowedReplacements {
  const ids: string[] = [];
  const via: string[] = [];
  const deadEnds: string[] = [];
  const cycles: string[] = [];
  const visit = (names: readonly string[], path: ReadonlySet<string>): void => {
    for (const name of names) {
      const retired = latest.get(name);
      if (retired === undefined || retired.kind !== "model") {
        if (!ids.includes(name)) ids.push(name);
      } else if (path.has(name)) {
        cycles.push(name);
      } else {
        if (!via.includes(name)) via.push(name);
        const next = replacementIds(retired);
        if (next.length === 0) deadEnds.push(name);
        else visit(next, new Set([...path, name]));
      }
    }
  };
  visit(replacementIds(row), new Set([row.id]));
  return { ids, via, deadEnds, cycles };
}

const MODEL_ID = /^[a-z0-9][a-z0-9.:-]*$/u;
/** A dated snapshot of an alias: `gpt-4o-2024-08-06` of `gpt-4o`, `gpt-4-0613` of `gpt-4`. */
const SNAPSHOT = /^(.+)-(?:\d{4}-\d{2}-\d{2}|\d{4})$/u;

/**
 * What is wrong with a table, as sentences (none when it is sound):
 * - a row without a source, a model row without a shutdown date, a shutdown before its announcement, a replacement
 *   that is not a list of model ids;
 * - two rows of one notice that disagree: one id listed twice with other facts, or a dated snapshot with another
 *   date, replacement or note than its alias in the same notice;
 * - a replacement that is itself retired where the chain cannot be followed to a model that is not: it names no
 *   replacement of its own (unless the row's note says what to do), or comes back to an id on the way;
 * - the SDK's dates (`sdk`: id → date): an id the SDK dates that has no row, a row taken from the SDK whose date is not
 *   the SDK's, or a page row whose date differs from the SDK's without saying so in its source.
 */
export function validateRetirements(rows: readonly RetirementRow[], sdk: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const latest = latestRows(rows);
  const byNotice = new Map<string, RetirementRow[]>();
  for (const row of rows) {
    const name = `${row.id} (${row.announced} ${row.notice})`;
    if (row.source === "") problems.push(`${name} has no source`);
    if (row.kind === "model" && row.shutdown === "") problems.push(`${name} has no shutdown date`);
    if (row.shutdown !== "" && row.shutdown < row.announced) problems.push(`${name} shuts down before it was announced`);
    for (const id of replacementIds(row)) if (!MODEL_ID.test(id)) problems.push(`${name} names "${id}" as a replacement, which is not a model id`);
    const key = `${row.announced}|${row.notice}`;
    byNotice.set(key, [...(byNotice.get(key) ?? []), row]);
  }
  const facts = (row: RetirementRow): string => `${row.shutdown} → ${row.replacement || "none"}${row.note === "" ? "" : ` (${row.note})`}`;
  for (const [key, noticeRows] of byNotice) {
    const notice = key.replace("|", " ");
    const byId = new Map<string, RetirementRow>();
    for (const row of noticeRows) {
      const other = byId.get(row.id);
      if (other !== undefined && facts(other) !== facts(row)) problems.push(`${notice} lists ${row.id} twice: ${facts(other)} and ${facts(row)}`);
      byId.set(row.id, row);
    }
    for (const row of noticeRows) {
      const alias = byId.get(SNAPSHOT.exec(row.id)?.[1] ?? "");
      if (alias !== undefined && alias.kind === row.kind && facts(alias) !== facts(row)) {
        problems.push(`${notice} disagrees with itself: ${alias.id} ${facts(alias)}, its snapshot ${row.id} ${facts(row)}`);
      }
    }
  }
  for (const row of latest.values()) {
    if (row.kind !== "model") continue;
    const followed = followReplacements(row, latest);
    for (const id of followed.cycles) problems.push(`${row.id}'s replacements come back to ${id}`);
    if (row.note === "") {
      for (const id of followed.deadEnds) problems.push(`${row.id} names ${id}, which is retired and names no replacement: follow it by hand and say so in a note`);
    }
  }
  for (const [id, date] of sdk) {
    const row = latest.get(id);
    if (row === undefined) problems.push(`the openai SDK dates ${id} (${date}); the table has no row for it`);
    else if (row.source.startsWith("sdk") && row.shutdown !== date) problems.push(`${id} is taken from the SDK with ${row.shutdown}; the SDK says ${date}`);
    else if (row.shutdown !== date && !row.source.includes("SDK")) {
      problems.push(`${id}: the page row says ${row.shutdown}, the SDK ${date}; the row's source must say which it kept`);
    }
  }
  return problems;
}
