import type { TSESTree } from "@typescript-eslint/utils";
import { getStaticValue } from "@typescript-eslint/utils/ast-utils";
import { AST_NODE_TYPES } from "../src/analysis/nodes";

import {
  collectAssignedProperties,
  collectRequestProperties,
  findImportedBinding,
  findRequestBody,
  findSdkRequest,
  getFileAnalysis,
  getStaticMemberName,
  methodNames,
  restResource,
  textMentionsAny,
  type ApiRequest,
} from "../src/analysis";
import { findPossibleObjectLiterals } from "../src/analysis/possible-objects";
import { isWithin, ReportedUses } from "../src/analysis/reports";
import { createRule } from "../src/create-rule";
import { DATE_OPTION_SCHEMA } from "../src/dates";
import { formatDate, lazyDeprecationData, PROMPT_OBJECTS } from "../src/deprecations";
import { RESPONSES_SDK_METHODS } from "../src/sdk-methods";
import { callOfMemberNamed, stringMatching, templateMayStartWith, URL_START_LITERALS } from "../src/analysis/selectors";

/** Reusable prompts: the keys that carry a saved prompt's id (Responses `id`, older docs `prompt_id`, the Agents SDK `promptId`). */
const PROMPT_ID_KEYS: ReadonlySet<string> = new Set(["id", "prompt_id", "promptId"]);

/** A saved prompt's id. */
const PROMPT_ID = /^pmpt_[A-Za-z0-9]+$/u;
/** The listeners' own first checks, as selectors (src/analysis/selectors.ts): SDK calls of the Responses API and the Agents SDK's `Agent.create`, and strings and templates that may be a prompt id. */
const CALL_SELECTOR = callOfMemberNamed([...methodNames(RESPONSES_SDK_METHODS), "create"]);
const PROMPT_ID_LITERAL = stringMatching("^pmpt_");
const PROMPT_ID_TEMPLATE = templateMayStartWith("pmpt_");

/** Packages whose `Agent` takes a saved prompt (`new Agent({ prompt: { promptId } })`). */
const AGENTS_SDK_MODULES: ReadonlySet<string> = new Set(["@openai/agents", "@openai/agents-openai", "@openai/agents-core"]);
/** What every name of {@link AGENTS_SDK_MODULES} starts with. */
const AGENTS_SDK_PREFIX = "@openai/agents";

type Options = [{ allowedPromptIds?: string[]; date?: string }];
type MessageIds = "promptObject" | "promptsEndpoint" | "promptId";

/**
 * Reports saved (dashboard) prompts used by requests: a `prompt: { id }` in a Responses request (SDK or REST), the
 * Agents SDK's `new Agent({ prompt: { promptId } })`, calls to `/v1/prompts`, and `pmpt_…` ids that no reported
 * request already covers. No fix: the prompt's text lives in the dashboard.
 */
export default createRule<Options, MessageIds>({
  name: PROMPT_OBJECTS.rule,
  meta: {
    type: "problem",
    docs: {
      description: `Disallow reusable prompt objects (\`v1/prompts\` shutdown: ${formatDate(PROMPT_OBJECTS.shutdown)})`,
      recommended: true,
    },
    messages: {
      promptObject:
        "This request uses a saved prompt object: reusable prompt objects are deprecated since {{ announced }} and `v1/prompts` {{ shutDown }}. Keep the prompt in code (a typed builder function) and pass `instructions` and `input`: {{ url }}",
      promptsEndpoint:
        "`/v1/{{ path }}` is the prompt objects API, which {{ shutDown }}. Keep prompts in code and pass `instructions` and `input`: {{ url }}",
      promptId:
        "`{{ id }}` is a saved prompt id: reusable prompt objects are deprecated since {{ announced }} and `v1/prompts` {{ shutDown }}. Move the prompt into code: {{ url }}",
    },
    schema: [
      {
        type: "object",
        properties: {
          allowedPromptIds: {
            type: "array",
            description: "Saved prompt ids (`pmpt_…`) still allowed while a team migrates them.",
            items: { type: "string", pattern: "^pmpt_" },
            uniqueItems: true,
          },
          date: DATE_OPTION_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowedPromptIds: [] }],
  },
  mentions: ["prompt", "pmpt_"],
  create(context, [{ allowedPromptIds = [], date }]) {
    const { resolver, rest } = getFileAnalysis(context);
    const data = lazyDeprecationData(PROMPT_OBJECTS, context, date);
    const allowed = new Set(allowedPromptIds);
    const reported = new ReportedUses(resolver);
    const promptIds: { node: TSESTree.Literal | TSESTree.TemplateLiteral; id: string }[] = [];

    /**
     * A saved prompt: an object with an id key (its own or through a spread) whose id, when static, is not allowed.
     * The object may be chosen conditionally (`promptId ? { id: promptId } : undefined`) or returned by the Agents
     * SDK's prompt function.
     */
    function isSavedPrompt(value: TSESTree.Node): boolean {
      return findPossibleObjectLiterals(value, resolver).some((object) => {
        // `{ ...SAVED_PROMPT, variables }`: the id may come through a spread.
        const property = collectRequestProperties(object, resolver)
          .filter(({ key }) => PROMPT_ID_KEYS.has(key))
          .at(-1)?.property;
        if (property === undefined) return false;
        const id = getStaticValue(property.value, context.sourceCode.getScope(property.value));
        return !(typeof id?.value === "string" && allowed.has(id.value));
      });
    }

    /**
     * A matcher of a test assertion, `expect(x).toMatchObject(…)` / `expect(x).not.toEqual(…)` (Jest, Vitest, Bun,
     * Chai's `expect`): an id there is what a test expects the code under test to send, and that code is where a
     * use is reported. Seen in the Agents SDK's own tests.
     */
    function isAssertion(callee: TSESTree.MemberExpression): boolean {
      let object: TSESTree.Node = callee.object;
      while (object.type === AST_NODE_TYPES.MemberExpression) object = object.object;
      if (object.type !== AST_NODE_TYPES.CallExpression) return false;
      const expect = object.callee.type === AST_NODE_TYPES.MemberExpression ? object.callee.object : object.callee;
      return expect.type === AST_NODE_TYPES.Identifier && expect.name === "expect";
    }

    /**
     * A `pmpt_` id passed to a call whose receiver is known not to be OpenAI's (a local object, a local class,
     * another package): that call is reported by nobody, and its ids are its own business.
     */
    function isSentToSomeoneElse(id: TSESTree.Node): boolean {
      for (let current = id.parent; current != null; current = current.parent) {
        if (current.type !== AST_NODE_TYPES.CallExpression && current.type !== AST_NODE_TYPES.NewExpression) continue;
        if (!current.arguments.some((argument) => isWithin(id, argument))) continue;
        const callee = current.callee;
        if (callee.type === AST_NODE_TYPES.MemberExpression) return isAssertion(callee) || resolver.resolve(callee.object).kind === "foreign";
        if (callee.type !== AST_NODE_TYPES.Identifier) return false;
        const binding = findImportedBinding(callee, resolver);
        if (binding !== null) return !binding.source.startsWith(".") && !binding.source.startsWith("@/") && binding.source !== "openai";
        return resolver.findVariable(callee)?.defs[0]?.type === "ClassName";
      }
      return false;
    }

    function checkRequest(request: ApiRequest): void {
      if (request.object === null) return;
      for (const { key, property } of collectRequestProperties(request.object, resolver)) {
        if (key !== "prompt" || !isSavedPrompt(property.value)) continue;
        // A prompt written in the request is reported where it is; one brought in from elsewhere, on the call.
        const node = isWithin(property, request.object) ? property : request.call;
        reported.add(node);
        reported.add(request.call);
        context.report({ node, messageId: "promptObject", data: data() });
      }
      // `body.prompt = { id, version }` after the body is built (n8n's Responses helper).
      for (const { key, member, value } of collectAssignedProperties(request.object, resolver)) {
        if (key !== "prompt" || reported.covers(member) || !isSavedPrompt(value)) continue;
        reported.add(member.parent);
        reported.add(request.call);
        context.report({ node: member.parent, messageId: "promptObject", data: data() });
      }
    }

    /** `new Agent({ prompt })` and `Agent.create({ prompt })` of the Agents SDK. */
    // An `Agent` bound from the Agents SDK needs its module's name in the file (an import or `require` of a string):
    // asked of the text once, before any callee is resolved (a scope lookup per `new` of a file, most of this rule's
    // time on the openai package's own files).
    let namesAgentsSdk: boolean | undefined;
    function checkAgent(callee: TSESTree.Node, call: TSESTree.CallExpression | TSESTree.NewExpression): void {
      if (!(namesAgentsSdk ??= textMentionsAny(context, [AGENTS_SDK_PREFIX]))) return;
      const binding = findImportedBinding(callee, resolver);
      if (binding === null || binding.name !== "Agent" || !AGENTS_SDK_MODULES.has(binding.source)) return;
      const argument = call.arguments[0];
      if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return;
      checkRequest({ call, method: null, object: resolver.objectLiteralOf(argument), provider: "unknown" });
    }

    function checkUrl(node: TSESTree.Literal | TSESTree.TemplateLiteral): void {
      const endpoint = rest.endpointAt(node);
      if (endpoint === null) return;
      // Azure's deployments follow Azure's own schedule: the ids the request sends are not reported either.
      if (endpoint.provider === "azure") {
        if (endpoint.call !== null) reported.add(endpoint.call);
        return;
      }
      if (endpoint.path === "responses") {
        if (endpoint.call !== null) {
          checkRequest({ call: endpoint.call, method: null, object: findRequestBody(endpoint, resolver), provider: endpoint.provider });
        }
      } else if (restResource(endpoint.path) === "prompts") {
        reported.add(endpoint.url);
        context.report({ node: endpoint.url, messageId: "promptsEndpoint", data: { ...data(), path: endpoint.path } });
      }
    }

    return {
      [CALL_SELECTOR](node: TSESTree.CallExpression) {
        const request = findSdkRequest(node, resolver, RESPONSES_SDK_METHODS);
        if (request !== null) {
          // Azure's deployments follow Azure's own schedule: the ids the request sends are not reported either.
          if (request.provider !== "azure") checkRequest(request);
          else reported.add(request.call);
          return;
        }
        if (node.callee.type === AST_NODE_TYPES.MemberExpression && getStaticMemberName(node.callee) === "create") {
          checkAgent(node.callee.object, node);
        }
      },
      NewExpression(node) {
        checkAgent(node.callee, node);
      },
      // `endpointAt` answers `null` for a literal that is no string.
      [URL_START_LITERALS]: checkUrl,
      [PROMPT_ID_LITERAL](node: TSESTree.Literal) {
        if (typeof node.value === "string" && PROMPT_ID.test(node.value) && !allowed.has(node.value)) promptIds.push({ node, id: node.value });
      },
      // `pmpt_…` written as a template without placeholders is the same id.
      [PROMPT_ID_TEMPLATE](node: TSESTree.TemplateLiteral) {
        const id = node.expressions.length === 0 ? node.quasis[0]?.value.cooked : null;
        if (typeof id === "string" && PROMPT_ID.test(id) && !allowed.has(id)) promptIds.push({ node, id });
      },
      "Program:exit"() {
        for (const { node, id } of promptIds) {
          if (reported.covers(node) || isSentToSomeoneElse(node)) continue;
          context.report({ node, messageId: "promptId", data: { ...data(), id } });
        }
      },
    };
  },
});
