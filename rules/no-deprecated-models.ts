import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../src/analysis/nodes";

import path from "node:path";

import { fileMentions, getFileAnalysis, mentionsModelId, mentionsModelPosition, quotesModelId } from "../src/analysis";
import { findImportedModels } from "../src/analysis/imported-models";
import { MODEL_ID_LITERAL, MODEL_ID_TEMPLATE } from "../src/analysis/selectors";
import { GENKIT_OPENAI_REFS_MODULE, genkitModelRef, splitRoutedModel, type RoutedModel } from "../src/analysis/model-routers";
import { createRule } from "../src/create-rule";
import { DEPRECATED_MODELS, modelShutdownData } from "../src/deprecations";
import { DATE_OPTION_SCHEMA, daysFrom, lazyReferenceDate } from "../src/dates";
import { modelShutdownOf, type ModelShutdown } from "../src/models";

export interface Options {
  /** Ids still allowed while a team migrates. */
  readonly allow?: readonly string[];
  /** Report only ids that shut down within this many days of `date`, and those already shut down. */
  readonly onlyWithinDays?: number;
  /** The day messages are worded for (`YYYY-MM-DD`); default today in UTC. */
  readonly date?: string;
}

/**
 * Reports model ids with an announced shutdown where they reach an OpenAI request: the `model` of an SDK request or
 * a REST body sent to `api.openai.com`, the Agents SDK, the AI SDK's OpenAI provider and LangChain's OpenAI classes,
 * and the frameworks that name it their own way (`"openai/gpt-4o"`, `"openai:gpt-4o"`: src/analysis/model-routers.ts).
 * The id is reported at its string, once, however many requests it reaches. Replacing it is a suggestion, never a
 * fix: another model changes behaviour and cost.
 */
export default createRule<[Options], "deprecatedModel" | "deprecatedModelElsewhere" | "replaceModel">({
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
      deprecatedModelElsewhere: "`{{ model }}`, set in `{{ where }}`, {{ when }}{{ consequence }}. {{ advice }} See {{ url }}",
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
    const mentions = fileMentions(context);
    const genkitRefs = mentions.has(GENKIT_OPENAI_REFS_MODULE);
    const literals = mentionsModelId(mentions) || genkitRefs || quotesModelId(context);
    // Ids written in another module and imported here: the module is read only for a value that reaches a request.
    const imported = mentionsModelPosition(context, mentions);
    if (!literals && !imported) return {};
    const allow = options.allow ?? [];
    // The day messages are worded for, worked out at the first id found: most files that get this far hold none.
    const today = lazyReferenceDate(context, options.date);
    const sourceCode = context.sourceCode;

    function check(node: TSESTree.Literal | TSESTree.TemplateLiteral, text: string): void {
      // `wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview`: the id in a Realtime URL's query.
      if (text.includes("model=")) {
        const inUrl = getFileAnalysis(context).modelUses.realtimeUrlModel(node);
        if (inUrl !== null) {
          const start = node.range[0] + 1 + inUrl.offset;
          // Rewritten only where the source spells the id as its value (no escapes, no percent-encoding).
          const rewritable = sourceCode.text.slice(start, start + inUrl.id.length) === inUrl.id && sourceCode.getText(node).slice(1, -1) === text;
          checkModel(node, splitRoutedModel(inUrl.id), inUrl.id, rewritable ? [start, start + inUrl.id.length] : null, true);
          return;
        }
      }
      // Most strings are no id: one without a router's prefix (`openai/`, `openai:`) is an id only as a whole.
      if (!text.startsWith("openai") && modelShutdownOf(text) === undefined) return;
      // `openai/gpt-4o` (the AI SDK's gateway, Mastra, Genkit) or `openai:gpt-4o` (LangChain) names `gpt-4o`.
      // Only a string spelled as its value (no escapes) is rewritten in place, keeping its quotes and its prefix.
      checkModel(node, splitRoutedModel(text), text, sourceCode.getText(node).slice(1, -1) === text ? [node.range[0] + 1, node.range[1] - 1] : null);
    }

    /** The table's row for `model` when this run reports it (not allowed, within `onlyWithinDays`), else `undefined`. */
    function reportedRow(model: RoutedModel, text: string): ModelShutdown | undefined {
      const row = modelShutdownOf(model.id);
      if (row === undefined || allow.includes(model.id) || allow.includes(text)) return undefined;
      if (options.onlyWithinDays !== undefined && daysFrom(today(), row.shutdown) > options.onlyWithinDays) return undefined;
      return row;
    }

    /**
     * Reports `model`, written at `node` as `text`, where it reaches an OpenAI request (`sent`: already known to). A
     * suggestion rewrites `range` when there is one.
     */
    function checkModel(node: TSESTree.Expression, model: RoutedModel, text: string, range: readonly [number, number] | null, sent = false): void {
      const { prefix } = model;
      const row = reportedRow(model, text);
      if (row === undefined) return;
      if (!sent && !getFileAnalysis(context).modelUses.reachesOpenAIModel(node, model)) return;
      context.report({
        node,
        messageId: "deprecatedModel",
        data: modelShutdownData(row, today()),
        suggest:
          range !== null
            ? row.suggestions.map((replacement) => ({
                messageId: "replaceModel" as const,
                data: { replacement: prefix + replacement },
                fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(range, prefix + replacement),
              }))
            : [],
      });
    }

    /**
     * Ids that reach a request from another module: reported at their use here, saying where they are written. No
     * suggestion: it would edit the other file, whose value other code may share.
     */
    function checkImportedModels(): void {
      for (const found of findImportedModels(context)) {
        const model = splitRoutedModel(found.text);
        const row = reportedRow(model, found.text);
        if (row === undefined) continue;
        context.report({
          node: found.node,
          messageId: "deprecatedModelElsewhere",
          data: { ...modelShutdownData(row, today()), where: `${path.relative(context.cwd, found.file).split(path.sep).join("/")}:${found.line}` },
        });
      }
    }

    if (!literals) return { "Program:exit": checkImportedModels };
    return {
      ...(imported && { "Program:exit": checkImportedModels }),
      // `import { gpt4o } from "genkitx-openai"` used as a Genkit model: reported at each use, not rewritten (the
      // replacement may have no reference of its own).
      ...(genkitRefs && {
        ImportDeclaration(node: TSESTree.ImportDeclaration) {
          if (node.source.value !== GENKIT_OPENAI_REFS_MODULE) return;
          for (const specifier of node.specifiers) {
            if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue;
            const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
            const model = genkitModelRef(imported);
            if (model === null) continue;
            for (const variable of sourceCode.getDeclaredVariables(specifier)) {
              for (const reference of variable.references) {
                if (reference.isRead()) checkModel(reference.identifier as TSESTree.Identifier, model, imported, null);
              }
            }
          }
        },
      }),
      // Only a string with one of the table's model words can hold an id (src/analysis/selectors.ts).
      [MODEL_ID_LITERAL](node: TSESTree.StringLiteral) {
        check(node, node.value);
      },
      [MODEL_ID_TEMPLATE](node: TSESTree.TemplateLiteral) {
        if (node.expressions.length === 0 && node.parent.type !== AST_NODE_TYPES.TaggedTemplateExpression) {
          check(node, node.quasis[0]!.value.cooked ?? "");
        }
      },
    };
  },
});
