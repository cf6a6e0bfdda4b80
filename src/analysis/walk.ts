import type { TSESTree } from "@typescript-eslint/utils";
import { visitorKeys } from "@typescript-eslint/visitor-keys";

/** Keys that hold no child node, for a node type the visitor keys do not know (another parser's). */
const NOT_CHILDREN: ReadonlySet<string> = new Set(["parent", "tokens", "comments", "loc", "range"]);

/** The keys of a node's children, in source order: typescript-eslint's visitor keys (ESTree, JSX and TypeScript). */
function childKeys(node: TSESTree.Node): readonly string[] {
  return visitorKeys[node.type] ?? Object.keys(node).filter((key) => !NOT_CHILDREN.has(key));
}

/**
 * Visits `root` and every node below it, depth first in source order. Where `visit` returns `false`, the nodes below
 * that node are left out (a nested function or class, whose `this` is another). For the few analyses that need a
 * subtree's nodes outside ESLint's own traversal: a class body, a method, or (once per file) the whole tree.
 *
 * It follows the visitor keys, as ESLint's own traversal does (never `parent`, nor a `Program`'s `tokens` and
 * `comments`), with a stack of its own rather than recursion, so that no depth of nesting overflows the call stack.
 */
export function walkNodes(root: TSESTree.Node, visit: (node: TSESTree.Node) => boolean | void): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    const keys = childKeys(node);
    // Pushed last child first, so that children are visited in source order.
    for (let keyIndex = keys.length - 1; keyIndex >= 0; keyIndex--) {
      const child = (node as unknown as Record<string, unknown>)[keys[keyIndex]!];
      if (Array.isArray(child)) {
        for (let index = child.length - 1; index >= 0; index--) if (isNode(child[index])) stack.push(child[index] as TSESTree.Node);
      } else if (isNode(child)) {
        stack.push(child);
      }
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}
