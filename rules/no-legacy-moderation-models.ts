import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { getStaticMemberName, fileMentions } from "../src/analysis";
import { createRule } from "../src/create-rule";
import { DATED_RULE_OPTIONS, referenceDate, type DatedRuleOptions } from "../src/dates";
import { deprecationData, formatDate, LEGACY_MODERATION_MODEL, LEGACY_MODERATION_MODELS } from "../src/deprecations";

/** A legacy model named inside a JSON text (a Batch JSONL line, a raw request body): `"model": "text-moderation-…"`. */
const LEGACY_MODEL_IN_JSON = /"model"\s*:\s*"(text-moderation-(?:latest|stable|\d{3}))"/u;
/** Where to rewrite inside such a text's source: each legacy id right after a `model` key. */
const LEGACY_MODEL_IN_SOURCE = /(model\\?["']?\s*:\s*\\?["'])(text-moderation-(?:latest|stable|\d{3}))(?=\\?["'])/gu;

const REPLACEMENT = LEGACY_MODERATION_MODELS.replacement;

/**
 * Reports the legacy moderation model ids wherever code sends them: SDK and REST requests, `moderation: { model }`,
 * constants, config objects and JSON bodies held in strings. Fixes them to `omni-moderation-latest`.
 *
 * Stays silent where the string only names the model without sending it: type unions (the SDK's own
 * `ModerationModel` lists two of them), zod enums, object keys (price tables) and code samples held in strings.
 * Where code compares against the id (`model === "text-moderation-latest"`), the rewrite would change what the
 * comparison means, so it is offered as a suggestion only.
 */
export default createRule({
  name: LEGACY_MODERATION_MODELS.rule,
  meta: {
    type: "problem",
    docs: {
      description: `Disallow the legacy text-moderation models (shutdown: ${formatDate(LEGACY_MODERATION_MODELS.shutdown)})`,
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    messages: {
      legacyModel:
        "`{{ model }}` was deprecated on {{ announced }} and {{ shutDown }}. Use `{{ replacement }}` instead: {{ url }}",
      replaceModel: "Replace with `{{ replacement }}`.",
    },
    schema: [DATED_RULE_OPTIONS],
    defaultOptions: [{}] as [DatedRuleOptions],
  },
  create(context, [options]) {
    if (!fileMentions(context).has("text-moderation-")) return {};
    const data = deprecationData(LEGACY_MODERATION_MODELS, referenceDate(context, options.date));
    const sourceCode = context.sourceCode;

    function check(node: TSESTree.Literal | TSESTree.TemplateLiteral, value: string): void {
      if (LEGACY_MODERATION_MODEL.test(value)) {
        if (!sendsTheModel(node)) return;
        const raw = sourceCode.getText(node);
        // The id has no characters that need escaping: when the source spells it differently (`\u002d`), leave it.
        const fix =
          raw.slice(1, -1) === value
            ? (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([node.range[0] + 1, node.range[1] - 1], REPLACEMENT)
            : null;
        const report = { node, messageId: "legacyModel" as const, data: { ...data, model: value } };
        if (isComparedAgainst(node)) {
          context.report({ ...report, suggest: fix === null ? [] : [{ messageId: "replaceModel", data, fix }] });
        } else {
          context.report({ ...report, fix });
        }
        return;
      }
      const inJson = LEGACY_MODEL_IN_JSON.exec(value);
      if (inJson !== null) {
        const raw = sourceCode.getText(node);
        const start = node.range[0];
        context.report({
          node,
          messageId: "legacyModel",
          data: { ...data, model: inJson[1] },
          fix: (fixer) =>
            [...raw.matchAll(LEGACY_MODEL_IN_SOURCE)].map((match) =>
              fixer.replaceTextRange(
                [start + match.index + match[1]!.length, start + match.index + match[0].length],
                REPLACEMENT,
              ),
            ),
        });
      }
    }

    return {
      Literal(node) {
        if (typeof node.value === "string") check(node, node.value);
      },
      TemplateLiteral(node) {
        if (node.parent.type === AST_NODE_TYPES.TaggedTemplateExpression) return;
        const value = node.quasis.map((quasi) => quasi.value.cooked ?? "").join("");
        if (node.expressions.length === 0) check(node, value);
        else if (LEGACY_MODEL_IN_JSON.test(value)) check(node, value);
      },
    };
  },
});

/** False where the id is only named: a type, a key, a zod enum member, an import path. */
function sendsTheModel(node: TSESTree.Node): boolean {
  const parent = node.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.TSLiteralType:
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.TSEnumMember:
      return parent.type === AST_NODE_TYPES.TSEnumMember && parent.initializer === node;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.MethodDefinition:
      return parent.key !== node;
    case AST_NODE_TYPES.ArrayExpression:
      return !isZodEnum(parent.parent);
    case AST_NODE_TYPES.CallExpression:
      return !isZodEnum(parent) && !(parent.callee.type === AST_NODE_TYPES.MemberExpression && getStaticMemberName(parent.callee) === "literal");
    default:
      return true;
  }
}

/** `z.enum([...])`, `z.literal(...)`: a schema that lists accepted values. */
function isZodEnum(node: TSESTree.Node | undefined): boolean {
  return (
    node?.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    ["enum", "literal", "union"].includes(getStaticMemberName(node.callee) ?? "")
  );
}

/** `model === "text-moderation-latest"`, `case "text-moderation-latest":`, `LEGACY.includes(model)`. */
function isComparedAgainst(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.BinaryExpression) return ["==", "===", "!=", "!=="].includes(parent.operator);
  if (parent?.type === AST_NODE_TYPES.SwitchCase) return parent.test === node;
  return false;
}
