import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isParenthesized } from "@typescript-eslint/utils/ast-utils";
import { AST_NODE_TYPES } from "../analysis/nodes";

/**
 * `conditional` (the text of a `test ? a : b` expression) to put where `node` is: in parentheses only where the
 * place would otherwise bind part of it (`x ?? …`, `….length`, `await …`, `… as T`), not where any expression
 * fits whole (an initializer, an argument, a right-hand side, a return), nor where the source already has them.
 */
export function conditionalInPlace(node: TSESTree.Node, conditional: string, sourceCode: Readonly<TSESLint.SourceCode>): string {
  // `a?.b.c` is a chain around its last member: the place is the chain's.
  const place = node.parent?.type === AST_NODE_TYPES.ChainExpression ? node.parent : node;
  if (isParenthesized(place, sourceCode) || takesAnyExpression(place)) return conditional;
  return `(${conditional})`;
}

function takesAnyExpression(node: TSESTree.Node): boolean {
  const parent = node.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === node;
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.right === node;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.arguments.includes(node as TSESTree.CallExpressionArgument);
    case AST_NODE_TYPES.Property:
      return parent.value === node && !parent.shorthand;
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.consequent === node || parent.alternate === node;
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body === node;
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.SpreadElement:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.JSXExpressionContainer:
      return true;
    default:
      return false;
  }
}
