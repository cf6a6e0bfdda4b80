import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import ignore, { type Ignore } from "ignore";

import { CliError } from "./args";

/** The files the audit lints: JavaScript and TypeScript, JSX included. */
export const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/u;

/**
 * Configuration files where applications keep model ids: `.env` and its variants (`.env.example`), JSON and YAML.
 * Lockfiles list packages, never a model setting.
 */
export const CONFIG_FILE = /^(?:\.env(?:\..+)?|.+\.(?:json|ya?ml))$/u;
const LOCKFILE = /^(?:package-lock|npm-shrinkwrap|pnpm-lock|composer-lock|bun-lock|deno-lock)\.(?:json|ya?ml)$|\.lock\.json$/u;

export function isConfigFile(name: string): boolean {
  return CONFIG_FILE.test(name) && !LOCKFILE.test(name);
}

/** Declaration files describe code without running it; minified files are build output under another name. */
const NOT_SOURCE = /(?:\.d\.[cm]?ts|\.d\.[^.]+\.ts|[.-]min\.[cm]?js)$/u;

/** Folders that hold dependencies, version control or build output: never the code a team maintains. */
const SKIPPED_FOLDERS = new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "bower_components",
  "jspm_packages",
  "dist",
  "build",
  "out",
  "coverage",
  ".next",
  ".nuxt",
  ".output",
  ".svelte-kit",
  ".turbo",
  ".vercel",
  ".netlify",
  ".wrangler",
  ".parcel-cache",
  ".angular",
  ".docusaurus",
  ".expo",
  "storybook-static",
]);

interface IgnoreFile {
  /** The folder the `.gitignore` is in: its patterns are relative to it. */
  readonly base: string;
  readonly rules: Ignore;
}

function readIgnoreFile(folder: string): IgnoreFile | undefined {
  const file = path.join(folder, ".gitignore");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  return { base: folder, rules: ignore().add(text) };
}

/**
 * Whether the `.gitignore` files in force (outermost first) ignore a path. A deeper file's `!pattern` re-includes
 * what an outer one ignored, as in git.
 */
function isIgnored(ignoreFiles: readonly IgnoreFile[], fullPath: string, isFolder: boolean): boolean {
  let ignored = false;
  for (const { base, rules } of ignoreFiles) {
    const relative = path.relative(base, fullPath);
    if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) continue;
    const result = rules.test(relative.split(path.sep).join("/") + (isFolder ? "/" : ""));
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/** The `.gitignore` files above a folder, outermost first, up to the root of its git repository (none outside one). */
function outerIgnoreFiles(folder: string): IgnoreFile[] {
  // At the root of a repository, the walk reads the folder's own `.gitignore`: nothing above counts.
  if (existsSync(path.join(folder, ".git"))) return [];
  const ancestors: string[] = [];
  for (let current = path.dirname(folder); ; current = path.dirname(current)) {
    ancestors.unshift(current);
    if (existsSync(path.join(current, ".git"))) {
      return ancestors.map(readIgnoreFile).filter((file): file is IgnoreFile => file !== undefined);
    }
    if (path.dirname(current) === current) return [];
  }
}

/** A file the walk found: source code to lint, or a configuration file to scan for model ids. */
interface Found {
  readonly file: string;
  readonly kind: "source" | "config";
}

function* walk(folder: string, ignoreFiles: readonly IgnoreFile[]): Generator<Found> {
  const own = readIgnoreFile(folder);
  const inForce = own === undefined ? ignoreFiles : [...ignoreFiles, own];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    // Symbolic links are left out: they lead to files linted elsewhere, or out of the tree, or round in a loop.
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !isIgnored(inForce, full, true)) yield* walk(full, inForce);
    } else if (entry.isFile() && SOURCE_FILE.test(entry.name) && !NOT_SOURCE.test(entry.name) && !isIgnored(inForce, full, false)) {
      yield { file: full, kind: "source" };
    } else if (entry.isFile() && isConfigFile(entry.name) && !isIgnored(inForce, full, false)) {
      yield { file: full, kind: "config" };
    }
  }
}

/**
 * The absolute paths of the files to lint under `targets`, sorted, each once. A file named on the command line is
 * linted whatever the ignore rules say, as long as it is JavaScript or TypeScript.
 */
export function findFiles(targets: readonly string[], cwd: string): string[] {
  return findAuditFiles(targets, cwd).sources;
}

/**
 * The source files to lint and the configuration files to scan under `targets`, each sorted, each file once. A file
 * named on the command line is taken whatever the ignore rules say, as long as it is of one of the two kinds.
 */
export function findAuditFiles(targets: readonly string[], cwd: string): { sources: string[]; configs: string[] } {
  const sources = new Set<string>();
  const configs = new Set<string>();
  for (const target of targets) {
    const full = path.resolve(cwd, target);
    let stats;
    try {
      stats = statSync(full);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(code === "ENOENT" ? `no such file or folder: ${target}` : `cannot read ${target}: ${code ?? String(error)}`);
    }
    if (stats.isDirectory()) {
      try {
        for (const { file, kind } of walk(full, outerIgnoreFiles(full))) (kind === "source" ? sources : configs).add(file);
      } catch (error) {
        const { code, path: where } = error as NodeJS.ErrnoException;
        throw new CliError(`cannot read ${where === undefined ? target : path.relative(cwd, where) || "."}: ${code ?? String(error)}`);
      }
    } else if (SOURCE_FILE.test(full)) {
      sources.add(full);
    } else if (isConfigFile(path.basename(full))) {
      configs.add(full);
    } else {
      throw new CliError(`not a JavaScript, TypeScript, .env, JSON or YAML file: ${target}`);
    }
  }
  return { sources: [...sources].sort(), configs: [...configs].sort() };
}
