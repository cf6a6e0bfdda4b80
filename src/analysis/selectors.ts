/**
 * ESLint selectors that let ESLint call a listener only on the nodes it can act on. Each one matches a superset of
 * those nodes, and the listener keeps every check of its own: a selector only spares the calls that would return at
 * once. On the openai package's own files, most of the plugin's listener calls were such calls (a `CallExpression`
 * listener for `create` called on every call of the file), and ESLint's `stats` count each call's timing as the rule's
 * (tests/analysis/selectors.test.ts checks each selector against the check it stands before).
 *
 * Written for esquery as ESLint 9 and 10 use it: no regular-expression flags, and no `/` inside a regular expression
 * (esquery ends the expression at the first one), so `\x2F` stands for it.
 */
import { MODEL_ID_WORDS, QUOTED_MODEL_IDS } from "./gate";

/** A regular expression of esquery's that matches exactly the given names. */
function exactly(names: Iterable<string>): string {
  const alternatives = [...new Set(names)].sort().map((name) => name.replace(/[\\^$.*+?()[\]{}|/]/gu, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`));
  if (alternatives.length === 0) throw new Error("A selector needs at least one name.");
  return `/^(?:${alternatives.join("|")})$/`;
}

/**
 * Member expressions whose static name (`getStaticMemberName`) may be one of `names`: `x.name`, `x["name"]` and any
 * `` x[`…`] `` (a template's value is not matched here).
 */
export function memberNamed(names: Iterable<string>): string {
  const pattern = exactly(names);
  return [
    `MemberExpression[property.name=${pattern}]`,
    `MemberExpression[property.value=${pattern}]`,
    `MemberExpression[property.type="TemplateLiteral"]`,
  ].join(", ");
}

/**
 * Member expressions whose static name (`getStaticMemberName`) may contain `word`, in any case: `process.env.CHATKIT_WORKFLOW_ID`,
 * `env["agentBuilderWorkflow"]` and any `` x[`…`] ``.
 */
export function memberNameContaining(word: string): string {
  const pattern = `/${anyCase(word)}/`;
  return [
    `MemberExpression[property.name=${pattern}]`,
    `MemberExpression[property.value=${pattern}]`,
    `MemberExpression[property.type="TemplateLiteral"]`,
  ].join(", ");
}

/** Object properties whose static key (`getStaticPropertyKey`) may be one of `names`: `{ name: … }`, `{ "name": … }`, any `` [`…`] `` key. */
export function propertyNamed(names: Iterable<string>): string {
  const pattern = exactly(names);
  return [`Property[key.name=${pattern}]`, `Property[key.value=${pattern}]`, `Property[key.type="TemplateLiteral"]`].join(", ");
}

/**
 * A selector of this module (alternatives joined by `, `) as a child of `parent`: `childOf("ObjectPattern",
 * propertyNamed(["choices"]))` is every `Property[…]` alternative written `ObjectPattern > Property[…]`.
 */
export function childOf(parent: string, selector: string): string {
  return selector
    .split(", ")
    .map((alternative) => `${parent} > ${alternative}`)
    .join(", ");
}

/** `case` clauses whose test may be the string `value`: `case "value":` and any template. */
export function caseOf(value: string): string {
  const pattern = exactly([value]);
  return [`SwitchCase[test.value=${pattern}]`, `SwitchCase[test.type="TemplateLiteral"]`].join(", ");
}

/**
 * Characters besides a letter's two ASCII cases that `toLowerCase` turns into it: the Kelvin sign (tests/analysis/
 * selectors.test.ts asks every UTF-16 unit).
 */
const OTHER_CASES: Readonly<Record<string, string>> = { k: "\\u212A" };

/**
 * A regular expression's source that matches what `toLowerCase` turns into `word` (lower-case ASCII letters), for
 * esquery, which takes no flags.
 */
export function anyCase(word: string): string {
  if (!/^[a-z]+$/u.test(word)) throw new Error("An any-case word here is lower-case ASCII letters.");
  return [...word].map((char) => `[${char}${char.toUpperCase()}${OTHER_CASES[char] ?? ""}]`).join("");
}

/**
 * Calls whose callee is a member expression whose static name may be one of `names`, also behind a non-null assertion
 * (`x.create!(…)`: any such call is matched).
 */
export function callOfMemberNamed(names: Iterable<string>): string {
  const pattern = exactly(names);
  return [
    `CallExpression[callee.property.name=${pattern}]`,
    `CallExpression[callee.property.value=${pattern}]`,
    `CallExpression[callee.property.type="TemplateLiteral"]`,
    `CallExpression[callee.type="TSNonNullExpression"]`,
  ].join(", ");
}

/** Calls of a plain name: `require(…)`. */
export function callOfName(name: string): string {
  return `CallExpression[callee.type="Identifier"][callee.name=${exactly([name])}]`;
}

/**
 * Binary expressions with `value` on one side as a string literal, or with a template literal on either side (its
 * value is not matched here): `event.type === "…"`.
 */
export function comparedWith(value: string): string {
  const pattern = exactly([value]);
  return [
    `BinaryExpression[left.value=${pattern}]`,
    `BinaryExpression[right.value=${pattern}]`,
    `BinaryExpression[left.type="TemplateLiteral"]`,
    `BinaryExpression[right.type="TemplateLiteral"]`,
  ].join(", ");
}

/**
 * `prefix` and every text that starts with it, read one character at a time: a character may be written in either case
 * where `anyCase`, and an escape (`\\`) or the end of the text may stand anywhere along it (a template's first part
 * is matched as written, where `\\x2F` may stand for `/`; the end, where the next part may go on with it). For
 * esquery, `/` is written `\x2F`.
 */
function prefixOrEscape(prefix: string, anyCase: boolean): string {
  let pattern = "";
  for (const char of [...prefix].reverse()) {
    const escaped = char === "/" ? "\\x2F" : char;
    const letter = anyCase && char.toLowerCase() !== char.toUpperCase() ? `[${char.toLowerCase()}${char.toUpperCase()}]` : escaped;
    pattern = pattern === "" ? letter : `${letter}(?:$|\\\\|${pattern})`;
  }
  return pattern;
}

/**
 * String and template literals that may start a REST URL that `RestAnalysis.endpointAt` answers for
 * (src/analysis/rest.ts): a string standing alone that starts with `/`, a scheme (`https://`, `wss://`, in any case)
 * or the placeholder character that analysis uses for a part it does not show, then `/`; any string or template in a
 * `+` chain (a constant before it may hold the URL's start); a template whose first part, as written, is empty, starts
 * with an escape or the placeholder, or starts with `/v1/`, a scheme or a beginning of one (`/v`, `htt`, `wss:/`),
 * which the next part may finish. A string that starts with `/` but is not `/v1/…` may still be a path relative to a
 * base (`"/responses"`); a template may not (`/threads/${id}` is none): `urlStart` there.
 */
export const URL_START_LITERALS = [
  "Literal[value=/^(?:\\x2F|\\uE000\\x2F|[hH][tT][tT][pP][sS]?:\\x2F\\x2F|[wW][sS][sS]?:\\x2F\\x2F)/]",
  'BinaryExpression[operator="+"] > Literal',
  'BinaryExpression[operator="+"] > TemplateLiteral',
  `TemplateLiteral[quasis.0.value.raw=/^(?:$|\\\\|\\uE000|${["/v1/", "https://", "http://", "wss://", "ws://"]
    .map((start) => prefixOrEscape(start, start !== "/v1/"))
    .join("|")})/]`,
].join(", ");

/** String literals whose value matches `pattern` (a regular expression source without `/` and flags): `assistants=v2`. */
export function stringMatching(pattern: string): string {
  if (pattern.includes("/")) throw new Error("esquery ends a regular expression at its first `/`: write it as `\\x2F`.");
  return `Literal[value=/${pattern}/]`;
}

/**
 * Template literals whose value may start with `prefix` (letters, digits and `_`): their first part, as written,
 * starts with it or with an escape.
 */
export function templateMayStartWith(prefix: string): string {
  if (!/^\w+$/u.test(prefix)) throw new Error("A template prefix here is letters, digits and `_`.");
  return `TemplateLiteral[quasis.0.value.raw=/^(?:${prefix}|\\\\)/]`;
}

/**
 * String literals that may hold a model id of the shutdown table: one of the gate's model words (every id of the table
 * holds one, as written, or is one of the quoted ids: tests/models.test.ts), wherever it stands (`"openai/gpt-4o"`, a
 * Realtime URL's `?model=`, `ft:gpt-3.5-turbo-0125:…`), or a quoted id as the whole string (`"ada"`).
 */
const MODEL_ID_PATTERN = [...MODEL_ID_WORDS.map((word) => word.replace(/[\\^$.*+?()[\]{}|/]/gu, "\\$&")), `^(?:${QUOTED_MODEL_IDS.join("|")})$`].join("|");
export const MODEL_ID_LITERAL = stringMatching(MODEL_ID_PATTERN);
/**
 * Template literals without expressions whose value may hold a model id, as {@link MODEL_ID_LITERAL} says of strings
 * (`` model: `gpt-4o` ``): the model rule's other listener, which was called on every template of a file.
 */
export const MODEL_ID_TEMPLATE = `TemplateLiteral[expressions.length=0][quasis.0.value.cooked=/${MODEL_ID_PATTERN}/]`;
