import { parseArgs } from "node:util";

import { ISO_DATE_PATTERN } from "../dates";
import type { Concurrency } from "./lint";
import { GROUPS, type Group } from "./report";

/** A mistake on the command line or in the environment: printed as one line, exit code 2. */
export class CliError extends Error {}

export type Format = "text" | "json" | "sarif";

export interface Options {
  readonly paths: readonly string[];
  readonly format: Format;
  readonly output: string | undefined;
  readonly fix: "write" | "dry-run" | undefined;
  readonly typed: boolean;
  /** `configs.strict` rather than `configs.recommended`: adds the undated advice. */
  readonly strict: boolean;
  /** What makes the exit code 1. */
  readonly failOn: Group;
  /** Dated findings only for shutdowns within this many days. */
  readonly within: number | undefined;
  readonly concurrency: Concurrency;
  /** The day dates are worded for, `YYYY-MM-DD`; `undefined` for today in UTC. */
  readonly date: string | undefined;
  readonly help: boolean;
  readonly version: boolean;
}

export const USAGE = `Usage: eslint-plugin-openai [options] [paths…]

Reports where the code under the paths (default: the current folder) uses OpenAI API features that are shut down or
have a shutdown date, as the plugin's recommended config reports them: first what fails today, then each dated
shutdown by date. No ESLint config is needed: the plugin's rules run on .js .jsx .mjs .cjs .ts .tsx .mts .cts files,
skipping what .gitignore ignores, node_modules, build output (dist, build, out, coverage, .next, …), minified files
and declaration files. Model ids with a shutdown date set in .env, JSON and YAML files (OPENAI_MODEL=…, "model": …)
are listed apart, as set in configuration.

Options:
  --format text|json|sarif  Output format (default: text). sarif is SARIF 2.1.0, for GitHub code scanning.
  -o, --output FILE         Write the report to FILE instead of standard output.
  --strict                  Add the advice of the strict config: deprecations with no shutdown date.
  --fail-on GROUP           What makes the exit code 1: fails-today, dated (default) or advice (which also
                            counts model ids set in configuration).
  --within DAYS             Report dated shutdowns only when they are at most DAYS days away.
  --fix                     Apply the safe fixes (what eslint --fix applies with the same config).
  --fix-dry-run             Print the diff that --fix would make; write nothing.
  --typed                   Use type information from the nearest tsconfig.json (slower, more exact).
  --concurrency N|auto|off  Lint in N worker threads (default: auto, a thread per 50 files up to half the cores).
  --date YYYY-MM-DD         Word dates for this day (default: today in UTC). Never changes what is found.
  -h, --help                Print this help.
  -v, --version             Print the version.

Exit codes: 0 nothing that --fail-on counts, 1 something it counts, 2 a usage or runtime error, or no file could be
parsed.`;

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
        strict: { type: "boolean" },
        "fail-on": { type: "string" },
        within: { type: "string" },
        concurrency: { type: "string" },
        date: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    // Node's messages run on with advice about `--`: the first sentence says what is wrong, and --help the rest.
    throw new CliError(`${String((error as Error).message).split(/\.\s/u)[0]!.replace(/\.$/u, "")}; see --help`);
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
  const failOn = values["fail-on"] ?? "dated";
  if (!GROUPS.includes(failOn as Group)) throw new CliError(`--fail-on must be one of ${GROUPS.join(", ")}, not '${failOn}'`);
  if (values.within !== undefined && !/^\d+$/u.test(values.within)) {
    throw new CliError(`--within must be a whole number of days, not '${values.within}'`);
  }
  const concurrency = values.concurrency ?? "auto";
  if (!/^(?:auto|off|[1-9]\d*)$/u.test(concurrency)) {
    throw new CliError(`--concurrency must be a number of threads, auto or off, not '${concurrency}'`);
  }
  return {
    paths: positionals.length === 0 ? ["."] : positionals,
    format: format as Format,
    output: values.output,
    fix: values.fix === true ? "write" : values["fix-dry-run"] === true ? "dry-run" : undefined,
    typed: values.typed === true,
    strict: values.strict === true,
    failOn: failOn as Group,
    within: values.within === undefined ? undefined : Number(values.within),
    concurrency: concurrency === "auto" || concurrency === "off" ? concurrency : Number(concurrency),
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
