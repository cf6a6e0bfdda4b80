import { type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./nodes";

import { getStaticMemberName, getStaticPropertyKey } from "./resolve";

/**
 * The HTTP header name a string value is given for, in the forms code sets headers: `{ "OpenAI-Beta": v }`,
 * `headers.set("OpenAI-Beta", v)`, `[["OpenAI-Beta", v]]`, `headers["OpenAI-Beta"] = v`. `null` when the string is
 * not a header value.
 */
export function findHeaderName(value: TSESTree.Literal): string | null {
  const parent = value.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.Property:
      return parent.value === value ? getStaticPropertyKey(parent) : null;
    case AST_NODE_TYPES.CallExpression:
      return parent.arguments[1] === value ? stringValue(parent.arguments[0]) : null;
    case AST_NODE_TYPES.ArrayExpression:
      return parent.elements.length === 2 && parent.elements[1] === value ? stringValue(parent.elements[0]) : null;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === value && parent.left.type === AST_NODE_TYPES.MemberExpression
        ? getStaticMemberName(parent.left)
        : null;
    default:
      return null;
  }
}

function stringValue(node: TSESTree.Node | null | undefined): string | null {
  return node?.type === AST_NODE_TYPES.Literal && typeof node.value === "string" ? node.value : null;
}
