import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/nodes";

import { type KeyedProperty, plainProperties } from "./plain-properties";

/**
 * A Chat Completions function tool (`{ type: "function", function: { name, description, parameters, strict } }`)
 * written the Responses way: `{ type: "function", name, description, parameters, strict }`, with `strict: false`
 * added where it had no `strict`, since Chat Completions functions are non-strict by default and Responses ones are
 * strict. A tool written one property a line stays so, its function's properties moved out to the tool's indent;
 * otherwise it is written on one line.
 *
 * `null` where the rewrite cannot be read off the source: a spread, computed key, method or comment in the tool or
 * its function, a key on both levels, or no `parameters` (Chat Completions takes a function without them as one
 * with no arguments; Responses requires the key, and which schema to write is a person's call).
 */
export function flattenFunctionTool(tool: TSESTree.ObjectExpression, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  if (sourceCode.getCommentsInside(tool).length > 0) return null;
  const outer = plainProperties(tool);
  const fn = outer?.find(({ key }) => key === "function");
  if (outer === null || fn === undefined || fn.property.value.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const inner = plainProperties(fn.property.value);
  if (inner === null || !inner.some(({ key }) => key === "parameters")) return null;
  const kept = outer.filter((entry) => entry !== fn);
  if (kept.some(({ key }) => inner.some((entry) => entry.key === key))) return null;
  const strict = inner.some(({ key }) => key === "strict") ? [] : ["strict: false"];

  const closing = sourceCode.getLastToken(tool)!;
  const closingIndent = sourceCode.lines[closing.loc.start.line - 1]!.slice(0, closing.loc.start.column);
  const indent = /^[ \t]*$/u.test(closingIndent) ? lineIndent(outer, sourceCode) : null;
  if (indent === null) {
    const parts = [...kept, ...inner].map(({ property }) => sourceCode.getText(property));
    return `{ ${[...parts, ...strict].join(", ")} }`;
  }
  // The function's properties move out one level: lines after their first lose the difference in indent, unless a
  // string or template spans lines, whose text the indent is part of.
  const innerIndent = lineIndent(inner, sourceCode);
  const multilineText = sourceCode
    .getTokens(fn.property.value)
    .some((token) => token.type !== "Punctuator" && token.loc.start.line !== token.loc.end.line);
  const dedent = innerIndent === null || multilineText ? 0 : Math.max(0, innerIndent.length - indent.length);
  const parts = [
    ...kept.map(({ property }) => sourceCode.getText(property)),
    ...inner.map(({ property }) => sourceCode.getText(property).replace(new RegExp(`\n[ \t]{0,${dedent}}`, "gu"), "\n")),
    ...strict,
  ];
  const trailingComma = sourceCode.getTokenBefore(closing)?.value === "," ? "," : "";
  return `{\n${indent}${parts.join(`,\n${indent}`)}${trailingComma}\n${closingIndent}}`;
}

/**
 * The indent of an object's properties when each starts a line of its own with the same indent (the object written
 * one property a line), else `null`.
 */
function lineIndent(properties: readonly KeyedProperty[], sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  let indent: string | null = null;
  for (const { property } of properties) {
    const before = sourceCode.lines[property.loc.start.line - 1]!.slice(0, property.loc.start.column);
    if (!/^[ \t]*$/u.test(before) || (indent !== null && before !== indent)) return null;
    indent = before;
  }
  return indent;
}
