import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { AST_NODE_TYPES, withoutTypeCasts } from "./nodes";

/**
 * The one reader of imports and requires: every analysis that asks where a binding comes from asks here, so that ES
 * imports, `import x = require()`, CommonJS `require` (whole, `.member`, destructured), `await import()` and aliases
 * of any of them are read alike everywhere.
 */

type Variable = TSESLint.Scope.Variable;

/** What a binding reads from a module. */
export interface ModuleBinding {
  /** The module specifier as written: `./config`, `openai`, `@/lib/settings`. */
  readonly source: string;
  /**
   * The export read: its name, `default` for a default import, `null` for the whole module (a namespace import,
   * `require(…)`, `await import(…)`, `import x = require(…)`).
   */
  readonly imported: string | null;
  /** Members read below that export: `const { chat: { model } } = require("./settings")` → `chat`, then `["model"]`. */
  readonly members: readonly string[];
}

/** Finds the variable an identifier refers to (the resolver's scope lookup). */
export type FindVariable = (node: TSESTree.Identifier) => Variable | null;

/** Aliases followed (`const a = b`, `const { x } = a`); real code never chains more. */
const MAX_ALIASES = 8;

/**
 * The module a whole-module expression loads: `require("x")`, `await import("x")` (through casts); else `null`. A bare
 * `import("x")` is a promise, not the module, and is not one.
 */
export function moduleSourceOf(node: TSESTree.Node): string | null {
  let inner = withoutTypeCasts(node);
  if (inner.type === AST_NODE_TYPES.AwaitExpression) {
    inner = withoutTypeCasts(inner.argument);
    if (inner.type === AST_NODE_TYPES.ImportExpression) {
      const source = inner.source;
      if (source.type === AST_NODE_TYPES.Literal) return typeof source.value === "string" ? source.value : null;
      return staticKeyOf(source);
    }
  }
  return inner.type === AST_NODE_TYPES.CallExpression ? requireSourceOf(inner) : null;
}

/** `require("x")` → `"x"`; anything else → `null`. */
export function requireSourceOf(node: TSESTree.CallExpression): string | null {
  const argument = node.arguments[0];
  if (
    node.callee.type !== AST_NODE_TYPES.Identifier ||
    node.callee.name !== "require" ||
    node.arguments.length !== 1 ||
    argument?.type !== AST_NODE_TYPES.Literal ||
    typeof argument.value !== "string"
  ) {
    return null;
  }
  return argument.value;
}

/**
 * What an import declaration's specifier binds; `null` for `import x = A.B` (a namespace alias, no module). `declaration`
 * is the specifier's import, for trees without parent links (a module parsed outside ESLint's traversal).
 */
export function importSpecifierBinding(
  specifier: TSESTree.ImportDefaultSpecifier | TSESTree.ImportNamespaceSpecifier | TSESTree.ImportSpecifier | TSESTree.TSImportEqualsDeclaration,
  declaration: TSESTree.ImportDeclaration | undefined = undefined,
): ModuleBinding | null {
  if (specifier.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
    const reference = specifier.moduleReference;
    return reference.type === AST_NODE_TYPES.TSExternalModuleReference && reference.expression.type === AST_NODE_TYPES.Literal
      ? { source: String(reference.expression.value), imported: null, members: [] }
      : null;
  }
  const source = String((declaration ?? specifier.parent).source?.value);
  switch (specifier.type) {
    case AST_NODE_TYPES.ImportDefaultSpecifier:
      return { source, imported: "default", members: [] };
    case AST_NODE_TYPES.ImportNamespaceSpecifier:
      return { source, imported: null, members: [] };
    case AST_NODE_TYPES.ImportSpecifier:
      return { source, imported: exportName(specifier.imported), members: [] };
  }
}

/** Whether an import is for types only (`import type { X }`, `import { type X }`): it holds no value at run time. */
export function isTypeOnlyImport(specifier: TSESTree.Node): boolean {
  return (
    (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === "type") ||
    (specifier.parent?.type === AST_NODE_TYPES.ImportDeclaration && specifier.parent.importKind === "type")
  );
}

/**
 * Where the value of an expression comes from, when it is read from a module: an imported name (`MODEL` after
 * `import { MODEL } from "./config"`), a member of one (`settings.chat.model`, `ns.MODEL` after `import * as ns`), a
 * `require` (`require("./config").model`), a destructured `require` or `await import()` (`const { a: { b } } = …`),
 * and `const` (or never reassigned) aliases of these. `null` for anything else: a local value, a parameter, a
 * reassigned binding, a computed member.
 */
export function moduleBindingOf(node: TSESTree.Node, findVariable: FindVariable, depth = 0): ModuleBinding | null {
  if (depth > MAX_ALIASES) return null;
  node = withoutTypeCasts(node);
  switch (node.type) {
    case AST_NODE_TYPES.MemberExpression: {
      const name = staticMemberName(node);
      if (name === null) return null;
      const object = moduleBindingOf(node.object, findVariable, depth + 1);
      return object === null ? null : withMembers(object, [name]);
    }
    case AST_NODE_TYPES.ChainExpression:
      return moduleBindingOf(node.expression, findVariable, depth + 1);
    case AST_NODE_TYPES.Identifier:
      break;
    default: {
      const source = moduleSourceOf(node);
      return source === null ? null : { source, imported: null, members: [] };
    }
  }
  const variable = findVariable(node);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def === undefined) return null;
  if (def.type === "ImportBinding") return importSpecifierBinding(def.node);
  if (def.type !== "Variable" || def.node.init === null) return null;
  const declarator = def.node;
  const initializer = def.node.init;
  if (initializer === null) return null;
  const loop = declarator.parent.parent;
  if (loop?.type === AST_NODE_TYPES.ForOfStatement || loop?.type === AST_NODE_TYPES.ForInStatement) return null;
  // A `let` or `var` assigned again may hold anything by the time it is read (the declaration's own writes, a
  // pattern's default among them, are `init` references). A `const` is not: its references are not scanned, as this
  // is asked of every callee a rule looks at.
  if (declarator.parent.kind !== "const" && variable!.references.some((reference) => reference.isWrite() && reference.init !== true)) return null;
  const path = patternPath(declarator.id, def.name);
  if (path === null) return null;
  const init = moduleBindingOf(initializer, findVariable, depth + 1);
  return init === null ? null : withMembers(init, path);
}

/** A binding with further members read: the first member of a whole module is the export's name. */
export function withMembers(binding: ModuleBinding, members: readonly string[]): ModuleBinding {
  if (members.length === 0) return binding;
  if (binding.imported === null && binding.members.length === 0) {
    return { source: binding.source, imported: members[0]!, members: members.slice(1) };
  }
  return { source: binding.source, imported: binding.imported, members: [...binding.members, ...members] };
}

/**
 * The member names leading from a declaration's pattern to `target` (`{ a: { b: target } }` → `["a", "b"]`, a
 * default kept: `{ a = fallback }`); `null` when a step cannot be named (array elements, computed keys, a rest).
 */
function patternPath(pattern: TSESTree.Node, target: TSESTree.Node): string[] | null {
  if (pattern === target) return [];
  switch (pattern.type) {
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        if (property.type === AST_NODE_TYPES.RestElement) continue;
        const rest = patternPath(property.value, target);
        if (rest === null) continue;
        const key = property.computed ? staticKeyOf(property.key) : property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : staticKeyOf(property.key);
        return key === null ? null : [key, ...rest];
      }
      return null;
    case AST_NODE_TYPES.AssignmentPattern:
      return patternPath(pattern.left, target);
    default:
      return null;
  }
}

function exportName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

function staticKeyOf(node: TSESTree.Node): string | null {
  if (node.type === AST_NODE_TYPES.Literal && (typeof node.value === "string" || typeof node.value === "number")) return String(node.value);
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]!.value.cooked ?? null;
  return null;
}

function staticMemberName(node: TSESTree.MemberExpression): string | null {
  if (!node.computed) return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : null;
  return staticKeyOf(node.property);
}

