/**
 * What an expression refers to, as far as the `openai` package is concerned, decided without type information.
 *
 * - `package`: the `openai` module itself or its `OpenAI` / `AzureOpenAI` class (CommonJS exports the class as
 *   the module, so the two are one kind);
 * - `client`: an instance of that class, or a resource below it (`path` is `["beta", "threads"]` for
 *   `client.beta.threads`);
 * - `unknown`: the root could not be resolved (a parameter, a binding from the project's own modules, a call's
 *   result, an untyped `this.x`); `path` lists the members read from it, so that rules may fall back to the SDK's
 *   distinctive member chains;
 * - `foreign`: resolves to something that is not OpenAI's (a local object, another package's import, a literal):
 *   rules stay silent.
 */
export type OpenAIValue =
  | { readonly kind: "package" }
  | { readonly kind: "client"; readonly path: readonly string[] }
  | { readonly kind: "unknown"; readonly path: readonly string[] }
  | { readonly kind: "foreign" };

export const PACKAGE: OpenAIValue = { kind: "package" };
export const FOREIGN: OpenAIValue = { kind: "foreign" };
export const CLIENT: OpenAIValue = { kind: "client", path: [] };
export const UNKNOWN: OpenAIValue = { kind: "unknown", path: [] };

/** Longest member chain tracked below an unresolved root; deeper chains are never the SDK's. */
const MAX_PATH = 8;

/** Names of the `openai` module's exports that are the client class. */
const CLIENT_CLASS_EXPORTS: ReadonlySet<string> = new Set(["default", "OpenAI", "AzureOpenAI"]);

export function readMember(value: OpenAIValue, name: string): OpenAIValue {
  switch (value.kind) {
    case "package":
      return CLIENT_CLASS_EXPORTS.has(name) ? PACKAGE : FOREIGN;
    case "client":
      return value.path.length >= MAX_PATH ? FOREIGN : { kind: "client", path: [...value.path, name] };
    case "unknown":
      return value.path.length >= MAX_PATH ? FOREIGN : { kind: "unknown", path: [...value.path, name] };
    case "foreign":
      return FOREIGN;
  }
}

/**
 * One value for an expression that may be either of several (`a ?? b`, `cond ? a : b`, a `let` assigned twice):
 * a client wins, then an unknown; only when every branch is foreign is the whole foreign.
 */
export function mergeValues(values: readonly OpenAIValue[]): OpenAIValue {
  let unknown: OpenAIValue | undefined;
  for (const value of values) {
    if (value.kind === "client" || value.kind === "package") return value;
    if (value.kind === "unknown") unknown ??= value;
  }
  return unknown ?? FOREIGN;
}

/** `a.b.c` for a path, as the tables in `deprecations.ts` key resources. */
export function pathKey(path: readonly string[]): string {
  return path.join(".");
}
