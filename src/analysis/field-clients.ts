import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { clientProvider, findClientConstruction, type ClientProvider } from "./client-base-url";
import { getStaticMemberName, getStaticPropertyKey, type Resolver } from "./resolve";
import { walkNodes } from "./walk";

/**
 * {@link clientProvider}, following a client held in a class field as well: `this.client.chat.completions.create`
 * where the class sets `this.client = new OpenAI({ baseURL: "https://openrouter.ai/api/v1" })` (gateway and provider
 * classes of coding agents are written that way). The field must be written once, with a `new` expression.
 */
export function clientProviderThroughFields(
  callee: TSESTree.Node,
  resolver: Resolver,
  sourceCode: Readonly<TSESLint.SourceCode>,
): ClientProvider {
  const provider = clientProvider(callee, resolver, sourceCode);
  if (provider !== "unknown") return provider;
  const construction = fieldConstruction(callee);
  return construction === null ? "unknown" : clientProvider(construction, resolver, sourceCode);
}

/**
 * Whether the client is built (in this file, or in a field of this class) with a `baseURL` whose value the file does
 * not show: `new OpenAI({ baseURL })` in an "OpenAI-compatible provider" class, `baseURL: options.url || OPENROUTER`.
 * Such code is written to talk to other servers as well, whose request parameters are their own.
 */
export function hasConfiguredBaseURL(callee: TSESTree.Node, resolver: Resolver, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const construction = findClientConstruction(callee, resolver) ?? fieldConstruction(callee);
  if (construction === null || clientProvider(construction, resolver, sourceCode) !== "unknown") return false;
  const options = construction.arguments[0];
  const object = options === undefined || options.type === AST_NODE_TYPES.SpreadElement ? null : resolver.objectLiteralOf(options);
  return object !== null && object.properties.some((property) => property.type === AST_NODE_TYPES.Property && getStaticPropertyKey(property) === "baseURL");
}

/** The `new …(…)` that the only write of `this.<field>` at the root of a member chain assigns, or `null`. */
function fieldConstruction(chain: TSESTree.Node): TSESTree.NewExpression | null {
  let node = chain;
  while (node.type === AST_NODE_TYPES.MemberExpression && node.object.type !== AST_NODE_TYPES.ThisExpression) node = node.object;
  if (node.type !== AST_NODE_TYPES.MemberExpression) return null;
  const field = getStaticMemberName(node);
  const owner = enclosingClassBody(node);
  if (field === null || owner === null) return null;
  const writes: TSESTree.Node[] = [];
  for (const element of owner.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && getStaticPropertyKey(element) === field && element.value !== null) {
      writes.push(element.value);
    }
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.value.body !== null) collectWrites(element.value.body, field, writes);
  }
  const [only] = writes;
  return writes.length === 1 && only!.type === AST_NODE_TYPES.NewExpression ? only : null;
}

/** The class body whose `this` a node's `this` is: the nearest one, past arrow functions only. */
function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | null {
  for (let current = node.parent; current != null; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
    if (current.type === AST_NODE_TYPES.FunctionDeclaration || (current.type === AST_NODE_TYPES.FunctionExpression && current.parent?.type !== AST_NODE_TYPES.MethodDefinition)) {
      return null;
    }
  }
  return null;
}

/** `this.<field> = value` anywhere in a method (not in nested functions or classes, whose `this` is another). */
function collectWrites(node: TSESTree.Node, field: string, writes: TSESTree.Node[]): void {
  walkNodes(node, (current) => {
    if (
      current !== node &&
      (current.type === AST_NODE_TYPES.FunctionExpression ||
        current.type === AST_NODE_TYPES.FunctionDeclaration ||
        current.type === AST_NODE_TYPES.ClassDeclaration ||
        current.type === AST_NODE_TYPES.ClassExpression)
    ) {
      return false;
    }
    if (
      current.type === AST_NODE_TYPES.AssignmentExpression &&
      current.left.type === AST_NODE_TYPES.MemberExpression &&
      current.left.object.type === AST_NODE_TYPES.ThisExpression &&
      getStaticMemberName(current.left) === field
    ) {
      writes.push(current.operator === "=" ? current.right : current);
    }
    return true;
  });
}
