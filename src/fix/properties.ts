import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

type Fixer = TSESLint.RuleFixer;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Renames an object property's key, keeping its quotes; a shorthand `{ messages }` becomes `{ input: messages }`. */
export function renameProperty(fixer: Fixer, sourceCode: SourceCode, property: TSESTree.Property, name: string): TSESLint.RuleFix {
  if (property.shorthand) return fixer.replaceText(property, `${name}: ${sourceCode.getText(property.value)}`);
  const key = property.key;
  if (key.type === AST_NODE_TYPES.Literal) {
    const quote = sourceCode.getText(key)[0];
    return fixer.replaceText(key, `${quote}${name}${quote}`);
  }
  return fixer.replaceText(key, name);
}

/** Removes an object property (or array element) and the comma that goes with it, leaving comments in place. */
export function removeListItem(fixer: Fixer, sourceCode: SourceCode, item: TSESTree.Node): TSESLint.RuleFix {
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
  if (before !== null && before.value === ",") return fixer.removeRange([before.range[0], item.range[1]]);
  return fixer.remove(item);
}

/**
 * Adds `text` (e.g. `effort: "low"`) as the last property of an object literal, with a comma where one is needed.
 * An empty object gets ` text `.
 */
export function appendProperty(fixer: Fixer, sourceCode: SourceCode, object: TSESTree.ObjectExpression, text: string): TSESLint.RuleFix {
  const closing = sourceCode.getLastToken(object)!;
  const last = object.properties.at(-1);
  if (last === undefined) return fixer.replaceText(object, `{ ${text} }`);
  const afterLast = sourceCode.getTokenAfter(last)!;
  if (afterLast.value === ",") return fixer.insertTextBefore(closing, afterLast.range[1] === closing.range[0] ? ` ${text} ` : `${text}, `);
  return fixer.insertTextAfter(last, `, ${text}`);
}
