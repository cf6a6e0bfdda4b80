import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../src/analysis/nodes";

import { getFileAnalysis, getStaticPropertyKey, isOpenAIModule, type Resolver } from "../src/analysis";
import { importSpecifierBinding } from "../src/analysis/modules";
import { createRule } from "../src/create-rule";
import { DATED_RULE_OPTIONS, type DatedRuleOptions } from "../src/dates";
import { formatDate, lazyDeprecationData, LEGACY_MODERATION_MODELS } from "../src/deprecations";
import { LEGACY_MODERATION_MODEL } from "../src/models";

/** A legacy model named inside a JSON text (a Batch JSONL line, a raw request body): `"model": "text-moderation-…"`. */
const LEGACY_MODEL_IN_JSON = /"model"\s*:\s*"(text-moderation-(?:latest|stable|\d{3}))"/u;
/** Where to rewrite inside such a text's source: each legacy id right after a `model` key. */
const LEGACY_MODEL_IN_SOURCE = /(model\\?["']?\s*:\s*\\?["'])(text-moderation-(?:latest|stable|\d{3}))(?=\\?["'])/gu;

const REPLACEMENT = LEGACY_MODERATION_MODELS.replacement;

/**
 * Reports the legacy moderation model ids where code sends them, decided as for every model id (`ModelUses`): the
 * `model` of `moderations.create` and of the `moderation: { model }` option of Responses and Chat Completions
 * requests, REST bodies sent to OpenAI, constants, class fields and defaults that reach one; a value declared with
 * the SDK's own `ModerationModel` type; and JSON request bodies held in strings (Batch JSONL lines). Fixes them to
 * `omni-moderation-latest`.
 *
 * Everything else only names the id and stays silent: a log line, a comparison, a test's expectation, a type, a
 * list of choices, a label, a mocked response. Where the id is one of several moderation models a choice picks
 * between (`stable ? "text-moderation-stable" : "text-moderation-latest"`), the fix would make the alternatives the
 * same, so it is offered as a suggestion only.
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
  mentions: ["text-moderation-"],
  create(context, [options]) {
    const data = lazyDeprecationData(LEGACY_MODERATION_MODELS, context, options.date);
    const sourceCode = context.sourceCode;

    function check(node: TSESTree.Literal | TSESTree.TemplateLiteral, value: string): void {
      if (LEGACY_MODERATION_MODEL.test(value)) {
        if (!getFileAnalysis(context).modelUses.reachesOpenAIModel(node) && !isDeclaredModerationModel(node, getFileAnalysis(context).resolver)) return;
        const raw = sourceCode.getText(node);
        // The id has no characters that need escaping: when the source spells it differently (`\u002d`), leave it.
        const fix =
          raw.slice(1, -1) === value
            ? (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([node.range[0] + 1, node.range[1] - 1], REPLACEMENT)
            : null;
        const report = { node, messageId: "legacyModel" as const, data: { ...data(), model: value } };
        if (isAlternative(node, sourceCode)) {
          context.report({ ...report, suggest: fix === null ? [] : [{ messageId: "replaceModel", data: data(), fix }] });
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
          data: { ...data(), model: inJson[1] },
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

/**
 * `const model: ModerationModel = "text-moderation-latest"`: a value declared with the SDK's type of a moderation
 * request's `model` (which still lists the legacy ids) is a moderation model setting, wherever it is sent.
 */
function isDeclaredModerationModel(node: TSESTree.Node, resolver: Resolver): boolean {
  const declarator = node.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== node || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
  const annotation = declarator.id.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) return false;
  let name: TSESTree.EntityName = annotation.typeName;
  const named = name.type === AST_NODE_TYPES.TSQualifiedName ? name.right.name : name.type === AST_NODE_TYPES.Identifier ? name.name : null;
  if (named !== "ModerationModel") return false;
  while (name.type === AST_NODE_TYPES.TSQualifiedName) name = name.left;
  if (name.type !== AST_NODE_TYPES.Identifier) return false;
  const def = resolver.findVariable(name)?.defs[0];
  const binding = def?.type === "ImportBinding" ? importSpecifierBinding(def.node) : null;
  return binding !== null && isOpenAIModule(binding.source);
}

/** Keys of the list a setting's `default` is picked from. */
const OPTION_LIST_KEYS: ReadonlySet<string> = new Set(["options", "values", "choices", "enum"]);

/** Any moderation model id, legacy or current: what makes a choice a choice between moderation models. */
const MODERATION_MODEL_TEXT = /\b(?:text|omni)-moderation-/u;
const MODERATION_MODEL_TEXTS = new RegExp(MODERATION_MODEL_TEXT.source, "gu");

/** How many moderation model ids a function's text names. */
function moderationModelMentions(fn: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): number {
  return sourceCode.getText(fn).match(MODERATION_MODEL_TEXTS)?.length ?? 0;
}

/**
 * Whether the id is one alternative of a choice whose other alternatives name a moderation model too: the other
 * branch of `cond ? a : b`, another entry of the list that holds it (`["text-moderation-latest", …]`, an options
 * list of `{ name, value }` objects), another case of the `switch` or branch of the `if` it sits in, another entry of
 * the object it is a value of (`{ strict: "text-moderation-stable", fast: "omni-moderation-latest" }` read as
 * `MODELS[kind]`), another `return` of the function that returns it (`if (strict) return "text-…"; return "omni-…";`).
 * The fix would make the alternatives the same model, and the choice (a "use the stable model" setting) silently do
 * nothing.
 */
function isAlternative(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const mentionsModel = (other: TSESTree.Node | null | undefined): boolean =>
    other != null && MODERATION_MODEL_TEXT.test(sourceCode.getText(other));
  let current: TSESTree.Node = node;
  /** Whether the id is what a function returns: its other returns are the other alternatives. */
  let returned = false;
  for (let depth = 0; depth < 12 && current.parent != null; depth++) {
    const parent: TSESTree.Node = current.parent;
    switch (parent.type) {
      // Each choice that holds the id: its other alternatives, else the choices around it (a branch of an `if` whose
      // other branch names none may still be one of a function's returns).
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.IfStatement:
        if ((parent.consequent === current && mentionsModel(parent.alternate)) || (parent.alternate === current && mentionsModel(parent.consequent))) return true;
        break;
      case AST_NODE_TYPES.ArrayExpression:
        if (parent.elements.some((element) => element !== current && mentionsModel(element))) return true;
        break;
      case AST_NODE_TYPES.SwitchCase:
        if (parent.test !== current) {
          const cases = (parent.parent as TSESTree.SwitchStatement).cases;
          if (cases.some((other) => other !== parent && other.consequent.some((statement) => mentionsModel(statement)))) return true;
        }
        break;
      case AST_NODE_TYPES.Property:
        if (parent.value !== current || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) break;
        // `{ options: [...], default: "text-moderation-latest" }`: the default is one of the options.
        if (getStaticPropertyKey(parent) === "default") {
          return parent.parent.properties.some(
            (entry) => entry.type === AST_NODE_TYPES.Property && OPTION_LIST_KEYS.has(getStaticPropertyKey(entry) ?? "") && mentionsModel(entry.value),
          );
        }
        // A lookup object whose other entries name moderation models too.
        if (parent.parent.properties.some((entry) => entry !== parent && entry.type === AST_NODE_TYPES.Property && mentionsModel(entry.value))) return true;
        break;
      case AST_NODE_TYPES.ReturnStatement:
        returned = true;
        break;
      case AST_NODE_TYPES.ArrowFunctionExpression:
        // An arrow's body is what it returns.
        return (returned || current.type !== AST_NODE_TYPES.BlockStatement) && moderationModelMentions(parent, sourceCode) > 1;
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
        return returned && moderationModelMentions(parent, sourceCode) > 1;
      case AST_NODE_TYPES.Program:
        return false;
      default:
        break;
    }
    current = parent;
  }
  return false;
}
