import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { plainProperties } from "./plain-properties";

/**
 * A Chat Completions function tool (`{ type: "function", function: { name, description, parameters, strict } }`)
 * written the Responses way: `{ type: "function", name, description, parameters, strict }`, with `strict: false`
 * added where it had no `strict`, since Chat Completions functions are non-strict by default and Responses ones are
 * strict.
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
  const parts = [...kept, ...inner].map(({ property }) => sourceCode.getText(property));
  if (!inner.some(({ key }) => key === "strict")) parts.push("strict: false");
  return `{ ${parts.join(", ")} }`;
}
