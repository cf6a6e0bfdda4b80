/**
 * The docs stay true on the day they are read: no rule page and no README sentence speaks of a date already past in
 * the future tense ("shuts down on November 30, 2026" after that day) or as a distance from the day of writing
 * ("weeks away"), and a page whose retirement has passed its shutdown date does not speak of the shutdown as still to
 * come ("The `v1/prompts` API shuts down"). Dated facts are written to stay true ("shutdown date", "was shut down
 * on"). Quoted message wording, code and code blocks are left out: they show what a message says on a given day.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { todayInUtc } from "../src/dates";
import { DEPRECATIONS } from "../src/deprecations";

const root = path.resolve(__dirname, "..");

/** Words that put a shutdown or deprecation in the future. "shut down on" is left out: it is also the past. */
const FUTURE = /\b(?:shuts down|will|is deprecating|are deprecating|is retiring|are retiring|retires|stops working|goes away|(?:weeks|days|months) away|upcoming|is scheduled|are scheduled|in \d+ days)\b/iu;

/** Distances from the day of writing: false a few weeks later, whatever the date. */
const RELATIVE = /\b(?:(?:weeks|days|months) away|next (?:week|month)|in \d+ days)\b/iu;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DATE = new RegExp(`\\b(?:(${MONTHS.join("|")}) (\\d{1,2}), (\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`, "gu");

/** The ISO dates a text names, in words ("November 30, 2026") or as ISO. */
function datesIn(text: string): string[] {
  return [...text.matchAll(DATE)].map((match) =>
    match[1] === undefined
      ? `${match[4]}-${match[5]}-${match[6]}`
      : `${match[3]}-${String(MONTHS.indexOf(match[1]) + 1).padStart(2, "0")}-${match[2]!.padStart(2, "0")}`,
  );
}

/** The prose of a Markdown page: code blocks, inline code, HTML comments and quoted wording blanked out, line by line. */
function prose(markdown: string): string[] {
  const blank = (text: string): string => text.replace(/[^\n]/gu, " ");
  return markdown
    .replace(/^```[\s\S]*?^```$/gmu, blank)
    .replace(/<!--[\s\S]*?-->/gu, blank)
    .replace(/`[^`\n]*`/gu, blank)
    .replace(/"[^"]*"/gu, blank)
    .split("\n");
}

/**
 * Sentences (and table rows) of `markdown` that use a future tense for a date before `today`; with `pastShutdown`,
 * also those that speak of the page's shutdown, already past, as still to come, dated or not. Each as `line: text`.
 */
export function futureTenseForPastDates(markdown: string, today: string, pastShutdown = false): string[] {
  const found: string[] = [];
  const lines = prose(markdown);
  const header = new Map<number, string[]>();
  lines.forEach((line, index) => {
    if (/^\s*\|/u.test(line) && /^\s*\|[\s|:-]+\|\s*$/u.test(lines[index + 1] ?? "")) header.set(index, line.split("|"));
  });
  let columns: string[] | undefined;
  lines.forEach((line, index) => {
    if (!/^\s*\|/u.test(line)) {
      columns = undefined;
      return;
    }
    columns = header.get(index) ?? columns;
    // A table cell under a future-tense header ("shuts down") holding a past date.
    line.split("|").forEach((cell, column) => {
      const heading = columns?.[column] ?? "";
      if (heading !== cell && FUTURE.test(heading) && datesIn(cell).some((date) => date < today)) found.push(`${index + 1}: ${heading.trim()} | ${cell.trim()}`);
    });
  });
  // Sentences outside tables: a paragraph's lines joined, cut after . ; ! ?
  const text = lines.map((line) => (/^\s*\|/u.test(line) ? "" : line)).join("\n");
  let offset = 0;
  for (const sentence of text.split(/(?<=[.;!?])\s+|\n\s*\n/u)) {
    const start = text.indexOf(sentence, offset);
    offset = start + sentence.length;
    if (!FUTURE.test(sentence) && !RELATIVE.test(sentence)) continue;
    const dates = datesIn(sentence);
    if (RELATIVE.test(sentence) || dates.some((date) => date < today) || (pastShutdown && dates.length === 0)) {
      found.push(`${text.slice(0, start).split("\n").length}: ${sentence.replace(/\s+/gu, " ").trim()}`);
    }
  }
  return found;
}

describe("futureTenseForPastDates", () => {
  it("finds a future tense for a past date, in prose and in tables", () => {
    expect(futureTenseForPastDates("The `v1/prompts` API shuts down on November 30, 2026.", "2026-12-02")).toHaveLength(1);
    expect(futureTenseForPastDates("The next ones are weeks away (2026-11-30).", "2026-12-02")).toHaveLength(1);
    // A distance from the day of writing is wrong weeks later, dated or not.
    expect(futureTenseForPastDates("The next ones are weeks away (the `gpt-5` family).", "2026-12-02")).toHaveLength(1);
    expect(futureTenseForPastDates("| model | shuts down |\n| --- | --- |\n| `o3` | October 23, 2026 |", "2026-12-02")).toHaveLength(1);
    // Undated, on a page whose shutdown is past.
    expect(futureTenseForPastDates("The `v1/prompts` API shuts down, and requests stop.", "2026-12-02", true)).toHaveLength(1);
  });

  it("lets the past tense, future dates, quoted messages and code be", () => {
    expect(futureTenseForPastDates("The API was shut down on August 26, 2026.", "2026-12-02")).toEqual([]);
    expect(futureTenseForPastDates("`gpt-4o` shuts down on January 14, 2027.", "2026-12-02")).toEqual([]);
    expect(futureTenseForPastDates('Before it, messages say "shuts down on November 30, 2026, in N days".', "2026-12-02")).toEqual([]);
    expect(futureTenseForPastDates("```text\n  shuts down on November 30, 2026, in 11 days\n```", "2026-12-02")).toEqual([]);
    expect(futureTenseForPastDates("| model | shutdown date |\n| --- | --- |\n| `o3` | October 23, 2026 |", "2026-12-02")).toEqual([]);
    expect(futureTenseForPastDates("The `v1/prompts` API shuts down, and requests stop.", "2026-12-02", false)).toEqual([]);
  });
});

describe("docs are true on the day", () => {
  const today = todayInUtc();
  const pages = [
    "README.md",
    ...readdirSync(path.join(root, "docs/rules"))
      .filter((file) => file.endsWith(".md"))
      .map((file) => `docs/rules/${file}`),
  ];

  it.each(pages)("%s uses no future tense for a date before today", (page) => {
    const rule = /^docs\/rules\/(.+)\.md$/u.exec(page)?.[1];
    const rows = DEPRECATIONS.filter((row) => row.rule === rule);
    // A page about one retirement whose every shutdown date is past may not speak of it as still to come.
    const pastShutdown = rows.length > 0 && rows.every((row) => row.shutdown !== undefined && row.shutdown < today);
    expect(futureTenseForPastDates(readFileSync(path.join(root, page), "utf8"), today, pastShutdown)).toEqual([]);
  });
});
