import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../src/analysis/nodes";

import {
  collectAssignedProperties,
  collectRequestProperties,
  findRestRequest,
  findSdkRequest,
  getFileAnalysis,
  getStaticPropertyKey,
  methodNames,
  withoutTypeCasts,
  type ApiRequest,
  type RequestProperty,
} from "../src/analysis";
import { mayBeOpenAI } from "../src/analysis/provider";
import { isOwnedByCall } from "../src/analysis/owned-objects";
import { isWithin } from "../src/analysis/reports";
import { createRule } from "../src/create-rule";
import { CHAT_COMPLETIONS_PARAMS_IN_RESPONSES, CHAT_ONLY_PARAMS, deprecationData } from "../src/deprecations";
import { RESPONSES_SDK_METHODS } from "../src/sdk-methods";
import { callOfMemberNamed, URL_START_LITERALS } from "../src/analysis/selectors";
import { appendProperty } from "../src/fix/append-property";
import { flattenFunctionTool } from "../src/fix/flatten-function-tool";
import { removeListItem } from "../src/fix/remove-list-item";
import { renameProperty } from "../src/fix/rename-property";
import { textFromResponseFormat } from "../src/fix/text-format";

/** The calls the `CallExpression` listener asks about (src/analysis/selectors.ts): the Responses API's methods. */
const RESPONSES_CALL_SELECTOR = callOfMemberNamed(methodNames(RESPONSES_SDK_METHODS));

/** Checks besides the parameter table that options can switch off. */
const SHAPE_CHECKS = ["tools", "function_call_output"] as const;
const PARAMS = new Map(CHAT_ONLY_PARAMS.map((param) => [param.name, param]));
/** Renames whose target key must not be there already: the table's `rename` actions (`messages` → `input`). */
const RENAMES: ReadonlyMap<string, string> = new Map(
  CHAT_ONLY_PARAMS.flatMap(({ name, action }) => (action.kind === "rename" ? [[name, action.to] as const] : [])),
);
/** Moves into a Responses object, the table's `moveInto` actions: `reasoning_effort: x` → `reasoning: { effort: x }`. */
const MOVES: ReadonlyMap<string, { readonly target: string; readonly field: string }> = new Map(
  CHAT_ONLY_PARAMS.flatMap(({ name, action }) => (action.kind === "moveInto" ? [[name, action] as const] : [])),
);

type Options = [{ ignore?: string[] }];
type MessageIds =
  | "unsupportedParam"
  | "renamedParam"
  | "chatFormMessages"
  | "noN"
  | "removeN"
  | "chatFunctionTool"
  | "toolCallId"
  | "missingCallId";

/**
 * Reports Chat Completions request shapes sent to the Responses API (`responses.create` / `stream` / `parse`, or a
 * REST body for `/v1/responses`), which answers them with a 400, and rewrites those with a Responses equivalent of
 * the same meaning: renamed keys, `response_format` → `text.format`, nested → flat function tools, `tool_call_id`
 * → `call_id`. Only properties written in the request object itself are rewritten, and only when no other code reads
 * that object: what comes through a spread, or sits in an object a Chat Completions call also reads, is only reported.
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
      unsupportedParam: "`{{ name }}` is a Chat Completions parameter that the Responses API rejects. {{ replacement }}: {{ url }}",
      renamedParam: "`{{ name }}` is the Chat Completions name, which the Responses API rejects. {{ replacement }}: {{ url }}",
      chatFormMessages:
        "`messages` is the Chat Completions name, which the Responses API rejects, and its items are in Chat Completions form: rename it to `input`, and {{ changes }}: {{ url }}",
      noN: "The Responses API has no `n`. {{ replacement }}: {{ url }}",
      removeN: "Remove `n` (and make one request per answer).",
      chatFunctionTool:
        'This function tool is written the Chat Completions way, which the Responses API rejects. Responses takes flat function tools (`{ type: "function", name, parameters, strict }`), strict by default: {{ url }}',
      toolCallId: "`tool_call_id` is the Chat Completions name; a `function_call_output` item takes `call_id`: {{ url }}",
      missingCallId:
        "This `function_call_output` item has no `call_id`, which the Responses API needs to match it to its function call: {{ url }}",
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
  mentions: ["responses"],
  create(context, [{ ignore = [] }]) {
    const { resolver, rest } = getFileAnalysis(context);
    const sourceCode = context.sourceCode;
    // Worded at the first report: most files that get this far have none.
    const rowData = (): Readonly<Record<string, string>> => deprecationData(CHAT_COMPLETIONS_PARAMS_IN_RESPONSES);
    const ignored = new Set(ignore);
    /** A property, tool or input item shared by several requests (a spread base, a `const`) is reported once. */
    const seen = new Set<TSESTree.Node>();

    function checkRequest(request: ApiRequest): void {
      if (request.object === null) return;
      const properties = collectRequestProperties(request.object, resolver);
      const keys = new Set(properties.map(({ key }) => key));
      const ownsObject = isOwnedByCall(request.object, request.call, resolver);
      const plan: RequestPlan = { properties, keys };
      // `body.max_tokens = n` after the body is built: reported where it is set, rewritten by a person.
      for (const { key, member } of collectAssignedProperties(request.object, resolver)) {
        const param = PARAMS.get(key);
        if (param === undefined || ignored.has(key) || seen.has(member)) continue;
        seen.add(member);
        context.report({
          node: member.property,
          messageId: key === "n" ? "noN" : RENAMES.has(key) ? "renamedParam" : "unsupportedParam",
          data: { ...rowData(), name: key, replacement: param.replacement },
        });
      }
      for (const entry of properties) {
        if (seen.has(entry.property)) continue;
        seen.add(entry.property);
        const { key, property } = entry;
        const fixable = ownsObject && entry.spread === null && isPlainProperty(property);
        if (key === "tools" && !ignored.has("tools")) checkTools(property, fixable);
        // `messages` too: its items are checked before the rename, which may wait for a person.
        if ((key === "input" || key === "messages") && !ignored.has("function_call_output")) checkInputItems(property, fixable);
        const param = PARAMS.get(key);
        if (param === undefined || ignored.has(key)) continue;
        const data = { ...rowData(), name: key, replacement: param.replacement };
        if (key === "n") {
          context.report({
            node: property.key,
            messageId: "noN",
            data,
            suggest: fixable ? [{ messageId: "removeN", fix: (fixer) => removeListItem(fixer, sourceCode, property) }] : [],
          });
          continue;
        }
        if (key === "messages") {
          const form = chatMessageForm(property.value, property);
          if (form.changes.length > 0) {
            // Renamed alone, the request would still be wrong and nothing would say so.
            context.report({ node: property.key, messageId: "chatFormMessages", data: { ...data, changes: form.changes.join("; ") } });
            continue;
          }
          const rename = fixable && param.remedy === "fix" ? fixFor(key, property, plan) : null;
          const fix: TSESLint.ReportFixFunction | null =
            rename === null || form.conversions.length === 0
              ? rename
              : (fixer) => [...fixesOf(rename(fixer)), ...form.conversions.flatMap((convert) => convert(fixer))];
          context.report({ node: property.key, messageId: "renamedParam", data, fix });
          continue;
        }
        const fix = fixable && param.remedy === "fix" ? fixFor(key, property, plan) : null;
        context.report({ node: property.key, messageId: RENAMES.has(key) ? "renamedParam" : "unsupportedParam", data, fix });
      }
    }

    /** The rewrite of a fixable parameter, or `null` where the target is taken or the value is not a literal. */
    function fixFor(key: string, property: TSESTree.Property, plan: RequestPlan): TSESLint.ReportFixFunction | null {
      // A key written twice in the request: which one the author meant is theirs to say.
      if (plan.properties.filter((entry) => entry.key === key && entry.spread === null).length > 1) return null;
      const renamed = RENAMES.get(key);
      if (renamed !== undefined) {
        // `max_tokens` and `max_completion_tokens` together: the first one takes the name, the other waits for a person.
        const first = plan.properties.find((entry) => entry.spread === null && RENAMES.get(entry.key) === renamed);
        if (plan.keys.has(renamed) || first?.property !== property) return null;
        return (fixer) => renameProperty(fixer, sourceCode, property, renamed);
      }
      if (PARAMS.get(key)?.action.kind === "responseFormatToText") {
        if (plan.keys.has("text")) return null;
        const text = textFromResponseFormat(property, sourceCode);
        if (text === null) return null;
        return (fixer) => fixer.replaceText(property, text);
      }
      const move = MOVES.get(key);
      if (move === undefined) return null;
      // A `response_format` rewritten in this pass creates `text`; `verbosity` joins it on the next pass.
      if (move.target === "text" && !plan.keys.has("text") && formatWillBeFixed(plan)) return null;
      return moveInto(move.target, move.field, property, plan.properties);
    }

    /** Whether this request's `response_format` gets its `text.format` fix in this pass. */
    function formatWillBeFixed(plan: RequestPlan): boolean {
      const format = plan.properties.find(({ key }) => key === "response_format");
      return (
        format !== undefined &&
        !ignored.has("response_format") &&
        format.spread === null &&
        isPlainProperty(format.property) &&
        fixFor("response_format", format.property, plan) !== null
      );
    }

    /** `reasoning_effort: x` → `reasoning: { effort: x }`, or into an existing `reasoning` literal that lacks `effort`. */
    function moveInto(
      target: string,
      field: string,
      property: TSESTree.Property,
      properties: readonly RequestProperty[],
    ): TSESLint.ReportFixFunction | null {
      const value = sourceCode.getText(property.value);
      const existing = properties.find(({ key }) => key === target);
      if (existing === undefined) return (fixer) => fixer.replaceText(property, `${target}: { ${field}: ${value} }`);
      const object = existing.spread === null && isPlainProperty(existing.property) ? existing.property.value : null;
      if (object?.type !== AST_NODE_TYPES.ObjectExpression) return null;
      if (object.properties.some((item) => item.type !== AST_NODE_TYPES.Property || getStaticPropertyKey(item) === field)) {
        return null;
      }
      return (fixer) => [removeListItem(fixer, sourceCode, property), appendProperty(fixer, sourceCode, object, `${field}: ${value}`)];
    }

    /** `{ type: "function", function: { name, parameters } }` in `tools`: flattened, `strict: false` kept explicit. */
    function checkTools(property: TSESTree.Property, fixable: boolean): void {
      for (const element of arrayOf(property.value)?.elements ?? []) {
        const tool = element === null || element.type === AST_NODE_TYPES.SpreadElement ? null : resolver.objectLiteralOf(element);
        if (tool === null || seen.has(tool) || !isChatFunctionTool(tool)) continue;
        seen.add(tool);
        // Only a tool written in this request is rewritten: a tool or tools array in a `const` may serve Chat
        // Completions calls too.
        const flat = fixable && isWithin(tool, property) ? flattenFunctionTool(tool, sourceCode) : null;
        context.report({
          node: tool,
          messageId: "chatFunctionTool",
          data: rowData(),
          fix: flat === null ? null : (fixer) => fixer.replaceText(tool, flat),
        });
      }
    }

    /** `function_call_output` items in `input`: `tool_call_id` renamed to `call_id`; neither: reported. */
    function checkInputItems(property: TSESTree.Property, fixable: boolean): void {
      for (const element of arrayOf(property.value)?.elements ?? []) {
        const item = element === null || element.type === AST_NODE_TYPES.SpreadElement ? null : resolver.objectLiteralOf(element);
        if (item === null || seen.has(item)) continue;
        const entries = item.properties.filter((entry): entry is TSESTree.Property => entry.type === AST_NODE_TYPES.Property);
        const type = entries.find((entry) => getStaticPropertyKey(entry) === "type");
        if (!isStringLiteral(type?.value, "function_call_output")) continue;
        seen.add(item);
        if (entries.some((entry) => getStaticPropertyKey(entry) === "call_id")) continue;
        const toolCallId = entries.find((entry) => getStaticPropertyKey(entry) === "tool_call_id");
        if (toolCallId !== undefined) {
          const canRename = fixable && isWithin(toolCallId, property) && isPlainProperty(toolCallId);
          context.report({
            node: toolCallId.key,
            messageId: "toolCallId",
            data: rowData(),
            fix: canRename ? (fixer) => renameProperty(fixer, sourceCode, toolCallId, "call_id") : null,
          });
        } else if (!item.properties.some((entry) => entry.type === AST_NODE_TYPES.SpreadElement)) {
          // A spread may carry the `call_id`.
          context.report({ node: item, messageId: "missingCallId", data: rowData() });
        }
      }
    }

    /**
     * What else a `messages` list needs beyond the rename, as far as this file shows its items. Content parts convert
     * exactly where they are written in the request itself (`text` → `input_text`, `image_url: { url, detail }` →
     * `input_image` with `image_url: url` and `detail`, `"auto"` when absent, as in Chat Completions); tool messages,
     * assistant `tool_calls`, assistant content parts (Responses wants `output_text` there) and other parts are
     * listed in `changes` for a person. A list this file does not show is renamed as it is.
     */
    function chatMessageForm(value: TSESTree.Node, property: TSESTree.Property): ChatMessageForm {
      const form: ChatMessageForm = { conversions: [], changes: [] };
      const change = (text: string): void => {
        if (!form.changes.includes(text)) form.changes.push(text);
      };
      for (const element of arrayOf(value)?.elements ?? []) {
        const item = element === null || element.type === AST_NODE_TYPES.SpreadElement ? null : resolver.objectLiteralOf(element);
        if (item === null) continue;
        const entries = item.properties.filter((entry): entry is TSESTree.Property => entry.type === AST_NODE_TYPES.Property);
        const entry = (name: string) => entries.find((candidate) => getStaticPropertyKey(candidate) === name);
        // A Responses item (`function_call_output`, …) is checked by `checkInputItems`.
        const itemType = entry("type");
        if (itemType !== undefined && stringValue(itemType.value) !== "message") continue;
        const role = stringValue(entry("role")?.value);
        if (role === "tool" || entry("tool_call_id") !== undefined) {
          change('turn `role: "tool"` messages into `function_call_output` items (`call_id`, `output`)');
        }
        if (entry("tool_calls") !== undefined || entry("function_call") !== undefined) {
          change("turn assistant `tool_calls` into `function_call` items (`call_id`, `name`, `arguments`)");
        }
        const content = entry("content");
        const parts = content === undefined ? null : withoutTypeCasts(content.value);
        if (parts?.type !== AST_NODE_TYPES.ArrayExpression) continue;
        const convertible = isWithin(parts, property) && role !== null && role !== "assistant";
        for (const part of parts.elements) {
          const object = part === null || part.type === AST_NODE_TYPES.SpreadElement ? null : withoutTypeCasts(part);
          if (object?.type !== AST_NODE_TYPES.ObjectExpression) continue;
          const partEntries = object.properties.filter((entry): entry is TSESTree.Property => entry.type === AST_NODE_TYPES.Property);
          const typeEntry = partEntries.find((candidate) => getStaticPropertyKey(candidate) === "type");
          const type = stringValue(typeEntry?.value);
          if (type === null || RESPONSES_CONTENT_TYPES.has(type)) continue;
          const conversion = type === "text" || type === "image_url" ? convertPart(object, typeEntry!, type) : null;
          if (conversion !== null && convertible) {
            form.conversions.push(conversion);
          } else if (type === "text" && role === "assistant") {
            change("write assistant text parts as `output_text`");
          } else if (type === "text" || type === "image_url") {
            change("write content parts the Responses way (`text` → `input_text`, `image_url: { url }` → `input_image` with `image_url: url`)");
          } else {
            change(`replace \`${type}\` content parts with their Responses counterparts`);
          }
        }
      }
      return form;
    }

    /** The rewrite of one Chat content part, or `null` where it is not written plainly enough to convert exactly. */
    function convertPart(
      part: TSESTree.ObjectExpression,
      typeEntry: TSESTree.Property,
      type: "text" | "image_url",
    ): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | null {
      if (part.properties.some((entry) => entry.type !== AST_NODE_TYPES.Property || !isPlainProperty(entry) || entry.computed)) return null;
      const quote = sourceCode.getText(typeEntry.value)[0];
      const retype = (fixer: TSESLint.RuleFixer, name: string) => fixer.replaceText(typeEntry.value, `${quote}${name}${quote}`);
      if (type === "text") {
        // `{ type: "text", text }` and nothing else: `input_text` has the same `text`.
        const keys = part.properties.map((entry) => getStaticPropertyKey(entry as TSESTree.Property));
        return keys.every((key) => key === "type" || key === "text") ? (fixer) => [retype(fixer, "input_text")] : null;
      }
      const keys = part.properties.map((entry) => getStaticPropertyKey(entry as TSESTree.Property));
      if (!keys.every((key) => key === "type" || key === "image_url")) return null;
      const image = part.properties.find((entry) => getStaticPropertyKey(entry as TSESTree.Property) === "image_url") as TSESTree.Property | undefined;
      const object = image === undefined ? null : withoutTypeCasts(image.value);
      if (image === undefined || object?.type !== AST_NODE_TYPES.ObjectExpression) return null;
      const fields = new Map<string, TSESTree.Property>();
      for (const field of object.properties) {
        if (field.type !== AST_NODE_TYPES.Property || !isPlainProperty(field) || field.computed) return null;
        const key = getStaticPropertyKey(field);
        if (key !== "url" && key !== "detail") return null;
        fields.set(key, field);
      }
      const url = fields.get("url");
      if (url === undefined) return null;
      const detail = fields.get("detail");
      const detailText = detail === undefined ? `${quote}auto${quote}` : sourceCode.getText(detail.value);
      return (fixer) => [
        retype(fixer, "input_image"),
        fixer.replaceText(image, `image_url: ${sourceCode.getText(url.value)}, detail: ${detailText}`),
      ];
    }

    /** The array literal a value is: inline, or a `const` of this file. */
    function arrayOf(node: TSESTree.Node): TSESTree.ArrayExpression | null {
      node = withoutTypeCasts(node);
      if (node.type === AST_NODE_TYPES.ArrayExpression) return node;
      if (node.type !== AST_NODE_TYPES.Identifier) return null;
      const def = resolver.findVariable(node)?.defs[0];
      const init = def?.type === "Variable" && def.parent.kind === "const" && def.node.init !== null ? withoutTypeCasts(def.node.init) : null;
      return init?.type === AST_NODE_TYPES.ArrayExpression ? init : null;
    }

    return {
      [RESPONSES_CALL_SELECTOR](node: TSESTree.CallExpression) {
        const request = findSdkRequest(node, resolver, RESPONSES_SDK_METHODS);
        // The SDK pointed at a local model or OpenRouter: what that server accepts is its own business; Azure's
        // deployments follow Azure's own schedule.
        if (request !== null && mayBeOpenAI(request.provider)) checkRequest(request);
      },
      [URL_START_LITERALS](node: TSESTree.Literal | TSESTree.TemplateLiteral) {
        const request = findRestRequest(node, rest, resolver, (path) => path === "responses");
        if (request !== null && request.provider !== "azure") checkRequest(request);
      },
    };
  },
});

/** Content part types of the Responses API: already migrated. */
const RESPONSES_CONTENT_TYPES: ReadonlySet<string> = new Set(["input_text", "input_image", "input_file", "input_audio", "output_text", "refusal"]);

/** What a `messages` list needs besides the rename: exact conversions to apply with it, or changes for a person. */
interface ChatMessageForm {
  readonly conversions: ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[])[];
  readonly changes: string[];
}

/** The fixes a fix function gave, as a list. */
function fixesOf(result: ReturnType<TSESLint.ReportFixFunction>): TSESLint.RuleFix[] {
  if (result === null) return [];
  const iterable = result as Partial<Iterable<TSESLint.RuleFix>>;
  return typeof iterable[Symbol.iterator] === "function" ? [...(result as Iterable<TSESLint.RuleFix>)] : [result as TSESLint.RuleFix];
}

/** A string literal's value (or a template literal's without expressions), else `null`. */
function stringValue(node: TSESTree.Node | undefined): string | null {
  if (node === undefined) return null;
  const value = withoutTypeCasts(node);
  if (value.type === AST_NODE_TYPES.Literal) return typeof value.value === "string" ? value.value : null;
  if (value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length === 0) return value.quasis[0]!.value.cooked ?? null;
  return null;
}

/** What the fixes of one request need to know about the rest of it. */
interface RequestPlan {
  readonly properties: readonly RequestProperty[];
  readonly keys: ReadonlySet<string>;
}

/** `key: value` or `key`, not a method or an accessor, whose value a fix can move as text. */
function isPlainProperty(property: TSESTree.Property): boolean {
  return property.kind === "init" && !property.method;
}

function isChatFunctionTool(tool: TSESTree.ObjectExpression): boolean {
  let type: TSESTree.Node | undefined;
  let hasFunction = false;
  for (const property of tool.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = getStaticPropertyKey(property);
    if (key === "type") type = property.value;
    else if (key === "function") hasFunction = true;
  }
  return hasFunction && isStringLiteral(type, "function");
}

function isStringLiteral(node: TSESTree.Node | undefined, value: string): boolean {
  return node?.type === AST_NODE_TYPES.Literal && node.value === value;
}
