import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

import type { ESLint as ESLintClass, Linter } from "eslint";

import { textMayHoldFinding } from "../analysis";
import plugin from "../index";
import { CliError } from "./args";
import { skipCodePathAnalysis, WITHOUT_CODE_PATHS } from "./code-paths";

type ESLintModule = typeof import("eslint");

/** A file's lint result, kept to the plugin's own reports. */
export interface LintedFile {
  readonly file: string;
  /** The file's text, read where it is needed: a file with reports, or one that did not parse; else empty. */
  readonly code: string;
  /** The plugin's reports (a user's inline `/* eslint … *\/` comments may turn on other rules: those are left out). */
  readonly messages: readonly Linter.LintMessage[];
  /** For each message, whether it is advice: reported by the `strict` config but not by `recommended`. */
  readonly advice: readonly boolean[];
  /** Set when no parser setting could read the file: the first one's error. */
  readonly parseError: Linter.LintMessage | undefined;
  /** Which setting of the file's parser read it, to fix the file with the same one. */
  readonly variant: number;
}

export type Concurrency = number | "auto" | "off";

/** What the audit lints with: plain data, so that ESLint's worker threads can rebuild the same config. */
export interface LintSetup {
  /** The folder ESLint resolves config patterns from: it must hold every file linted. */
  readonly base: string;
  /** The folder paths in messages are relative to. */
  readonly cwd: string;
  /** The day messages are worded for. */
  readonly date: string;
  /** The folder of the `tsconfig.json` to take type information from, for `--typed`. */
  readonly tsconfigRootDir: string | undefined;
  /** Whether any file is TypeScript: the parser (and with it TypeScript) is loaded only then. */
  readonly needsTypeScript: boolean;
  /** `configs.strict` rather than `configs.recommended`. */
  readonly strict: boolean;
  /** ESLint's `concurrency` option, where the installed ESLint has it (9.34 and later). */
  readonly concurrency: Concurrency;
  /** Skip, without parsing, the files whose text passes no rule's gate (on unless a test compares without it). */
  readonly prefilter: boolean;
  /**
   * Let ESLint build code paths, which no rule of the plugin listens to (off unless a test compares with them; see
   * ./code-paths.ts).
   */
  readonly codePaths?: boolean;
}

const ALL_FILES = ["**/*.js", "**/*.jsx", "**/*.mjs", "**/*.cjs", "**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];
const TYPESCRIPT = /\.[cm]?tsx?$/u;
/** The namespace `recommended`'s entries run under beside `strict`'s, to tell advice from what `recommended` reports. */
const RECOMMENDED = "openai-recommended";
/** ESLint's `auto` starts a thread per this many files. */
const AUTO_FILES_PER_THREAD = 50;
/** Files per `lintFiles` call on one thread: the progress line moves after each. */
const BATCH = 50;
/** The variable the options module reads the setup from in ESLint's worker threads (which copy `process.env`). */
export const SETUP_VARIABLE = "ESLINT_PLUGIN_OPENAI_AUDIT_SETUP";

export function loadESLint(): ESLintModule {
  let eslint: ESLintModule;
  try {
    // ESLint is a peer dependency: the user's own copy, found from the plugin's folder.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    eslint = require("eslint") as ESLintModule;
  } catch {
    throw new CliError("ESLint 9 or 10 is needed next to the plugin: npm install --save-dev eslint");
  }
  const major = Number(eslint.ESLint.version.split(".")[0]);
  if (major < 9) throw new CliError(`ESLint 9 or 10 is needed, found ${eslint.ESLint.version}`);
  return eslint;
}

/** ESLint 9.34 added the `concurrency` option (linting in worker threads). */
export function hasConcurrency(version: string): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major > 9 || (major === 9 && minor >= 34);
}

/**
 * The rules the audit runs: the entries of `configs.recommended`, or with `strict` those of `configs.strict`, as a
 * user's `eslint` runs them. With `strict`, a rule whose `recommended` entry differs (other options) also runs with
 * that entry under a second namespace, so that each finding can be told apart as advice.
 */
function auditRules(strict: boolean, fix: boolean): Linter.RulesRecord {
  const recommended = plugin.configs.recommended.rules;
  if (!strict) return recommended;
  const entries: Linter.RulesRecord = { ...plugin.configs.strict.rules };
  if (fix) return entries;
  for (const [name, entry] of Object.entries(recommended)) {
    if (JSON.stringify(entry) !== JSON.stringify(entries[name])) entries[name.replace(/^openai\//u, `${RECOMMENDED}/`)] = entry;
  }
  return entries;
}

/**
 * The config the audit lints with, whatever the project's own ESLint config says: the plugin's `recommended` (or
 * `strict`) rules, each extension with its parser, JSX on. `variant` picks the fallbacks tried on a file that does
 * not parse: 0 is the first choice (types when asked for), 1 drops type information (a file outside every tsconfig),
 * 2 reads `.js` as a CommonJS script rather than a module.
 */
function configFor(setup: LintSetup, parser: Linter.Parser | undefined, variant: number, fix: boolean): Linter.Config[] {
  const typed = variant === 0 && setup.tsconfigRootDir !== undefined;
  const typeScriptOptions = (jsx: boolean): Linter.LanguageOptions => ({
    parser,
    parserOptions: {
      ecmaFeatures: { jsx },
      ...(typed ? { projectService: true, tsconfigRootDir: setup.tsconfigRootDir } : {}),
    },
  });
  return [
    // The walk already left out what is not the project's code; a file named on the command line is linted even
    // inside `node_modules`, which ESLint ignores by default.
    { ignores: ["!**/node_modules/"] },
    {
      files: ALL_FILES,
      plugins: { openai: plugin as ESLintClass.Plugin, [RECOMMENDED]: plugin as ESLintClass.Plugin },
      rules: auditRules(setup.strict, fix),
      settings: { openai: { date: setup.date } },
      linterOptions: { reportUnusedDisableDirectives: "off" },
      ...(setup.codePaths === true ? {} : { languageOptions: { parserOptions: { [WITHOUT_CODE_PATHS]: true } } }),
    },
    {
      files: ["**/*.js", "**/*.jsx", "**/*.mjs"],
      languageOptions: {
        ecmaVersion: "latest",
        sourceType: variant === 2 ? "commonjs" : "module",
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
    },
    {
      files: ["**/*.cjs"],
      languageOptions: { ecmaVersion: "latest", sourceType: "commonjs", parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    ...(parser === undefined
      ? []
      : [
          { files: ["**/*.ts", "**/*.mts", "**/*.cts"], languageOptions: typeScriptOptions(false) },
          { files: ["**/*.tsx"], languageOptions: typeScriptOptions(true) },
        ]),
  ];
}

function loadParser(setup: LintSetup): Linter.Parser | undefined {
  // Loading the parser loads TypeScript: a tree without TypeScript files does without both.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return setup.needsTypeScript ? (require("@typescript-eslint/parser") as Linter.Parser) : undefined;
}

/** The options of the first `lintFiles` pass; `src/cli/eslint-options.ts` gives them to ESLint's worker threads. */
export function firstPassOptions(setup: LintSetup, concurrency: Concurrency = "off"): ESLintClass.Options {
  const variant = setup.tsconfigRootDir === undefined ? 1 : 0;
  return {
    cwd: setup.base,
    overrideConfigFile: true,
    overrideConfig: configFor(setup, loadParser(setup), variant, false),
    errorOnUnmatchedPattern: false,
    ...(concurrency === "off" ? {} : { concurrency }),
  };
}

let optionsModuleRuns = 0;

/** What a worker thread of the audit's own sends back of each lint result. */
export interface WorkerResult {
  readonly filePath: string;
  readonly messages: Linter.LintMessage[];
  readonly source?: string;
}

/** Lints files with the audit's config, one ESLint instance per parser setting, made when first needed. */
export class AuditLinter {
  readonly #eslint: ESLintModule;
  /** The setup; after the prefilter, `needsTypeScript` only if a TypeScript file is left to lint. */
  #setup: LintSetup;
  #parser: { readonly parser: Linter.Parser | undefined } | undefined;
  readonly #instances = new Map<string, ESLintClass>();

  private constructor(eslint: ESLintModule, setup: LintSetup) {
    skipCodePathAnalysis(eslint);
    this.#eslint = eslint;
    this.#setup = setup;
  }

  /** `eslint` is the user's ESLint (a test passes another major's). */
  static create(setup: LintSetup, eslint: ESLintModule = loadESLint()): AuditLinter {
    return new AuditLinter(eslint, setup);
  }

  /** The TypeScript parser, loaded with the first instance that needs it. */
  get #typeScriptParser(): Linter.Parser | undefined {
    this.#parser ??= { parser: loadParser(this.#setup) };
    return this.#parser.parser;
  }

  /**
   * Whether the first pass over `count` files runs in ESLint's worker threads. With `auto`, only where ESLint's own
   * choice would start two or more (half the cores, a thread per 50 files): elsewhere the files go in batches on this
   * thread, and the progress line moves with each.
   */
  concurrent(count: number): boolean {
    return this.threads(count) >= 2;
  }

  /**
   * How many threads lint `count` files: the number asked for, or with `auto` ESLint's own choice (half the cores,
   * a thread per 50 files); below two, the files go in batches on this thread and the progress line moves with each.
   */
  threads(count: number): number {
    const { concurrency } = this.#setup;
    if (concurrency === "off") return 0;
    const threads = concurrency === "auto" ? Math.min(availableParallelism() >> 1, Math.ceil(count / AUTO_FILES_PER_THREAD)) : concurrency;
    return Math.min(threads, count) >= 2 ? Math.min(threads, count) : 0;
  }

  #instance(variant: number, fix: boolean): ESLintClass {
    const key = `${variant}${fix ? "fix" : ""}`;
    let instance = this.#instances.get(key);
    if (instance === undefined) {
      instance = new this.#eslint.ESLint({
        cwd: this.#setup.base,
        overrideConfigFile: true,
        overrideConfig: configFor(this.#setup, this.#typeScriptParser, variant, fix),
        fix,
        errorOnUnmatchedPattern: false,
      });
      this.#instances.set(key, instance);
    }
    return instance;
  }

  /**
   * The instance of the first pass in worker threads. ESLint's workers cannot receive a config that holds functions
   * (the plugin, the parser): each loads it from an options module, which reads the setup from the environment.
   */
  async #concurrentInstance(): Promise<ESLintClass> {
    process.env[SETUP_VARIABLE] = JSON.stringify(this.#setup);
    const file = require.resolve("./eslint-options");
    // A second audit in one process (tests) must not get the first one's options from the module cache.
    delete require.cache[file];
    const url = new URL(`${pathToFileURL(file).href}?run=${++optionsModuleRuns}`);
    return (this.#eslint.ESLint as unknown as { fromOptionsModule(url: URL): Promise<ESLintClass> }).fromOptionsModule(url);
  }

  /** The parser settings to try on a file, in order. */
  #variants(file: string): number[] {
    const variants = this.#setup.tsconfigRootDir !== undefined && TYPESCRIPT.test(file) ? [0, 1] : [1];
    if (path.extname(file) === ".js") variants.push(2);
    return variants;
  }

  /**
   * Lints the files, in their order: a file whose text passes no rule's gate without parsing it, the others with
   * `lintFiles` in ESLint's worker threads when concurrent, else in batches on this thread from the text the
   * prefilter read, then the fallback parser settings on each file that did not parse. `onProgress` is told how many
   * files are done, counted from the results.
   */
  async lintAll(files: readonly string[], onProgress?: (done: number) => void): Promise<LintedFile[]> {
    const linted = new Map<string, LintedFile>();
    const toLint: string[] = [];
    // The text of each file the prefilter read and let through: linted on this thread, it is not read again.
    const texts = new Map<string, string>();
    const first = this.#setup.tsconfigRootDir === undefined ? 1 : 0;
    for (const file of files) {
      const text = this.#setup.prefilter ? this.#read(file) : undefined;
      if (text !== undefined && !textMayHoldFinding(text, this.#setup.tsconfigRootDir !== undefined)) {
        linted.set(file, { file, code: "", messages: [], advice: [], parseError: undefined, variant: first });
      } else {
        toLint.push(file);
        if (text !== undefined) texts.set(file, text);
      }
    }
    onProgress?.(linted.size);
    // Loading the TypeScript parser loads TypeScript: only for a TypeScript file left to lint.
    if (this.#setup.needsTypeScript && this.#parser === undefined && this.#instances.size === 0 && !toLint.some((file) => TYPESCRIPT.test(file))) {
      this.#setup = { ...this.#setup, needsTypeScript: false };
    }
    // ESLint reads no patterns as "the current folder": with nothing to lint, it must not be asked.
    const threads = this.threads(toLint.length);
    const ownThreads = threads >= 2 && !hasConcurrency(this.#eslint.ESLint.version);
    const batches = toLint.length === 0 ? [] : threads >= 2 ? [toLint] : chunks(toLint, BATCH);
    const instance = batches.length > 0 && threads >= 2 && !ownThreads ? await this.#concurrentInstance() : this.#instance(first, false);
    for (const batch of batches) {
      const results = ownThreads
        ? await this.#lintInWorkers(batch, threads)
        : threads >= 2
          ? await this.#lintFiles(instance, batch)
          : await this.#lintTexts(instance, batch, texts);
      for (const result of results) {
        const parseError = result.messages.find((message) => message.fatal === true);
        const known = texts.get(result.filePath);
        if (parseError === undefined) {
          const { messages, advice } = pluginMessages(result.messages, this.#setup.strict);
          const code = messages.length === 0 ? "" : (known ?? result.source ?? this.#read(result.filePath));
          linted.set(result.filePath, { file: result.filePath, code, messages, advice, parseError: undefined, variant: first });
        } else {
          linted.set(result.filePath, await this.#retry(result.filePath, known ?? this.#read(result.filePath), parseError));
        }
      }
      onProgress?.(linted.size);
    }
    return files.map((file) => linted.get(file) ?? linted.get(path.resolve(file))!);
  }

  /** Lints files on this thread: from the text the prefilter read where it has it, else as `lintFiles` reads them. */
  async #lintTexts(instance: ESLintClass, files: readonly string[], texts: ReadonlyMap<string, string>): Promise<ESLintClass.LintResult[]> {
    if (files.some((file) => !texts.has(file))) return this.#lintFiles(instance, files);
    const results: ESLintClass.LintResult[] = [];
    for (const file of files) results.push(...(await instance.lintText(texts.get(file)!, { filePath: file })));
    return results;
  }

  /**
   * Lints the files in `threads` worker threads of the audit's own (for an ESLint without the `concurrency` option),
   * each given every `threads`-th file so that large and small files spread evenly.
   */
  async #lintInWorkers(files: readonly string[], threads: number): Promise<WorkerResult[]> {
    const shares = Array.from({ length: threads }, (_, thread) => files.filter((_, index) => index % threads === thread));
    const answers = await Promise.all(
      shares.map(
        (share) =>
          new Promise<{ results?: WorkerResult[]; error?: { message: string; code?: string; path?: string } }>((resolve, reject) => {
            const worker = new Worker(require.resolve("./lint-worker"), { workerData: { setup: this.#setup, files: share } });
            worker.once("message", (answer: { results?: WorkerResult[] }) => {
              resolve(answer);
              void worker.terminate();
            });
            worker.once("error", reject);
          }),
      ),
    );
    const results: WorkerResult[] = [];
    for (const answer of answers) {
      if (answer.error !== undefined) {
        const { code, path: where, message } = answer.error;
        if (code === undefined || where === undefined) throw new Error(message);
        throw new CliError(`cannot read ${path.relative(this.#setup.cwd, where).split(path.sep).join("/")}: ${code}`);
      }
      results.push(...answer.results!);
    }
    return results;
  }

  async #lintFiles(instance: ESLintClass, files: readonly string[]): Promise<ESLintClass.LintResult[]> {
    try {
      return await instance.lintFiles([...files]);
    } catch (error) {
      const { code, path: where } = error as NodeJS.ErrnoException;
      if (code === undefined || where === undefined) throw error;
      throw new CliError(`cannot read ${path.relative(this.#setup.cwd, where).split(path.sep).join("/")}: ${code}`);
    }
  }

  #read(file: string): string {
    try {
      return readFileSync(file, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new CliError(`cannot read ${path.relative(this.#setup.cwd, file).split(path.sep).join("/")}: ${code}`);
    }
  }

  /** A file that did not parse with the first setting, tried with the others; it keeps its first parse error. */
  async #retry(file: string, code: string, firstError: Linter.LintMessage): Promise<LintedFile> {
    const variants = this.#variants(file);
    for (const variant of variants.slice(1)) {
      const [result] = await this.#instance(variant, false).lintText(code, { filePath: file });
      if (!result!.messages.some((message) => message.fatal === true)) {
        return { file, code, ...pluginMessages(result!.messages, this.#setup.strict), parseError: undefined, variant };
      }
    }
    return { file, code, messages: [], advice: [], parseError: firstError, variant: variants[0]! };
  }

  /**
   * The file's text with every safe fix of the audit's config applied (ESLint repeats passes, as `eslint --fix`
   * does), and what is left to report in it.
   */
  async fix(linted: LintedFile): Promise<{ output: string; messages: readonly Linter.LintMessage[]; advice: readonly boolean[] }> {
    const [result] = await this.#instance(linted.variant, true).lintText(linted.code, { filePath: linted.file });
    const output = result!.output ?? linted.code;
    if (!this.#setup.strict) return { output, ...pluginMessages(result!.messages, false) };
    // The fixing instance runs `strict` alone: what is advice among the reports left is asked of the fixed text.
    const [left] = await this.#instance(linted.variant, false).lintText(output, { filePath: linted.file });
    return { output, ...pluginMessages(left!.messages, true) };
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const list: T[][] = [];
  for (let start = 0; start < items.length; start += size) list.push(items.slice(start, start + size));
  return list;
}

/**
 * The plugin's reports, in ESLint's order. With `strict`, each is marked as advice unless `recommended` reports it
 * too: a rule that `recommended` leaves off, or one whose `recommended` entry (run under its second namespace) gave no
 * report at the same range with the same message id.
 */
function pluginMessages(all: readonly Linter.LintMessage[], strict: boolean): { messages: Linter.LintMessage[]; advice: boolean[] } {
  const messages = all.filter((message) => message.ruleId?.startsWith("openai/") === true);
  if (!strict) return { messages, advice: messages.map(() => false) };
  const recommended = plugin.configs.recommended.rules;
  const prefix = `${RECOMMENDED}/`;
  const alsoRecommended = new Set(
    all.filter((message) => message.ruleId?.startsWith(prefix) === true).map((message) => rangeKey(message, message.ruleId!.slice(prefix.length))),
  );
  const advice = messages.map((message) => {
    const name = message.ruleId!.slice("openai/".length);
    if (!(message.ruleId! in recommended)) return true;
    return runsTwice(name) && !alsoRecommended.has(rangeKey(message, name));
  });
  return { messages, advice };
}

/** Whether `strict` runs the rule with other options than `recommended`, so that the audit runs it twice. */
function runsTwice(name: string): boolean {
  return JSON.stringify(plugin.configs.recommended.rules[`openai/${name}`]) !== JSON.stringify(plugin.configs.strict.rules[`openai/${name}`]);
}

function rangeKey(message: Linter.LintMessage, rule: string): string {
  return `${rule} ${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.messageId}`;
}
