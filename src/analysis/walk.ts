import type { TSESTree } from "@typescript-eslint/utils";

/**
 * Visits `root` and every node below it, depth first in source order. Where `visit` returns `false`, the nodes below
 * that node are left out (a nested function or class, whose `this` is another). For the few analyses that need a
 * subtree's nodes outside ESLint's own traversal: a class body, a method, or (once per file) the whole tree.
 */
export function walkNodes(root: TSESTree.Node, visit: (node: TSESTree.Node) => boolean | void): void {
  if (visit(root) === false) return;
  for (const key of Object.keys(root)) {
    if (key === "parent") continue;
    const child = (root as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const item of child) if (isNode(item)) walkNodes(item, visit);
    } else if (isNode(child)) {
      walkNodes(child, visit);
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}
