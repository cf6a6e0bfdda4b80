import type { TSESTree } from "@typescript-eslint/utils";

import { moduleBindingOf } from "./modules";
import type { Resolver } from "./resolve";

/** Where a binding comes from: a module and the export's name (`default`, or `*` for the whole module). */
export interface ImportedBinding {
  readonly source: string;
  readonly name: string;
}

/**
 * The module export an expression refers to, scope-resolved: `Agent` after `import { Agent } from "@openai/agents"`
 * or `const { Agent } = require("@openai/agents")`, `agents.Agent` after `import * as agents from …`. `null` for
 * anything else (a local class of the same name, a parameter, a member below an export). Read by `moduleBindingOf`.
 */
export function findImportedBinding(node: TSESTree.Node, resolver: Resolver): ImportedBinding | null {
  // Every rule asks about the callees and receivers of a file's calls: each is answered once, by the resolver.
  const cache = resolver.importedBindings;
  let found = cache.get(node);
  if (found === undefined) {
    const binding = moduleBindingOf(node, (identifier) => resolver.findVariable(identifier));
    found = binding === null || binding.members.length > 0 ? null : { source: binding.source, name: binding.imported ?? "*" };
    cache.set(node, found);
  }
  return found;
}
