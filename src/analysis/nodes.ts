import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES as NODE_TYPES } from "@typescript-eslint/types";

/**
 * typescript-eslint's node types, for every file of the plugin to import from here. `@typescript-eslint/types`
 * re-exports the enum through a getter (types → ast-spec; `@typescript-eslint/utils` adds a second), which compiled
 * code calls on every `AST_NODE_TYPES.X` it reads, and a `switch` over node types reads each case until one matches:
 * a plain property of this module is read without it.
 */
export import AST_NODE_TYPES = NODE_TYPES;

/** `x as T`, `x satisfies T`, `x!`, `<T>x` → `x`. */
export function withoutTypeCasts(node: TSESTree.Node): TSESTree.Node {
  while (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    node = node.expression;
  }
  return node;
}
