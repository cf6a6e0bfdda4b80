import { type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./nodes";

import { clientProvider, type Provider } from "./provider";
import { getStaticMemberName, getStaticPropertyKey, type Resolver } from "./resolve";
import { findRequestBody, type RestAnalysis } from "./rest";
import { findSdkResource, methodNames } from "./sdk";
import { pathKey } from "./values";

/** A request sent to an SDK method or a REST endpoint, with the object literal that carries it when there is one. */
export interface ApiRequest {
  /** The call: `client.responses.create(…)`, or the `fetch(…)` / `axios.post(…)` of a REST request. */
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The SDK method (`create`, `stream`, `parse`), or `null` for a REST request. */
  readonly method: string | null;
  /** The request object literal, inline or through a `const` in this file; `null` when it is built elsewhere. */
  readonly object: TSESTree.ObjectExpression | null;
  /**
   * Who serves it, decided once in provider.ts: the SDK client's provider, or the REST endpoint's. Every rule is
   * silent on `azure` (its deployments follow Azure's own schedule) and on `other`.
   */
  readonly provider: Provider;
}

/** A property of a request object, found directly or inside an object spread (`...base`, `...(c ? { a } : {})`). */
export interface RequestProperty {
  readonly key: string;
  readonly property: TSESTree.Property;
  /** The spread it came through, when it is not written in the request object itself. */
  readonly spread: TSESTree.SpreadElement | null;
}

/**
 * The request of an SDK call on the given resources (`responses` → `client.responses.create(request)`), or `null`.
 *
 * A resolved client counts on its path. A call on an unresolved root (`client` a parameter, imported from the project)
 * counts through a distinctive chain (`x.beta.chatkit.sessions.create`, see `findSdkResource`), or else only when its
 * request names a `model`: `x.responses.create(…)` alone is not the SDK's (survey and form APIs have `responses` too).
 */
export function findSdkRequest(
  call: TSESTree.CallExpression,
  resolver: Resolver,
  resources: ReadonlyMap<string, ReadonlySet<string>>,
): ApiRequest | null {
  const found = findSdkCall(call, resolver, resources);
  return found === null ? null : { ...found, provider: clientProvider(call.callee, resolver, resolver.sourceCode) };
}

function findSdkCall(
  call: TSESTree.CallExpression,
  resolver: Resolver,
  resources: ReadonlyMap<string, ReadonlySet<string>>,
): Omit<ApiRequest, "provider"> | null {
  const callee = call.callee.type === AST_NODE_TYPES.TSNonNullExpression ? call.callee.expression : call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = getStaticMemberName(callee);
  if (method === null || !methodNames(resources).has(method)) return null;
  const argument = call.arguments[0];
  if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return null;
  const value = resolver.resolveReceiver(callee.object, resources);
  const object = resolver.objectLiteralOf(argument);
  if (findSdkResource(value, resources, method) !== null) return { call, method, object };
  // Not distinctive by its chain: an unresolved `x.responses.create(…)` counts only with a `model` in its request.
  if (
    value.kind === "unknown" &&
    resources.get(pathKey(value.path))?.has(method) === true &&
    object !== null &&
    collectRequestProperties(object, resolver).some(({ key }) => key === "model")
  ) {
    return { call, method, object };
  }
  return null;
}

/** The request of a REST call whose URL starts at `node` and whose path satisfies `matchesPath`, or `null`. */
export function findRestRequest(
  node: TSESTree.Literal | TSESTree.TemplateLiteral,
  rest: RestAnalysis,
  resolver: Resolver,
  matchesPath: (path: string) => boolean,
): ApiRequest | null {
  const endpoint = rest.endpointAt(node);
  if (endpoint === null || endpoint.call === null || !matchesPath(endpoint.path)) return null;
  return { call: endpoint.call, method: null, object: findRequestBody(endpoint, resolver), provider: endpoint.provider };
}

/**
 * Every property of a request object, in source order, looking into spreads of object literals of this file
 * (`...defaults`, `...(promptId ? { prompt: { id: promptId } } : {})`, `...(cond && { n: 2 })`).
 */
export function collectRequestProperties(object: TSESTree.ObjectExpression, resolver: Resolver): RequestProperty[] {
  const properties: RequestProperty[] = [];
  const seen = new Set<TSESTree.ObjectExpression>();
  const visit = (current: TSESTree.ObjectExpression, spread: TSESTree.SpreadElement | null): void => {
    if (seen.has(current)) return;
    seen.add(current);
    for (const property of current.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        for (const source of spreadSources(property.argument, resolver)) visit(source, spread ?? property);
        continue;
      }
      const key = getStaticPropertyKey(property);
      if (key !== null) properties.push({ key, property, spread });
    }
  };
  visit(object, null);
  return properties;
}

function spreadSources(node: TSESTree.Node, resolver: Resolver): TSESTree.ObjectExpression[] {
  switch (node.type) {
    case AST_NODE_TYPES.ConditionalExpression:
      return [...spreadSources(node.consequent, resolver), ...spreadSources(node.alternate, resolver)];
    case AST_NODE_TYPES.LogicalExpression:
      return spreadSources(node.right, resolver);
    default: {
      const object = resolver.objectLiteralOf(node);
      return object === null ? [] : [object];
    }
  }
}

/** A property set on a request object after it is built: `body.prompt = { id }` for `const body = { … }`. */
export interface AssignedRequestProperty {
  readonly key: string;
  /** `body.prompt`. */
  readonly member: TSESTree.MemberExpression;
  readonly value: TSESTree.Expression;
}

/**
 * The properties a file assigns to a request object after building it, through the binding its literal initializes
 * (`const body: Params = { model, input }; if (p) body.prompt = { id: p };`). Other writes (`Object.assign`, a
 * spread into a new object) are not followed.
 */
export function collectAssignedProperties(object: TSESTree.ObjectExpression, resolver: Resolver): AssignedRequestProperty[] {
  let init: TSESTree.Node = object;
  while (
    init.parent?.type === AST_NODE_TYPES.TSAsExpression ||
    init.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    init.parent?.type === AST_NODE_TYPES.TSNonNullExpression
  ) {
    init = init.parent;
  }
  const declarator = init.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== init || declarator.id.type !== AST_NODE_TYPES.Identifier) {
    return [];
  }
  const assigned: AssignedRequestProperty[] = [];
  for (const reference of resolver.findVariable(declarator.id)?.references ?? []) {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
    const assignment = member.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== "=" || assignment.left !== member) continue;
    const key = getStaticMemberName(member);
    if (key !== null) assigned.push({ key, member, value: assignment.right });
  }
  return assigned;
}
