import type { TSESTree } from "@typescript-eslint/utils";
import { getStaticValue } from "@typescript-eslint/utils/ast-utils";
import { AST_NODE_TYPES } from "../src/analysis/nodes";

import {
  collectRequestProperties,
  findImportedBinding,
  findRequestBody,
  findSdkRequest,
  getFileAnalysis,
  getStaticMemberName,
  getStaticPropertyKey,
  textMentionsAny,
  type ApiRequest,
} from "../src/analysis";
import { findEnclosingDeclarator, isWithin, ReportedUses } from "../src/analysis/reports";
import { memberNameContaining, propertyNamed, stringMatching, URL_START_LITERALS } from "../src/analysis/selectors";
import { createRule } from "../src/create-rule";
import { DATED_RULE_OPTIONS, type DatedRuleOptions } from "../src/dates";
import { AGENT_BUILDER_WORKFLOWS, formatDate, lazyDeprecationData } from "../src/deprecations";
import { methodsTaking } from "../src/sdk-methods";

/** Agent Builder: ChatKit sessions are created for a hosted workflow (the API requires `workflow`). */
const CHATKIT_SESSION_METHODS = methodsTaking("beta/chatkit/sessions:SessionCreateParams");

/** The REST path of ChatKit sessions, below `/v1/`. */
const CHATKIT_SESSIONS_PATH = "chatkit/sessions";

/** An Agent Builder workflow id: `wf_` and 48 hex digits. Shorter `wf_` ids belong to Temporal, CI systems and others. */
const AGENT_BUILDER_WORKFLOW_ID = /^wf_[0-9a-f]{48}$/u;

/** Names that say a value is a ChatKit / Agent Builder workflow (`NEXT_PUBLIC_CHATKIT_WORKFLOW_ID`, `agentBuilderWorkflowId`). */
const AGENT_BUILDER_PRODUCTS = ["chatkit", "chat_kit", "agentkit", "agent_kit", "agentbuilder", "agent_builder"] as const;
const WORKFLOW = "workflow";

/**
 * What the listeners below act on, as selectors (src/analysis/selectors.ts; each listener keeps its own check): strings
 * in Agent Builder's id format, members named like a workflow's env var, `workflow` keys.
 */
const WORKFLOW_ID_LITERAL = stringMatching(AGENT_BUILDER_WORKFLOW_ID.source);
const WORKFLOW_NAMED_MEMBER = memberNameContaining(WORKFLOW);
const WORKFLOW_PROPERTY = propertyNamed([WORKFLOW]);

/**
 * Whether a name (a variable, a key, an environment variable) names an Agent Builder workflow: `workflow` before or
 * after `chatkit`, `agent_kit`, `agentBuilder` (with or without `_`), in any case, on one line:
 * `CHATKIT_WORKFLOW_ID`, `workflowForAgentKit`. What `/(?:chat_?kit|…).*workflow|workflow.*(?:chat_?kit|…)/iu`
 * says, in time linear in the name: a regular expression of that shape tries every start and scans to the end,
 * which took seconds on a generated name of 100,000 characters.
 */
export function isAgentBuilderWorkflowName(name: string): boolean {
  // `.` stops at line terminators: each line is a name of its own.
  for (const line of name.toLowerCase().split(/[\n\r\u2028\u2029]/u)) {
    const lastWorkflow = line.lastIndexOf(WORKFLOW);
    if (lastWorkflow === -1) continue;
    const firstWorkflowEnd = line.indexOf(WORKFLOW) + WORKFLOW.length;
    for (const product of AGENT_BUILDER_PRODUCTS) {
      const first = line.indexOf(product);
      if (first === -1) continue;
      // The product before a `workflow`, or a `workflow` before the product.
      if (first + product.length <= lastWorkflow || line.lastIndexOf(product) >= firstWorkflowEnd) return true;
    }
  }
  return false;
}

/** ChatKit's front-end packages: `useChatKit` (React) and the `<openai-chatkit>` element's `setOptions`. */
const CHATKIT_REACT = "@openai/chatkit-react";
const CHATKIT_ELEMENT_MODULES: ReadonlySet<string> = new Set(["@openai/chatkit", "@openai/chatkit-react"]);

/**
 * Reports what depends on an Agent Builder-hosted workflow: ChatKit sessions created for a workflow (SDK or REST),
 * front ends that fetch a client secret for one (`api: { getClientSecret }`) instead of talking to their own ChatKit
 * server (`api: { url, domainKey }`), and workflow ids (`wf_` + 48 hex digits) or env vars named for one, or ids of
 * that format sent as `workflow: { id }`. A `wf_` string elsewhere stays silent: Temporal, CI systems and others use
 * the prefix too. No fix.
 */
export default createRule({
  name: AGENT_BUILDER_WORKFLOWS.rule,
  meta: {
    type: "problem",
    docs: {
      description: `Disallow Agent Builder-hosted ChatKit workflows (Agent Builder shutdown: ${formatDate(AGENT_BUILDER_WORKFLOWS.shutdown)})`,
      recommended: true,
    },
    messages: {
      hostedSession:
        "This ChatKit session is created for an Agent Builder workflow, which stops with Agent Builder: Agent Builder {{ shutDown }}. ChatKit stays available: move to {{ replacement }}: {{ url }}",
      hostedClientSecret:
        "`getClientSecret` connects ChatKit to an Agent Builder-hosted workflow; Agent Builder {{ shutDown }}. Point `api` at your own ChatKit server (`url` and `domainKey`): {{ url }}",
      workflowId:
        "`{{ id }}` is an Agent Builder workflow; Agent Builder {{ shutDown }}. Move the workflow to {{ replacement }}: {{ url }}",
      workflowEnv:
        "`{{ name }}` names an Agent Builder workflow; Agent Builder {{ shutDown }}. Move the workflow to {{ replacement }}: {{ url }}",
    },
    schema: [DATED_RULE_OPTIONS],
    defaultOptions: [{}] as [DatedRuleOptions],
  },
  mentions: ["workflow", "chatkit"],
  create(context, [options]) {
    const { resolver, rest } = getFileAnalysis(context);
    const data = lazyDeprecationData(AGENT_BUILDER_WORKFLOWS, context, options.date);
    const reported = new ReportedUses(resolver);
    const workflowIds: TSESTree.Literal[] = [];
    const workflowObjectIds: { node: TSESTree.Node; id: string }[] = [];
    const envReads: { node: TSESTree.Node; name: string }[] = [];
    /** Whether the file names ChatKit's element or its modules: read the first time a `setOptions` call asks. */
    let usesChatKitElement: boolean | undefined;

    /** A session request: reported on its `workflow` when it is written there, else on the call or URL. */
    function reportSession(request: ApiRequest, fallback: TSESTree.Node): void {
      const workflow =
        request.object === null
          ? undefined
          : collectRequestProperties(request.object, resolver).find(({ key }) => key === "workflow");
      const node =
        workflow !== undefined && request.object !== null && isWithin(workflow.property, request.object)
          ? workflow.property
          : fallback;
      reported.add(request.call);
      context.report({ node, messageId: "hostedSession", data: data() });
    }

    /** `{ api: { getClientSecret } }` in ChatKit options: the hosted-workflow integration. */
    function checkChatKitOptions(options: TSESTree.Node | undefined): void {
      const object = options === undefined ? null : resolver.objectLiteralOf(options);
      const api = object === null ? undefined : findProperty(object, "api");
      const apiObject = api === undefined ? null : resolver.objectLiteralOf(api.value);
      const getClientSecret = apiObject === null ? undefined : findProperty(apiObject, "getClientSecret");
      if (getClientSecret === undefined) return;
      reported.add(object!);
      context.report({ node: getClientSecret, messageId: "hostedClientSecret", data: data() });
    }

    /**
     * `{ workflow: { id: "wf_…" } }` with an id in Agent Builder's own format (48 hex digits), written out or held by
     * a `const`: the shape of a session request even when it goes to the app's own `/api/create-session` route.
     */
    function checkWorkflowObject(property: TSESTree.Property): void {
      if (getStaticPropertyKey(property) !== "workflow") return;
      const workflow = resolver.objectLiteralOf(property.value);
      const id = workflow === null ? undefined : findProperty(workflow, "id");
      if (id === undefined) return;
      const value = getStaticValue(id.value, context.sourceCode.getScope(id.value))?.value;
      if (typeof value === "string" && AGENT_BUILDER_WORKFLOW_ID.test(value)) {
        workflowObjectIds.push({ node: id.value, id: value });
      }
    }

    function checkUrl(node: TSESTree.Literal | TSESTree.TemplateLiteral): void {
      const endpoint = rest.endpointAt(node);
      if (endpoint === null || endpoint.path !== CHATKIT_SESSIONS_PATH || endpoint.provider === "azure") return;
      const call = endpoint.call ?? endpoint.url;
      const object = endpoint.call === null ? null : findRequestBody(endpoint, resolver);
      reportSession({ call: call as TSESTree.CallExpression, method: null, object, provider: endpoint.provider }, endpoint.url);
    }

    return {
      CallExpression(node) {
        const request = findSdkRequest(node, resolver, CHATKIT_SESSION_METHODS);
        if (request !== null) {
          // Azure's deployments follow Azure's own schedule.
          if (request.provider !== "azure") reportSession(request, node);
          return;
        }
        // `Deno.env.get("CHATKIT_WORKFLOW_ID")`
        const envName = findEnvGetName(node);
        if (envName !== null) envReads.push({ node, name: envName });
        const binding = findImportedBinding(node.callee, resolver);
        if (binding?.source === CHATKIT_REACT && binding.name === "useChatKit") {
          checkChatKitOptions(node.arguments[0]);
        } else if (
          node.callee.type === AST_NODE_TYPES.MemberExpression &&
          getStaticMemberName(node.callee) === "setOptions" &&
          (usesChatKitElement ??= textMentionsAny(context, ["openai-chatkit", ...CHATKIT_ELEMENT_MODULES]))
        ) {
          checkChatKitOptions(node.arguments[0]);
        }
      },
      [URL_START_LITERALS]: checkUrl,
      [WORKFLOW_ID_LITERAL](node: TSESTree.Literal) {
        if (typeof node.value === "string" && AGENT_BUILDER_WORKFLOW_ID.test(node.value)) workflowIds.push(node);
      },
      [WORKFLOW_NAMED_MEMBER](node: TSESTree.MemberExpression) {
        // `process.env.NEXT_PUBLIC_CHATKIT_WORKFLOW_ID`, `import.meta.env.VITE_CHATKIT_WORKFLOW_ID`, a Worker's `env.…`
        const name = getStaticMemberName(node);
        if (name === null || !isAgentBuilderWorkflowName(name)) return;
        if (isEnvObject(node.object)) envReads.push({ node, name });
      },
      'VariableDeclarator[id.type="ObjectPattern"]'(node: TSESTree.VariableDeclarator) {
        // `const { CHATKIT_WORKFLOW_ID } = process.env`
        if (node.id.type !== AST_NODE_TYPES.ObjectPattern || node.init === null || !isEnvObject(node.init)) return;
        for (const property of node.id.properties) {
          if (property.type !== AST_NODE_TYPES.Property) continue;
          const name = getStaticPropertyKey(property);
          if (name !== null && isAgentBuilderWorkflowName(name)) envReads.push({ node: property, name });
        }
      },
      [WORKFLOW_PROPERTY]: checkWorkflowObject,
      "Program:exit"() {
        for (const { node, id } of workflowObjectIds) {
          if (reported.covers(node)) continue;
          reported.add(node);
          context.report({ node, messageId: "workflowId", data: { ...data(), id } });
        }
        const reportedDeclarators = new Set<TSESTree.Node>();
        for (const { node, name } of envReads) {
          if (reported.covers(node)) continue;
          const declarator = findEnclosingDeclarator(node);
          if (declarator !== null) reportedDeclarators.add(declarator);
          reported.add(node);
          context.report({ node, messageId: "workflowEnv", data: { ...data(), name } });
        }
        for (const id of workflowIds) {
          if (reported.covers(id)) continue;
          const declarator = findEnclosingDeclarator(id);
          if (declarator !== null && reportedDeclarators.has(declarator)) continue;
          if (!isNamedAsWorkflow(id, declarator)) continue;
          context.report({ node: id, messageId: "workflowId", data: { ...data(), id: (id as TSESTree.StringLiteral).value } });
        }
      },
    };
  },
});

/** Where env vars are read from: `process.env`, `import.meta.env`, `c.env` (Hono), a Worker's `env` parameter. */
function isEnvObject(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.MemberExpression && getStaticMemberName(node) === "env") ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === "env")
  );
}

/** The name in `Deno.env.get("CHATKIT_WORKFLOW_ID")` when it names a ChatKit workflow, else `null`. */
function findEnvGetName(call: TSESTree.CallExpression): string | null {
  const callee = call.callee;
  const argument = call.arguments[0];
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    getStaticMemberName(callee) !== "get" ||
    !isEnvObject(callee.object) ||
    argument?.type !== AST_NODE_TYPES.Literal ||
    typeof argument.value !== "string"
  ) {
    return null;
  }
  return isAgentBuilderWorkflowName(argument.value) ? argument.value : null;
}

function findProperty(object: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
  return object.properties.find(
    (property): property is TSESTree.Property =>
      property.type === AST_NODE_TYPES.Property && getStaticPropertyKey(property) === name,
  );
}

/** A workflow id held by a name that says ChatKit / Agent Builder: a variable, or the key it sits under. */
function isNamedAsWorkflow(id: TSESTree.Node, declarator: TSESTree.VariableDeclarator | null): boolean {
  if (declarator?.id.type === AST_NODE_TYPES.Identifier && isAgentBuilderWorkflowName(declarator.id.name)) {
    return true;
  }
  for (let current = id.parent; current != null && current !== declarator; current = current.parent) {
    if (current.type === AST_NODE_TYPES.Property) {
      const key = getStaticPropertyKey(current);
      if (key !== null && isAgentBuilderWorkflowName(key)) return true;
    }
    if (
      current.type === AST_NODE_TYPES.LogicalExpression &&
      current.left.type === AST_NODE_TYPES.MemberExpression &&
      isAgentBuilderWorkflowName(getStaticMemberName(current.left) ?? "")
    ) {
      return true;
    }
  }
  return false;
}
