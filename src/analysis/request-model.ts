import { type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./nodes";

import type { RequestProperty } from "./requests";
import { withoutTypeCasts, type Resolver } from "./resolve";

/**
 * Reasoning models: the o-series (`o1`, `o3-mini`, `o4-mini-deep-research`, dated snapshots) and the gpt-5 family
 * (`gpt-5`, `gpt-5-mini`, `gpt-5.2`, `gpt-5.5-pro`, dated snapshots), but for its `-chat` models, which are not.
 * Their Chat Completions requests reject `max_tokens` ("Unsupported parameter: 'max_tokens' is not supported with
 * this model. Use 'max_completion_tokens' instead."): the `openai` package 7.55.0 documents the key as "not
 * compatible with o-series models", and the reasoning guide (https://developers.openai.com/api/docs/guides/reasoning)
 * lists what reasoning models do not support. A fine-tuned model (`ft:o4-mini:…`) or a later family is not assumed.
 */
export const REASONING_MODEL = /^(?:o[1-9]|gpt-5(?:\.\d+)?)(?!.*-chat(?:-|$))(?:-[a-z0-9.-]+)?$/u;

/** Deeper than real code nests `cond ? a : b` and `const` aliases; cycles end here too. */
const MAX_DEPTH = 8;

/**
 * Every model id a request can name, when the file shows them all: `model: "o3"`, a `const` holding one, either
 * branch of `cond ? "o3" : "o4-mini"`. `null` when any of them is not a string the file spells out (a parameter, a
 * setting, `env.MODEL ?? "o3"`), or when the request names its model more than once.
 */
export function requestModelIds(properties: readonly RequestProperty[], resolver: Resolver): readonly string[] | null {
  const models = properties.filter(({ key }) => key === "model");
  if (models.length !== 1) return null;
  const { property } = models[0]!;
  if (property.kind !== "init" || property.method) return null;
  const ids: string[] = [];
  return collect(property.value, resolver, ids, 0) ? ids : null;
}

function collect(node: TSESTree.Node, resolver: Resolver, ids: string[], depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const value = withoutTypeCasts(node);
  switch (value.type) {
    case AST_NODE_TYPES.Literal:
      if (typeof value.value !== "string") return false;
      ids.push(value.value);
      return true;
    case AST_NODE_TYPES.TemplateLiteral:
      if (value.expressions.length > 0 || value.quasis[0]?.value.cooked == null) return false;
      ids.push(value.quasis[0].value.cooked);
      return true;
    case AST_NODE_TYPES.ConditionalExpression:
      return collect(value.consequent, resolver, ids, depth + 1) && collect(value.alternate, resolver, ids, depth + 1);
    case AST_NODE_TYPES.Identifier: {
      const init = resolver.boundInitializer(value);
      return init !== null && collect(init, resolver, ids, depth + 1);
    }
    default:
      return false;
  }
}
