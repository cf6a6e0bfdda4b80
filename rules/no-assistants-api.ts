import { type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../src/analysis/nodes";

import { findImportedBinding, getFileAnalysis, getRequireSource, getStaticMemberName, restResource } from "../src/analysis";
import { clientProvider } from "../src/analysis/provider";
import { findSdkResource, methodNames } from "../src/analysis/sdk";
import { createRule } from "../src/create-rule";
import { DATED_RULE_OPTIONS, type DatedRuleOptions } from "../src/dates";
import { ASSISTANTS_API, formatDate, lazyDeprecationData } from "../src/deprecations";
import { findHeaderName } from "../src/analysis/headers";
import { ASSISTANTS_SDK_RESOURCES } from "../src/sdk-methods";
import { callOfMemberNamed, callOfName, stringMatching, URL_START_LITERALS } from "../src/analysis/selectors";

/** REST resources of the Assistants API, as the first segment after `/v1/`. */
const ASSISTANTS_REST_RESOURCES: ReadonlySet<string> = new Set(["assistants", "threads"]);

/** Modules whose types belong to the Assistants API. */
const ASSISTANTS_TYPE_MODULE = /^openai\/resources\/beta\/(?:assistants|threads)(?:[/.]|$)/u;

/** The SDK's runtime helper for Assistants run streams (`AssistantStream.fromReadableStream(body)` in a browser). */
const ASSISTANTS_STREAM_MODULE = /^openai\/lib\/AssistantStream(?:\.m?js)?$/u;

/** `OpenAI-Beta` header values that opt into the Assistants API (`assistants=v2`), alone or among other betas (`realtime=v1, assistants=v2`). */
const ASSISTANTS_BETA_HEADER = /(?:^|,)\s*assistants=v\d+\s*(?:,|$)/u;

/** The listeners' own first checks, as selectors (src/analysis/selectors.ts). */
const REQUIRE_CALL = callOfName("require");
const ASSISTANTS_CALL = callOfMemberNamed(methodNames(ASSISTANTS_SDK_RESOURCES));
const BETA_HEADER_LITERAL = stringMatching("(?:^|,)\\s*assistants=v");

/**
 * Reports every use of the Assistants API: SDK calls below `beta.assistants` / `beta.threads`, REST calls to
 * `/v1/assistants` and `/v1/threads`, the `OpenAI-Beta: assistants=v2` header, imports of its types, and the SDK's
 * `AssistantStream` helper (its import from `openai/lib/AssistantStream` and its static calls, such as
 * `AssistantStream.fromReadableStream(res.body)` on a run stream relayed by the app's server).
 */
export default createRule({
  name: ASSISTANTS_API.rule,
  meta: {
    type: "problem",
    docs: {
      description: `Disallow the Assistants API (shutdown: ${formatDate(ASSISTANTS_API.shutdown)})`,
      recommended: true,
    },
    messages: {
      sdkCall:
        "`{{ method }}()` calls the Assistants API, which {{ shutDown }}. Move to {{ replacement }}: {{ url }}",
      restCall:
        "`/v1/{{ path }}` is an endpoint of the Assistants API, which {{ shutDown }}. Move to {{ replacement }}: {{ url }}",
      betaHeader:
        "The `OpenAI-Beta: {{ value }}` header opts into the Assistants API, which {{ shutDown }}. Move to {{ replacement }}: {{ url }}",
      typeImport:
        "`{{ source }}` holds Assistants API types; the API {{ shutDown }}. Move to {{ replacement }}: {{ url }}",
      streamHelper:
        "`{{ source }}` reads Assistants API run streams; the API {{ shutDown }}. Move to {{ replacement }} (a Responses stream sends typed events): {{ url }}",
      streamHelperCall:
        "`AssistantStream.{{ method }}()` reads an Assistants API run stream; the API {{ shutDown }}. Move to {{ replacement }}: {{ url }}",
    },
    schema: [DATED_RULE_OPTIONS],
    defaultOptions: [{}] as [DatedRuleOptions],
  },
  mentions: ["assistants", "threads"],
  create(context, [options]) {
    const { resolver, rest } = getFileAnalysis(context);
    const data = lazyDeprecationData(ASSISTANTS_API, context, options.date);
    /** Calls already reported through their URL: a beta header in the same call is the same use. */
    const reportedCalls = new Set<TSESTree.Node>();
    const headers: TSESTree.Node[] = [];
    /**
     * Whether the text names the stream helper: its binding is imported as `AssistantStream` from a module whose name
     * holds it too (escapes in a specifier aside), so a file without the word has none, and only calls of the
     * Assistants API's method names are looked at (src/analysis/selectors.ts).
     */
    const namesStreamHelper = context.sourceCode.text.includes("AssistantStream");

    function checkModuleSource(node: TSESTree.Node, source: TSESTree.Node | null): void {
      if (source?.type !== AST_NODE_TYPES.Literal || typeof source.value !== "string") return;
      if (ASSISTANTS_TYPE_MODULE.test(source.value)) {
        context.report({ node, messageId: "typeImport", data: { ...data(), source: source.value } });
      } else if (ASSISTANTS_STREAM_MODULE.test(source.value)) {
        context.report({ node, messageId: "streamHelper", data: { ...data(), source: source.value } });
      }
    }

    function checkUrl(node: TSESTree.Literal | TSESTree.TemplateLiteral): void {
      const endpoint = rest.endpointAt(node);
      // Azure's deployments follow Azure's own schedule.
      if (endpoint === null || !ASSISTANTS_REST_RESOURCES.has(restResource(endpoint.path)) || endpoint.provider === "azure") return;
      if (endpoint.call !== null) reportedCalls.add(endpoint.call);
      context.report({ node: endpoint.url, messageId: "restCall", data: { ...data(), path: endpoint.path } });
    }

    return {
      [REQUIRE_CALL](node: TSESTree.CallExpression) {
        // `require("openai/lib/AssistantStream")`, as its import.
        const required = getRequireSource(node);
        if (required !== null) checkModuleSource(node, node.arguments[0]!);
      },
      [namesStreamHelper ? "CallExpression" : ASSISTANTS_CALL](node: TSESTree.CallExpression) {
        const callee = node.callee.type === AST_NODE_TYPES.TSNonNullExpression ? node.callee.expression : node.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const method = getStaticMemberName(callee);
        if (method === null) return;
        if (callee.object.type === AST_NODE_TYPES.Identifier && namesStreamHelper) {
          const helper = findImportedBinding(callee.object, resolver);
          if (helper?.name === "AssistantStream" && ASSISTANTS_STREAM_MODULE.test(helper.source)) {
            context.report({ node, messageId: "streamHelperCall", data: { ...data(), method } });
            return;
          }
        }
        if (!methodNames(ASSISTANTS_SDK_RESOURCES).has(method)) return;
        const resource = findSdkResource(resolver.resolveReceiver(callee.object, ASSISTANTS_SDK_RESOURCES), ASSISTANTS_SDK_RESOURCES, method);
        // Azure's Assistants API follows Azure's own schedule.
        if (resource !== null && clientProvider(node.callee, resolver, context.sourceCode) !== "azure") {
          context.report({ node, messageId: "sdkCall", data: { ...data(), method: `${resource}.${method}` } });
        }
      },
      // `endpointAt` answers `null` for a literal that is no string.
      [URL_START_LITERALS]: checkUrl,
      [BETA_HEADER_LITERAL](node: TSESTree.Literal) {
        if (typeof node.value === "string" && ASSISTANTS_BETA_HEADER.test(node.value) && findHeaderName(node)?.toLowerCase() === "openai-beta") {
          headers.push(node);
        }
      },
      ImportDeclaration(node) {
        checkModuleSource(node, node.source);
      },
      // Only a re-export names a module (`export { x } from "…"`): most export declarations are the file's own.
      "ExportNamedDeclaration[source]"(node: TSESTree.ExportNamedDeclaration) {
        checkModuleSource(node, node.source);
      },
      ExportAllDeclaration(node) {
        checkModuleSource(node, node.source);
      },
      TSImportType(node) {
        // Recent typescript-eslint parsers give `source` and warn when the older `argument` is read; older ones only `argument`.
        const source = (node as Partial<TSESTree.TSImportType>).source;
        if (source != null) checkModuleSource(node, source);
        else if (node.argument.type === AST_NODE_TYPES.TSLiteralType) checkModuleSource(node, node.argument.literal);
      },
      "Program:exit"() {
        for (const header of headers) {
          if (enclosingCalls(header).some((call) => reportedCalls.has(call))) continue;
          context.report({
            node: header,
            messageId: "betaHeader",
            data: { ...data(), value: (header as TSESTree.StringLiteral).value },
          });
        }
      },
    };
  },
});

function enclosingCalls(node: TSESTree.Node): TSESTree.Node[] {
  const calls: TSESTree.Node[] = [];
  for (let current = node.parent; current != null; current = current.parent) {
    if (current.type === AST_NODE_TYPES.CallExpression || current.type === AST_NODE_TYPES.NewExpression) {
      calls.push(current);
    }
  }
  return calls;
}
