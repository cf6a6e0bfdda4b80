import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";

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
