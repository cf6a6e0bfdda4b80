import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/nodes";

import { getStaticPropertyKey } from "../analysis/resolve";
import { plainProperties } from "./plain-properties";

/**
 * A Chat Completions `response_format` property as the Responses API's `text: { format }`: a `json_schema` format
 * lifts its `json_schema` object's properties (`name`, `description`, `schema`, `strict`) up a level; `json_object`
 * and `text` formats move as they are. A format written one property a line stays so: `text` and `format` each
 * open a line, and every property sits one indent deeper than before (the lifted ones where they were); otherwise
 * it is written on one line.
 *
 * `null` where the value is not an object literal whose shape can be read off the source: another type, a spread or
 * computed key in the format, a `json_schema` that is not an object literal, a key on both levels, or a comment the
 * rewrite would drop.
 */
export function textFromResponseFormat(property: TSESTree.Property, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  const value = property.value;
  if (value.type !== AST_NODE_TYPES.ObjectExpression || sourceCode.getCommentsInside(value).length > 0) return null;
  const outer = plainProperties(value);
  if (outer === null) return null;
  const type = outer.find(({ key }) => key === "type")?.property.value;
  if (type?.type !== AST_NODE_TYPES.Literal) return null;
  let kept: readonly TSESTree.Property[] = outer.map((entry) => entry.property);
  let lifted: readonly TSESTree.ObjectLiteralElement[] = [];
  if (type.value === "json_schema") {
    const schema = outer.find(({ key }) => key === "json_schema");
    if (schema?.property.value.type !== AST_NODE_TYPES.ObjectExpression) return null;
    lifted = schema.property.value.properties;
    kept = kept.filter((entry) => entry !== schema.property);
    const keptKeys = new Set(kept.map((entry) => getStaticPropertyKey(entry)));
    if (lifted.some((item) => item.type === AST_NODE_TYPES.Property && keptKeys.has(getStaticPropertyKey(item)))) return null;
  } else if (type.value !== "json_object" && type.value !== "text") {
    return null;
  }
  const items = [...kept, ...lifted];

  const layout = lineLayout(property, value, sourceCode);
  if (layout === null) {
    const format = lifted.length === 0 ? sourceCode.getText(value) : `{ ${items.map((item) => sourceCode.getText(item)).join(", ")} }`;
    return `text: { format: ${format} }`;
  }
  const { indent, step, trailingComma } = layout;
  const inner = indent + step + step;
  const lines = items.map((item) => shiftedText(item, inner, sourceCode));
  return `text: {\n${indent}${step}format: {\n${inner}${lines.join(`,\n${inner}`)}${trailingComma}\n${indent}${step}}${trailingComma}\n${indent}}`;
}

/**
 * How a `response_format` is laid out when it is written one property a line: the property starts its line at
 * `indent`, its object's properties each start a line one `step` deeper, and its closing brace has a line of its
 * own; with `trailingComma` when its last property has one. `null` for any other layout.
 */
function lineLayout(
  property: TSESTree.Property,
  value: TSESTree.ObjectExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): { indent: string; step: string; trailingComma: string } | null {
  const indent = indentBefore(property, sourceCode);
  const closing = sourceCode.getLastToken(value)!;
  if (indent === null || indentBefore(closing, sourceCode) !== indent || value.properties.length === 0) return null;
  let inner: string | null = null;
  for (const item of value.properties) {
    const before = indentBefore(item, sourceCode);
    if (before === null || (inner !== null && before !== inner)) return null;
    inner = before;
  }
  if (inner === null || inner.length <= indent.length || !inner.startsWith(indent)) return null;
  const trailingComma = sourceCode.getTokenBefore(closing)?.value === "," ? "," : "";
  return { indent, step: inner.slice(indent.length), trailingComma };
}

/** The whitespace before a node on its line when nothing else is there, else `null`. */
function indentBefore(node: TSESTree.Node | TSESTree.Token, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  const before = sourceCode.lines[node.loc.start.line - 1]!.slice(0, node.loc.start.column);
  return /^[ \t]*$/u.test(before) ? before : null;
}

/**
 * A property's text for a line that starts at `target`: the lines after its first move by the difference between
 * `target` and the indent of the line it starts on, unless a string or template spans lines, whose text the
 * indent is part of.
 */
function shiftedText(item: TSESTree.Node, target: string, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = sourceCode.getText(item);
  if (item.loc.start.line === item.loc.end.line) return text;
  if (sourceCode.getTokens(item).some((token) => token.type !== "Punctuator" && token.loc.start.line !== token.loc.end.line)) return text;
  const current = /^[ \t]*/u.exec(sourceCode.lines[item.loc.start.line - 1]!)![0];
  // Blank lines stay blank.
  if (target.startsWith(current)) return text.replace(/\n(?=[^\r\n])/gu, `\n${target.slice(current.length)}`);
  if (current.startsWith(target)) return text.replaceAll(`\n${current.slice(target.length)}`, "\n");
  return text;
}
