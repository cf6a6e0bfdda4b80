import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import {
  collectRequestProperties,
  findRequestBody,
  findSdkRequest,
  getFileAnalysis,
  getStaticPropertyKey,
  textMentionsAny,
  type ApiRequest,
  type RequestProperty,
} from "../src/analysis";
import { isWithin } from "../src/analysis/reports";
import { createRule } from "../src/create-rule";
import {
  CHAT_COMPLETIONS_PARAMS_IN_RESPONSES,
  CHAT_ONLY_PARAMS,
  deprecationData,
  RESPONSES_SDK_METHODS,
} from "../src/deprecations";
import { appendProperty, removeListItem, renameProperty } from "../src/fix/properties";

/** Checks besides the parameter table that options can switch off. */
const SHAPE_CHECKS = ["tools", "function_call_output"] as const;
const PARAMS = new Map(CHAT_ONLY_PARAMS.map((param) => [param.name, param]));
/** Renames whose target key must not be there already. */
const RENAMES: ReadonlyMap<string, string> = new Map([
  ["messages", "input"],
  ["max_tokens", "max_output_tokens"],
  ["max_completion_tokens", "max_output_tokens"],
]);

type Options = [{ ignore?: string[] }];
type MessageIds =
  | "unsupportedParam"
  | "noN"
  | "removeN"
  | "renamedParam"
  | "chatFunctionTool"
  | "toolCallId"
  | "missingCallId";

/**
 * Reports Chat Completions request shapes sent to the Responses API (`responses.create` / `stream` / `parse`, or a
 * REST body for `/v1/responses`), which answers them with a 400, and rewrites those with a Responses equivalent of
 * the same meaning: renamed keys, `response_format` → `text.format`, nested → flat function tools, `tool_call_id`
 * → `call_id`. Only properties written in the request itself are rewritten; what comes through a spread is shared
 * with other code and only reported.
 */
export default createRule<Options, MessageIds>({
  name: CHAT_COMPLETIONS_PARAMS_IN_RESPONSES.rule,
  meta: {
    type: "problem",
    docs: {
      description: "Disallow Chat Completions request parameters in Responses API requests",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    messages: {
      unsupportedParam:
        "`{{ name }}` is a Chat Completions parameter that the Responses API rejects. Responses takes {{ replacement }}: {{ url }}",
      noN: "The Responses API has no `n`: make separate requests, one per answer. {{ url }}",
      removeN: "Remove `n` (and make one request per answer).",
      renamedParam: "`{{ name }}` is the Chat Completions name; the Responses API takes {{ replacement }}.",
      chatFunctionTool:
        'This function tool is written the Chat Completions way; Responses takes flat function tools (`{ type: "function", name, parameters, strict }`), strict by default.',
      toolCallId: "`tool_call_id` is the Chat Completions name; a `function_call_output` item takes `call_id`.",
      missingCallId:
        "This `function_call_output` item has no `call_id`: Responses needs it to match the function call it answers.",
    },
    schema: [
      {
        type: "object",
        properties: {
          ignore: {
            type: "array",
            description: "Parameters (and the `tools` / `function_call_output` shape checks) not to report.",
            items: { type: "string", enum: [...PARAMS.keys(), ...SHAPE_CHECKS] },
            uniqueItems: true,
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ignore: [] }],
  },
  create(context, [{ ignore = [] }]) {
    if (!textMentionsAny(context, ["responses"])) return {};
    const { resolver, rest } = getFileAnalysis(context);
    const sourceCode = context.sourceCode;
    const data = deprecationData(CHAT_COMPLETIONS_PARAMS_IN_RESPONSES);
    const ignored = new Set(ignore);
    /** A property shared by several requests (a spread base) is reported once. */
    const seen = new Set<TSESTree.Node>();

    function checkRequest(request: ApiRequest): void {
      if (request.object === null) return;
      const properties = collectRequestProperties(request.object, resolver);
      const keys = new Set(properties.map(({ key }) => key));
      const own = (entry: RequestProperty) => entry.spread === null && isWithin(entry.property, request.object!);
      for (const entry of properties) {
        if (seen.has(entry.property)) continue;
        seen.add(entry.property);
        const { key, property } = entry;
        const fixable = own(entry);
        if (key === "tools" && !ignored.has("tools")) checkTools(property, fixable);
        if (key === "input" && !ignored.has("function_call_output")) checkInputItems(property, fixable);
        const param = PARAMS.get(key);
        if (param === undefined || ignored.has(key)) continue;
        const report = { node: property.key, data: { ...data, name: key, replacement: param.replacement } };
        if (key === "n") {
          context.report({
            ...report,
            messageId: "noN",
            suggest: fixable ? [{ messageId: "removeN", fix: (fixer) => removeListItem(fixer, sourceCode, property) }] : [],
          });
        } else if (param.remedy === "fix") {
          const fix = fixable ? fixFor(key, property, properties, keys) : null;
          context.report({ ...report, messageId: RENAMES.has(key) ? "renamedParam" : "unsupportedParam", fix });
        } else {
          context.report({ ...report, messageId: "unsupportedParam" });
        }
      }
    }

    /** The rewrite of a fixable parameter, or `null` where the target is taken or the value is not literal. */
    function fixFor(
      key: string,
      property: TSESTree.Property,
      properties: RequestProperty[],
      keys: ReadonlySet<string>,
    ): TSESLint.ReportFixFunction | null {
      const renamed = RENAMES.get(key);
      if (renamed !== undefined) {
        // `max_tokens` and `max_completion_tokens` together: the first one takes the name.
        const first = properties.find(({ key: other }) => RENAMES.get(other) === renamed);
        if (keys.has(renamed) || first?.property !== property) return null;
        return (fixer) => renameProperty(fixer, sourceCode, property, renamed);
      }
      const value = sourceCode.getText(property.value);
      switch (key) {
        case "response_format": {
          if (keys.has("text")) return null;
          const format = sourceCode.getCommentsInside(property).length === 0 ? textFormatFrom(property.value, sourceCode) : null;
          return format === null ? null : (fixer) => fixer.replaceText(property, `text: { format: ${format} }`);
        }
        case "reasoning_effort":
          return moveInto("reasoning", "effort", value, property, properties);
        case "verbosity":
          // `response_format` creates `text` in the same pass; `verbosity` joins it on the next.
          if (!keys.has("text") && keys.has("response_format")) return null;
          return moveInto("text", "verbosity", value, property, properties);
        default:
          return null;
      }
    }

    /** `reasoning_effort: x` → `reasoning: { effort: x }`, or into an existing `reasoning` literal lacking `effort`. */
    function moveInto(
      target: string,
      field: string,
      value: string,
      property: TSESTree.Property,
      properties: RequestProperty[],
    ): TSESLint.ReportFixFunction | null {
      const existing = properties.find(({ key }) => key === target);
      if (existing === undefined) return (fixer) => fixer.replaceText(property, `${target}: { ${field}: ${value} }`);
      const object = existing.spread === null ? existing.property.value : null;
      if (object?.type !== AST_NODE_TYPES.ObjectExpression) return null;
      if (object.properties.some((item) => item.type !== AST_NODE_TYPES.Property || getStaticPropertyKey(item) === field)) {
        return null;
      }
      return (fixer) => [removeListItem(fixer, sourceCode, property), appendProperty(fixer, sourceCode, object, `${field}: ${value}`)];
    }

    /** `{ type: "function", function: { name, parameters } }` in `tools`: flattened, `strict: false` kept explicit. */
    function checkTools(property: TSESTree.Property, fixable: boolean): void {
      for (const tool of arrayOf(property.value)?.elements ?? []) {
        if (tool?.type !== AST_NODE_TYPES.ObjectExpression) continue;
        const items = tool.properties.filter((item): item is TSESTree.Property => item.type === AST_NODE_TYPES.Property);
        const type = items.find((item) => getStaticPropertyKey(item) === "type");
        const fn = items.find((item) => getStaticPropertyKey(item) === "function");
        if (fn === undefined || !isStringLiteral(type?.value, "function")) continue;
        // Only a tool written in this request is rewritten (a shared `const` array may serve Chat Completions too),
        // and only when no comment would be lost in the rewrite.
        const canFlatten =
          fixable &&
          isWithin(tool, property) &&
          sourceCode.getCommentsInside(tool).length === 0 &&
          fn.value.type === AST_NODE_TYPES.ObjectExpression &&
          tool.properties.length === items.length &&
          fn.value.properties.every((item) => item.type === AST_NODE_TYPES.Property && !item.computed);
        context.report({
          node: tool,
          messageId: "chatFunctionTool",
          fix: canFlatten ? (fixer) => fixer.replaceText(tool, flattenTool(tool, fn, sourceCode)) : null,
        });
      }
    }

    /** `function_call_output` items in `input`: `tool_call_id` renamed to `call_id`; neither: reported. */
    function checkInputItems(property: TSESTree.Property, fixable: boolean): void {
      for (const item of arrayOf(property.value)?.elements ?? []) {
        const object = item === null ? null : resolver.objectLiteralOf(item);
        if (object === null) continue;
        const entries = object.properties.filter((entry): entry is TSESTree.Property => entry.type === AST_NODE_TYPES.Property);
        const type = entries.find((entry) => getStaticPropertyKey(entry) === "type");
        if (!isStringLiteral(type?.value, "function_call_output")) continue;
        if (entries.some((entry) => getStaticPropertyKey(entry) === "call_id")) continue;
        const toolCallId = entries.find((entry) => getStaticPropertyKey(entry) === "tool_call_id");
        if (toolCallId !== undefined) {
          context.report({
            node: toolCallId.key,
            messageId: "toolCallId",
            fix: fixable && isWithin(toolCallId, property) ? (fixer) => renameProperty(fixer, sourceCode, toolCallId, "call_id") : null,
          });
        } else if (!object.properties.some((entry) => entry.type === AST_NODE_TYPES.SpreadElement)) {
          context.report({ node: object, messageId: "missingCallId" });
        }
      }
    }

    function arrayOf(node: TSESTree.Node): TSESTree.ArrayExpression | null {
      if (node.type === AST_NODE_TYPES.ArrayExpression) return node;
      if (node.type !== AST_NODE_TYPES.Identifier) return null;
      const def = resolver.findVariable(node)?.defs[0];
      return def?.type === "Variable" && def.parent.kind === "const" && def.node.init?.type === AST_NODE_TYPES.ArrayExpression
        ? def.node.init
        : null;
    }

    return {
      CallExpression(node) {
        const request = findSdkRequest(node, resolver, RESPONSES_SDK_METHODS);
        if (request !== null) checkRequest(request);
      },
      "Literal, TemplateLiteral"(node: TSESTree.Literal | TSESTree.TemplateLiteral) {
        if (node.type === AST_NODE_TYPES.Literal && typeof node.value !== "string") return;
        const endpoint = rest.endpointAt(node);
        if (endpoint?.path !== "responses" || endpoint.call === null) return;
        checkRequest({ call: endpoint.call, method: null, object: findRequestBody(endpoint, resolver) });
      },
    };
  },
});

function isStringLiteral(node: TSESTree.Node | undefined, value: string): boolean {
  return node?.type === AST_NODE_TYPES.Literal && node.value === value;
}

/**
 * `response_format`'s value as a `text.format`: `json_schema` formats lift their `json_schema` object's properties
 * up a level; `json_object` and `text` move as they are. `null` when the value is not an object literal whose shape
 * is plain enough to say.
 */
function textFormatFrom(value: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  if (value.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const items = value.properties;
  if (items.some((item) => item.type !== AST_NODE_TYPES.Property || item.computed)) return null;
  const properties = items as TSESTree.Property[];
  const type = properties.find((item) => getStaticPropertyKey(item) === "type");
  if (type?.value.type !== AST_NODE_TYPES.Literal) return null;
  if (type.value.value === "json_object" || type.value.value === "text") return sourceCode.getText(value);
  if (type.value.value !== "json_schema") return null;
  const schema = properties.find((item) => getStaticPropertyKey(item) === "json_schema");
  if (schema?.value.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const lifted = [
    ...properties.filter((item) => item !== schema).map((item) => sourceCode.getText(item)),
    ...schema.value.properties.map((item) => sourceCode.getText(item)),
  ];
  return `{ ${lifted.join(", ")} }`;
}

/** The flat tool: the outer properties but `function`, then the function's own, then `strict: false` if it had none. */
function flattenTool(tool: TSESTree.ObjectExpression, fn: TSESTree.Property, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const inner = (fn.value as TSESTree.ObjectExpression).properties as TSESTree.Property[];
  const parts = [
    ...tool.properties.filter((item) => item !== fn).map((item) => sourceCode.getText(item)),
    ...inner.map((item) => sourceCode.getText(item)),
  ];
  if (!inner.some((item) => getStaticPropertyKey(item) === "strict")) parts.push("strict: false");
  return `{ ${parts.join(", ")} }`;
}
