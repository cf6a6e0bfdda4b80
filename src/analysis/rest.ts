import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { getStaticValue } from "@typescript-eslint/utils/ast-utils";
import { AST_NODE_TYPES, withoutTypeCasts } from "./nodes";

import { providerOfBase, providerOfHost, providerOfUrl, type Provider } from "./provider";
import { getStaticPropertyKey, type Resolver } from "./resolve";

/** An HTTP call to the OpenAI API found in code (`fetch`, axios, got, ky or any other client). */
export interface RestEndpoint {
  /** The whole URL expression: a string, a template literal or a `+` concatenation. */
  readonly url: TSESTree.Expression;
  /**
   * The API path below `/v1/` (for Azure, below `/openai/`), without query, with `{}` for each interpolated part:
   * `threads/{}/runs`.
   */
  readonly path: string;
  /** The call that sends it, when the URL reaches a call's first argument or its `url` option; else `null`. */
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression | null;
  /** Where the URL stands in that call: `url` itself, or the name of the `const` that holds it. */
  readonly urlInCall: TSESTree.Node | null;
  /**
   * Who serves it (see provider.ts): `openai` where the URL's host, its base's value or its base's name says OpenAI,
   * `azure` for Azure's, `unknown` for a path whose base the file does not show (`fetch("/v1/threads")`). Another
   * provider's URL is no endpoint of the API at all.
   */
  readonly provider: Exclude<Provider, "other">;
}

const HOLE = "\uE000";
/** An absolute URL: its host (which may hold an interpolated part) and its path. */
const ABSOLUTE_URL = /^(?:https?|wss?):\/\/([^/?#\s]+)(\/[^?#]*)?/iu;
/** The API path of OpenAI's own URLs: below `/v1/`. */
const OPENAI_PATH = /^(?:\/v1)?\/(.*)$/u;
/** The API path of Azure's URLs: below `/openai/`, `/openai/v1/` or `/openai/deployments/<name>/`. */
const AZURE_PATH = /^\/openai(?:\/v1|\/deployments\/[^/]+)?\/(.*)$/u;
/** A host written apart from its path: `hostname: "api.openai.com"`. */
const BARE_HOST = /^(?:[a-z\d-]+\.)+[a-z]{2,}(?::\d+)?$/iu;
/** Where a host and a path are given apart: `https.request({ hostname, path })`. */
const HOST_KEYS: ReadonlySet<string> = new Set(["hostname", "host"]);
/** `/v1/threads`, `${base}/v1/threads`: OpenAI's versioned layout, counted only where a URL is expected. */
const VERSIONED_PATH = /^\uE000?\/v1\/([^?#]*)/u;
/** `${OPENAI_BASE}/threads`: counted only when the base's own name or value says OpenAI. */
const BASED_PATH = /^\uE000\/([^?#]*)/u;
/** `/responses`, `/chat/completions`: an API path relative to a base URL, written whole in one string. */
const RELATIVE_PATH = /^\/([a-z][a-z_]*(?:\/[^?#\s]*)?)(?:[?#].*)?$/u;
/** The start of {@link ABSOLUTE_URL}, and what may still grow into it (`h`, `http:/`, `ws`), in its case folding. */
const URL_SCHEME = /^(?:https?|wss?):\/\//iu;
const URL_SCHEME_PREFIX = /^(?:h(?:t(?:t(?:p(?:s?(?::\/?)?)?)?)?)?|w(?:s(?:s?(?::\/?)?)?)?)$/iu;
/** The one path a URL built of parts may start with, with no base before it ({@link VERSIONED_PATH}). */
const VERSION_PREFIX = "/v1/";
/**
 * Whether a URL's text that begins with `prefix` starts as every URL and path {@link RestAnalysis} finds: `true`,
 * `false`, or `undefined` while more of it must be read (nothing yet, a part not shown, `htt`, `/v`). `whole`: the
 * text is one string literal, which may be a path relative to a base given elsewhere (`"/responses"`,
 * {@link RELATIVE_PATH}); a template or a `+` chain that starts with `/` is a path only below `/v1/`
 * (`/responses/${id}`, which the SDK's own code writes everywhere, is none).
 */
function urlStart(prefix: string, whole: boolean): boolean | undefined {
  if (prefix === "") return undefined;
  if (prefix[0] === HOLE) return prefix.length === 1 ? undefined : prefix[1] === "/";
  if (prefix[0] === "/") {
    if (whole) return true;
    if (prefix.length >= VERSION_PREFIX.length) return prefix.startsWith(VERSION_PREFIX);
    return VERSION_PREFIX.startsWith(prefix) ? undefined : false;
  }
  if (URL_SCHEME.test(prefix)) return true;
  return URL_SCHEME_PREFIX.test(prefix) ? undefined : false;
}

/**
 * Whether an expression may be a host written out (`"api.openai.com"`, a `const` holding it, `${sub}.openai.com`, a
 * `+` or a choice of them): what `#bareHostProvider` folds with a scope lookup. A host is looked for among a call's
 * arguments, so the rest are ruled out this cheaply: objects, arrays, functions and classes written out (never a
 * string), and calls, whose static value is a string only for a few built-ins no code writes a host with
 * (`this._client.getAPIList("/files", CursorPage, { query, ...options })`, `post("/files", multipartFormRequestOptions(…))`:
 * 124 scope lookups a pass over the `openai` package's files, for no host).
 */
function mayBeHost(node: TSESTree.Node): boolean {
  switch (withoutTypeCasts(node).type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.LogicalExpression:
    case AST_NODE_TYPES.ConditionalExpression:
      return true;
    default:
      return false;
  }
}

/** Property keys whose value is a request URL in the usual HTTP clients' options. */
const URL_KEYS: ReadonlySet<string> = new Set(["url", "uri", "endpoint"]);

type Part = { readonly text: string } | { readonly expression: TSESTree.Node };

/**
 * Finds REST endpoints of the OpenAI API. Ask it about string and template literals; it answers for the first
 * string part of a URL expression only, so a concatenation of several literals is one endpoint.
 */
export class RestAnalysis {
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  readonly #resolver: Resolver;
  readonly #endpoints = new Map<TSESTree.Node, RestEndpoint | null>();
  /** Each `+` of a chain → the chain's whole expression, found once for all its literals. */
  readonly #chainRoots = new Map<TSESTree.Node, TSESTree.Expression>();
  /** Each chain's whole expression → its parts and first string, flattened once however many literals it has. */
  readonly #chains = new Map<TSESTree.Node, { readonly parts: readonly Part[]; readonly firstString: TSESTree.Node | null }>();
  /** Each chain's whole expression → whether its text starts the way every URL or path found below does. */
  readonly #urlStarts = new Map<TSESTree.Node, boolean>();
  #hasOpenAIBase: boolean | undefined;

  constructor(sourceCode: Readonly<TSESLint.SourceCode>, resolver: Resolver) {
    this.#sourceCode = sourceCode;
    this.#resolver = resolver;
  }

  /** The endpoint whose URL starts with this literal, or `null` when it is not an OpenAI API URL. */
  endpointAt(node: TSESTree.Literal | TSESTree.TemplateLiteral): RestEndpoint | null {
    if (node.type === AST_NODE_TYPES.Literal) {
      if (typeof node.value !== "string") return null;
      // Most string literals of a file stand alone, and their own text decides, before anything is kept per literal
      // (`"../core/resource"`, `"utf8"`: no URL).
      if (!(node.parent.type === AST_NODE_TYPES.BinaryExpression && node.parent.operator === "+") && urlStart(node.value, true) !== true) return null;
    }
    // Four rules ask about the same literals of a file: the answer is worked out once.
    let endpoint = this.#endpoints.get(node);
    if (endpoint === undefined) {
      endpoint = this.#findEndpoint(node);
      this.#endpoints.set(node, endpoint);
    }
    return endpoint;
  }

  /**
   * The whole `+` chain a literal stands in (`"p/" + v + "/x"`), or the literal itself. Each `+` is climbed once for
   * the whole file: a chain of n terms costs n steps, not n for each of its n literals.
   */
  #chainRoot(node: TSESTree.Expression): TSESTree.Expression {
    const climbed: TSESTree.Node[] = [];
    let url: TSESTree.Expression = node;
    let known: TSESTree.Expression | undefined;
    while (url.parent?.type === AST_NODE_TYPES.BinaryExpression && url.parent.operator === "+") {
      url = url.parent;
      known = this.#chainRoots.get(url);
      if (known !== undefined) break;
      climbed.push(url);
    }
    const root = known ?? url;
    for (const binary of climbed) this.#chainRoots.set(binary, root);
    return root;
  }

  /** A chain's parts and first string part, worked out once per chain. */
  #chain(url: TSESTree.Expression): { readonly parts: readonly Part[]; readonly firstString: TSESTree.Node | null } {
    let chain = this.#chains.get(url);
    if (chain === undefined) {
      chain = { parts: this.#flatten(url), firstString: findFirstStringNode(url) };
      this.#chains.set(url, chain);
    }
    return chain;
  }

  /**
   * Whether the text of a template or a `+` chain starts as every URL and path below does: a scheme (`https://`,
   * `wss://`), `/v1/`, or a part the file does not show followed by `/` (`${base}/threads`). Only the leading parts
   * are folded, until they decide: most template literals of a file (`Hello ${name}`, `${a}-${b}`) are no URL, and
   * folding each of their parts (a scope lookup and a constant evaluation per `${…}`) was most of the cost of asking
   * about them. (A string standing alone is decided by its own text, in `endpointAt`.)
   */
  #startsAsUrl(url: TSESTree.Expression): boolean {
    // A template's first part is the first text the folding below reads; its text alone decides most templates
    // (`/threads/${id}/runs`: no URL), without the folding's generator and parts.
    if (url.type === AST_NODE_TYPES.TemplateLiteral) {
      const head = url.quasis[0]!.value;
      const decided = urlStart(head.cooked ?? head.raw, false);
      if (decided !== undefined) return decided;
    }
    let starts = this.#urlStarts.get(url);
    if (starts === undefined) {
      starts = false;
      let prefix = "";
      for (const part of this.#parts(url)) {
        prefix += "text" in part ? part.text : HOLE;
        const decided = urlStart(prefix, false);
        if (decided !== undefined) {
          starts = decided;
          break;
        }
      }
      this.#urlStarts.set(url, starts);
    }
    return starts;
  }

  #findEndpoint(node: TSESTree.Literal | TSESTree.TemplateLiteral): RestEndpoint | null {
    const url = this.#chainRoot(node);
    // Text that can start no URL: none of the patterns below matches it. A string standing alone (`url` is the
    // literal) got here only if its text starts as one (`endpointAt`).
    if (url.type !== AST_NODE_TYPES.Literal && !this.#startsAsUrl(url)) return null;
    let text: string;
    let base: TSESTree.Node | null = null;
    if (url === node && node.type === AST_NODE_TYPES.Literal) {
      // A string standing alone is its own text, with no base: most literals asked about (the SDK's own
      // `this._client.post("/files", …)`), answered without flattening a chain of one part.
      text = String(node.value);
    } else {
      // Only the chain's first string answers for it: the others are asked nothing more.
      const { parts, firstString } = this.#chain(url);
      if (firstString !== node) return null;
      text = parts.map((part) => ("text" in part ? part.text : HOLE)).join("");
      // A template starts with a string part even when it is empty (`${BASE}/threads`): the base is the first part
      // with anything in it.
      const first = parts.find((part) => !("text" in part) || part.text !== "");
      base = first !== undefined && "expression" in first ? first.expression : null;
    }
    let found: { path: string; provider: RestEndpoint["provider"] } | null = null;
    const absolute = ABSOLUTE_URL.exec(text);
    if (absolute !== null) {
      found = apiPathOf(absolute[1]!, absolute[2] ?? "");
      if (found === null) return null;
    } else {
      const versioned = VERSIONED_PATH.exec(text);
      const based = versioned === null ? BASED_PATH.exec(text) : null;
      const baseProvider = base === null || (versioned === null && based === null) ? "unknown" : providerOfBase(base, this.#resolver, this.#sourceCode);
      // `${OLLAMA_URL}/v1/chat/completions` where the file shows that base: another server.
      if (baseProvider === "other") return null;
      if (versioned !== null && (isUrlPosition(url) || baseProvider !== "unknown")) {
        found = { path: versioned[1]!, provider: baseProvider };
      } else if (based !== null && baseProvider !== "unknown") {
        const azure = baseProvider === "azure" ? AZURE_PATH.exec(`/${based[1]!}`) : null;
        found = { path: azure?.[1] ?? based[1]!, provider: baseProvider };
      }
    }
    if (found === null && url === node && node.type === AST_NODE_TYPES.Literal) {
      const apart = this.#hostGivenApart(node, text);
      if (apart !== null) return apart;
      // `request("POST", "/responses", { body })` in a file that holds OpenAI's base URL: a wrapper that joins the
      // two (n8n's transport). Only a whole string given straight to a call counts; the wrapper may send elsewhere
      // too, so who serves it is not known.
      const relative = RELATIVE_PATH.exec(text);
      const call = node.parent;
      if (
        relative !== null &&
        (call.type === AST_NODE_TYPES.CallExpression || call.type === AST_NODE_TYPES.NewExpression) &&
        call.arguments.includes(node) &&
        this.#fileHasOpenAIBase()
      ) {
        return { url, path: relative[1]!.replace(/\/+$/u, ""), call, urlInCall: url, provider: "unknown" };
      }
    }
    if (found === null) return null;
    const path = endpointPath(found.path);
    const sending = this.#findSendingCall(url);
    return { url, path, call: sending?.call ?? null, urlInCall: sending?.at ?? null, provider: found.provider };
  }

  /**
   * A path given apart from its host: `https.request({ hostname: "api.openai.com", path: "/v1/chat/completions" })`,
   * or a wrapper called with both (`post("api.openai.com", "/v1/chat/completions", body)`). Who serves it is the host's
   * provider; another provider's host is no endpoint.
   */
  #hostGivenApart(node: TSESTree.Literal, text: string): RestEndpoint | null {
    const versioned = VERSIONED_PATH.exec(text);
    const relative = versioned === null ? RELATIVE_PATH.exec(text) : null;
    const path = versioned?.[1] ?? relative?.[1];
    if (path === undefined || text.startsWith(HOLE)) return null;
    const parent = node.parent;
    let host: TSESTree.Node | undefined;
    let call: TSESTree.CallExpression | TSESTree.NewExpression | null = null;
    if (parent.type === AST_NODE_TYPES.Property && parent.value === node && getStaticPropertyKey(parent) === "path") {
      const options = parent.parent as TSESTree.ObjectExpression;
      for (const property of options.properties) {
        if (property.type === AST_NODE_TYPES.Property && HOST_KEYS.has(getStaticPropertyKey(property) ?? "")) host = property.value;
      }
      call = this.#callTaking(options);
    } else if ((parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(node)) {
      call = parent;
      host = parent.arguments.find((argument) => argument !== node && this.#bareHostProvider(argument) !== null);
    }
    if (host === undefined || call === null) return null;
    const provider = this.#bareHostProvider(host);
    if (provider !== "openai" && provider !== "azure") return null;
    const apiPath = provider === "azure" ? (AZURE_PATH.exec(text)?.[1] ?? null) : path;
    if (apiPath === null) return null;
    return { url: node, path: apiPath.replace(/\/+$/u, ""), call, urlInCall: node, provider };
  }

  /** The provider of a host written alone (`"api.openai.com"`, a `const` holding it), or `null` when it is not one. */
  #bareHostProvider(node: TSESTree.Node): Provider | null {
    if (!mayBeHost(node)) return null;
    const value = getStaticValue(node, this.#sourceCode.getScope(node));
    if (typeof value?.value !== "string" || !BARE_HOST.test(value.value)) return null;
    return providerOfHost(value.value.replace(/:\d+$/u, ""));
  }

  /** The call an options object is given to, inline or through a `const`. */
  #callTaking(options: TSESTree.ObjectExpression): TSESTree.CallExpression | TSESTree.NewExpression | null {
    const holder = options.parent;
    if ((holder.type === AST_NODE_TYPES.CallExpression || holder.type === AST_NODE_TYPES.NewExpression) && holder.arguments.includes(options)) return holder;
    if (holder.type !== AST_NODE_TYPES.VariableDeclarator || holder.init !== options || holder.id.type !== AST_NODE_TYPES.Identifier) return null;
    for (const reference of this.#resolver.findVariable(holder.id)?.references ?? []) {
      const call = reference.identifier.parent;
      if ((call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression) && call.arguments.includes(reference.identifier as TSESTree.Identifier)) {
        return call;
      }
    }
    return null;
  }

  /**
   * The parts of a URL expression, with constant expressions folded in (`${API}` where `const API = "…"`), into one
   * array (no copy per level: a chain of n terms once cost n² copies, for each of its n literals).
   */
  #flatten(node: TSESTree.Node): Part[] {
    return [...this.#parts(node)];
  }

  /**
   * The parts of {@link #flatten}, in order, each folded only when it is reached. With a stack of its own, not nested
   * generators: a part would pass through every level of a template nested a thousand deep.
   */
  *#parts(node: TSESTree.Node): Generator<Part> {
    const stack: (TSESTree.Node | Part)[] = [node];
    while (stack.length > 0) {
      const item = stack.pop()!;
      if (!("type" in item)) {
        yield item;
      } else if (item.type === AST_NODE_TYPES.BinaryExpression && item.operator === "+") {
        stack.push(item.right, item.left);
      } else if (item.type === AST_NODE_TYPES.Literal) {
        yield { text: String(item.value) };
      } else if (item.type === AST_NODE_TYPES.TemplateLiteral) {
        for (let index = item.quasis.length - 1; index >= 0; index--) {
          const expression = item.expressions[index];
          if (expression !== undefined) stack.push(expression);
          const quasi = item.quasis[index]!;
          stack.push({ text: quasi.value.cooked ?? quasi.value.raw });
        }
      } else {
        const value = getStaticValue(item, this.#sourceCode.getScope(item));
        yield value !== null && typeof value.value === "string" ? { text: value.value } : { expression: item };
      }
    }
  }

  /**
   * The endpoint a call sends to, when its URL (first argument, or a `url` option of an options argument) is an
   * OpenAI API URL written in this file, inline or through a `const`; else `null`.
   */
  endpointOfCall(call: TSESTree.CallExpression | TSESTree.NewExpression): RestEndpoint | null {
    const candidates: TSESTree.Node[] = [];
    for (const argument of call.arguments.slice(0, 2)) {
      const object = argument.type === AST_NODE_TYPES.SpreadElement ? null : this.#resolver.objectLiteralOf(argument);
      if (object === null) {
        candidates.push(argument);
        continue;
      }
      for (const property of object.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        // `{ url }`, and Node's `{ hostname, path }`.
        if (isUrlProperty(property.value) || getStaticPropertyKey(property) === "path") candidates.push(property.value);
      }
    }
    for (let candidate of candidates) {
      if (candidate.type === AST_NODE_TYPES.Identifier) candidate = this.#resolver.boundInitializer(candidate) ?? candidate;
      const first = findFirstStringNode(candidate);
      if (first === null) continue;
      const endpoint = this.endpointAt(first);
      if (endpoint?.call === call) return endpoint;
    }
    return null;
  }

  /**
   * The endpoint of a URL expression that holds no string to ask {@link endpointAt} about (`REALTIME_URL + QUERY`),
   * or of one that does (its first string answers): for the first, its parts folded, counted only as an absolute URL
   * (a path needs a call or a base this reading does not look for). No call is looked for.
   */
  endpointOfExpression(node: TSESTree.Expression): RestEndpoint | null {
    const first = findFirstStringNode(node);
    if (first !== null) return this.endpointAt(first);
    const text = this.#flatten(node)
      .map((part) => ("text" in part ? part.text : HOLE))
      .join("");
    const absolute = ABSOLUTE_URL.exec(text);
    const found = absolute === null ? null : apiPathOf(absolute[1]!, absolute[2] ?? "");
    if (found === null) return null;
    return { url: node, path: endpointPath(found.path), call: null, urlInCall: null, provider: found.provider };
  }

  /**
   * Whether the file writes OpenAI's base URL as a string of its own (`"https://api.openai.com/v1"`): its string
   * tokens are looked at once per file, and the host table decides.
   */
  #fileHasOpenAIBase(): boolean {
    // Such a string holds `/v1` as written, so a file whose text has none holds no such string, and its tokens (cold
    // by now, thousands in a large file) are not walked: about 4 ms of the plugin's time on 1,000 files of the openai
    // package, whose paths are whole strings (`"/chat/completions"`) in files that write no base URL.
    this.#hasOpenAIBase ??= this.#sourceCode.text.includes("/v1") && (this.#sourceCode.ast.tokens ?? []).some((token) => {
      if (token.type !== "String" && token.type !== "Template") return false;
      const value = token.value.slice(1, token.type === "Template" && !token.value.endsWith("`") ? undefined : -1);
      return /^https:\/\/[^/]+\/v1\/?$/u.test(value) && providerOfUrl(value, true) === "openai";
    });
    return this.#hasOpenAIBase;
  }

  /** The call whose first argument (or `url` option) is this URL, inline or through a `const`. */
  #findSendingCall(url: TSESTree.Expression): { call: TSESTree.CallExpression | TSESTree.NewExpression; at: TSESTree.Node } | null {
    const direct = sendingCallOf(url);
    if (direct !== null) return { call: direct, at: url };
    const declarator = url.parent;
    if (
      declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
      declarator.init !== url ||
      declarator.id.type !== AST_NODE_TYPES.Identifier
    ) {
      return null;
    }
    const variable = this.#resolver.findVariable(declarator.id);
    for (const reference of variable?.references ?? []) {
      if (reference.init === true) continue;
      const identifier = reference.identifier as TSESTree.Identifier;
      const call = sendingCallOf(identifier);
      if (call !== null) return { call, at: identifier };
    }
    return null;
  }
}

/** An endpoint's path as `RestEndpoint.path` gives it: `{}` for each part the file does not show, no trailing `/`. */
function endpointPath(path: string): string {
  return path.replaceAll(HOLE, "{}").replace(/\/+$/u, "");
}

/** The terms of a `+` chain in source order (the node itself when it is no `+`), without recursion: chains of generated code run to thousands of terms. */
function chainLeaves(node: TSESTree.Node): TSESTree.Node[] {
  const leaves: TSESTree.Node[] = [];
  const stack: TSESTree.Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === "+") stack.push(current.right, current.left);
    else leaves.push(current);
  }
  return leaves;
}

/** The first string term of a `+` chain (a string literal or a template), or `null`. */
function findFirstStringNode(node: TSESTree.Node): TSESTree.StringLiteral | TSESTree.TemplateLiteral | null {
  return (
    chainLeaves(node).find(
      (leaf): leaf is TSESTree.StringLiteral | TSESTree.TemplateLiteral =>
        leaf.type === AST_NODE_TYPES.TemplateLiteral || (leaf.type === AST_NODE_TYPES.Literal && typeof leaf.value === "string"),
    ) ?? null
  );
}

/** A URL given to a call (`fetch(url)`, `axios.post(url)`, `new URL(path, base)`) or in a `url` option. */
function isUrlPosition(url: TSESTree.Node): boolean {
  return (
    sendingCallOf(url) !== null ||
    (url.parent?.type === AST_NODE_TYPES.VariableDeclarator && url.parent.init === url) ||
    isUrlProperty(url)
  );
}

function isUrlProperty(node: TSESTree.Node): node is TSESTree.Node & { parent: TSESTree.Property } {
  const property = node.parent;
  return (
    property?.type === AST_NODE_TYPES.Property &&
    property.value === node &&
    !property.computed &&
    ((property.key.type === AST_NODE_TYPES.Identifier && URL_KEYS.has(property.key.name)) ||
      (property.key.type === AST_NODE_TYPES.Literal && URL_KEYS.has(String(property.key.value))))
  );
}

function sendingCallOf(node: TSESTree.Node): TSESTree.CallExpression | TSESTree.NewExpression | null {
  const parent = node.parent;
  if (
    (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
    parent.arguments[0] === node
  ) {
    return parent;
  }
  if (isUrlProperty(node)) {
    const options = node.parent.parent;
    const call = options.parent;
    if (
      (call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression) &&
      call.arguments.includes(options as TSESTree.ObjectExpression)
    ) {
      return call;
    }
  }
  return null;
}

/**
 * The API path of an absolute URL below its host, and who serves it; `null` for another provider's host or a path
 * outside the API's layout. A host with an interpolated part (`https://${resource}.openai.azure.com`) is known by what
 * follows the part.
 */
function apiPathOf(host: string, pathname: string): { path: string; provider: RestEndpoint["provider"] } | null {
  const name = host.replace(/:\d+$/u, "");
  // Any other host with a part the file does not show is no known endpoint.
  if (name.includes(HOLE) && providerOfHost(name.replaceAll(HOLE, "x")) !== "azure") return null;
  const provider = providerOfHost(name.replaceAll(HOLE, "x"));
  if (provider === "openai") {
    const match = OPENAI_PATH.exec(pathname);
    return match === null ? null : { path: match[1]!, provider };
  }
  if (provider === "azure") {
    const match = AZURE_PATH.exec(pathname);
    return match === null ? null : { path: match[1]!, provider };
  }
  return null;
}

/** The first segment of an API path: `threads/{}/runs` → `threads`. */
export function restResource(path: string): string {
  const slash = path.indexOf("/");
  return slash === -1 ? path : path.slice(0, slash);
}

/** Option keys under which HTTP clients take a request body: `fetch`'s `body`, got/ky's `json`, axios's `data`. */
const BODY_KEYS: ReadonlySet<string> = new Set(["body", "json", "data"]);
/** Methods that take the body as their second argument (`axios.post(url, data)`). */
const BODY_ARGUMENT_METHODS: ReadonlySet<string> = new Set(["post", "put", "patch"]);

/**
 * The object literal a REST call sends as its JSON body: `fetch(url, { body: JSON.stringify(payload) })`,
 * `axios.post(url, payload)`, `got.post(url, { json: payload })`, `axios({ url, data })`, inline or through a
 * `const`. `null` when the body is not an object literal in this file.
 */
export function findRequestBody(endpoint: RestEndpoint, resolver: Resolver): TSESTree.ObjectExpression | null {
  const call = endpoint.call;
  if (call === null) return null;
  const at = endpoint.urlInCall ?? endpoint.url;
  const urlIndex = call.arguments.findIndex((argument) => argument === at || containsNode(argument, at));
  const options = urlIndex === -1 ? null : (call.arguments[urlIndex + 1] ?? null);
  const candidates: TSESTree.Node[] = [];
  // `fetch(url, options)`, and a wrapper's `request("POST", url, options)`: the options follow the URL.
  if (options !== null && (urlIndex === 0 || call.arguments[urlIndex] === at)) candidates.push(options);
  if (urlIndex !== 0) {
    // `axios({ url, data })`: the options object holds the URL.
    const holder = call.arguments.find((argument) => containsNode(argument, at));
    if (holder !== undefined) candidates.push(holder);
  }
  for (const candidate of candidates) {
    const object = resolver.objectLiteralOf(candidate);
    if (object === null) continue;
    for (const property of object.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const key = property.computed ? null : property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : null;
      if (key !== null && BODY_KEYS.has(key)) return bodyObject(property.value, resolver);
    }
    const method =
      call.callee.type === AST_NODE_TYPES.MemberExpression && !call.callee.computed && call.callee.property.type === AST_NODE_TYPES.Identifier
        ? call.callee.property.name
        : null;
    if (method !== null && BODY_ARGUMENT_METHODS.has(method) && candidate === options) return object;
    // A wrapper's `post(url, body)` / `callOpenAI(host, path, body)`: an object that holds none of an HTTP client's
    // options is the body itself.
    if (candidate === options && !object.properties.some((property) => property.type === AST_NODE_TYPES.Property && HTTP_OPTION_KEYS.has(getStaticPropertyKey(property) ?? ""))) {
      return object.properties.length === 0 ? null : object;
    }
  }
  // Node's `https.request(options)`: the body is written to the request it returns, `req.write(body)` / `req.end(body)`.
  for (const write of requestWrites(call, resolver)) {
    const object = bodyObject(write, resolver);
    if (object !== null) return object;
  }
  return null;
}

/** The options of HTTP clients (fetch, axios, got, ky, Node's `https.request`), none of which a request body of the API has. */
const HTTP_OPTION_KEYS: ReadonlySet<string> = new Set(["method", "headers", "body", "json", "data", "url", "hostname", "host", "path", "signal", "params", "timeout"]);
/** The methods of Node's `ClientRequest` that send a part of the body. */
const WRITE_METHODS: ReadonlySet<string> = new Set(["write", "end"]);

/**
 * The first arguments of `.write(…)` / `.end(…)` on the request a call returns, chained or through a `const`:
 * `https.request(options).end(body)`, `const req = https.request(options); req.write(body);`.
 */
function requestWrites(call: TSESTree.CallExpression | TSESTree.NewExpression, resolver: Resolver): TSESTree.Node[] {
  const receivers: TSESTree.Node[] = [call];
  const declarator = call.parent;
  if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === call && declarator.id.type === AST_NODE_TYPES.Identifier) {
    for (const reference of resolver.findVariable(declarator.id)?.references ?? []) if (reference.isRead()) receivers.push(reference.identifier as TSESTree.Node);
  }
  const written: TSESTree.Node[] = [];
  for (const receiver of receivers) {
    const member = receiver.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== receiver || member.computed || member.property.type !== AST_NODE_TYPES.Identifier) continue;
    const write = member.parent;
    if (!WRITE_METHODS.has(member.property.name) || write?.type !== AST_NODE_TYPES.CallExpression || write.callee !== member) continue;
    const argument = write.arguments[0];
    if (argument !== undefined && argument.type !== AST_NODE_TYPES.SpreadElement) written.push(argument);
  }
  return written;
}

/** The request call a `req.write(body)` / `req.end(body)` writes to (see {@link requestWrites}), or `null`. */
export function requestOfWrite(write: TSESTree.CallExpression, resolver: Resolver): TSESTree.CallExpression | TSESTree.NewExpression | null {
  const member = write.callee;
  if (member.type !== AST_NODE_TYPES.MemberExpression || member.computed || member.property.type !== AST_NODE_TYPES.Identifier || !WRITE_METHODS.has(member.property.name)) return null;
  let receiver: TSESTree.Node = member.object;
  if (receiver.type === AST_NODE_TYPES.Identifier) receiver = resolver.boundInitializer(receiver) ?? receiver;
  return receiver.type === AST_NODE_TYPES.CallExpression || receiver.type === AST_NODE_TYPES.NewExpression ? receiver : null;
}

/** `JSON.stringify(x)` or `x`, where `x` is an object literal inline or through a `const`. */
function bodyObject(node: TSESTree.Node, resolver: Resolver): TSESTree.ObjectExpression | null {
  let value: TSESTree.Node = node;
  if (value.type === AST_NODE_TYPES.Identifier) {
    const variable = resolver.findVariable(value);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type === "Variable" && def.node.init !== null && def.node.id.type === AST_NODE_TYPES.Identifier) {
      if (isJsonStringify(def.node.init)) value = def.node.init;
    }
  }
  if (isJsonStringify(value)) value = value.arguments[0]!;
  return resolver.objectLiteralOf(value);
}

/** `JSON.stringify(x)`: a REST body written as a string. */
export function isJsonStringify(node: TSESTree.Node): node is TSESTree.CallExpression {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.arguments.length >= 1 &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    node.callee.object.type === AST_NODE_TYPES.Identifier &&
    node.callee.object.name === "JSON" &&
    !node.callee.computed &&
    node.callee.property.type === AST_NODE_TYPES.Identifier &&
    node.callee.property.name === "stringify"
  );
}

function containsNode(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}
