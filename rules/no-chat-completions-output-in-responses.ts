import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { getFileAnalysis, getStaticMemberName, textMentionsAny } from "../src/analysis";
import { ResponsesValues } from "../src/analysis/responses-values";
import { createRule } from "../src/create-rule";
import { CHAT_COMPLETIONS_OUTPUT_IN_RESPONSES, deprecationData } from "../src/deprecations";

/** Chat Completions usage names and what a Responses `usage` calls them. */
const USAGE_RENAMES: ReadonlyMap<string, string> = new Map([
  ["prompt_tokens", "input_tokens"],
  ["completion_tokens", "output_tokens"],
]);
/** The Chat helper stream's event names, which a Responses stream never emits. */
const CHAT_STREAM_EVENTS: ReadonlySet<string> = new Set(["content", "chunk"]);
const IMAGES_PARTIAL_EVENT = "image_generation.partial_image";

type MessageIds =
  | "choicesContent"
  | "choicesOnResponse"
  | "useOutputText"
  | "chatDeltaOnEvent"
  | "readTextDelta"
  | "chatUsageName"
  | "chatStreamEvent"
  | "imagesPartialEvent"
  | "imagesPartialField";

/**
 * Reports Chat Completions output handling applied to values the Responses API produced in this file (or, with type
 * information, anywhere): `choices[0].message.content` on a response (fixed to `output_text`), other `choices`
 * reads, Chat stream handlers on Responses events, `usage.prompt_tokens` / `completion_tokens` (fixed), Chat helper
 * stream event names and the Images API's partial-image event. Chat Completions values stay silent, also in the same
 * file: each value keeps its origin.
 */
export default createRule<[], MessageIds>({
  name: CHAT_COMPLETIONS_OUTPUT_IN_RESPONSES.rule,
  meta: {
    type: "problem",
    docs: {
      description: "Disallow Chat Completions output and stream handling on Responses API results",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    messages: {
      choicesContent:
        "A Responses API result has no `choices`: this reads `undefined`. Its text is `output_text` (or the `message` items of `output`): {{ url }}",
      choicesOnResponse:
        "A Responses API result has no `choices`: read its `output` items (`message`, `function_call`, `reasoning`, …) instead: {{ url }}",
      useOutputText: "Read `output_text` instead.",
      chatDeltaOnEvent:
        "Responses stream events have no `choices`: this Chat Completions handler reads nothing. Handle typed events: `response.output_text.delta` (text in `delta`), `response.completed`, `error`: {{ url }}",
      readTextDelta: "Read the text of `response.output_text.delta` events.",
      chatUsageName: "A Responses `usage` has `{{ replacement }}`, not the Chat Completions `{{ name }}`.",
      chatStreamEvent:
        'A Responses stream emits no `"{{ name }}"` event (that is the Chat Completions helper\'s). Listen for `response.output_text.delta` (text in `delta`), `response.completed` and `error`: {{ url }}',
      imagesPartialEvent:
        "`image_generation.partial_image` is the Images API's event; a Responses stream sends `response.image_generation_call.partial_image` (image in `partial_image_b64`).",
      imagesPartialField:
        "Responses partial-image events carry the image in `partial_image_b64`, not the Images API's `b64_json`.",
    },
    schema: [],
  },
  create(context) {
    if (
      // `Response` too: with types, a value typed `Response` may come from another module.
      !textMentionsAny(context, ["responses", "Response"]) ||
      !textMentionsAny(context, ["choices", "_tokens", "b64_json", "partial_image", "content", "chunk"])
    ) {
      return {};
    }
    const { resolver } = getFileAnalysis(context);
    const values = new ResponsesValues(resolver);
    const sourceCode = context.sourceCode;
    const data = deprecationData(CHAT_COMPLETIONS_OUTPUT_IN_RESPONSES);

    function checkChoices(node: TSESTree.MemberExpression): void {
      const kind = values.classify(node.object);
      if (kind !== "response" && kind !== "responseEvent") return;
      const chain = readChain(node);
      const whole = chain.end.parent?.type === AST_NODE_TYPES.ChainExpression ? chain.end.parent : chain.end;
      const receiver = receiverText(node, sourceCode);
      if (kind === "response") {
        if (!matches(chain.names, [0, "message", "content"])) {
          context.report({ node, messageId: "choicesOnResponse", data });
          return;
        }
        const replacement = `${receiver}${node.optional ? "?." : "."}output_text`;
        const fix = (fixer: TSESLint.RuleFixer) => fixer.replaceText(whole, replacement);
        // `r.output_text || r.choices?.[0]?.message?.content`: rewriting the fallback would only repeat the left side.
        if (isFallbackFor(whole, sourceCode)) {
          context.report({ node: whole, messageId: "choicesContent", data, suggest: [{ messageId: "useOutputText", fix }] });
        } else {
          context.report({ node: whole, messageId: "choicesContent", data, fix });
        }
        return;
      }
      const readsDeltaText =
        matches(chain.names, [0, "delta", "content"]) && node.object.type === AST_NODE_TYPES.Identifier;
      context.report({
        node: whole,
        messageId: "chatDeltaOnEvent",
        data,
        suggest: readsDeltaText
          ? [
              {
                messageId: "readTextDelta",
                fix: (fixer) =>
                  fixer.replaceText(whole, `(${receiver}.type === "response.output_text.delta" ? ${receiver}.delta : undefined)`),
              },
            ]
          : [],
      });
    }

    function checkImageEventType(literal: TSESTree.Node, other: TSESTree.Node): void {
      if (
        other.type === AST_NODE_TYPES.MemberExpression &&
        getStaticMemberName(other) === "type" &&
        values.classify(other.object) === "responseEvent"
      ) {
        context.report({ node: literal, messageId: "imagesPartialEvent" });
      }
    }

    return {
      MemberExpression(node) {
        const name = getStaticMemberName(node);
        if (name === "choices") {
          checkChoices(node);
        } else if (name !== null && USAGE_RENAMES.has(name) && values.classify(node.object) === "usage") {
          const replacement = USAGE_RENAMES.get(name)!;
          context.report({
            node: node.property,
            messageId: "chatUsageName",
            data: { name, replacement },
            fix: (fixer) =>
              node.computed ? fixer.replaceText(node.property, `"${replacement}"`) : fixer.replaceText(node.property, replacement),
          });
        } else if (name === "b64_json" && values.classify(node.object) === "responseEvent") {
          context.report({ node: node.property, messageId: "imagesPartialField" });
        }
      },
      CallExpression(node) {
        const event = node.arguments[0];
        if (
          node.callee.type === AST_NODE_TYPES.MemberExpression &&
          getStaticMemberName(node.callee) === "on" &&
          event?.type === AST_NODE_TYPES.Literal &&
          typeof event.value === "string" &&
          CHAT_STREAM_EVENTS.has(event.value) &&
          values.classify(node.callee.object) === "responseStream"
        ) {
          context.report({ node: event, messageId: "chatStreamEvent", data: { ...data, name: event.value } });
        }
      },
      BinaryExpression(node) {
        if (!["===", "==", "!==", "!="].includes(node.operator)) return;
        if (isString(node.right, IMAGES_PARTIAL_EVENT)) checkImageEventType(node.right, node.left);
        else if (isString(node.left, IMAGES_PARTIAL_EVENT)) checkImageEventType(node.left, node.right);
      },
      SwitchCase(node) {
        if (node.test !== null && isString(node.test, IMAGES_PARTIAL_EVENT)) {
          checkImageEventType(node.test, (node.parent as TSESTree.SwitchStatement).discriminant);
        }
      },
    };
  },
});

function isString(node: TSESTree.Node, value: string): boolean {
  return node.type === AST_NODE_TYPES.Literal && node.value === value;
}

/**
 * The member reads that follow `x.choices`: `x.choices[0].message.content` gives `[0, "message", "content"]` and
 * `end`, the outermost of them.
 */
function readChain(start: TSESTree.MemberExpression): { names: (string | number | null)[]; end: TSESTree.MemberExpression } {
  const names: (string | number | null)[] = [];
  let end = start;
  while (end.parent?.type === AST_NODE_TYPES.MemberExpression && end.parent.object === end) {
    end = end.parent;
    const property = end.property;
    names.push(
      end.computed && property.type === AST_NODE_TYPES.Literal && typeof property.value === "number"
        ? property.value
        : getStaticMemberName(end),
    );
  }
  return { names, end };
}

function matches(names: readonly (string | number | null)[], expected: readonly (string | number)[]): boolean {
  return names.length === expected.length && names.every((name, index) => name === expected[index]);
}

/** The right side of `a.output_text || …` / `?? …`: a defensive fallback on a value that is already read right. */
function isFallbackFor(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const parent = node.parent;
  return (
    parent?.type === AST_NODE_TYPES.LogicalExpression &&
    parent.right === node &&
    /\boutput_text\b/u.test(sourceCode.getText(parent.left))
  );
}

/** The source of `x` in `x.choices`, parentheses included: `(res as any)`. */
function receiverText(node: TSESTree.MemberExpression, sourceCode: Readonly<TSESLint.SourceCode>): string {
  let token = sourceCode.getTokenAfter(node.object);
  while (token !== null && token.value === ")") token = sourceCode.getTokenAfter(token);
  return sourceCode.text.slice(node.range[0], token?.range[0] ?? node.object.range[1]);
}
