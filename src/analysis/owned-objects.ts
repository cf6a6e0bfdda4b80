import { type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./nodes";

import { isReadOnlyWhere, isWithin } from "./reports";
import type { Resolver } from "./resolve";

/**
 * Whether an object literal belongs to one call alone, so that a fix may rewrite it: written inline in the call, or
 * held by a binding of this file (not exported) that nothing but the call reads. An object that other code reads too
 * (a Chat Completions call, a test, another module) is shared, and rewriting it would change that code.
 */
export function isOwnedByCall(object: TSESTree.ObjectExpression, call: TSESTree.Node, resolver: Resolver): boolean {
  if (isWithin(object, call)) return true;
  let node: TSESTree.Node = object;
  // `const request = { … } satisfies ResponseCreateParams`
  while (
    (node.parent?.type === AST_NODE_TYPES.TSAsExpression ||
      node.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      node.parent?.type === AST_NODE_TYPES.TSTypeAssertion) &&
    node.parent.expression === node
  ) {
    node = node.parent;
  }
  const declarator = node.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== node) return false;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) {
    return false;
  }
  return isReadOnlyWhere(declarator.id, resolver, (read) => isWithin(read, call));
}
