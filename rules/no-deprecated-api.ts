
import { type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "../src/analysis/nodes";

import {
  fileMentions,
  findSdkRequest,
  getFileAnalysis,
  getRequireSource,
  getStaticMemberName,
  getStaticPropertyKey,
  mentionsAny,
  pathKey,
  SDK_SUBPATH,
  textMentionsAny,
  withoutTypeCasts,
  type Mention,
  type OpenAIValue,
} from "../src/analysis";
import { clientProvider, fileNamesAzure, mayBeOpenAI } from "../src/analysis/provider";
import { findHeaderName } from "../src/analysis/headers";
import { callOfMemberNamed, callOfName, stringMatching, URL_START_LITERALS } from "../src/analysis/selectors";
import { createRule } from "../src/create-rule";
import { installedModules } from "../src/installed";
import { DATE_OPTION_SCHEMA, lazyReferenceDate } from "../src/dates";
import { findImportedBinding } from "../src/analysis/imports";
import { isTypeOnlyImport } from "../src/analysis/modules";
import { V3_CLIENT_CLASS, V3_MODULES } from "../src/analysis/sdk-v3";
import { API_RETIREMENTS, deprecationData, LOCAL_SHELL_TOOL, OPENAI_V3_SDK, REALTIME_BETA, sdkApiData, type SdkApiDeprecation } from "../src/deprecations";

type Include = "shutdown" | "all";
type Options = [{ include?: Include; date?: string }];
type MessageIds = "sdkCall" | "restCall" | "importPath" | "v3Sdk" | "realtimeBeta" | "localShellTool";

/** Words of the SDK resources the rows name: a file with none of them has no call or URL to report. */
const CALL_WORDS: readonly Mention[] = ["videos", "images", "realtime", "translations", "permissions", "evals", "finetuning", "fine_tuning"];

/** Every resource path a row names, for the receiver's typed lookup (`resolveReceiver` asks types about these names). */
const RESOURCES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  API_RETIREMENTS.flatMap((row) => [
    ...(row.resources ?? []).map((resource) => [resource, new Set<string>()] as const),
    ...(row.methods ?? new Map()),
  ]),
);

/**
 * Every method name the calls of `rows` can have: the SDK methods the rows list (a deprecated resource's methods
 * included), and `createAndPoll`, the polling helper of `videos` in SDK 6. A call by another name needs no resolving.
 */
function methodNamesOf(rows: readonly SdkApiDeprecation[]): ReadonlySet<string> {
  return new Set([
    ...rows.flatMap((row) => [...(row.methods?.values() ?? [])].flatMap((methods) => [...methods])),
    "createAndPoll",
    // `beta.realtime.sessions` and `beta.realtime.transcriptionSessions` have `create` alone.
    "create",
  ]);
}
const METHOD_NAMES = methodNamesOf(API_RETIREMENTS);

/**
 * The listeners' own first checks, as selectors (src/analysis/selectors.ts). The Evals API's method names (`update`,
 * `cancel`, common in any code) are listened for only in a file that mentions `evals`.
 */
const METHOD_CALL_SELECTOR = callOfMemberNamed(methodNamesOf(API_RETIREMENTS.filter((row) => row.resources?.includes("evals") !== true)));
const METHOD_CALL_SELECTOR_WITH_EVALS = callOfMemberNamed(METHOD_NAMES);
/** The words of the rows' REST paths (`videos`, `images`, `translations`, `evals`): a file with none has no endpoint to report. */
const REST_WORDS: readonly Mention[] = CALL_WORDS.filter((word) => API_RETIREMENTS.some((row) => row.restPaths?.some((restPath) => restPath.includes(word))));
const REQUIRE_CALL = callOfName("require");

/** The rows an `include` reports, split by what they match: worked out once, not for every file. */
interface IncludedRows {
  readonly moduleRows: readonly SdkApiDeprecation[];
  readonly callRows: readonly SdkApiDeprecation[];
  readonly restRows: readonly SdkApiDeprecation[];
}
const INCLUDED_ROWS = new Map<Include, IncludedRows>();

function rowsFor(include: Include): IncludedRows {
  let included = INCLUDED_ROWS.get(include);
  if (included === undefined) {
    const rows = include === "all" ? API_RETIREMENTS : API_RETIREMENTS.filter((row) => row.config === "recommended");
    included = {
      moduleRows: rows.filter((row) => row.modules !== undefined),
      callRows: rows.filter((row) => row.resources !== undefined || row.methods !== undefined),
      restRows: rows.filter((row) => row.restPaths !== undefined),
    };
    INCLUDED_ROWS.set(include, included);
  }
  return included;
}

/** `openai/streaming`, `openai/error.js`: a deprecated entry point and what it re-exports. */
const MODULE_PATH = /^(openai\/[a-z-]+)(\.m?js)?$/u;

/**
 * Whether a file's text holds what opts a connection into the Realtime API beta (src/deprecations.ts,
 * `REALTIME_BETA`): `realtime=v1`, `realtime-v1`, `beta/realtime/w…` or `realtime-api-beta`. A file with none of these
 * has no header value, subprotocol or beta client to report. Read around each `realtime`, found by one search for the
 * word, rather than by a search of the whole text for each of the four (which cost the rule a fifth more on the
 * `openai` package's files, where `realtime` is common).
 */
function mentionsRealtimeBeta(text: string): boolean {
  for (let at = text.indexOf("realtime"); at !== -1; at = text.indexOf("realtime", at + 8)) {
    const end = at + 8;
    if (text.startsWith("=v1", end) || text.startsWith("-v1", end) || text.startsWith("-api-beta", end)) return true;
    if (text.startsWith("/w", end) && text.startsWith("beta/", at - 5)) return true;
  }
  return false;
}
/** The header value, alone or among other `OpenAI-Beta` flags (`realtime=v1, assistants=v2`). */
const REALTIME_BETA_HEADER = stringMatching("(?:^|,)\\s*realtime=v1\\s*(?:,|$)");
/** The subprotocol a browser's `new WebSocket(url, protocols)` opts in with. */
const REALTIME_BETA_PROTOCOL = 'Literal[value="openai-beta.realtime-v1"]';
/** `{ type: "local_shell" }` (src/deprecations.ts, `LOCAL_SHELL_TOOL`), and the frameworks' `localShell()` tools. */
const LOCAL_SHELL_TYPE = 'Literal[value="local_shell"]';
const LOCAL_SHELL_CALL = callOfMemberNamed(["localShell"]);
/** The packages whose `tools.localShell()` makes the tool: the AI SDK's OpenAI provider, LangChain's OpenAI package. */
const LOCAL_SHELL_PACKAGES: ReadonlySet<string> = new Set(["@ai-sdk/openai", "@langchain/openai"]);

/**
 * Clients that connect to the beta: the SDK's beta entry points (which send the header, or the subprotocol in a
 * browser) and OpenAI's `@openai/realtime-api-beta` (the `RealtimeClient` of the first Realtime examples).
 */
const REALTIME_BETA_MODULE = /^(?:openai\/beta\/realtime\/(?:ws|websocket)(?:\.m?js)?|@openai\/realtime-api-beta(?:\/.*)?)$/u;

/**
 * Reports what the `openai` SDK marks `@deprecated` as a whole (src/deprecations.ts, `SDK_API_DEPRECATIONS`): calls on
 * the Sora API (`videos.*`), `images.createVariation`, `audio.translations.create`, the beta Realtime API and
 * `fineTuning.checkpoints.permissions.retrieve`; the same endpoints over REST; and the SDK's old entry points
 * (`openai/streaming` → `openai/core/streaming`, fixed). Also what OpenAI's deprecations page dates and the SDK does
 * not tag (`PAGE_API_RETIREMENTS`, `REALTIME_BETA`): the Evals API, creating fine-tuning jobs, and connections to the
 * Realtime API beta. The Assistants API is `no-assistants-api`'s.
 */
export default createRule<Options, MessageIds>({
  name: "no-deprecated-api",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow SDK resources, methods, endpoints and import paths that the openai SDK deprecates or OpenAI shuts down",
      recommended: true,
      recommendedOptions: [{ include: "shutdown" }],
      strict: true,
    },
    fixable: "code",
    messages: {
      sdkCall: "`{{ name }}()` calls {{ what }}, which {{ status }}. {{ replacement }}",
      restCall: "`/v1/{{ path }}` is {{ what }}, which {{ status }}. {{ replacement }}",
      importPath: "`{{ source }}` is an entry point the openai SDK marks deprecated. Import from `{{ target }}`, which exports the same.",
      v3Sdk: "`OpenAIApi` from `{{ source }}` is the openai v3 SDK's client, which no longer receives updates. Move to {{ replacement }}: {{ url }}",
      realtimeBeta: "{{ form }} opts into the Realtime API beta, which {{ shutDown }}. Move to {{ replacement }}: {{ url }}",
      localShellTool: "{{ form }} is the legacy local shell tool, which {{ shutDown }}. Move to {{ replacement }}: {{ url }}",
    },
    schema: [
      {
        type: "object",
        properties: {
          include: {
            type: "string",
            enum: ["shutdown", "all"],
            description:
              "`shutdown`: only what stops (or stopped) working on a date, as `recommended` sets it; `all` (default): every deprecation the SDK documents, as `strict` sets it.",
          },
          date: DATE_OPTION_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ include: "all" }],
  },
  // Every word one of the checks below needs: a file with none is not set up for (375 of the 535 files of the
  // `openai` package that pass the plugin's gate, each about 7 µs of options and checks inside ESLint).
  mentions: [...CALL_WORDS, "openaiapi", "local_shell", "localshell", SDK_SUBPATH],
  create(context, [{ include = "all", date }]) {
    const { moduleRows, callRows, restRows } = rowsFor(include);
    const mentions = fileMentions(context);
    const checksCalls = mentionsAny(mentions, CALL_WORDS);
    // The scan's case-blind `openai/` first: most files that pass the gate have none, and are spared a search of the text.
    const checksImports = moduleRows.length > 0 && mentions.has(SDK_SUBPATH) && textMentionsAny(context, [SDK_SUBPATH]);
    // The v3 SDK (strict: it has no shutdown date): its client class, where the file imports or requires it.
    const checksV3 = include === "all" && mentions.has("openaiapi");
    // The Realtime API beta has a shutdown date: both `include`s report it.
    const checksRealtimeBeta = mentions.has("realtime") && mentionsRealtimeBeta(context.sourceCode.text);
    const checksLocalShell = mentions.has("local_shell") || mentions.has("localshell");
    if (!checksCalls && !checksImports && !checksV3 && !checksRealtimeBeta && !checksLocalShell) return {};
    const { resolver, rest } = getFileAnalysis(context);
    const sourceCode = context.sourceCode;
    const today = lazyReferenceDate(context, date);

    /** The row a call on `receiver` (resolved) or through `findSdkRequest` (unresolved roots) belongs to. */
    function rowForCall(node: TSESTree.CallExpression, method: string, receiver: OpenAIValue): SdkApiDeprecation | null {
      if (receiver.kind === "client") {
        const key = pathKey(receiver.path);
        return (
          callRows.find(
            (row) =>
              row.methods?.get(key)?.has(method) === true ||
              row.resources?.some((resource) => key === resource || key.startsWith(`${resource}.`)) === true,
          ) ?? null
        );
      }
      if (receiver.kind !== "unknown") return null;
      // An unresolved root: a chain through `beta` (`x.beta.realtime.sessions.create`), or a request that names a
      // `model` (`findSdkRequest`): `x.videos.list()` alone is YouTube's as much as OpenAI's.
      const beta = receiver.path.indexOf("beta");
      if (beta !== -1) {
        const key = pathKey(receiver.path.slice(beta));
        const row = callRows.find((candidate) => candidate.resources?.some((resource) => key === resource || key.startsWith(`${resource}.`)));
        if (row !== undefined) return row;
      }
      for (const row of callRows) {
        if (row.methods !== undefined && findSdkRequest(node, resolver, row.methods) !== null) return row;
      }
      return null;
    }

    // Azure's Realtime preview and Responses API follow Azure's own schedule: where no request tells the provider (a
    // header value, a subprotocol, a tool object), a file that names Azure is left alone.
    const namesAzure = (checksRealtimeBeta || checksLocalShell) && fileNamesAzure(sourceCode.text);
    const listeners: TSESLint.RuleListener = {};
    if (checksCalls) {
      listeners[mentions.has("evals") ? METHOD_CALL_SELECTOR_WITH_EVALS : METHOD_CALL_SELECTOR] = (node: TSESTree.CallExpression) => {
        const callee = node.callee.type === AST_NODE_TYPES.TSNonNullExpression ? node.callee.expression : node.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const method = getStaticMemberName(callee);
        if (method === null || !METHOD_NAMES.has(method)) return;
        const receiver = resolver.resolveReceiver(callee.object, RESOURCES);
        if (receiver.kind === "foreign" || receiver.kind === "package") return;
        const row = rowForCall(node, method, receiver);
        // The SDK pointed at another provider's server: what that server offers is its own business; Azure retires
        // its deployments on its own schedule.
        if (row === null || !mayBeOpenAI(clientProvider(node.callee, resolver, sourceCode))) return;
        const name = receiver.path.length === 0 ? method : `${pathKey(receiver.path)}.${method}`;
        context.report({ node, messageId: "sdkCall", data: { ...sdkApiData(row, today()), name } });
      };
    }
    if (mentionsAny(mentions, REST_WORDS)) {
      listeners[URL_START_LITERALS] = (node: TSESTree.Literal | TSESTree.TemplateLiteral) => {
        const endpoint = rest.endpointAt(node);
        if (endpoint === null) return;
        const row = restRows.find((candidate) =>
          candidate.restPaths!.some((prefix) => endpoint.path === prefix || endpoint.path.startsWith(`${prefix}/`)),
        );
        if (row === undefined || endpoint.provider === "azure") return;
        // `${OLLAMA_URL}/v1/videos`: a path other servers have too counts only where OpenAI is known to serve it.
        if (row.restNeedsOpenAIName === true && endpoint.provider !== "openai") return;
        context.report({ node: endpoint.url, messageId: "restCall", data: { ...sdkApiData(row, today()), path: endpoint.path } });
      };
    }
    /** A deprecated entry point of the SDK (`openai/streaming`), reported with the fix to its `openai/core/…` module. */
    const checkEntryPoint = (source: TSESTree.Node | null | undefined): void => {
      if (source?.type !== AST_NODE_TYPES.Literal || typeof source.value !== "string") return;
      const match = MODULE_PATH.exec(source.value);
      if (match === null) return;
      const row = moduleRows.find((candidate) => candidate.modules!.has(match[1]!));
      if (row === undefined) return;
      const target = `${row.modules!.get(match[1]!)!}${match[2] ?? ""}`;
      const installed = installedModules.targetInstalled(target, context.filename, context.cwd);
      // An SDK older than 5.0: `openai/streaming` is the module itself, with no `core/` to move to.
      if (installed === "missing") return;
      const raw = sourceCode.getText(source);
      context.report({
        node: source,
        messageId: "importPath",
        data: { source: source.value, target },
        fix: installed === "yes" ? (fixer) => fixer.replaceText(source, `${raw[0]}${target}${raw[0]}`) : null,
      });
    };
    const reportRealtimeBeta = (node: TSESTree.Node, form: string): void => {
      context.report({ node, messageId: "realtimeBeta", data: { ...deprecationData(REALTIME_BETA, today()), form } });
    };
    /** A client of the Realtime API beta: the SDK's beta entry points, `@openai/realtime-api-beta`. */
    const checkBetaClient = (node: TSESTree.Node, source: TSESTree.Node | null | undefined): void => {
      if (source?.type !== AST_NODE_TYPES.Literal || typeof source.value !== "string" || !REALTIME_BETA_MODULE.test(source.value)) return;
      const client = source.value.startsWith("openai/") ? "the SDK's beta Realtime client" : "OpenAI's beta Realtime client";
      reportRealtimeBeta(node, `\`${source.value}\` (${client})`);
    };
    if (checksImports || checksRealtimeBeta) {
      /**
       * A module named at `node` (an import, `export … from`, `import()`, `require`): the entry-point check, and the
       * Realtime beta's where more than types come from it (`values`).
       */
      const checkModule = (node: TSESTree.Node, source: TSESTree.Node | null | undefined, values: boolean): void => {
        if (checksImports) checkEntryPoint(source);
        if (checksRealtimeBeta && values) checkBetaClient(node, source);
      };
      listeners.ImportDeclaration = (node) => {
        const typesOnly = node.importKind === "type" || (node.specifiers.length > 0 && node.specifiers.every(isTypeOnlyImport));
        checkModule(node, node.source, !typesOnly);
      };
      // Only a re-export names a module (`export { x } from "…"`): most export declarations are the file's own.
      listeners["ExportNamedDeclaration[source]"] = (node: TSESTree.ExportNamedDeclaration) => checkModule(node, node.source, node.exportKind !== "type");
      listeners.ExportAllDeclaration = (node) => checkModule(node, node.source, node.exportKind !== "type");
      listeners.ImportExpression = (node) => checkModule(node, withoutTypeCasts(node.source), true);
      listeners[REQUIRE_CALL] = (node: TSESTree.CallExpression) => {
        if (getRequireSource(node) !== null) checkModule(node, node.arguments[0], true);
      };
    }
    if (checksImports) {
      // Where a module's types are named: the entry-point check only.
      listeners.TSExternalModuleReference = (node) => checkEntryPoint(node.expression);
      listeners.TSImportType = (node) => {
        // Recent typescript-eslint parsers give `source`; older ones only `argument`.
        const source = (node as Partial<TSESTree.TSImportType>).source;
        if (source != null) checkEntryPoint(source);
        else if (node.argument.type === AST_NODE_TYPES.TSLiteralType) checkEntryPoint(node.argument.literal);
      };
    }
    if (checksRealtimeBeta && !namesAzure) {
      listeners[REALTIME_BETA_HEADER] = (node: TSESTree.StringLiteral) => {
        if (findHeaderName(node)?.toLowerCase() === "openai-beta") reportRealtimeBeta(node, "The `OpenAI-Beta: realtime=v1` header");
      };
      listeners[REALTIME_BETA_PROTOCOL] = (node: TSESTree.StringLiteral) => {
        // Offered as a subprotocol: in a list, or a call's argument after the URL (`new WebSocket(url, protocol)`).
        const parent = node.parent;
        const offered =
          parent.type === AST_NODE_TYPES.ArrayExpression ||
          ((parent.type === AST_NODE_TYPES.NewExpression || parent.type === AST_NODE_TYPES.CallExpression) && parent.arguments.indexOf(node) > 0);
        if (offered) reportRealtimeBeta(node, "The `openai-beta.realtime-v1` subprotocol");
      };
    }
    if (checksLocalShell) {
      const data = deprecationData(LOCAL_SHELL_TOOL, today());
      if (!namesAzure) {
        listeners[LOCAL_SHELL_TYPE] = (node: TSESTree.StringLiteral) => {
          // `tools: [{ type: "local_shell" }]`: the tool in a request's `tools` list (a tool call's output item,
          // `item.type === "local_shell_call"`, is none).
          const property = node.parent;
          if (property.type !== AST_NODE_TYPES.Property || property.value !== node || getStaticPropertyKey(property) !== "type") return;
          const list = property.parent.parent;
          if (list?.type !== AST_NODE_TYPES.ArrayExpression || list.parent.type !== AST_NODE_TYPES.Property || getStaticPropertyKey(list.parent) !== "tools") return;
          context.report({ node: property.parent, messageId: "localShellTool", data: { ...data, form: '`{ type: "local_shell" }`' } });
        };
      }
      listeners[LOCAL_SHELL_CALL] = (node: TSESTree.CallExpression) => {
        const callee = withoutTypeCasts(node.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression || getStaticMemberName(callee) !== "localShell") return;
        if (!makesLocalShell(withoutTypeCasts(callee.object))) return;
        context.report({ node, messageId: "localShellTool", data: { ...data, form: `\`${sourceCode.getText(callee)}()\`` } });
      };
      /**
       * `openai.tools` (the AI SDK's provider, imported or made by its `createOpenAI`) or `tools` of `@langchain/openai`
       * (imported by name or read off the module's namespace).
       */
      const makesLocalShell = (tools: TSESTree.Node): boolean => {
        const imported = findImportedBinding(tools, resolver);
        if (imported !== null) return imported.name === "tools" && LOCAL_SHELL_PACKAGES.has(imported.source);
        if (tools.type !== AST_NODE_TYPES.MemberExpression || getStaticMemberName(tools) !== "tools") return false;
        const provider = withoutTypeCasts(tools.object);
        if (provider.type !== AST_NODE_TYPES.Identifier) return false;
        const binding = findImportedBinding(provider, resolver);
        if (binding !== null) return LOCAL_SHELL_PACKAGES.has(binding.source);
        // `const provider = createOpenAI({ … })`.
        const definition = resolver.findVariable(provider)?.defs[0]?.node;
        if (definition?.type !== AST_NODE_TYPES.VariableDeclarator || definition.init?.type !== AST_NODE_TYPES.CallExpression) return false;
        const factory = findImportedBinding(definition.init.callee, resolver);
        return factory?.source === "@ai-sdk/openai" && factory.name === "createOpenAI";
      };
    }
    if (checksV3) {
      const data = deprecationData(OPENAI_V3_SDK, today());
      /** `OpenAIApi` bound from `openai` or `openai-edge`: an import specifier, a destructured `require`, `require(…).OpenAIApi`. */
      const reportClass = (node: TSESTree.Node, binding: TSESTree.Node): void => {
        const imported = findImportedBinding(binding, resolver);
        if (imported === null || imported.name !== V3_CLIENT_CLASS || !V3_MODULES.has(imported.source)) return;
        context.report({ node, messageId: "v3Sdk", data: { ...data, source: imported.source } });
      };
      listeners.ImportSpecifier = (node) => reportClass(node, node.local);
      listeners["VariableDeclarator > ObjectPattern > Property"] = (node: TSESTree.Property) => {
        const value = node.value.type === AST_NODE_TYPES.AssignmentPattern ? node.value.left : node.value;
        if (value.type === AST_NODE_TYPES.Identifier) reportClass(node, value);
      };
      listeners["MemberExpression[object.type='CallExpression']"] = (node: TSESTree.MemberExpression) => {
        if (getRequireSource(node.object as TSESTree.CallExpression) !== null) reportClass(node, node);
      };
    }
    return listeners;
  },
});
