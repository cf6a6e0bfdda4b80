import { type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./nodes";

import type { Resolver } from "./resolve";

type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/** Deeper than real code nests `cond ? a : b` and aliases; cycles (`const f = () => f()`) end here too. */
const MAX_DEPTH = 8;

/**
 * Every object literal of this file that a value may turn out to be: the literal itself or through a `const`
 * (`Resolver.objectLiteralOf`), either branch of `cond ? a : b`, either side of `a ?? b` / `a || b` / `a && b`, and
 * what a function returns, inline or through its name. The Agents SDK takes a saved prompt as a function
 * (`prompt: async (ctx) => ({ promptId })`), and requests pick a prompt conditionally
 * (`prompt: promptId ? { id: promptId } : undefined`).
 */
export function findPossibleObjectLiterals(node: TSESTree.Node, resolver: Resolver): TSESTree.ObjectExpression[] {
  const objects: TSESTree.ObjectExpression[] = [];
  collect(node, resolver, objects, 0);
  return objects;
}

function collect(node: TSESTree.Node, resolver: Resolver, objects: TSESTree.ObjectExpression[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  const object = resolver.objectLiteralOf(node);
  if (object !== null) {
    objects.push(object);
    return;
  }
  switch (node.type) {
    case AST_NODE_TYPES.ConditionalExpression:
      collect(node.consequent, resolver, objects, depth + 1);
      collect(node.alternate, resolver, objects, depth + 1);
      return;
    case AST_NODE_TYPES.LogicalExpression:
      collect(node.left, resolver, objects, depth + 1);
      collect(node.right, resolver, objects, depth + 1);
      return;
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
      collect(node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node.expression, resolver, objects, depth + 1);
      return;
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.FunctionDeclaration:
      for (const returned of findReturnedValues(node)) collect(returned, resolver, objects, depth + 1);
      return;
    case AST_NODE_TYPES.Identifier: {
      const value = findBoundValue(node, resolver);
      if (value !== null) collect(value, resolver, objects, depth + 1);
      return;
    }
    default:
      return;
  }
}

/** What a name stands for: a function declaration, or the initializer of a binding that is never reassigned. */
function findBoundValue(node: TSESTree.Identifier, resolver: Resolver): TSESTree.Node | null {
  const variable = resolver.findVariable(node);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === "FunctionName") {
    // `declare function f(): P` and overload signatures have no body to read.
    return def.node.type === AST_NODE_TYPES.FunctionDeclaration || def.node.type === AST_NODE_TYPES.FunctionExpression
      ? def.node
      : null;
  }
  return resolver.boundInitializer(node);
}

/** What a function returns: its expression body, or the argument of each `return` in its own body. */
function findReturnedValues(fn: FunctionNode): TSESTree.Node[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const values: TSESTree.Node[] = [];
  const visit = (statement: TSESTree.Statement | null | undefined): void => {
    if (statement == null) return;
    switch (statement.type) {
      case AST_NODE_TYPES.ReturnStatement:
        if (statement.argument !== null) values.push(statement.argument);
        return;
      case AST_NODE_TYPES.BlockStatement:
        statement.body.forEach(visit);
        return;
      case AST_NODE_TYPES.IfStatement:
        visit(statement.consequent);
        visit(statement.alternate);
        return;
      case AST_NODE_TYPES.TryStatement:
        visit(statement.block);
        visit(statement.handler?.body);
        visit(statement.finalizer);
        return;
      case AST_NODE_TYPES.SwitchStatement:
        for (const switchCase of statement.cases) switchCase.consequent.forEach(visit);
        return;
      case AST_NODE_TYPES.LabeledStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
        visit(statement.body);
        return;
      default:
        return;
    }
  };
  fn.body.body.forEach(visit);
  return values;
}
