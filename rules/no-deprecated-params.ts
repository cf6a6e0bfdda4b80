import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../src/analysis/nodes";

import {
  collectRequestProperties,
  findRestRequest,
  findSdkRequest,
  getFileAnalysis,
  getStaticPropertyKey,
  methodNames,
  withoutTypeCasts,
  type ApiRequest,
  type Mention,
  type RequestProperty,
} from "../src/analysis";
import { hasConfiguredBaseURL, mayBeOpenAI } from "../src/analysis/provider";
import { isOwnedByCall } from "../src/analysis/owned-objects";
import { findV3Request, V3_METHODS } from "../src/analysis/sdk-v3";
import { isWithin } from "../src/analysis/reports";
import { callOfMemberNamed, URL_START_LITERALS } from "../src/analysis/selectors";
import { requestModelIds } from "../src/analysis/request-model";
import { createRule } from "../src/create-rule";
import { REQUEST_APIS, type RequestApi, type RequestApiShape } from "../src/analysis/request-apis";
import { SDK_PARAM_DEPRECATIONS, type SdkParamDeprecation } from "../src/deprecations";
import { renameProperty } from "../src/fix/rename-property";

type Include = "all" | "rejected";
type Options = [{ include?: Include; ignore?: string[] }];
type MessageIds = "deprecatedParam" | "rejectedParam" | "renameTo" | "useTools" | "moveToMethod";

/** Words of the APIs whose requests the rows name: a file with none of them sends none of those requests. */
const API_WORDS: readonly Mention[] = ["completions", "responses", "images", "finetuning", "fine_tuning", "projects", "openaiapi"];
/** Every SDK method of those APIs (the v3 SDK's too): a call by another name needs no resolving. */
const METHOD_NAMES: ReadonlySet<string> = new Set([
  ...[...REQUEST_APIS.values()].flatMap((api) => [...methodNames(api.methods)]),
  ...[...V3_METHODS].flatMap(([name, shape]) => (shape.api === undefined ? [] : [name])),
]);
/** The calls the `CallExpression` listener checks further (src/analysis/selectors.ts). */
const METHOD_CALL_SELECTOR = callOfMemberNamed(METHOD_NAMES);
/** The rows the last options asked for report: every file of one config asks with the same (frozen) options. */
let lastRows: { readonly include: Include; readonly ignore: readonly string[]; readonly rows: readonly SdkParamDeprecation[] } | undefined;

function rowsFor(include: Include, ignore: readonly string[]): readonly SdkParamDeprecation[] {
  if (lastRows?.include !== include || lastRows.ignore !== ignore) {
    lastRows = { include, ignore, rows: SDK_PARAM_DEPRECATIONS.filter((row) => !ignore.includes(row.id) && (include === "all" || row.rejectedBy !== undefined)) };
  }
  return lastRows.rows;
}
/** Test files: a request there is a fixture that other code asserts on, so a rewrite is offered, not applied. */
const TEST_FILE = /(?:^|[\\/])(?:__tests__|__mocks__)[\\/]|\.(?:test|spec)\.[cm]?[jt]sx?$/u;

/** A request found in code, with what decides how far its rewrites may go. */
interface FoundRequest {
  readonly request: ApiRequest & { readonly object: TSESTree.ObjectExpression };
  readonly api: RequestApi;
  /** The client is built in this file (or class) for OpenAI, or the URL names OpenAI: a fix may apply; else it is suggested. */
  readonly certain: boolean;
  /**
   * Sent through the openai v3 SDK (`openai.createChatCompletion(…)`): reported without a rewrite, as v3's request
   * types have neither the new names nor `tools`; moving to the current SDK comes first.
   */
  readonly v3?: boolean;
}

/**
 * Reports request keys that the `openai` SDK marks deprecated (src/deprecations.ts, `SDK_PARAM_DEPRECATIONS`), in the
 * requests of the API they belong to: Chat Completions `max_tokens` (fixed to `max_completion_tokens`), `functions`
 * and `function_call`, `seed`; `user` and `prompt_cache_retention` in Chat Completions and Responses;
 * `reasoning.generate_summary` (fixed to `reasoning.summary`); Images `response_format`, `style` and `user`; a
 * fine-tuning job's `hyperparameters`; an MCP tool's `connector_id`. What a Responses request must not carry at all
 * (`max_tokens`, `functions`) is `no-chat-completions-params-in-responses`'s.
 *
 * Where a key is not only deprecated but rejected today (`max_tokens` in a request to a reasoning model, the row's
 * `rejectedBy`), the message says so; with `include: "rejected"`, as `recommended` sets it, only those are reported.
 * A model counts only when the file spells out every id the request can name: one from elsewhere, or a conditional
 * whose other branch is not a reasoning model, is advice as before, for `strict`.
 */
export default createRule<Options, MessageIds>({
  name: "no-deprecated-params",
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow request parameters that the openai SDK marks deprecated",
      recommended: true,
      recommendedOptions: [{ include: "rejected" }],
      strict: true,
    },
    fixable: "code",
    hasSuggestions: true,
    messages: {
      deprecatedParam: "`{{ key }}` is deprecated in {{ api }} requests. {{ replacement }}",
      rejectedParam: "`{{ key }}` is rejected by the API in {{ api }} requests to reasoning models ({{ models }} here). {{ replacement }}",
      renameTo: "Rename `{{ key }}` to `{{ to }}`.",
      useTools: "Move `functions` to `tools` (and `function_call` to `tool_choice`); read `tool_calls` from the answer.",
      moveToMethod: 'Move `hyperparameters` under `method: { type: "supervised" }`.',
    },
    schema: [
      {
        type: "object",
        properties: {
          include: {
            type: "string",
            enum: ["all", "rejected"],
            description:
              "`rejected`: only keys the API rejects today for the request's model, as `recommended` sets it; `all` (default): every key the SDK marks deprecated, as `strict` sets it.",
          },
          ignore: {
            type: "array",
            description: "Entries (by id, as the rule's page lists them) not to report.",
            items: { type: "string", enum: SDK_PARAM_DEPRECATIONS.map((row) => row.id) },
            uniqueItems: true,
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ include: "all", ignore: [] }],
  },
  mentions: API_WORDS,
  create(context, [{ include = "all", ignore = [] }]) {
    const { resolver, rest } = getFileAnalysis(context);
    const sourceCode = context.sourceCode;
    const rows = rowsFor(include, ignore);
    /** Read the first time a rewrite asks. */
    let testFile: boolean | undefined;
    /** A property shared by several requests (a spread base, a `const`) is reported once. */
    const seen = new Set<TSESTree.Node>();

    function checkRequest(found: FoundRequest): void {
      const properties = collectRequestProperties(found.request.object, resolver);
      const owned = isOwnedByCall(found.request.object, found.request.call, resolver);
      let models: readonly string[] | null | undefined;
      for (const row of rows) {
        if (!row.apis.includes(found.api)) continue;
        const keys = findKeys(row, properties);
        if (keys.length === 0) continue;
        // The request's models, read once and only for a row that some models reject.
        if (row.rejectedBy !== undefined) models ??= requestModelIds(properties, resolver);
        const rejectedBy = row.rejectedBy !== undefined && models != null && models.every((id) => row.rejectedBy!.test(id)) ? models : null;
        if (include === "rejected" && rejectedBy === null) continue;
        for (const { property, direct, siblings } of keys) {
          if (seen.has(property)) continue;
          seen.add(property);
          // How far a rewrite may go: applied, offered, or left to a person (`null`).
          const rewrite: "fix" | "suggest" | null =
            found.v3 === true || !owned || !isPlainProperty(property) || writtenTwice(row, properties)
              ? null
              : !direct || (testFile ??= TEST_FILE.test(context.filename)) || !found.certain
                ? "suggest"
                : "fix";
          report(row, found, property, siblings, properties, rewrite, rejectedBy);
        }
      }
    }

    function report(
      row: SdkParamDeprecation,
      found: FoundRequest,
      property: TSESTree.Property,
      siblings: ReadonlySet<string>,
      request: readonly RequestProperty[],
      rewrite: "fix" | "suggest" | null,
      rejectedBy: readonly string[] | null,
    ): void {
      const key = row.path.at(-1)!;
      // `reasoning.generate_summary`; an item's key (`connector_id` of an MCP tool) by its own name.
      const name = row.path.length === 2 ? row.path.join(".") : key;
      const data = {
        key: name,
        api: REQUEST_APIS.get(found.api)!.name,
        replacement: row.replacement,
        models: [...new Set(rejectedBy)].map((id) => `\`${id}\``).join(" or "),
      };
      const action = row.action;
      let fix: TSESLint.ReportFixFunction | null = null;
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      if (rewrite !== null) {
        if (action.kind === "rename" && !siblings.has(action.to)) {
          // The new name there already (a request half migrated): which value holds is the author's call.
          const rename: TSESLint.ReportFixFunction = (fixer) => renameProperty(fixer, sourceCode, property, action.to);
          if (rewrite === "fix") fix = rename;
          else suggest.push({ messageId: "renameTo", data: { key, to: action.to }, fix: rename });
        } else if (action.kind === "renameChoice") {
          for (const to of action.to) {
            if (!siblings.has(to)) suggest.push({ messageId: "renameTo", data: { key, to }, fix: (fixer) => renameProperty(fixer, sourceCode, property, to) });
          }
        } else if (action.kind === "functionsToTools") {
          const tools = functionsToTools(request);
          if (tools !== null) suggest.push({ messageId: "useTools", fix: tools });
        } else if (action.kind === "hyperparametersToMethod" && !siblings.has("method")) {
          const value = sourceCode.getText(property.value);
          suggest.push({
            messageId: "moveToMethod",
            fix: (fixer) => fixer.replaceText(property, `method: { type: "supervised", supervised: { hyperparameters: ${value} } }`),
          });
        }
      }
      context.report({ node: property.key, messageId: rejectedBy === null ? "deprecatedParam" : "rejectedParam", data, fix, suggest });
    }

    /**
     * `functions: [a, b]` → `tools: [{ type: "function", function: a }, …]`, with `function_call` → `tool_choice`, as
     * one edit: half of it leaves a request the API rejects. Only for an array literal written in the request, a
     * `function_call` that is a literal, and a request without `tools` / `tool_choice` already.
     */
    function functionsToTools(request: readonly RequestProperty[]): TSESLint.ReportFixFunction | null {
      if (request.some(({ key }) => key === "tools" || key === "tool_choice")) return null;
      const functions = request.filter(({ key }) => key === "functions");
      const calls = request.filter(({ key }) => key === "function_call");
      if (functions.length > 1 || calls.length > 1) return null;
      const edits: [TSESTree.Node, string][] = [];
      const functionsProperty = functions[0];
      if (functionsProperty !== undefined) {
        const array = functionsProperty.property.value;
        if (functionsProperty.spread !== null || !isPlainProperty(functionsProperty.property) || array.type !== AST_NODE_TYPES.ArrayExpression) return null;
        const items: string[] = [];
        for (const element of array.elements) {
          if (element === null || element.type === AST_NODE_TYPES.SpreadElement) return null;
          items.push(`{ type: "function", function: ${sourceCode.getText(element)} }`);
        }
        edits.push([functionsProperty.property, `tools: [${items.join(", ")}]`]);
      }
      const callProperty = calls[0];
      if (callProperty !== undefined) {
        if (callProperty.spread !== null || !isPlainProperty(callProperty.property)) return null;
        const value = withoutTypeCasts(callProperty.property.value);
        if (value.type === AST_NODE_TYPES.Literal && (value.value === "auto" || value.value === "none")) {
          edits.push([callProperty.property, `tool_choice: ${sourceCode.getText(value)}`]);
        } else if (value.type === AST_NODE_TYPES.ObjectExpression) {
          edits.push([callProperty.property, `tool_choice: { type: "function", function: ${sourceCode.getText(value)} }`]);
        } else {
          return null;
        }
      }
      if (edits.length === 0) return null;
      return (fixer) => edits.map(([node, text]) => fixer.replaceText(node, text));
    }

    /** The deprecated keys of a row in one request, with the keys written beside each. */
    function findKeys(
      row: SdkParamDeprecation,
      properties: readonly RequestProperty[],
    ): FoundKey[] {
      const requestKeys = new Set(properties.map(({ key }) => key));
      const [first, second, third] = row.path;
      if (second === undefined) {
        return properties.filter(({ key }) => key === first).map(({ property, spread }) => ({ property, direct: spread === null, siblings: requestKeys }));
      }
      const found: FoundKey[] = [];
      for (const holder of properties) {
        if (holder.key !== first) continue;
        if (third === undefined) {
          // `reasoning: { generate_summary }`: an object written in the request (or a `const` only it reads).
          const object = resolver.objectLiteralOf(holder.property.value);
          if (object === null) continue;
          const inner = ownProperties(object);
          const direct = holder.spread === null && isWithin(object, holder.property);
          for (const [key, property] of inner) if (key === second) found.push({ property, direct, siblings: new Set(inner.map(([name]) => name)) });
          continue;
        }
        // `tools: [{ type: "mcp", connector_id }]`
        const array = withoutTypeCasts(holder.property.value);
        if (array.type !== AST_NODE_TYPES.ArrayExpression) continue;
        for (const element of array.elements) {
          if (element === null || element.type === AST_NODE_TYPES.SpreadElement) continue;
          const tool = resolver.objectLiteralOf(element);
          if (tool === null) continue;
          const inner = ownProperties(tool);
          const type = inner.find(([key]) => key === "type")?.[1].value;
          if (type?.type !== AST_NODE_TYPES.Literal || type.value !== second) continue;
          const direct = holder.spread === null && isWithin(tool, holder.property);
          for (const [key, property] of inner) if (key === third) found.push({ property, direct, siblings: new Set(inner.map(([name]) => name)) });
        }
      }
      return found;
    }

    function requestOf(node: TSESTree.CallExpression): FoundRequest | null {
      for (const [api, shape] of REQUEST_APIS) {
        const request = findSdkRequest(node, resolver, shape.methods);
        if (request === null || request.object === null) continue;
        // The SDK pointed at a local model or another provider (a client built here, or in a field of this class):
        // what that server accepts is its own business; Azure's deployments follow Azure's own schedule.
        const provider = request.provider;
        // A `baseURL` the file does not show: code written for OpenAI-compatible servers too (Roo-Code's provider
        // classes, OpenRouter with a configurable base), where `max_tokens` is theirs to keep.
        if (!mayBeOpenAI(provider) || hasConfiguredBaseURL(node.callee, resolver, sourceCode)) return null;
        // A rename is applied only on a client built here for OpenAI itself: one from elsewhere may serve another
        // provider.
        return { request: { ...request, object: request.object }, api, certain: provider === "openai" };
      }
      const v3 = findV3Request(node, resolver, sourceCode);
      // As for the current SDK: silent on another provider's server, and where the file does not show the base.
      if (v3 === null || v3.shape.api === undefined || v3.shape.request === undefined || !mayBeOpenAI(v3.provider) || v3.configuredBase) return null;
      const argument = node.arguments[v3.shape.request];
      const object = argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement ? null : resolver.objectLiteralOf(argument);
      return object === null ? null : { request: { call: node, method: v3.method, object, provider: v3.provider }, api: v3.shape.api, certain: false, v3: true };
    }

    return {
      [METHOD_CALL_SELECTOR](node: TSESTree.CallExpression) {
        const callee = node.callee.type === AST_NODE_TYPES.TSNonNullExpression ? node.callee.expression : node.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.property.type !== AST_NODE_TYPES.Identifier) return;
        if (!METHOD_NAMES.has(callee.property.name)) return;
        const found = requestOf(node);
        if (found !== null) checkRequest(found);
      },
      [URL_START_LITERALS](node: TSESTree.Literal | TSESTree.TemplateLiteral) {
        const endpoint = rest.endpointAt(node);
        if (endpoint === null) return;
        const entry = [...REQUEST_APIS].find(([, shape]) => shape.restPath === endpoint.path);
        if (entry === undefined) return;
        const [api, shape] = entry as [RequestApi, RequestApiShape];
        if (endpoint.provider === "azure") return;
        // `${OLLAMA_URL}/v1/chat/completions`: every OpenAI-compatible server has this path, so it counts only where
        // OpenAI is known to serve it (its host, or a base whose value or name says OpenAI).
        if (shape.restNeedsOpenAIName === true && endpoint.provider !== "openai") return;
        const request = findRestRequest(node, rest, resolver, (path) => path === shape.restPath);
        if (request?.object == null) return;
        // A rename is applied where OpenAI is known to serve the URL.
        checkRequest({ request: { ...request, object: request.object }, api, certain: endpoint.provider === "openai" });
      },
    };
  },
});

/** A top-level key written twice in one request (`{ max_tokens: 5, ...base }` with `base` holding one too): which one the author meant is theirs to say. */
function writtenTwice(row: SdkParamDeprecation, properties: readonly RequestProperty[]): boolean {
  return row.path.length === 1 && properties.filter(({ key }) => key === row.path[0]).length > 1;
}

/** A deprecated key found in a request. */
interface FoundKey {
  readonly property: TSESTree.Property;
  /**
   * Written in the request itself (or in an object written there): else it came through a spread or a binding that
   * another request may read too, and a rewrite is offered, not applied.
   */
  readonly direct: boolean;
  /** The keys beside it. */
  readonly siblings: ReadonlySet<string>;
}

/** The plain properties of an object literal with a static key, in order. */
function ownProperties(object: TSESTree.ObjectExpression): [string, TSESTree.Property][] {
  const properties: [string, TSESTree.Property][] = [];
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = getStaticPropertyKey(property);
    if (key !== null) properties.push([key, property]);
  }
  return properties;
}

/** `key: value` or `key`, not a method or an accessor, whose value a fix can move as text. */
function isPlainProperty(property: TSESTree.Property): boolean {
  return property.kind === "init" && !property.method;
}
