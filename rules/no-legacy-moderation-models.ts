import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { getStaticMemberName, getStaticPropertyKey, fileMentions } from "../src/analysis";
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
 * `ModerationModel` lists two of them), zod enums, object keys (price tables), the display label of an option
 * (`{ name: "text-moderation-stable", value: … }`), a mocked response and code samples held in strings.
 * Where the rewrite would change what code means, it is offered as a suggestion only: code that compares against
 * the id (`model === "text-moderation-latest"`, a test's `expect(body.model).toBe(…)`), and an id that is one of
 * several moderation models a choice picks between (`stable ? "text-moderation-stable" : "text-moderation-latest"`,
 * the entries of one options list, the cases of a `switch`), which the fix would make all the same.
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
        if (!sendsTheModel(node) || isLabel(node) || isMockedResponse(node)) return;
        const raw = sourceCode.getText(node);
        // The id has no characters that need escaping: when the source spells it differently (`\u002d`), leave it.
        const fix =
          raw.slice(1, -1) === value
            ? (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([node.range[0] + 1, node.range[1] - 1], REPLACEMENT)
            : null;
        const report = { node, messageId: "legacyModel" as const, data: { ...data, model: value } };
        if (isComparedAgainst(node) || isAlternative(node, sourceCode)) {
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

/**
 * `model === "text-moderation-latest"`, `case "text-moderation-latest":`, and a test's expectation:
 * `expect(body.model).toBe("text-moderation-stable")`, `expect(create).toHaveBeenCalledWith({ model: … })`,
 * `assert.equal(model, …)`. Rewriting the expected value alone makes a test fail until the code under test changes.
 */
function isComparedAgainst(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.BinaryExpression) return ["==", "===", "!=", "!=="].includes(parent.operator);
  if (parent?.type === AST_NODE_TYPES.SwitchCase) return parent.test === node;
  const call = argumentCallOf(node);
  return call !== null && (isExpectation(call) || isAssertion(call));
}

/**
 * The call a value is an argument of, looking out through the object and array literals that hold it
 * (`f({ model: "…" })`, `f(["…"])`); `null` when it is not inside a call's arguments.
 */
function argumentCallOf(node: TSESTree.Node): TSESTree.CallExpression | TSESTree.NewExpression | null {
  let current = node;
  for (let depth = 0; depth < 8; depth++) {
    const parent = current.parent;
    if (parent === undefined) return null;
    if (
      (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) &&
      parent.arguments.includes(current as TSESTree.CallExpressionArgument)
    ) {
      return parent;
    }
    if (
      (parent.type === AST_NODE_TYPES.Property && parent.value === current) ||
      parent.type === AST_NODE_TYPES.ObjectExpression ||
      parent.type === AST_NODE_TYPES.ArrayExpression ||
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression
    ) {
      current = parent;
      continue;
    }
    return null;
  }
  return null;
}

/** `expect(x).toBe(…)`, `expect(x).not.toEqual(…)`, `expect(fn).toHaveBeenCalledWith(…)`: a matcher on `expect(…)`. */
function isExpectation(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  let callee: TSESTree.Node = call.callee;
  while (callee.type === AST_NODE_TYPES.MemberExpression) callee = callee.object;
  return (
    call.callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.type === AST_NODE_TYPES.CallExpression &&
    callee.callee.type === AST_NODE_TYPES.Identifier &&
    callee.callee.name === "expect"
  );
}

/** `assert.equal(model, …)`, `assert.deepStrictEqual(…)`, `t.is(…)`: node's and ava's assertions. */
function isAssertion(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name === "assert";
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return false;
  return ["assert", "t"].includes(callee.object.name) && ASSERTIONS.has(getStaticMemberName(callee) ?? "");
}

const ASSERTIONS: ReadonlySet<string> = new Set([
  "equal",
  "strictEqual",
  "deepEqual",
  "deepStrictEqual",
  "notEqual",
  "notStrictEqual",
  "notDeepEqual",
  "notDeepStrictEqual",
  "is",
  "not",
  "like",
]);

/** Mock methods whose argument is what the mocked function gives back. */
const MOCK_RESULT_METHODS: ReadonlySet<string> = new Set([
  "mockResolvedValue",
  "mockResolvedValueOnce",
  "mockReturnValue",
  "mockReturnValueOnce",
  "resolves",
  "returns",
]);

/**
 * A model id in data that stands for the API's answer, not a request: the argument of `mockResolvedValue(…)` and
 * the like, or an object shaped like a moderation result (`{ id, model, results }`). The API names the model it used
 * there; no code sends it.
 */
function isMockedResponse(node: TSESTree.Node): boolean {
  const property = node.parent;
  if (
    property?.type === AST_NODE_TYPES.Property &&
    property.value === node &&
    property.parent.type === AST_NODE_TYPES.ObjectExpression &&
    property.parent.properties.some((entry) => entry.type === AST_NODE_TYPES.Property && getStaticPropertyKey(entry) === "results")
  ) {
    return true;
  }
  const call = argumentCallOf(node);
  return (
    call?.type === AST_NODE_TYPES.CallExpression &&
    call.callee.type === AST_NODE_TYPES.MemberExpression &&
    MOCK_RESULT_METHODS.has(getStaticMemberName(call.callee) ?? "")
  );
}

/** Keys that name an option for people to read, beside the `value` the option stands for. */
const LABEL_KEYS: ReadonlySet<string> = new Set(["name", "label", "title", "displayName", "text"]);

/** `{ name: "text-moderation-stable", value: "text-moderation-stable" }`: the `name` is the option's label. */
function isLabel(node: TSESTree.Node): boolean {
  const property = node.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== node) return false;
  const key = getStaticPropertyKey(property);
  return (
    key !== null &&
    LABEL_KEYS.has(key) &&
    property.parent.type === AST_NODE_TYPES.ObjectExpression &&
    property.parent.properties.some((entry) => entry.type === AST_NODE_TYPES.Property && getStaticPropertyKey(entry) === "value")
  );
}

/** Keys of the list a setting's `default` is picked from. */
const OPTION_LIST_KEYS: ReadonlySet<string> = new Set(["options", "values", "choices", "enum"]);

/** Any moderation model id, legacy or current: what makes a choice a choice between moderation models. */
const MODERATION_MODEL_TEXT = /\b(?:text|omni)-moderation-/u;

/**
 * Whether the id is one alternative of a choice whose other alternatives name a moderation model too: the other
 * branch of `cond ? a : b`, another entry of the list that holds it (`["text-moderation-latest", …]`, an options
 * list of `{ name, value }` objects), another case of the `switch` or branch of the `if` it sits in. The fix would
 * make the alternatives the same model, and the choice (a "use the stable model" setting) silently do nothing.
 */
function isAlternative(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const mentionsModel = (other: TSESTree.Node | null | undefined): boolean =>
    other != null && MODERATION_MODEL_TEXT.test(sourceCode.getText(other));
  let current: TSESTree.Node = node;
  for (let depth = 0; depth < 12 && current.parent !== undefined; depth++) {
    const parent: TSESTree.Node = current.parent;
    switch (parent.type) {
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.consequent === current) return mentionsModel(parent.alternate);
        if (parent.alternate === current) return mentionsModel(parent.consequent);
        break;
      case AST_NODE_TYPES.ArrayExpression:
        return parent.elements.some((element) => element !== current && mentionsModel(element));
      case AST_NODE_TYPES.SwitchCase:
        if (parent.test !== current) {
          const cases = (parent.parent as TSESTree.SwitchStatement).cases;
          return cases.some((other) => other !== parent && other.consequent.some((statement) => mentionsModel(statement)));
        }
        break;
      case AST_NODE_TYPES.IfStatement:
        if (parent.consequent === current) return mentionsModel(parent.alternate);
        if (parent.alternate === current) return mentionsModel(parent.consequent);
        break;
      case AST_NODE_TYPES.Property:
        // `{ options: [...], default: "text-moderation-latest" }`: the default is one of the options.
        if (parent.value === current && getStaticPropertyKey(parent) === "default" && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
          return parent.parent.properties.some(
            (entry) => entry.type === AST_NODE_TYPES.Property && OPTION_LIST_KEYS.has(getStaticPropertyKey(entry) ?? "") && mentionsModel(entry.value),
          );
        }
        break;
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.Program:
        return false;
      default:
        break;
    }
    current = parent;
  }
  return false;
}
