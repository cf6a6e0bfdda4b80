import { parseArgs } from "node:util";

import { ISO_DATE_PATTERN } from "../dates";

/** A mistake on the command line or in the environment: printed as one line, exit code 2. */
export class CliError extends Error {}

export type Format = "text" | "json" | "sarif";

export interface Options {
  readonly paths: readonly string[];
  readonly format: Format;
  readonly output: string | undefined;
  readonly fix: "write" | "dry-run" | undefined;
  readonly typed: boolean;
  /** The day dates are worded for, `YYYY-MM-DD`; `undefined` for today in UTC. */
  readonly date: string | undefined;
  readonly help: boolean;
  readonly version: boolean;
}

export const USAGE = `Usage: eslint-plugin-openai [options] [paths…]

Reports where the code under the paths (default: the current folder) uses OpenAI API features that are deprecated
or shut down, grouped by retirement and sorted by date. No ESLint config is needed: every rule of the plugin runs
with its own settings on .js .jsx .mjs .cjs .ts .tsx .mts .cts files, skipping what .gitignore ignores,
node_modules, build output (dist, build, out, coverage, .next, …), minified files and declaration files.

Options:
  --format text|json|sarif  Output format (default: text). sarif is SARIF 2.1.0, for GitHub code scanning.
  --output FILE             Write the report to FILE instead of standard output.
  --fix                     Apply the safe fixes and print what changed in each file.
  --fix-dry-run             Print the diff that --fix would make; write nothing.
  --typed                   Use type information from the nearest tsconfig.json (slower, more exact).
  --date YYYY-MM-DD         Word dates for this day (default: today in UTC). Never changes what is found.
  -h, --help                Print this help.
  -v, --version             Print the version.

Exit codes: 0 nothing found, 1 findings, 2 a usage or runtime error.`;

const FORMATS: readonly Format[] = ["text", "json", "sarif"];
const ISO_DATE = new RegExp(ISO_DATE_PATTERN, "u");

/** Reads the command line; throws a `CliError` on a bad flag or value. */
export function parseOptions(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        output: { type: "string", short: "o" },
        fix: { type: "boolean" },
        "fix-dry-run": { type: "boolean" },
        typed: { type: "boolean" },
        date: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    // Node's messages run on with advice about `--`: the first sentence says what is wrong.
    throw new CliError(String((error as Error).message).split(/\.\s/u)[0]!.replace(/\.$/u, ""));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? "text";
  if (!FORMATS.includes(format as Format)) {
    throw new CliError(`--format must be one of ${FORMATS.join(", ")}, not '${format}'`);
  }
  if (values.date !== undefined && !isCalendarDate(values.date)) {
    throw new CliError(`--date must be a day as YYYY-MM-DD, not '${values.date}'`);
  }
  if (values.fix === true && values["fix-dry-run"] === true) {
    throw new CliError("--fix and --fix-dry-run cannot be used together");
  }
  if (values.output === "") throw new CliError("--output needs a file name");
  return {
    paths: positionals.length === 0 ? ["."] : positionals,
    format: format as Format,
    output: values.output,
    fix: values.fix === true ? "write" : values["fix-dry-run"] === true ? "dry-run" : undefined,
    typed: values.typed === true,
    date: values.date,
    help: values.help === true,
    version: values.version === true,
  };
}

/** `2026-02-30` matches the pattern but is no day: `Date.UTC` rolls it over to March. */
function isCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [year, month, day] = text.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!)).toISOString().slice(0, 10) === text;
}
