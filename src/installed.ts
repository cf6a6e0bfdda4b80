import { statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** How long an answer holds: an editor or a lint server sees an `npm i` after this long (eslint-plugin-n waits 5 s too). */
export const INSTALLED_CACHE_MS = 5000;

export type Installed = "yes" | "missing" | "unknown";

/**
 * Whether a module of the `openai` package resolves from a linted file, cached per folder and module for a few
 * seconds (the model is eslint-plugin-n's cache of resolved files, whose entries expire after 5 s): looked up from the
 * file's own folder up through its ancestors' `node_modules` as Node would, so that each package of a monorepo is
 * asked about its own install, and asked again once the answer is old, so that an editor or a long-lived lint server
 * sees `npm i`.
 */
export class InstalledModules {
  readonly #now: () => number;
  readonly #entries = new Map<string, { readonly answer: Installed; readonly expires: number }>();
  /** Resolutions done: what the tests count. */
  lookups = 0;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /**
   * `yes` when `target` resolves from `filename`'s folder; `missing` when `openai` does but not `target` (an SDK before
   * 5.0, where the old path is the real module); `unknown` when no `openai` is found. A file whose folder does not
   * exist (`<input>`, a path an integration made up) is looked up from `cwd`.
   */
  targetInstalled(target: string, filename: string, cwd: string | undefined): Installed {
    const directory = lookupDirectory(filename, cwd);
    const key = `${directory}\0${target}`;
    const now = this.#now();
    const entry = this.#entries.get(key);
    if (entry !== undefined && entry.expires > now) return entry.answer;
    this.lookups++;
    const require = createRequire(path.join(directory, "noop.js"));
    const resolves = (specifier: string): boolean => {
      try {
        require.resolve(specifier);
        return true;
      } catch {
        return false;
      }
    };
    const answer: Installed = resolves(target) ? "yes" : resolves("openai") ? "missing" : "unknown";
    // Old entries go when a new one is written: the map holds no more folders than were linted in the last seconds.
    for (const [oldKey, old] of this.#entries) if (old.expires <= now) this.#entries.delete(oldKey);
    this.#entries.set(key, { answer, expires: now + INSTALLED_CACHE_MS });
    return answer;
  }
}

function lookupDirectory(filename: string, cwd: string | undefined): string {
  if (path.isAbsolute(filename)) {
    const directory = path.dirname(filename);
    try {
      if (statSync(directory, { throwIfNoEntry: false })?.isDirectory() === true) return directory;
    } catch {
      // Not readable: looked up from the working folder.
    }
  }
  return cwd ?? process.cwd();
}

/** The one cache the rules share. */
export const installedModules = new InstalledModules();
