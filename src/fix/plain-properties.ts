import { type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../analysis/nodes";

import { getStaticPropertyKey } from "../analysis/resolve";

/** A property of an object literal with its static key. */
export interface KeyedProperty {
  readonly key: string;
  readonly property: TSESTree.Property;
}

/**
 * The properties of an object literal with their keys, or `null` if any is a spread, computed, a method or an
 * accessor: the objects whose shape a fix can read off the source and rewrite as text.
 */
export function plainProperties(object: TSESTree.ObjectExpression): KeyedProperty[] | null {
  const entries: KeyedProperty[] = [];
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.kind !== "init" || property.method) return null;
    const key = getStaticPropertyKey(property);
    if (key === null) return null;
    entries.push({ key, property });
  }
  return entries;
}
