import type { TSESLint } from "@typescript-eslint/utils";

import { getSettings } from "./analysis/settings";

/**
 * Dates in messages, worded in the tense that is true on the day the lint runs.
 *
 * What a rule reports never depends on the day; only the wording does. The day is the rule's `date` option, else
 * `settings.openai.date`, else today in UTC (eslint-plugin-unicorn's `expiring-todo-comments` takes the same option),
 * so that tests and CI logs can be reproduced.
 */

/** `YYYY-MM-DD`: the schema pattern of every `date` option. */
export const ISO_DATE_PATTERN = "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$";

/** The JSON schema of a `date` option, shared by every rule that words a date. */
export const DATE_OPTION_SCHEMA = {
  type: "string",
  pattern: ISO_DATE_PATTERN,
  description: "The day messages are worded for, as `YYYY-MM-DD` (default: today in UTC). Never changes what is reported.",
} as const;

/** The options of a rule whose only option is `date`. */
export interface DatedRuleOptions {
  readonly date?: string;
}

/** The schema of those options. */
export const DATED_RULE_OPTIONS = {
  type: "object",
  additionalProperties: false,
  properties: { date: DATE_OPTION_SCHEMA },
} as const;

const MS_PER_DAY = 86_400_000;

/**
 * The months as OpenAI's docs and `Intl.DateTimeFormat("en-US", { month: "long" })` write them. Not `Intl` itself:
 * building its formatter took about 30 ms when this module loaded (ICU's data for the locale), in every process that
 * loads the plugin, and the rules' descriptions format dates at load (tests/dates.test.ts compares the two).
 */
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

const formatted = new Map<string, string>();

/**
 * `2026-08-26` → `August 26, 2026`: the way OpenAI's own docs write dates, used in messages. Kept per date: the rules
 * word their rows' messages in every file they check.
 */
export function formatDate(iso: string): string {
  let text = formatted.get(iso);
  if (text === undefined) {
    const [year, month, day] = iso.split("-").map(Number);
    text = `${MONTHS[month! - 1]!} ${day!}, ${year!}`;
    formatted.set(iso, text);
  }
  return text;
}

const dayNumbers = new Map<string, number>();

function dayNumber(iso: string): number {
  let days = dayNumbers.get(iso);
  if (days === undefined) {
    const [year, month, day] = iso.split("-").map(Number);
    days = Date.UTC(year!, month! - 1, day!) / MS_PER_DAY;
    dayNumbers.set(iso, days);
  }
  return days;
}

let today = { iso: "", until: 0 };

/**
 * Today in UTC, as `YYYY-MM-DD`. Every dated rule asks for it in every file: the answer is kept until the next
 * midnight (UTC), so that an editor's long-lived ESLint server words tomorrow's messages for tomorrow.
 */
export function todayInUtc(now: number = Date.now()): string {
  if (now >= today.until || now < today.until - MS_PER_DAY) {
    const midnight = Math.floor(now / MS_PER_DAY) * MS_PER_DAY;
    today = { iso: new Date(midnight).toISOString().slice(0, 10), until: midnight + MS_PER_DAY };
  }
  return today.iso;
}

/** Whole days from `reference` to `iso`: negative when `iso` is before it. */
export function daysFrom(reference: string, iso: string): number {
  return dayNumber(iso) - dayNumber(reference);
}

/** How a dated event is worded before, on and after its day. `{{date}}` stands for the formatted date. */
export interface DateWording {
  readonly past: string;
  readonly today: string;
  readonly future: string;
}

/** The wording of a shutdown: "was shut down on …", "shuts down today, …", "shuts down on …, in 11 days". */
export const SHUTDOWN_WORDING: DateWording = {
  past: "was shut down on {{date}}",
  today: "shuts down today, {{date}}",
  future: "shuts down on {{date}}",
};

/** The wording of a deprecation: "was deprecated on …" / "is deprecated on …". */
export const DEPRECATION_WORDING: DateWording = {
  past: "was deprecated on {{date}}",
  today: "is deprecated today, {{date}}",
  future: "is deprecated on {{date}}",
};

const phrases = new Map<string, string>();

/**
 * `iso` worded for `reference`: "was shut down on October 23, 2026" / "shuts down today, November 30, 2026" /
 * "shuts down on December 11, 2026, in 11 days". Cached: messages are built per report, on every file.
 */
export function wordDate(iso: string, reference: string, wording: DateWording = SHUTDOWN_WORDING): string {
  const key = `${iso}|${reference}|${wording.past}`;
  let phrase = phrases.get(key);
  if (phrase === undefined) {
    const days = daysFrom(reference, iso);
    const date = formatDate(iso);
    if (days < 0) phrase = wording.past.replace("{{date}}", date);
    else if (days === 0) phrase = wording.today.replace("{{date}}", date);
    else phrase = `${wording.future.replace("{{date}}", date)}, in ${days} ${days === 1 ? "day" : "days"}`;
    phrases.set(key, phrase);
  }
  return phrase;
}

/** The day a rule words its dates for: its `date` option, else `settings.openai.date`, else today in UTC. */
export function referenceDate(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  option: string | undefined,
): string {
  return option ?? getSettings(context).date ?? todayInUtc();
}

/**
 * {@link referenceDate}, worked out the first time a report asks for it: a rule words its messages only where it
 * reports, and most files it sets up for have nothing to report. Asked in every rule's `create`, the clock and the
 * settings showed as 3 to 5 ms of the plugin's time on 1,000 files of the `openai` package in a CPU profile (a read of
 * the clock alone is about 50 ns in a loop; inside a lint run, between the parser's work, each cost more).
 */
export function lazyReferenceDate(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  option: string | undefined,
): () => string {
  let day: string | undefined;
  return () => (day ??= referenceDate(context, option));
}

