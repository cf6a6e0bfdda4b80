import { type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./nodes";

import type { Resolver } from "./resolve";

/**
 * The places a rule has reported in a file, so that a value it would also report on its own (a prompt id, a workflow
 * id) is skipped when it only serves a use already reported: written inside it, or held by a binding that is only
 * read there. One use, one report.
 */
export class ReportedUses {
  /** The reported nodes' ranges, `start` → the `end`s reported from there. */
  readonly #ranges = new Map<number, Set<number>>();
  readonly #resolver: Resolver;

  constructor(resolver: Resolver) {
    this.#resolver = resolver;
  }

  add(node: TSESTree.Node): void {
    const [start, end] = node.range;
    let ends = this.#ranges.get(start);
    if (ends === undefined) {
      ends = new Set();
      this.#ranges.set(start, ends);
    }
    ends.add(end);
  }

  /** Inside a reported node, or the value of a binding whose every read is inside one. */
  covers(node: TSESTree.Node): boolean {
    if (this.#contains(node)) return true;
    const declarator = findEnclosingDeclarator(node);
    if (declarator === null || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
    return isReadOnlyWhere(declarator.id, this.#resolver, (read) => this.#contains(read));
  }

  /**
   * Whether a reported node's range holds `node`'s. A node of the tree whose range holds another's is one of its
   * ancestors, or shares its range exactly: the ranges of `node` and its ancestors are the only ones to look up, so
   * the answer costs the node's depth, not the number of reports (a file of thousands of requests asks thousands
   * of times).
   */
  #contains(node: TSESTree.Node): boolean {
    if (this.#ranges.size === 0) return false;
    for (let current: TSESTree.Node | undefined = node; current != null; current = current.parent) {
      if (this.#ranges.get(current.range[0])?.has(current.range[1]) === true) return true;
    }
    return false;
  }
}

/** The variable declarator whose initializer holds `node` (through objects, arrays, `??`, ternaries, casts). */
export function findEnclosingDeclarator(node: TSESTree.Node): TSESTree.VariableDeclarator | null {
  for (let current = node.parent; current != null; current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.VariableDeclarator:
        return current.init !== null && current.init.range[0] <= node.range[0] ? current : null;
      case AST_NODE_TYPES.Property:
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.MemberExpression:
      case AST_NODE_TYPES.CallExpression:
        continue;
      default:
        return null;
    }
  }
  return null;
}

/** Whether a binding is read at all, and every read (not its declaration's own write) satisfies `where`. */
export function isReadOnlyWhere(id: TSESTree.Identifier, resolver: Resolver, where: (read: TSESTree.Node) => boolean): boolean {
  const reads = resolver.findVariable(id)?.references.filter((reference) => reference.init !== true) ?? [];
  return reads.length > 0 && reads.every((reference) => where(reference.identifier as TSESTree.Node));
}

/** Whether `inner` lies inside `outer`'s source range. */
export function isWithin(inner: TSESTree.Node, outer: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}
