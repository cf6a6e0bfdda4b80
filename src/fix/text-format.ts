import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { getStaticPropertyKey } from "../analysis/resolve";
import { plainProperties } from "./plain-properties";

/**
 * A Chat Completions `response_format` value as the Responses API's `text.format`: a `json_schema` format lifts its
 * `json_schema` object's properties (`name`, `description`, `schema`, `strict`) up a level; `json_object` and `text`
 * formats move as they are.
 *
 * `null` where the value is not an object literal whose shape can be read off the source: another type, a spread or
 * computed key in the format, a `json_schema` that is not an object literal, a key on both levels, or a comment the
 * rewrite would drop.
 */
export function textFormatFrom(value: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  if (value.type !== AST_NODE_TYPES.ObjectExpression || sourceCode.getCommentsInside(value).length > 0) return null;
  const outer = plainProperties(value);
  if (outer === null) return null;
  const type = outer.find(({ key }) => key === "type")?.property.value;
  if (type?.type !== AST_NODE_TYPES.Literal) return null;
  if (type.value === "json_object" || type.value === "text") return sourceCode.getText(value);
  if (type.value !== "json_schema") return null;
  const schema = outer.find(({ key }) => key === "json_schema");
  if (schema?.property.value.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const lifted = schema.property.value.properties;
  const kept = outer.filter((entry) => entry !== schema);
  const collides = lifted.some(
    (item) => item.type === AST_NODE_TYPES.Property && kept.some(({ key }) => key === getStaticPropertyKey(item)),
  );
  if (collides) return null;
  return `{ ${[...kept.map(({ property }) => property), ...lifted].map((item) => sourceCode.getText(item)).join(", ")} }`;
}
