import { createRequire } from "node:module";
import path from "node:path";

import type { Linter } from "eslint";

// Read at run time, as in index.ts: ESLint's cache keys a parser by its `meta`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require("../../package.json") as { version: string };

/** The extensions typescript-eslint's parser reads by their TypeScript syntax (JSX in `.tsx` only). */
export const TYPESCRIPT_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts"] as const;
export const JAVASCRIPT_EXTENSIONS = [".js", ".jsx", ".mjs", ".cjs"] as const;

type ParseForESLint = (code: string, options: Linter.ParserOptions & Record<string, unknown>) => Linter.ESLintParseResult;
interface Espree {
  parse(code: string, options: Record<string, unknown>): Linter.ESLintParseResult["ast"];
  latestEcmaVersion: number;
}

let typescriptParser: ParseForESLint | undefined;
let espree: Espree | undefined;

/** Loaded on the first TypeScript file: a JavaScript-only project never loads TypeScript. */
function parseTypeScript(code: string, options: Linter.ParserOptions & Record<string, unknown>): Linter.ESLintParseResult {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  typescriptParser ??= (require("@typescript-eslint/parser") as { parseForESLint: ParseForESLint }).parseForESLint;
  return typescriptParser(code, options);
}

/**
 * ESLint's own default parser, from the `eslint` package this plugin runs beside: JavaScript files parse exactly as
 * they do with no parser configured, and ESLint analyses their scopes as it does for espree. Where espree cannot read
 * a file, typescript-eslint's parser tries (when TypeScript is installed): after typescript-eslint's configs, which
 * parse every file with it, a CommonJS file that returns at the top level or uses sloppy-mode syntax under their
 * `sourceType: "module"` still parses. A file neither reads fails with espree's error, as without this plugin.
 */
function parseJavaScript(code: string, options: Linter.ParserOptions & Record<string, unknown>, jsx: boolean): Linter.ESLintParseResult {
  espree ??= createRequire(require.resolve("eslint"))("espree") as Espree;
  const ecmaVersion = typeof options.ecmaVersion === "number" ? Math.min(options.ecmaVersion, espree.latestEcmaVersion) : options.ecmaVersion;
  const ecmaFeatures = { ...(jsx ? { jsx: true } : {}), ...options.ecmaFeatures };
  // As ESLint does for espree: a module cannot return at the top level.
  if (options.sourceType === "module") delete ecmaFeatures.globalReturn;
  try {
    return { ast: espree.parse(code, { ...options, ecmaVersion, ecmaFeatures }) };
  } catch (error) {
    try {
      return parseTypeScript(code, options);
    } catch {
      throw error;
    }
  }
}

/**
 * The parser the configs set for the files they lint: typescript-eslint's for `.ts` `.tsx` `.mts` `.cts`, ESLint's
 * default (espree) for JavaScript, JSX on in `.jsx`. A JavaScript file with typescript-eslint's typed-linting
 * options (`project`, `projectService`, `programs`) goes to typescript-eslint's parser too, as it does under
 * typescript-eslint's configs, so that type-aware rules on it keep their types.
 *
 * ESLint takes the parser of the last matching config object: a config after ours that sets a parser (as
 * typescript-eslint's do) wins. Before ours, typescript-eslint's configs lose theirs to this one, to no effect:
 * TypeScript files get the same typescript-eslint parser with the same parser options, and JavaScript files espree,
 * on which typescript-eslint's untyped rules reported exactly as on its parser's output over 1,500 files of
 * node_modules, or its parser where espree cannot read them.
 */
export const parser = {
  meta: { name: "eslint-plugin-openai/parser", version },
  parseForESLint(code: string, options: Linter.ParserOptions & Record<string, unknown> = {}): Linter.ESLintParseResult {
    const extension = path.extname(typeof options.filePath === "string" ? options.filePath : "").toLowerCase();
    const typed = [options.project, options.projectService, options.programs].some((option) => option != null && option !== false);
    if ((TYPESCRIPT_EXTENSIONS as readonly string[]).includes(extension) || typed) return parseTypeScript(code, options);
    return parseJavaScript(code, options, extension === ".jsx");
  },
} satisfies Linter.Parser;
