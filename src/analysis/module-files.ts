import { readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Finding the file an import names, the way eslint-import-resolver-node and -typescript do for a project's own
 * modules: relative specifiers with extension and `index` resolution, and `tsconfig.json` / `jsconfig.json` `paths`
 * and `baseUrl`. Packages are not followed: what they export is theirs. Answers are kept a few seconds, so that a
 * long-lived process (an editor, a lint server) sees files appear and configs change.
 */

/** How long a resolution or a config is trusted before the file system is asked again. */
export const RESOLUTION_TTL_MS = 5_000;

/** The extensions tried after a specifier without one, in TypeScript's order, then JavaScript's. */
const EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"] as const;
/** `import "./x.js"` in TypeScript's ES module style names `x.ts`. */
const TS_FOR_JS: Readonly<Record<string, readonly string[]>> = {
  ".js": [".ts", ".tsx"],
  ".jsx": [".tsx"],
  ".mjs": [".mts"],
  ".cjs": [".cts"],
};
/** Config files are read up to this many `extends` deep. */
const MAX_EXTENDS = 4;

interface Timed<T> {
  readonly value: T;
  readonly at: number;
}

const resolutions = new Map<string, Timed<string | null>>();
/** How many specifiers were looked up on the file system: tests count work with it. */
export const moduleFileStats = { resolutions: 0 };
const configs = new Map<string, Timed<PathConfig | null>>();

/** What resolving a bare specifier needs from the nearest `tsconfig.json` / `jsconfig.json`. */
export interface PathConfig {
  /** The folder `paths` targets are resolved from: `baseUrl`, or the config's own folder. */
  readonly pathsBase: string;
  readonly baseUrl: string | null;
  readonly paths: ReadonlyMap<string, readonly string[]>;
}

function fresh<T>(entry: Timed<T> | undefined, now: number): entry is Timed<T> {
  return entry !== undefined && now - entry.at < RESOLUTION_TTL_MS;
}

/** Whether a specifier is relative (`./x`, `../x`, `.`): resolved against the importing file. */
export function isRelativeSpecifier(specifier: string): boolean {
  return /^\.{1,2}(?:\/|$)/u.test(specifier);
}

/**
 * The file a specifier names from `fromFile`, or `null`: a package, a builtin (`node:fs`), a path that is not there.
 * Never throws.
 */
export function resolveModuleFile(specifier: string, fromFile: string): string | null {
  if (!path.isAbsolute(fromFile) || specifier.startsWith("node:") || specifier === "") return null;
  const directory = path.dirname(fromFile);
  const key = `${directory}\0${specifier}`;
  const now = Date.now();
  const cached = resolutions.get(key);
  if (fresh(cached, now)) return cached.value;
  let resolved: string | null;
  moduleFileStats.resolutions++;
  try {
    resolved = resolveUncached(specifier, directory);
  } catch {
    resolved = null;
  }
  resolutions.set(key, { value: resolved, at: now });
  return resolved;
}

function resolveUncached(specifier: string, directory: string): string | null {
  if (isRelativeSpecifier(specifier)) return resolvePath(path.resolve(directory, specifier));
  if (path.isAbsolute(specifier)) return null;
  const config = pathConfigFor(directory);
  if (config === null) return null;
  for (const [pattern, targets] of config.paths) {
    const star = pattern.indexOf("*");
    let matched: string | null = null;
    if (star === -1) {
      if (pattern === specifier) matched = "";
    } else {
      const prefix = pattern.slice(0, star);
      const suffix = pattern.slice(star + 1);
      if (specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix)) {
        matched = specifier.slice(prefix.length, specifier.length - suffix.length);
      }
    }
    if (matched === null) continue;
    for (const target of targets) {
      const file = resolvePath(path.resolve(config.pathsBase, target.replace("*", matched)));
      if (file !== null) return file;
    }
  }
  return config.baseUrl === null ? null : resolvePath(path.resolve(config.baseUrl, specifier));
}

/**
 * Whether a path lies inside a `node_modules` folder: a package's own file, whose imports are never followed and which
 * is never followed into (the one answer for the model rule's gate, the module reader and the resolver).
 */
export function isInNodeModules(file: string): boolean {
  // The plain search first: the model rule's gate asks about every file it lets through, nearly none of them there.
  return file.includes("node_modules") && /(?:^|[\\/])node_modules(?:[\\/]|$)/u.test(file);
}

/** A path as Node and TypeScript complete it: itself, with an extension, its `index`; never inside `node_modules`. */
function resolvePath(base: string): string | null {
  if (isInNodeModules(base)) return null;
  const extension = path.extname(base);
  if (isFile(base) && (EXTENSIONS as readonly string[]).includes(extension)) return base;
  for (const replacement of TS_FOR_JS[extension] ?? []) {
    const file = base.slice(0, -extension.length) + replacement;
    if (isFile(file)) return file;
  }
  for (const candidate of EXTENSIONS) if (isFile(base + candidate)) return base + candidate;
  for (const candidate of EXTENSIONS) {
    const file = path.join(base, `index${candidate}`);
    if (isFile(file)) return file;
  }
  return null;
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() === true;
}

/** The `paths` and `baseUrl` of the nearest `tsconfig.json` (else `jsconfig.json`) above `directory`, or `null`. */
export function pathConfigFor(directory: string): PathConfig | null {
  const now = Date.now();
  const cached = configs.get(directory);
  if (fresh(cached, now)) return cached.value;
  let config: PathConfig | null = null;
  for (const name of ["tsconfig.json", "jsconfig.json"]) {
    const file = path.join(directory, name);
    if (isFile(file)) {
      config = readPathConfig(file, 0);
      break;
    }
  }
  if (config === null && !isFile(path.join(directory, "tsconfig.json")) && !isFile(path.join(directory, "jsconfig.json"))) {
    const parent = path.dirname(directory);
    if (parent !== directory && path.basename(directory) !== "node_modules") config = pathConfigFor(parent);
  }
  configs.set(directory, { value: config, at: now });
  return config;
}

/** A config's `compilerOptions.paths` and `baseUrl`, its own over those it `extends` (relative `extends` only). */
function readPathConfig(file: string, depth: number): PathConfig | null {
  let json: { extends?: unknown; compilerOptions?: { baseUrl?: unknown; paths?: unknown } };
  try {
    json = JSON.parse(withoutJsonComments(readFileSync(file, "utf8"))) as typeof json;
  } catch {
    return null;
  }
  if (typeof json !== "object" || json === null) return null;
  const directory = path.dirname(file);
  let inherited: PathConfig | null = null;
  if (typeof json.extends === "string" && isRelativeSpecifier(json.extends) && depth < MAX_EXTENDS) {
    const target = path.resolve(directory, json.extends);
    inherited = readPathConfig(target.endsWith(".json") ? target : `${target}.json`, depth + 1);
  }
  const options = json.compilerOptions ?? {};
  const baseUrl = typeof options.baseUrl === "string" ? path.resolve(directory, options.baseUrl) : (inherited?.baseUrl ?? null);
  let paths = inherited?.paths ?? new Map<string, readonly string[]>();
  let pathsBase = inherited?.pathsBase ?? baseUrl ?? directory;
  if (typeof options.paths === "object" && options.paths !== null) {
    paths = new Map(
      Object.entries(options.paths as Record<string, unknown>)
        .filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]))
        .map(([pattern, targets]) => [pattern, targets.filter((target): target is string => typeof target === "string")]),
    );
    pathsBase = baseUrl ?? directory;
  }
  if (baseUrl === null && paths.size === 0) return null;
  return { pathsBase, baseUrl, paths };
}

/** JSON with comments and trailing commas (tsconfig's dialect) as plain JSON; strings are kept as they are. */
function withoutJsonComments(text: string): string {
  let out = "";
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '"') {
      const start = index;
      for (index++; index < text.length && text[index] !== '"'; index++) if (text[index] === "\\") index++;
      out += text.slice(start, index + 1);
    } else if (char === "/" && text[index + 1] === "/") {
      while (index < text.length && text[index] !== "\n") index++;
      out += "\n";
    } else if (char === "/" && text[index + 1] === "*") {
      const end = text.indexOf("*/", index + 2);
      index = end === -1 ? text.length : end + 1;
    } else {
      out += char;
    }
  }
  return out.replace(/,(\s*[}\]])/gu, "$1");
}

/** Forgets every resolution and config (tests, and a host that knows the tree changed). */
export function clearModuleFileCache(): void {
  resolutions.clear();
  configs.clear();
}
