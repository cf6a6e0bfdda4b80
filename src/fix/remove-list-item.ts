import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

/**
 * Removes an object property (or array element) and the comma that goes with it. Comments around it stay: one
 * that follows the item on its line, or that sits between the item and the comma before it, is kept.
 */
export function removeListItem(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  item: TSESTree.Node,
): TSESLint.RuleFix {
  const text = sourceCode.text;
  const after = sourceCode.getTokenAfter(item);
  if (after !== null && after.value === ",") {
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    if (next !== null && next.loc.start.line === after.loc.end.line) {
      // `{ a, n: 2, b }` → `{ a, b }`: the comma and the space up to what follows.
      return fixer.removeRange([item.range[0], next.range[0]]);
    }
    // The item on lines of its own: the whole lines go, indentation and line break included.
    const lineStart = text.lastIndexOf("\n", item.range[0] - 1) + 1;
    const lineEnd = text.indexOf("\n", after.range[1]);
    if (/^[ \t]*$/u.test(text.slice(lineStart, item.range[0])) && lineEnd !== -1 && /^[ \t]*$/u.test(text.slice(after.range[1], lineEnd))) {
      return fixer.removeRange([lineStart, lineEnd + 1]);
    }
    return fixer.removeRange([item.range[0], after.range[1]]);
  }
  const before = sourceCode.getTokenBefore(item);
  if (before !== null && before.value === ",") {
    // `{ a, /* why */ n: 2 }` → `{ a /* why */ }`: the comma and the item go, the comments between them stay.
    const comments = sourceCode.getCommentsBefore(item);
    const kept = comments.length === 0 ? "" : text.slice(before.range[1], comments.at(-1)!.range[1]);
    return fixer.replaceTextRange([before.range[0], item.range[1]], kept);
  }
  return fixer.remove(item);
}
