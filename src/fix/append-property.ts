import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

/**
 * Adds `text` (e.g. `effort: "low"`) as the last property of an object literal, in the object's own layout: on a
 * line of its own with the last property's indentation where properties end with a comma on their own lines, else
 * after a comma on the last property's line. An empty object gets `{ text }`, keeping any comment inside it.
 */
export function appendProperty(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  object: TSESTree.ObjectExpression,
  text: string,
): TSESLint.RuleFix {
  const last = object.properties.at(-1);
  if (last === undefined) {
    if (sourceCode.getCommentsInside(object).length > 0) return fixer.insertTextAfter(sourceCode.getFirstToken(object)!, ` ${text}`);
    return fixer.replaceText(object, `{ ${text} }`);
  }
  const closing = sourceCode.getLastToken(object)!;
  const afterLast = sourceCode.getTokenAfter(last)!;
  if (afterLast.value !== ",") return fixer.insertTextAfter(last, `, ${text}`);
  if (closing.loc.start.line > afterLast.loc.end.line) {
    // `{\n  summary: "auto", // why\n}`: a new line after the comma and any comment that ends its line.
    const lineStart = sourceCode.text.lastIndexOf("\n", last.range[0] - 1) + 1;
    const indent = /^[ \t]*/u.exec(sourceCode.text.slice(lineStart, last.range[0]))![0];
    const next = sourceCode.getTokenAfter(afterLast, { includeComments: true });
    const anchor = next !== null && next !== closing && next.loc.start.line === afterLast.loc.end.line ? next : afterLast;
    return fixer.insertTextAfter(anchor, `\n${indent}${text},`);
  }
  return fixer.insertTextBefore(closing, afterLast.range[1] === closing.range[0] ? ` ${text} ` : `${text}, `);
}
