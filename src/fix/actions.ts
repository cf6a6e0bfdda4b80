/**
 * The one vocabulary in which the request-parameter rules say how a key is rewritten: `no-deprecated-params` (a row
 * of `SDK_PARAM_DEPRECATIONS`) and `no-chat-completions-params-in-responses` (a row of `CHAT_ONLY_PARAMS`), both in
 * src/deprecations.ts. Whether a rewrite is a fix or a suggestion is the row's `remedy` and the rule's check that it
 * is safe where it is written; the action says only what the rewrite is.
 *
 * - `rename`: the key takes the name `to`, its value untouched (`max_tokens` → `max_completion_tokens`), where the
 *   request does not have `to` already.
 * - `renameChoice`: one suggestion per name of `to` (`user` → `safety_identifier` or `prompt_cache_key`).
 * - `moveInto`: the key becomes `field` of the object `target` (`reasoning_effort: x` → `reasoning: { effort: x }`),
 *   or joins a `target` object literal that lacks `field`.
 * - `responseFormatToText`: `response_format` becomes `text: { format }` (a `json_schema` format without its wrapper).
 * - `functionsToTools`: `functions` / `function_call` become function tools and `tool_choice`, as one edit.
 * - `hyperparametersToMethod`: `hyperparameters` moves under `method: { type: "supervised", supervised: { … } }`.
 * - `remove`: the key is removed (a suggestion: what it did is lost).
 * - `report`: no rewrite; the message says what to do.
 */
export type ParamAction =
  | { readonly kind: "rename"; readonly to: string }
  | { readonly kind: "renameChoice"; readonly to: readonly string[] }
  | { readonly kind: "moveInto"; readonly target: string; readonly field: string }
  | { readonly kind: "responseFormatToText" }
  | { readonly kind: "functionsToTools" }
  | { readonly kind: "hyperparametersToMethod" }
  | { readonly kind: "remove" }
  | { readonly kind: "report" };
