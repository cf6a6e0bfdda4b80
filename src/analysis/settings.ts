import type { TSESLint } from "@typescript-eslint/utils";

/**
 * Shared settings, read from `settings.openai` in the user's config (the shape vitest's plugin uses for
 * `settings.vitest`):
 *
 * - `clientModules`: module specifiers (`"@acme/llm"`, `"@/lib/openai"`, `"src/lib/openai"`) whose exports are
 *   OpenAI clients, imported or required. A package matches itself and its subpaths; a module of the project matches
 *   however a file spells it (`../lib/openai.js`, `./openai`), resolved or by its last path segments. Without it, a
 *   binding from the project's own modules is unknown (only distinctive SDK chains count) and a binding from another
 *   package is not OpenAI's at all.
 * - `date`: the day (`YYYY-MM-DD`) every rule words its dates for, where the rule's own `date` option is not set.
 */
export interface OpenAISettings {
  readonly clientModules: readonly string[];
  readonly date: string | undefined;
}

const DEFAULT_SETTINGS: OpenAISettings = { clientModules: [], date: undefined };

const cache = new WeakMap<object, OpenAISettings>();

export function getSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): OpenAISettings {
  const raw = (context.settings as { openai?: unknown }).openai;
  if (typeof raw !== "object" || raw === null) return DEFAULT_SETTINGS;
  let settings = cache.get(raw);
  if (settings === undefined) {
    const { clientModules, date } = raw as { clientModules?: unknown; date?: unknown };
    settings = {
      clientModules: Array.isArray(clientModules)
        ? clientModules.filter((module): module is string => typeof module === "string")
        : [],
      date: typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/u.test(date) ? date : undefined,
    };
    cache.set(raw, settings);
  }
  return settings;
}
