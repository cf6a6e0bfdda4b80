import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";

import { getRequireSource, getStaticMemberName, getStaticPropertyKey, type Resolver } from "./resolve";

/** Where a binding comes from: a module and the export's name (`default`, or `*` for the whole module). */
export interface ImportedBinding {
  readonly source: string;
  readonly name: string;
}

/**
 * The module export an expression refers to, scope-resolved: `Agent` after `import { Agent } from "@openai/agents"`
 * or `const { Agent } = require("@openai/agents")`, `agents.Agent` after `import * as agents from …`. `null` for
 * anything else (a local class of the same name, a parameter).
 */
export function findImportedBinding(node: TSESTree.Node, resolver: Resolver): ImportedBinding | null {
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = getStaticMemberName(node);
    const object = findImportedBinding(node.object, resolver);
    return name !== null && object?.name === "*" ? { source: object.source, name } : null;
  }
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const source = getRequireSource(node);
    return source === null ? null : { source, name: "*" };
  }
  if (node.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = resolver.findVariable(node);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === "ImportBinding") {
    const specifier = def.node;
    if (specifier.type === AST_NODE_TYPES.TSImportEqualsDeclaration) return null;
    const source = String(specifier.parent.source?.value);
    switch (specifier.type) {
      case AST_NODE_TYPES.ImportDefaultSpecifier:
        return { source, name: "default" };
      case AST_NODE_TYPES.ImportNamespaceSpecifier:
        return { source, name: "*" };
      case AST_NODE_TYPES.ImportSpecifier:
        return {
          source,
          name: specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value),
        };
    }
  }
  if (def?.type === "Variable" && def.node.init !== null && def.parent.kind === "const") {
    const init = def.node.init.type === AST_NODE_TYPES.AwaitExpression ? def.node.init.argument : def.node.init;
    const module =
      init.type === AST_NODE_TYPES.ImportExpression && init.source.type === AST_NODE_TYPES.Literal
        ? { source: String(init.source.value), name: "*" }
        : findImportedBinding(init, resolver);
    if (module === null) return null;
    if (def.node.id.type === AST_NODE_TYPES.Identifier) return module;
    if (def.node.id.type === AST_NODE_TYPES.ObjectPattern && module.name === "*") {
      for (const property of def.node.id.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        // `{ Agent }`, `{ Agent: A }` or `{ Agent = Fallback }`
        const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
        if (value === def.name) {
          const key = getStaticPropertyKey(property);
          return key === null ? null : { source: module.source, name: key };
        }
      }
    }
  }
  return null;
}
