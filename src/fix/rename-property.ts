import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/nodes";

/**
 * Renames an object property's key, keeping how it is written: `max_tokens` → `max_output_tokens`,
 * `"max_tokens"` keeps its quotes, `["max_tokens"]` and `` [`max_tokens`] `` their brackets, and a shorthand
 * `{ messages }` becomes `{ input: messages }`. The value is left untouched.
 */
export function renameProperty(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  property: TSESTree.Property,
  name: string,
): TSESLint.RuleFix {
  if (property.shorthand) return fixer.replaceText(property, `${name}: ${sourceCode.getText(property.value)}`);
  const key = property.key;
  if (key.type === AST_NODE_TYPES.Literal) {
    const quote = sourceCode.getText(key)[0];
    return fixer.replaceText(key, `${quote}${name}${quote}`);
  }
  // `` [`max_tokens`] ``: a bare name between the brackets would read a variable.
  if (key.type === AST_NODE_TYPES.TemplateLiteral) return fixer.replaceText(key, `\`${name}\``);
  return fixer.replaceText(key, name);
}
