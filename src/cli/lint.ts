import { readFileSync } from "node:fs";
import path from "node:path";

import type { ESLint as ESLintClass, Linter } from "eslint";

import plugin from "../index";
import { CliError } from "./args";

type ESLintModule = typeof import("eslint");

/** A file's lint result, kept to the plugin's own reports. */
export interface LintedFile {
  readonly file: string;
  /** The file's text, read where it is needed: a file with reports, or one that did not parse; else empty. */
  readonly code: string;
  /** The plugin's reports (a user's inline `/* eslint … *\/` comments may turn on other rules: those are left out). */
  readonly messages: readonly Linter.LintMessage[];
  /** Set when no parser setting could read the file: the first one's error. */
  readonly parseError: Linter.LintMessage | undefined;
  /** Which setting of the file's parser read it, to fix the file with the same one. */
  readonly variant: number;
}

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
}

const ALL_FILES = ["**/*.js", "**/*.jsx", "**/*.mjs", "**/*.cjs", "**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];
const TYPESCRIPT = /\.[cm]?tsx?$/u;

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

/**
 * The config the audit lints with, whatever the project's own ESLint config says: every rule of the plugin, each
 * extension with its parser, JSX on. `variant` picks the fallbacks tried on a file that does not parse: 0 is the
 * first choice (types when asked for), 1 drops type information (a file outside every tsconfig), 2 reads `.js` as
 * a CommonJS script rather than a module.
 */
function configFor(setup: LintSetup, parser: Linter.Parser | undefined, variant: number): Linter.Config[] {
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
      plugins: { openai: plugin as unknown as ESLintClass.Plugin },
      rules: Object.fromEntries(Object.keys(plugin.rules).map((name) => [`openai/${name}`, "error"])),
      settings: { openai: { date: setup.date } },
      linterOptions: { reportUnusedDisableDirectives: "off" },
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

/** Lints files with the audit's config, one ESLint instance per parser setting, made when first needed. */
export class AuditLinter {
  readonly #eslint: ESLintModule;
  readonly #setup: LintSetup;
  readonly #parser: Linter.Parser | undefined;
  readonly #instances = new Map<string, ESLintClass>();

  private constructor(eslint: ESLintModule, setup: LintSetup, parser: Linter.Parser | undefined) {
    this.#eslint = eslint;
    this.#setup = setup;
    this.#parser = parser;
  }

  static create(setup: LintSetup): AuditLinter {
    const eslint = loadESLint();
    // Loading the parser loads TypeScript: a tree without TypeScript files does without both.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const parser = setup.needsTypeScript ? (require("@typescript-eslint/parser") as Linter.Parser) : undefined;
    return new AuditLinter(eslint, setup, parser);
  }

  #instance(variant: number, fix: boolean, onFile?: () => void): ESLintClass {
    const key = `${variant}${fix ? "fix" : ""}${onFile === undefined ? "" : "progress"}`;
    let instance = this.#instances.get(key);
    if (instance === undefined) {
      const config = configFor(this.#setup, this.#parser, variant);
      instance = new this.#eslint.ESLint({
        cwd: this.#setup.base,
        overrideConfigFile: true,
        overrideConfig: onFile === undefined ? config : [...config, progressConfig(onFile)],
        fix,
        errorOnUnmatchedPattern: false,
      });
      this.#instances.set(key, instance);
    }
    return instance;
  }

  /** The parser settings to try on a file, in order. */
  #variants(file: string): number[] {
    const variants = this.#setup.tsconfigRootDir !== undefined && TYPESCRIPT.test(file) ? [0, 1] : [1];
    if (path.extname(file) === ".js") variants.push(2);
    return variants;
  }

  /**
   * Lints the files in one `lintFiles` call (faster than file by file: ESLint reads the next files while it parses),
   * then tries the fallback parser settings on each file that did not parse. `onFile` is called as each file starts.
   */
  async lintAll(files: readonly string[], onFile?: () => void): Promise<LintedFile[]> {
    // ESLint reads no patterns as "the current folder": with nothing to lint, it must not be asked.
    if (files.length === 0) return [];
    const first = this.#setup.tsconfigRootDir === undefined ? 1 : 0;
    let results: ESLintClass.LintResult[];
    try {
      results = await this.#instance(first, false, onFile).lintFiles([...files]);
    } catch (error) {
      const { code, path: where } = error as NodeJS.ErrnoException;
      if (code === undefined || where === undefined) throw error;
      throw new CliError(`cannot read ${path.relative(this.#setup.cwd, where).split(path.sep).join("/")}: ${code}`);
    }
    const linted: LintedFile[] = [];
    for (const result of results) {
      const parseError = result.messages.find((message) => message.fatal === true);
      if (parseError === undefined) {
        const messages = pluginMessages(result.messages);
        const code = messages.length === 0 ? "" : (result.source ?? readFileSync(result.filePath, "utf8"));
        linted.push({ file: result.filePath, code, messages, parseError: undefined, variant: first });
      } else {
        linted.push(await this.#retry(result.filePath, readFileSync(result.filePath, "utf8"), parseError));
      }
    }
    return linted;
  }

  /** A file that did not parse with the first setting, tried with the others; it keeps its first parse error. */
  async #retry(file: string, code: string, firstError: Linter.LintMessage): Promise<LintedFile> {
    const variants = this.#variants(file);
    for (const variant of variants.slice(1)) {
      const [result] = await this.#instance(variant, false).lintText(code, { filePath: file });
      if (!result!.messages.some((message) => message.fatal === true)) {
        return { file, code, messages: pluginMessages(result!.messages), parseError: undefined, variant };
      }
    }
    return { file, code, messages: [], parseError: firstError, variant: variants[0]! };
  }

  /** The file's text with every safe fix applied (ESLint repeats passes), and what is left to report. */
  async fix(linted: LintedFile): Promise<{ output: string; messages: readonly Linter.LintMessage[] }> {
    const [result] = await this.#instance(linted.variant, true).lintText(linted.code, { filePath: linted.file });
    return { output: result!.output ?? linted.code, messages: pluginMessages(result!.messages) };
  }
}

/**
 * A rule that only counts: ESLint calls a rule's `create` once for each file it lints, which is the one hook
 * `lintFiles` offers for a progress line.
 */
function progressConfig(onFile: () => void): Linter.Config {
  const progress: ESLintClass.Plugin = {
    rules: {
      file: {
        meta: { type: "suggestion", schema: [] },
        create() {
          onFile();
          return {};
        },
      },
    },
  };
  return { files: ALL_FILES, plugins: { "openai-audit": progress }, rules: { "openai-audit/file": "error" } };
}

function pluginMessages(messages: readonly Linter.LintMessage[]): Linter.LintMessage[] {
  return messages.filter((message) => message.ruleId?.startsWith("openai/") === true);
}
