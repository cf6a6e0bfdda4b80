import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { fileMentions, getFileAnalysis, mentionsModelId, quotesModelId } from "../src/analysis";
import { splitRoutedModel } from "../src/analysis/model-routers";
import { ModelUses } from "../src/analysis/model-uses";
import { createRule } from "../src/create-rule";
import { DEPRECATED_MODELS } from "../src/deprecations";
import { DATE_OPTION_SCHEMA, daysFrom, referenceDate, wordDate } from "../src/dates";
import { DEPRECATIONS_PAGE, MODEL_SHUTDOWNS, type ModelShutdown } from "../src/models";

export interface Options {
  /** Ids still allowed while a team migrates. */
  readonly allow?: readonly string[];
  /** Report only ids that shut down within this many days of `date`, and those already shut down. */
  readonly onlyWithinDays?: number;
  /** The day messages are worded for (`YYYY-MM-DD`); default today in UTC. */
  readonly date?: string;
}

const modelUses = new WeakMap<object, ModelUses>();

/**
 * Reports model ids with an announced shutdown where they reach an OpenAI request: the `model` of an SDK request or
 * a REST body sent to `api.openai.com`, the Agents SDK, the AI SDK's OpenAI provider and LangChain's OpenAI classes,
 * and the frameworks that name it their own way (`"openai/gpt-4o"`, `"openai:gpt-4o"`: src/analysis/model-routers.ts).
 * The id is reported at its string, once, however many requests it reaches. Replacing it is a suggestion, never a
 * fix: another model changes behaviour and cost.
 */
export default createRule<[Options], "deprecatedModel" | "replaceModel">({
  name: DEPRECATED_MODELS.rule,
  meta: {
    type: "problem",
    docs: {
      description: "Disallow OpenAI model ids that have an announced shutdown date",
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      deprecatedModel: "`{{ model }}` {{ when }}{{ consequence }}. {{ advice }} See {{ url }}",
      replaceModel: "Replace with `{{ replacement }}` (check the new model's behaviour and price).",
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          allow: {
            type: "array",
            items: { type: "string", minLength: 1 },
            uniqueItems: true,
            description: "Model ids to leave alone while a migration is under way.",
          },
          onlyWithinDays: {
            type: "integer",
            minimum: 0,
            description: "Report only ids that shut down within this many days of `date` (and those already shut down).",
          },
          date: DATE_OPTION_SCHEMA,
        },
      },
    ],
    defaultOptions: [{}],
  },
  create(context, [options]) {
    if (!mentionsModelId(fileMentions(context)) && !quotesModelId(context)) return {};
    const allow = new Set(options.allow ?? []);
    const today = referenceDate(context, options.date);
    const sourceCode = context.sourceCode;

    function uses(): ModelUses {
      let found = modelUses.get(sourceCode);
      if (found === undefined) {
        const { resolver, rest } = getFileAnalysis(context);
        found = new ModelUses(resolver, rest, sourceCode);
        modelUses.set(sourceCode, found);
      }
      return found;
    }

    function check(node: TSESTree.Literal | TSESTree.TemplateLiteral, text: string): void {
      // `openai/gpt-4o` (the AI SDK's gateway, Mastra, Genkit) or `openai:gpt-4o` (LangChain) names `gpt-4o`.
      const model = splitRoutedModel(text);
      const { id, prefix } = model;
      const row = MODEL_SHUTDOWNS.get(id);
      if (row === undefined || allow.has(id) || allow.has(text)) return;
      const days = daysFrom(today, row.shutdown);
      if (options.onlyWithinDays !== undefined && days > options.onlyWithinDays) return;
      if (!uses().reachesOpenAIModel(node, model)) return;
      const raw = sourceCode.getText(node);
      // Only a string spelled as its value (no escapes) is rewritten in place, keeping its quotes and its prefix.
      const rewritable = raw.slice(1, -1) === text;
      context.report({
        node,
        messageId: "deprecatedModel",
        data: {
          model: id,
          when: wordDate(row.shutdown, today),
          consequence: days <= 0 ? ": requests that name it fail" : "",
          advice: advice(row, days),
          url: DEPRECATIONS_PAGE,
        },
        suggest: rewritable
          ? row.suggestions.map((replacement) => ({
              messageId: "replaceModel" as const,
              data: { replacement: prefix + replacement },
              fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([node.range[0] + 1, node.range[1] - 1], prefix + replacement),
            }))
          : [],
      });
    }

    return {
      Literal(node) {
        if (typeof node.value === "string") check(node, node.value);
      },
      TemplateLiteral(node) {
        if (node.expressions.length === 0 && node.parent.type !== AST_NODE_TYPES.TaggedTemplateExpression) {
          check(node, node.quasis[0]!.value.cooked ?? "");
        }
      },
    };
  },
});

function advice(row: ModelShutdown, days: number): string {
  const names = row.replacements.map((id) => `\`${id}\``).join(" or ");
  if (names !== "") return `Move to ${names}${row.note === undefined ? "" : ` (${row.note})`}${days > 0 ? " before then" : ""}.`;
  if (row.note !== undefined) return `${capitalize(row.note)}.`;
  return `OpenAI names no replacement: move to a current model${days > 0 ? " before then" : ""}.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
