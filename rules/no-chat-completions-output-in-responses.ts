import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../src/analysis/nodes";

import { getFileAnalysis, getStaticMemberName, getStaticPropertyKey } from "../src/analysis";
import type { ResponsesValues } from "../src/analysis/responses-values";
import { callOfMemberNamed, caseOf, childOf, comparedWith, memberNamed, propertyNamed } from "../src/analysis/selectors";
import { createRule } from "../src/create-rule";
import { CHAT_COMPLETIONS_OUTPUT_IN_RESPONSES, deprecationData } from "../src/deprecations";
import { conditionalInPlace } from "../src/fix/conditional-in-place";
import { renameProperty } from "../src/fix/rename-property";

/**
 * Chat Completions `usage` names and what a Responses `usage` calls them. A `*_details` object is renamed only when
 * the field read from it exists on both sides (`cached_tokens`, `reasoning_tokens`); the other Chat fields
 * (`audio_tokens`, `accepted_prediction_tokens`, …) have no Responses counterpart.
 *
 * Not a `ParamAction` (src/fix/actions.ts): those say how a key the code writes into a request is rewritten; these are
 * names the code reads from a result (`res.usage.prompt_tokens`, `const { prompt_tokens } = usage`), rewritten at
 * each member access or destructuring, and a rename here depends on the field read next (`sharedFields`).
 */
const USAGE_RENAMES: ReadonlyMap<string, { readonly name: string; readonly sharedFields?: ReadonlySet<string> }> = new Map([
  ["prompt_tokens", { name: "input_tokens" }],
  ["completion_tokens", { name: "output_tokens" }],
  ["prompt_tokens_details", { name: "input_tokens_details", sharedFields: new Set(["cached_tokens"]) }],
  ["completion_tokens_details", { name: "output_tokens_details", sharedFields: new Set(["reasoning_tokens"]) }],
]);
/** The Chat Completions helper stream's events (`ChatCompletionStreamEvents` in the SDK): a Responses stream sends none. */
const CHAT_STREAM_EVENTS: ReadonlySet<string> = new Set([
  "content",
  "chunk",
  "content.delta",
  "content.done",
  "refusal.delta",
  "refusal.done",
  "tool_calls.function.arguments.delta",
  "tool_calls.function.arguments.done",
  "logprobs.content.delta",
  "logprobs.content.done",
  "logprobs.refusal.delta",
  "logprobs.refusal.done",
  "functionToolCall",
  "functionToolCallResult",
  "message",
  "chatCompletion",
  "finalContent",
  "finalMessage",
  "finalChatCompletion",
  "finalFunctionToolCall",
  "finalFunctionToolCallResult",
  "totalUsage",
]);
/** `EventStream` methods that take an event name first. */
const EVENT_NAME_METHODS: ReadonlySet<string> = new Set(["on", "once", "off", "emitted"]);
const IMAGES_PARTIAL_EVENT = "image_generation.partial_image";
const TEXT_DELTA_EVENT = "response.output_text.delta";
/**
 * The listeners' own first checks, as selectors (src/analysis/selectors.ts): ESLint calls them only where these hold.
 * Every listener is keyed by a name or string the file must then contain, so a file that mentions a response and none
 * of them costs the rule its `create` alone, which sets nothing up: the file's Responses values are worked out at the
 * first listener call. (A search of the text for the names before `create`, stopping at the first, took 4 to 8 ms on
 * 1,000 files of the `openai` package, a twentieth of the plugin's time there.)
 */
const READ_NAMES = ["choices", "b64_json", ...USAGE_RENAMES.keys()];
const READ_NAMES_SELECTOR = memberNamed(READ_NAMES);
const DESTRUCTURED_NAMES_SELECTOR = childOf("ObjectPattern", propertyNamed(READ_NAMES));
const EVENT_CALL_SELECTOR = callOfMemberNamed(EVENT_NAME_METHODS);
const IMAGES_PARTIAL_CASE_SELECTOR = caseOf(IMAGES_PARTIAL_EVENT);
const IMAGES_PARTIAL_COMPARISON_SELECTOR = comparedWith(IMAGES_PARTIAL_EVENT);

type MessageIds =
  | "choicesContent"
  | "choicesOnResponse"
  | "dropFallback"
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
 * file: each value keeps its origin (see `src/analysis/responses-values.ts`).
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
      dropFallback: "Drop the fallback: a Responses result's text is `output_text`, there is nothing to fall back to.",
      chatDeltaOnEvent:
        "Responses stream events have no `choices`: this Chat Completions handler reads nothing. Handle typed events: `response.output_text.delta` (text in `delta`), `response.completed`, `error`: {{ url }}",
      readTextDelta: "Read the text of `response.output_text.delta` events.",
      chatUsageName: "A Responses `usage` has `{{ replacement }}`, not the Chat Completions `{{ name }}`: {{ url }}",
      chatStreamEvent:
        'A Responses stream emits no `"{{ name }}"` event (that is the Chat Completions helper\'s). Listen for `response.output_text.delta` (text in `delta`), `response.completed` and `error`: {{ url }}',
      imagesPartialEvent:
        "`image_generation.partial_image` is the Images API's event; a Responses stream sends `response.image_generation_call.partial_image` (image in `partial_image_b64`).",
      imagesPartialField:
        "Responses partial-image events (`response.image_generation_call.partial_image`) carry the image in `partial_image_b64`, not the Images API's `b64_json`.",
    },
    schema: [],
  },
  // `Response` too: with types, a value typed `Response` may come from another module.
  mentions: ["responses", "response"],
  create(context) {
    const sourceCode = context.sourceCode;
    // Both asked at the first listener call that needs them: most files that get here have none. (The file's
    // analysis keeps its Responses values, and `deprecationData` its message data for the day.)
    const values = (): ResponsesValues => getFileAnalysis(context).responsesValues;
    const data = (): Readonly<Record<string, string>> => deprecationData(CHAT_COMPLETIONS_OUTPUT_IN_RESPONSES);

    function checkChoices(node: TSESTree.MemberExpression): void {
      const kind = values().classifyValue(node.object);
      if (kind === "response") checkChoicesOnResponse(node);
      else if (kind === "responseEvent") checkChoicesOnEvent(node);
    }

    /** `res.choices[0].message.content` → `res.output_text`; any other `choices` read is reported. */
    function checkChoicesOnResponse(node: TSESTree.MemberExpression): void {
      const chain = readChain(node);
      const content = startsWith(chain.names, [0, "message", "content"]) ? chain.members[2]! : null;
      if (content === null) {
        context.report({ node, messageId: "choicesOnResponse", data: data() });
        return;
      }
      const read = outermost(content);
      const receiver = receiverText(node, sourceCode);
      const fix = (fixer: TSESLint.RuleFixer) => fixer.replaceText(content, `${receiver}${node.optional ? "?." : "."}output_text`);
      // `res.choices[0].message.content = text` writes: `output_text` is no place to write to.
      if (isWritten(content)) {
        context.report({ node: read, messageId: "choicesContent", data: data() });
        return;
      }
      const fallback = findFallbackFor(read, receiver, sourceCode);
      if (fallback === null) {
        context.report({ node: read, messageId: "choicesContent", data: data(), fix });
        return;
      }
      // `res.output_text || res.choices?.[0]?.message?.content`: rewriting the read would give `a || a`; the fallback
      // reads `undefined` (or throws), so what the author meant is `output_text` alone. Dropping it changes what an
      // empty `output_text` gives (`""`, no longer `undefined`): a suggestion, not a fix.
      context.report({
        node: read,
        messageId: "choicesContent",
        data: data(),
        suggest: [{ messageId: "dropFallback", fix: (fixer) => fixer.removeRange(fallback) }],
      });
    }

    /** `chunk.choices[0].delta.content` on a Responses event: suggest reading the typed text-delta event. */
    function checkChoicesOnEvent(node: TSESTree.MemberExpression): void {
      const chain = readChain(node);
      const whole = outermost(chain.members.at(-1) ?? node);
      const suggest: TSESLint.ReportSuggestionArray<MessageIds> = [];
      // The receiver is repeated in the rewrite: only a plain name, never an expression with effects.
      const event = node.object.type === AST_NODE_TYPES.Identifier ? node.object.name : null;
      if (event !== null && startsWith(chain.names, [0, "delta", "content"])) {
        const content = chain.members[2]!;
        suggest.push({
          messageId: "readTextDelta",
          fix: (fixer) =>
            fixer.replaceText(
              content,
              conditionalInPlace(content, `${event}.type === "${TEXT_DELTA_EVENT}" ? ${event}.delta : undefined`, sourceCode),
            ),
        });
      } else if (event !== null && chain.names.length === 2 && startsWith(chain.names, [0, "delta"])) {
        // The delta object itself: keep its shape, so that `delta?.content` further on still reads the text.
        const delta = chain.members[1]!;
        suggest.push({
          messageId: "readTextDelta",
          fix: (fixer) =>
            fixer.replaceText(
              delta,
              conditionalInPlace(delta, `${event}.type === "${TEXT_DELTA_EVENT}" ? { content: ${event}.delta } : undefined`, sourceCode),
            ),
        });
      }
      context.report({ node: whole, messageId: "chatDeltaOnEvent", data: data(), suggest });
    }

    function checkUsageName(node: TSESTree.MemberExpression | TSESTree.Property, name: string, key: TSESTree.Node): void {
      const rename = USAGE_RENAMES.get(name)!;
      // `usage.input_tokens ?? usage.prompt_tokens`, `const { input_tokens, prompt_tokens } = usage`: the Responses
      // name is read already, the Chat name kept for older payloads. The rename would give `a ?? a` (or a duplicate
      // binding); what is there reads the right field.
      if (readsAlongside(node, rename.name, sourceCode)) return;
      const report = { node: key, messageId: "chatUsageName" as const, data: { ...data(), name, replacement: rename.name } };
      if (rename.sharedFields !== undefined) {
        // `usage.prompt_tokens_details.cached_tokens`: renamed only when the field read exists on both sides.
        const field = node.type === AST_NODE_TYPES.MemberExpression ? readChain(node).names[0] : undefined;
        if (typeof field !== "string" || !rename.sharedFields.has(field)) {
          context.report(report);
          return;
        }
      }
      context.report({
        ...report,
        fix: (fixer) => {
          if (node.type === AST_NODE_TYPES.Property) return renameProperty(fixer, sourceCode, node, rename.name);
          if (!node.computed) return fixer.replaceText(node.property, rename.name);
          const quote = sourceCode.getText(node.property)[0];
          return fixer.replaceText(node.property, `${quote}${rename.name}${quote}`);
        },
      });
    }

    function checkImageEventType(literal: TSESTree.Node, other: TSESTree.Node): void {
      const read = other.type === AST_NODE_TYPES.ChainExpression ? other.expression : other;
      if (
        read.type === AST_NODE_TYPES.MemberExpression &&
        getStaticMemberName(read) === "type" &&
        values().classifyValue(read.object) === "responseEvent"
      ) {
        context.report({ node: literal, messageId: "imagesPartialEvent" });
      }
    }

    return {
      [READ_NAMES_SELECTOR](node: TSESTree.MemberExpression) {
        const name = getStaticMemberName(node);
        if (name === "choices") {
          checkChoices(node);
        } else if (name !== null && USAGE_RENAMES.has(name)) {
          if (values().classifyValue(node.object) === "usage") checkUsageName(node, name, node.property);
        } else if (name === "b64_json" && values().classifyValue(node.object) === "responseEvent") {
          context.report({ node: node.property, messageId: "imagesPartialField" });
        }
      },
      // Destructuring reads too: `const { choices } = res`, `const { prompt_tokens } = res.usage`.
      [DESTRUCTURED_NAMES_SELECTOR](node: TSESTree.Property) {
        const name = getStaticPropertyKey(node);
        if (name !== "choices" && name !== "b64_json" && (name === null || !USAGE_RENAMES.has(name))) return;
        const kind = values().classifyPattern(node.parent as TSESTree.ObjectPattern);
        if (name === "choices" && kind === "response") {
          context.report({ node: node.key, messageId: "choicesOnResponse", data: data() });
        } else if (name === "choices" && kind === "responseEvent") {
          context.report({ node: node.key, messageId: "chatDeltaOnEvent", data: data() });
        } else if (name === "b64_json" && kind === "responseEvent") {
          context.report({ node: node.key, messageId: "imagesPartialField" });
        } else if (name !== "choices" && name !== "b64_json" && kind === "usage") {
          checkUsageName(node, name, node.key);
        }
      },
      [EVENT_CALL_SELECTOR](node: TSESTree.CallExpression) {
        const callee = node.callee;
        const event = node.arguments[0];
        if (callee.type !== AST_NODE_TYPES.MemberExpression || event === undefined) return;
        const method = getStaticMemberName(callee);
        if (method === null || !EVENT_NAME_METHODS.has(method)) return;
        const name = staticString(event);
        if (name === null) return;
        if (!CHAT_STREAM_EVENTS.has(name) && name !== IMAGES_PARTIAL_EVENT) return;
        if (values().classifyValue(callee.object) !== "responseStream") return;
        if (name === IMAGES_PARTIAL_EVENT) context.report({ node: event, messageId: "imagesPartialEvent" });
        else context.report({ node: event, messageId: "chatStreamEvent", data: { ...data(), name } });
      },
      [IMAGES_PARTIAL_COMPARISON_SELECTOR](node: TSESTree.BinaryExpression) {
        if (node.operator !== "===" && node.operator !== "==" && node.operator !== "!==" && node.operator !== "!=") return;
        if (staticString(node.right) === IMAGES_PARTIAL_EVENT) checkImageEventType(node.right, node.left);
        else if (staticString(node.left) === IMAGES_PARTIAL_EVENT) checkImageEventType(node.left, node.right);
      },
      [IMAGES_PARTIAL_CASE_SELECTOR](node: TSESTree.SwitchCase) {
        if (node.test !== null && staticString(node.test) === IMAGES_PARTIAL_EVENT) {
          checkImageEventType(node.test, node.parent.discriminant);
        }
      },
    };
  },
});

/** A string literal's value, or a template literal's without expressions; else `null`. */
function staticString(node: TSESTree.Node): string | null {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === "string" ? node.value : null;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]!.value.cooked ?? null;
  return null;
}

/**
 * The member reads that follow `x.choices`: `x.choices[0].message.content.trim()` gives the names
 * `[0, "message", "content", "trim"]` and their member nodes, looking through `!`.
 */
function readChain(start: TSESTree.MemberExpression): {
  names: (string | number | null)[];
  members: TSESTree.MemberExpression[];
} {
  const names: (string | number | null)[] = [];
  const members: TSESTree.MemberExpression[] = [];
  let current: TSESTree.Node = start;
  for (;;) {
    let parent: TSESTree.Node | undefined = current.parent;
    while (parent?.type === AST_NODE_TYPES.TSNonNullExpression) {
      current = parent;
      parent = current.parent;
    }
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== current) break;
    current = parent;
    members.push(parent);
    names.push(
      parent.computed && parent.property.type === AST_NODE_TYPES.Literal && typeof parent.property.value === "number"
        ? parent.property.value
        : getStaticMemberName(parent),
    );
  }
  return { names, members };
}

function startsWith(names: readonly (string | number | null)[], expected: readonly (string | number)[]): boolean {
  return names.length >= expected.length && expected.every((name, index) => names[index] === name);
}

/** A read with the `ChainExpression` around it when it ends one: `a?.b` as an operand is the chain. */
function outermost(node: TSESTree.Node): TSESTree.Node {
  return node.parent?.type === AST_NODE_TYPES.ChainExpression ? node.parent : node;
}

/**
 * When `read` is the right side of `res.output_text || read` (or `??`, and in a longer `a || res.output_text || read`),
 * the source range to remove to drop the fallback: from after the operand before it to the end of `read`.
 */
function findFallbackFor(
  read: TSESTree.Node,
  receiver: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): [number, number] | null {
  const parent = read.parent;
  if (parent?.type !== AST_NODE_TYPES.LogicalExpression || parent.right !== read || parent.operator === "&&") return null;
  const before =
    parent.left.type === AST_NODE_TYPES.LogicalExpression && parent.left.operator === parent.operator
      ? parent.left.right
      : parent.left;
  const normalize = (text: string) => text.replace(/\s+|\?(?=\.)/gu, "");
  if (normalize(sourceCode.getText(before)) !== `${normalize(receiver)}.output_text`) return null;
  const operator = sourceCode.getTokenAfter(parent.left, (token) => token.value === parent.operator)!;
  return [sourceCode.getTokenBefore(operator)!.range[1], parent.range[1]];
}

/**
 * Whether the Chat `usage` name read by `node` sits beside a read of its Responses name `replacement`: another
 * operand of the same `??` / `||` chain, or another key of the same destructuring pattern.
 */
function readsAlongside(
  node: TSESTree.MemberExpression | TSESTree.Property,
  replacement: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  if (node.type === AST_NODE_TYPES.Property) {
    return (node.parent as TSESTree.ObjectPattern).properties.some(
      (entry) => entry.type === AST_NODE_TYPES.Property && getStaticPropertyKey(entry) === replacement,
    );
  }
  // Out to the whole operand: `usage?.prompt_tokens`, `usage.prompt_tokens!`.
  let operand: TSESTree.Node = node;
  while (operand.parent?.type === AST_NODE_TYPES.ChainExpression || operand.parent?.type === AST_NODE_TYPES.TSNonNullExpression) {
    operand = operand.parent;
  }
  // Up the chain of `a ?? b ?? c` (parsed `(a ?? b) ?? c`), then every operand in it.
  let chain: TSESTree.Node = operand;
  while (chain.parent?.type === AST_NODE_TYPES.LogicalExpression && chain.parent.operator !== "&&") chain = chain.parent;
  if (chain === operand) return false;
  const readsReplacement = new RegExp(`(?:\\.|\\[\\s*["'\`])${replacement}\\b`, "u");
  const operands: TSESTree.Node[] = [];
  const flatten = (expression: TSESTree.Node): void => {
    if (expression.type === AST_NODE_TYPES.LogicalExpression && expression.operator !== "&&") {
      flatten(expression.left);
      flatten(expression.right);
    } else {
      operands.push(expression);
    }
  };
  flatten(chain);
  return operands.some((other) => other !== operand && readsReplacement.test(sourceCode.getText(other)));
}

/** Whether a member is assigned, updated or deleted rather than read. */
function isWritten(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return (
    (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) ||
    parent?.type === AST_NODE_TYPES.UpdateExpression ||
    (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === "delete")
  );
}

/** The source of `x` in `x.choices`, parentheses included: `(res as any)`. */
function receiverText(node: TSESTree.MemberExpression, sourceCode: Readonly<TSESLint.SourceCode>): string {
  let token = sourceCode.getTokenAfter(node.object);
  while (token !== null && token.value === ")") token = sourceCode.getTokenAfter(token);
  return sourceCode.text.slice(node.range[0], token?.range[0] ?? node.object.range[1]);
}
