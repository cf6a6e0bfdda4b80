/**
 * The one table of OpenAI API retirements this plugin knows about.
 *
 * Rule messages, rule docs and the README's deadline table are built from these rows. Their facts (dates,
 * replacement, migration guide) are data with a source per row, not code: `src/data/rule-retirements.tsv` names for
 * each row the row of `src/data/retirements.tsv` (OpenAI's deprecations page) or the SDK doc comment its dates come
 * from. What is retired in the messages' words, the rule and the remedy stay here, with the functions that build
 * every rule's message data. Detection patterns do not: they live in the rule or the analysis that uses them.
 */
import { RULE_RETIREMENT_ROWS } from "./data/retirements";
import type { TSESLint } from "@typescript-eslint/utils";

import { daysFrom, formatDate, lazyReferenceDate, SHUTDOWN_WORDING, todayInUtc, wordDate } from "./dates";
import type { RequestApi } from "./analysis/request-apis";
import { REASONING_MODEL } from "./analysis/request-model";
import type { ParamAction } from "./fix/actions";
import type { ModelShutdown } from "./models";
import { LATEST_RETIREMENTS } from "./retirements";
import { SDK_DEPRECATIONS, type SdkDeprecation } from "./sdk-deprecations";
import { methodsOfKeys, resourcesOfKeys, sdkMethods } from "./sdk-methods";

export type DeprecationId =
  | "assistants-api"
  | "prompt-objects"
  | "agent-builder-workflows"
  | "legacy-moderation-models"
  | "chat-completions-params-in-responses"
  | "chat-completions-output-in-responses"
  | "deprecated-models"
  | "sora-api"
  | "image-variations"
  | "audio-translations"
  | "realtime-beta"
  | "evals-api"
  | "fine-tuning-jobs"
  | "local-shell-tool"
  | "openai-v3-sdk";

/** How the plugin deals with what a row matches. */
export type Remedy = "fix" | "suggestion" | "report";

export interface Deprecation {
  readonly id: DeprecationId;
  /** The rule (without the `openai/` prefix) that reports this row. */
  readonly rule: string;
  /** What is retired, in the API's own words. */
  readonly what: string;
  /** What replaces it. */
  readonly replacement: string;
  /** ISO date on which OpenAI announced the deprecation, when there is one. */
  readonly announced?: string;
  /** ISO date on which the API stops (or stopped) answering, when there is one. */
  readonly shutdown?: string;
  /** What the shutdown date applies to, when it is narrower than `what`. */
  readonly shutdownScope?: string;
  /** Migration guide. */
  readonly url: string;
  /** The heading of the notice on OpenAI's deprecations page that the dates come from (its date is `announced`). */
  readonly notice?: string;
  /** Where the facts come from (a row of src/data/rule-retirements.tsv). */
  readonly source?: string;
  readonly remedy: Remedy;
}

/** The `@deprecated` tag of the installed SDK under `key` (src/sdk-deprecations.ts); throws when it has none. */
function sdkDeprecation(key: string): SdkDeprecation {
  const found = SDK_DEPRECATIONS.find((entry) => entry.key === key);
  if (found === undefined) throw new Error(`The openai SDK table has no ${key}`);
  return found;
}

/** The date the SDK's `@deprecated` text gives under `key`: written once, in the SDK. */
function sdkDate(key: string): string {
  const date = sdkDeprecation(key).date;
  if (date === undefined) throw new Error(`The openai SDK gives no date for ${key}`);
  return date;
}

type Facts = Pick<Deprecation, "replacement" | "announced" | "shutdown" | "shutdownScope" | "url" | "notice" | "source">;

/**
 * A rule-level row's facts, from `src/data/rule-retirements.tsv`: its replacement and guide, and its dates from the
 * row of the retirements table it names (`page:<id>`: announced and shut down) or from the SDK (`sdk:<key>`).
 */
export function retirementFacts(id: DeprecationId): Facts {
  const facts = RULE_RETIREMENT_ROWS.find((row) => row.id === id);
  if (facts === undefined) throw new Error(`src/data/rule-retirements.tsv has no row ${id}`);
  let dates: Pick<Deprecation, "announced" | "shutdown" | "notice"> = {};
  if (facts.dates.startsWith("page:")) {
    const row = LATEST_RETIREMENTS.get(facts.dates.slice("page:".length));
    if (row === undefined) throw new Error(`${id}'s dates name ${facts.dates}, which src/data/retirements.tsv lacks`);
    dates = { announced: row.announced, ...(row.shutdown === "" ? {} : { shutdown: row.shutdown }), notice: row.notice };
  } else if (facts.dates.startsWith("sdk:")) {
    dates = { shutdown: sdkDate(facts.dates.slice("sdk:".length)) };
  }
  return {
    replacement: facts.replacement,
    url: facts.url,
    ...dates,
    ...(facts.shutdownScope === "" ? {} : { shutdownScope: facts.shutdownScope }),
    source: facts.source,
  };
}

/** A row whose messages give a shutdown date: throws at load when the table gives it none. */
function dated<const T extends Deprecation>(row: T): T & { readonly shutdown: string } {
  if (row.shutdown === undefined) throw new Error(`${row.id} has no shutdown date in src/data/rule-retirements.tsv`);
  return row as T & { readonly shutdown: string };
}

export const ASSISTANTS_API = dated({
  id: "assistants-api",
  rule: "no-assistants-api",
  what: "the Assistants API",
  ...retirementFacts("assistants-api"),
  remedy: "report",
});

export const PROMPT_OBJECTS = dated({
  id: "prompt-objects",
  rule: "no-prompt-objects",
  what: "reusable prompt objects",
  ...retirementFacts("prompt-objects"),
  remedy: "report",
});

export const AGENT_BUILDER_WORKFLOWS = dated({
  id: "agent-builder-workflows",
  rule: "no-agent-builder-workflows",
  what: "Agent Builder-hosted ChatKit workflows",
  ...retirementFacts("agent-builder-workflows"),
  remedy: "report",
});

export const LEGACY_MODERATION_MODELS = dated({
  id: "legacy-moderation-models",
  rule: "no-legacy-moderation-models",
  what: "the legacy `text-moderation-*` models",
  ...retirementFacts("legacy-moderation-models"),
  remedy: "fix",
});

export const CHAT_COMPLETIONS_PARAMS_IN_RESPONSES = {
  id: "chat-completions-params-in-responses",
  rule: "no-chat-completions-params-in-responses",
  what: "Chat Completions request parameters sent to the Responses API",
  ...retirementFacts("chat-completions-params-in-responses"),
  remedy: "fix",
} as const satisfies Deprecation;

export const CHAT_COMPLETIONS_OUTPUT_IN_RESPONSES = {
  id: "chat-completions-output-in-responses",
  rule: "no-chat-completions-output-in-responses",
  what: "Chat Completions output and stream handling on Responses API results",
  ...retirementFacts("chat-completions-output-in-responses"),
  remedy: "fix",
} as const satisfies Deprecation;

/** Model ids with an announced shutdown: one row for the rule; the dates per id are in `models.ts`. */
export const DEPRECATED_MODELS = {
  id: "deprecated-models",
  rule: "no-deprecated-models",
  what: "model ids with an announced shutdown date (each id's date is in the rule's table)",
  ...retirementFacts("deprecated-models"),
  remedy: "suggestion",
} as const satisfies Deprecation;

export const SORA_API = dated({
  id: "sora-api",
  rule: "no-deprecated-api",
  what: "the Sora API (`client.videos`, `/v1/videos`)",
  ...retirementFacts("sora-api"),
  remedy: "report",
});

export const IMAGE_VARIATIONS = {
  id: "image-variations",
  rule: "no-deprecated-api",
  what: "image variations (`images.createVariation`, `/v1/images/variations`)",
  ...retirementFacts("image-variations"),
  remedy: "report",
} as const satisfies Deprecation;

export const AUDIO_TRANSLATIONS = dated({
  id: "audio-translations",
  rule: "no-deprecated-api",
  what: "audio translations (`audio.translations.create`, `/v1/audio/translations`)",
  ...retirementFacts("audio-translations"),
  remedy: "report",
});

/**
 * The Realtime API beta: a connection that opts into it with the `OpenAI-Beta: realtime=v1` header (or the browser's
 * `openai-beta.realtime-v1` subprotocol), as the SDK's beta clients and OpenAI's `@openai/realtime-api-beta` do. The
 * deprecations page dates the header's shutdown; the SDK's `beta.realtime` REST resources, which send no such header,
 * stay an undated deprecation of the SDK (`SDK_API_DEPRECATIONS`, `strict`).
 */
export const REALTIME_BETA = dated({
  id: "realtime-beta",
  rule: "no-deprecated-api",
  what: "the Realtime API beta (`OpenAI-Beta: realtime=v1`)",
  ...retirementFacts("realtime-beta"),
  remedy: "report",
});

/** The Evals API (`client.evals`, `/v1/evals`), shut down with the Evals platform; the SDK tags none of it. */
export const EVALS_API = dated({
  id: "evals-api",
  rule: "no-deprecated-api",
  what: "the Evals API (`client.evals`, `/v1/evals`)",
  ...retirementFacts("evals-api"),
  remedy: "report",
});

/**
 * Creating fine-tuning jobs (`fineTuning.jobs.create`): the deprecations page's notice on self-serve fine-tuning ends
 * it in stages, the last for active organizations. The SDK tags none of it; listing and reading jobs are not dated.
 */
export const FINE_TUNING_JOBS = dated({
  id: "fine-tuning-jobs",
  rule: "no-deprecated-api",
  what: "creating fine-tuning jobs (`fineTuning.jobs.create`)",
  ...retirementFacts("fine-tuning-jobs"),
  remedy: "report",
});

/**
 * The legacy local shell tool (`{ type: "local_shell" }`, the AI SDK's and LangChain's `localShell` tools), shut down
 * with `codex-mini-latest`; the SDK keeps its types untagged.
 */
export const LOCAL_SHELL_TOOL = dated({
  id: "local-shell-tool",
  rule: "no-deprecated-api",
  what: "the legacy local shell tool (`local_shell`)",
  ...retirementFacts("local-shell-tool"),
  remedy: "report",
});

/**
 * The openai v3 SDK (`new OpenAIApi(new Configuration(…))`), which v4 replaced in 2023, and `openai-edge`, which
 * copies its API over `fetch`. OpenAI's v4 migration guide says v3 no longer receives updates: it has no client for
 * anything released since (tools, the Responses API) and its `createEdit`, `createFineTune` and engine methods call
 * endpoints that are shut down. Its Chat Completions and embeddings requests still work, so there is no date: the
 * rule reports it in `strict` only (`include: "all"`).
 */
export const OPENAI_V3_SDK = {
  id: "openai-v3-sdk",
  rule: "no-deprecated-api",
  what: "the openai v3 SDK (`OpenAIApi`, `Configuration`), and `openai-edge`, which copies its API",
  ...retirementFacts("openai-v3-sdk"),
  remedy: "report",
} as const satisfies Deprecation;

export const DEPRECATIONS: readonly Deprecation[] = [
  ASSISTANTS_API,
  PROMPT_OBJECTS,
  AGENT_BUILDER_WORKFLOWS,
  LEGACY_MODERATION_MODELS,
  CHAT_COMPLETIONS_PARAMS_IN_RESPONSES,
  CHAT_COMPLETIONS_OUTPUT_IN_RESPONSES,
  DEPRECATED_MODELS,
  SORA_API,
  IMAGE_VARIATIONS,
  AUDIO_TRANSLATIONS,
  REALTIME_BETA,
  EVALS_API,
  FINE_TUNING_JOBS,
  LOCAL_SHELL_TOOL,
  OPENAI_V3_SDK,
];

export { formatDate } from "./dates";

/** Per row: its message data and the day it is worded for, the last day asked (see {@link deprecationData}). */
const messageData = new Map<Deprecation, { readonly today: string; readonly data: Readonly<Record<string, string>> }>();

/**
 * Message data shared by every report of a row, worded for the day `today` (see `dates.ts`): rules put
 * `{{ shutDown }}` ("was shut down on August 26, 2026" / "shuts down on November 30, 2026, in 3 days"),
 * `{{ announced }}`, `{{ url }}` and `{{ replacement }}` in their message templates and pass this object as `data`.
 * Kept per row for the last day asked: rules ask for it in every file that passes their gate, all for the same day,
 * and formatting a date is not free; a key built of the row and the day cost a string to join and hash per rule per
 * file (a CPU profile of the `openai` package's own files).
 */
export function deprecationData(row: Deprecation, today: string = todayInUtc()): Readonly<Record<string, string>> {
  const kept = messageData.get(row);
  if (kept !== undefined && kept.today === today) return kept.data;
  const data = Object.freeze({
    replacement: row.replacement,
    url: row.url,
    ...(row.announced === undefined ? {} : { announced: formatDate(row.announced) }),
    ...(row.shutdown === undefined ? {} : { shutDown: wordDate(row.shutdown, today) }),
  });
  messageData.set(row, { today, data });
  return data;
}

/**
 * {@link deprecationData} for a rule's reports, worded for the rule's day (its `date` option, else the settings' date,
 * else today: `lazyReferenceDate`), both worked out at the first report, not in the rule's `create`.
 */
export function lazyDeprecationData(
  row: Deprecation,
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  option: string | undefined,
): () => Readonly<Record<string, string>> {
  const day = lazyReferenceDate(context, option);
  return () => deprecationData(row, day());
}

/**
 * Message data for a report of a `no-deprecated-api` row (`{{ what }}`, `{{ status }}`, `{{ replacement }}` with the
 * guide's URL): its shutdown worded for `today`, else "retired" or "deprecated in the openai SDK".
 */
export function sdkApiData(row: SdkApiDeprecation, today: string = todayInUtc()): Readonly<Record<string, string>> {
  const status =
    row.shutdown !== undefined
      ? wordDate(row.shutdown, today, SHUTDOWN_WORDING)
      : row.retired === true
        ? "was retired and is no longer available"
        : "is deprecated in the openai SDK";
  return { what: row.what, status, replacement: row.url === undefined ? row.replacement : `${row.replacement} ${row.url}` };
}

/**
 * Message data for a model id of the model table (`no-deprecated-models`): `{{ model }}`, `{{ when }}` (its shutdown
 * worded for `today`), `{{ consequence }}` once it has passed, `{{ advice }}` (its replacement or note) and `{{ url }}`.
 */
export function modelShutdownData(row: ModelShutdown, today: string = todayInUtc()): Readonly<Record<string, string>> {
  const days = daysFrom(today, row.shutdown);
  return {
    model: row.id,
    when: wordDate(row.shutdown, today),
    consequence: days <= 0 ? ": requests that name it fail" : "",
    advice: modelAdvice(row, days),
    url: DEPRECATED_MODELS.url,
  };
}

function modelAdvice(row: ModelShutdown, days: number): string {
  const names = row.replacements.map((id) => `\`${id}\``).join(" or ");
  if (names !== "") return `Move to ${names}${row.note === undefined ? "" : ` (${row.note})`}${days > 0 ? " before then" : ""}.`;
  if (row.note !== undefined) return `${capitalize(row.note)}.`;
  return `OpenAI names no replacement: move to a current model${days > 0 ? " before then" : ""}.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How a Chat Completions parameter found in a Responses request is dealt with. */
export interface ChatOnlyParam {
  /** The Chat Completions name. */
  readonly name: string;
  /** The rewrite into the Responses request, in the parameter rules' one vocabulary (src/fix/actions.ts). */
  readonly action: ParamAction;
  readonly remedy: Remedy;
  /**
   * What to write for the Responses API instead, as a sentence the rule's message ends with (before the guide's
   * URL) and the rule page's table shows.
   */
  readonly replacement: string;
}

/**
 * The request parameters that `ChatCompletionCreateParamsBase` has and `ResponseCreateParamsBase` lacks, in the
 * `openai` package 7.55 (compared key by key; `tests/rules/no-chat-completions-params-in-responses.test.ts` checks
 * this list against the installed package's types).
 */
export const CHAT_ONLY_PARAMS: readonly ChatOnlyParam[] = [
  { name: "audio", action: { kind: "report" }, remedy: "report", replacement: "Responses has no audio output; use the Realtime or Audio APIs for speech" },
  { name: "frequency_penalty", action: { kind: "report" }, remedy: "report", replacement: "Responses has no frequency penalty; remove it" },
  { name: "function_call", action: { kind: "report" }, remedy: "report", replacement: "Use `tool_choice`" },
  { name: "functions", action: { kind: "report" }, remedy: "report", replacement: 'Use function tools in `tools` (`{ type: "function", name, parameters, strict: false }`)' },
  { name: "logit_bias", action: { kind: "report" }, remedy: "report", replacement: "Responses has no logit bias; remove it" },
  { name: "logprobs", action: { kind: "report" }, remedy: "report", replacement: 'Use `include: ["message.output_text.logprobs"]` (and `top_logprobs` for alternatives)' },
  { name: "max_completion_tokens", action: { kind: "rename", to: "max_output_tokens" }, remedy: "fix", replacement: "Use `max_output_tokens`" },
  { name: "max_tokens", action: { kind: "rename", to: "max_output_tokens" }, remedy: "fix", replacement: "Use `max_output_tokens`" },
  { name: "messages", action: { kind: "rename", to: "input" }, remedy: "fix", replacement: "Use `input` (system text may move to `instructions`)" },
  { name: "modalities", action: { kind: "report" }, remedy: "report", replacement: "Responses answers in text; remove it (speech is in the Realtime and Audio APIs)" },
  { name: "n", action: { kind: "remove" }, remedy: "suggestion", replacement: "Make separate requests, one per answer" },
  { name: "prediction", action: { kind: "report" }, remedy: "report", replacement: "Responses has no predicted outputs; remove it" },
  { name: "presence_penalty", action: { kind: "report" }, remedy: "report", replacement: "Responses has no presence penalty; remove it" },
  { name: "reasoning_effort", action: { kind: "moveInto", target: "reasoning", field: "effort" }, remedy: "fix", replacement: "Use `reasoning: { effort }`" },
  { name: "response_format", action: { kind: "responseFormatToText" }, remedy: "fix", replacement: "Use `text: { format }` (a `json_schema` format without its `json_schema` wrapper)" },
  { name: "seed", action: { kind: "report" }, remedy: "report", replacement: "Responses has no seed; remove it" },
  { name: "stop", action: { kind: "report" }, remedy: "report", replacement: "Responses has no stop sequences; remove them (and end the output through instructions)" },
  { name: "verbosity", action: { kind: "moveInto", target: "text", field: "verbosity" }, remedy: "fix", replacement: "Use `text: { verbosity }`" },
  { name: "web_search_options", action: { kind: "report" }, remedy: "report", replacement: 'Use the `web_search` tool (`tools: [{ type: "web_search" }]`)' },
];

/**
 * Which config an entry of the SDK's own deprecations belongs to: `recommended` for what stops working on a date (or
 * has stopped already), `strict` for a deprecation without one (advice, not breakage).
 */
export type SdkConfig = "recommended" | "strict";

/**
 * What the rules do with every `@deprecated` tag of the installed SDK (src/sdk-deprecations.ts, generated): each key
 * is reported by a row of `SDK_API_DEPRECATIONS` / `SDK_PARAM_DEPRECATIONS`, or left to another rule or left out
 * for the reason given here. tests/sdk-deprecations.test.ts fails on a key that is in neither.
 */
export const SDK_KEYS_ELSEWHERE: readonly { readonly keys: RegExp; readonly reason: string }[] = [
  { keys: /^(?:method|resource):beta\/(?:assistants|threads)/u, reason: "the Assistants API: reported by `no-assistants-api`" },
  {
    keys: /^param:chat\/completions\/completions:ChatCompletionAssistantMessageParam\.function_call$/u,
    reason:
      "an assistant message's `function_call` in the history echoes what the model returned; it goes away with the `functions` request parameter, which is reported",
  },
  {
    keys: /^param:(?:beta\/)?responses\/responses:(?:Beta)?ResponsesClientEvent\./u,
    reason: "a `response.create` event of the Responses WebSocket mode: sent as an event, not a request the rules find",
  },
  {
    keys: /^param:realtime\/realtime:/u,
    reason: "Realtime session and response events (MCP `connector_id`): sent over the Realtime connection, not a request the rules find",
  },
  {
    keys: /^param:(?:beta\/)?responses\/responses:(?:Beta)?ResponseToolSearchOutputItemParam\./u,
    reason: "a tool search output item the model produced, passed back as input: not written by hand",
  },
  {
    keys: /^param:admin\/organization\/projects\/projects:ProjectUpdateParams\.geography$/u,
    reason: "`projects.update(id, body)` takes its body second; the Admin API's `geography` is reported on `projects.create`",
  },
];

/** A deprecated SDK resource, method, endpoint or import path, as `no-deprecated-api` reports it. */
export interface SdkApiDeprecation {
  /** Names the row in options and docs. */
  readonly id: string;
  /** The generated table's keys this row reports. */
  readonly sdkKeys: readonly string[];
  /** What is deprecated, for messages and docs. */
  readonly what: string;
  /** SDK resource paths whose every method is deprecated (`videos`, `beta.realtime`). */
  readonly resources?: readonly string[];
  /** SDK methods, by resource path (`images` → `createVariation`). */
  readonly methods?: ReadonlyMap<string, ReadonlySet<string>>;
  /** REST paths below `/v1/`: the path itself and anything below it. */
  readonly restPaths?: readonly string[];
  /**
   * Whether a REST URL must name OpenAI (its host or the base's name) to count: `/v1/videos` is common elsewhere, and
   * OpenAI-compatible servers answer the other paths with endpoints of their own.
   */
  readonly restNeedsOpenAIName?: boolean;
  /** Deprecated entry points (`openai/streaming`) and the module that exports the same (`openai/core/streaming`). */
  readonly modules?: ReadonlyMap<string, string>;
  /** What to use instead, as a sentence. */
  readonly replacement: string;
  /** ISO date of the shutdown, read from the SDK's text. */
  readonly shutdown?: string;
  /** Already unavailable, with no date given. */
  readonly retired?: boolean;
  readonly url?: string;
  readonly remedy: Remedy;
  readonly config: SdkConfig;
  /** For a row the SDK tags nothing of (`sdkKeys` empty): the deprecations page's row it stands for, and its dates. */
  readonly page?: Deprecation;
}

const VIDEOS_KEYS = SDK_DEPRECATIONS.filter(({ key }) => /^(?:method:videos:|resource:videos:Videos$|resource:client:OpenAI\.videos$)/u.test(key)).map(
  ({ key }) => key,
);

/** The resources and methods a row reports are those its SDK keys name, looked up in the SDK's surface. */
export const SDK_API_DEPRECATIONS: readonly SdkApiDeprecation[] = [
  {
    id: "videos",
    sdkKeys: VIDEOS_KEYS,
    what: "the Sora API",
    resources: resourcesOfKeys(VIDEOS_KEYS),
    // For receivers the rule cannot resolve: a call of these with a `model` in its request.
    methods: methodsOfKeys(VIDEOS_KEYS),
    restPaths: ["videos"],
    restNeedsOpenAIName: true,
    replacement: `Remove it: the Sora API has no successor in the OpenAI API.`,
    shutdown: SORA_API.shutdown,
    url: SORA_API.url,
    remedy: "report",
    config: "recommended",
  },
  {
    id: "images.createVariation",
    sdkKeys: ["method:images:Images.createVariation"],
    what: "image variations",
    methods: methodsOfKeys(["method:images:Images.createVariation"]),
    restPaths: ["images/variations"],
    restNeedsOpenAIName: true,
    replacement: "Use image edits (`images.edit`, `/v1/images/edits`) with a GPT Image model.",
    retired: true,
    url: IMAGE_VARIATIONS.url,
    remedy: "report",
    config: "recommended",
  },
  {
    id: "audio.translations",
    sdkKeys: ["method:audio/translations:Translations.create"],
    what: "audio translations",
    methods: methodsOfKeys(["method:audio/translations:Translations.create"]),
    restPaths: ["audio/translations"],
    // Groq, LocalAI and faster-whisper servers answer `/v1/audio/translations` too, and keep it.
    restNeedsOpenAIName: true,
    replacement: "Migrate to `/v1/realtime/translations`, which needs a separate integration.",
    shutdown: AUDIO_TRANSLATIONS.shutdown,
    url: AUDIO_TRANSLATIONS.url,
    remedy: "report",
    config: "recommended",
  },
  {
    id: "beta.realtime",
    sdkKeys: ["resource:beta/realtime/realtime:Realtime"],
    what: "the beta Realtime API",
    resources: resourcesOfKeys(["resource:beta/realtime/realtime:Realtime"]),
    replacement: "Use the generally available `client.realtime` (`realtime.clientSecrets.create` for sessions).",
    url: "https://developers.openai.com/api/docs/guides/realtime",
    remedy: "report",
    config: "strict",
  },
  {
    id: "fineTuning.checkpoints.permissions.retrieve",
    sdkKeys: ["method:fine-tuning/checkpoints/permissions:Permissions.retrieve"],
    what: "the checkpoint permissions' `retrieve`",
    methods: methodsOfKeys(["method:fine-tuning/checkpoints/permissions:Permissions.retrieve"]),
    replacement: "Use the paginated `fineTuning.checkpoints.permissions.list()`.",
    remedy: "report",
    config: "strict",
  },
  {
    id: "import-paths",
    sdkKeys: ["module:api-promise", "module:error", "module:pagination", "module:resource", "module:streaming", "module:uploads"],
    what: "an entry point the SDK keeps for compatibility",
    modules: new Map(
      ["api-promise", "error", "pagination", "resource", "streaming", "uploads"].map((name) => [`openai/${name}`, `openai/core/${name}`]),
    ),
    replacement: "Import from `openai/core/…`, which exports the same.",
    remedy: "fix",
    config: "strict",
  },
];

/**
 * A row of {@link PAGE_API_RETIREMENTS}: what it matches and says, with its shutdown date, guide, remedy and config
 * taken from the page's row it stands for (dated, so `recommended`).
 */
function pageApiRow(page: Deprecation & { readonly shutdown: string }, row: Pick<SdkApiDeprecation, "id" | "what" | "resources" | "methods" | "restPaths" | "restNeedsOpenAIName" | "replacement">): SdkApiDeprecation {
  return { ...row, sdkKeys: [], shutdown: page.shutdown, url: page.url, remedy: page.remedy, config: "recommended", page };
}

/**
 * Parts of the API that OpenAI's deprecations page dates and the SDK does not tag (no `sdkKeys`): matched and reported
 * as the SDK's rows are, with the page's dates. Fine-tuning has no REST path here: `/v1/fine_tuning/jobs` also lists
 * jobs, which goes on.
 */
export const PAGE_API_RETIREMENTS: readonly SdkApiDeprecation[] = [
  pageApiRow(EVALS_API, {
    id: "evals",
    what: "the Evals API",
    resources: ["evals"],
    // For receivers the rule cannot resolve, and the method names its listener lets through.
    methods: sdkMethods((path) => path === "evals" || path.startsWith("evals.")),
    restPaths: ["evals"],
    restNeedsOpenAIName: true,
    replacement: "Move the evals off OpenAI's platform (OpenAI's migration guide moves them to Promptfoo).",
  }),
  pageApiRow(FINE_TUNING_JOBS, {
    id: "fineTuning.jobs.create",
    what: "fine-tuning job creation",
    methods: sdkMethods((path, name) => path === "fineTuning.jobs" && name === "create"),
    replacement: "OpenAI names no replacement for new fine-tuning jobs (new and inactive organizations lost them earlier).",
  }),
];

/** Every row `no-deprecated-api` reports calls, endpoints and entry points by: the SDK's tags, then the page's rows. */
export const API_RETIREMENTS: readonly SdkApiDeprecation[] = [...SDK_API_DEPRECATIONS, ...PAGE_API_RETIREMENTS];

/** A deprecated request key, as `no-deprecated-params` reports it. */
export interface SdkParamDeprecation {
  readonly id: string;
  readonly sdkKeys: readonly string[];
  /** The APIs whose requests it is deprecated in. */
  readonly apis: readonly RequestApi[];
  /**
   * Where the key is: `["max_tokens"]` in the request, `["reasoning", "generate_summary"]` in its `reasoning`
   * object, `["tools", "mcp", "connector_id"]` in a `tools` item of `type: "mcp"`.
   */
  readonly path: readonly string[];
  /** What to do instead, as a sentence. */
  readonly replacement: string;
  readonly action: ParamAction;
  readonly remedy: Remedy;
  readonly config: SdkConfig;
  /**
   * The model ids whose requests the API rejects with the key today (deprecated, and already broken there): a
   * request whose every possible model matches is reported by `recommended` too, and its rewrite means the same.
   */
  readonly rejectedBy?: RegExp;
}

const param = (key: string): string => `param:${key}`;

export const SDK_PARAM_DEPRECATIONS: readonly SdkParamDeprecation[] = [
  {
    id: "chat.max_tokens",
    sdkKeys: [param("chat/completions/completions:ChatCompletionCreateParamsBase.max_tokens")],
    apis: ["chat"],
    path: ["max_tokens"],
    replacement: "Use `max_completion_tokens` (the same limit, which reasoning models take too).",
    action: { kind: "rename", to: "max_completion_tokens" },
    remedy: "fix",
    config: "strict",
    rejectedBy: REASONING_MODEL,
  },
  {
    id: "chat.functions",
    sdkKeys: [param("chat/completions/completions:ChatCompletionCreateParamsBase.functions")],
    apis: ["chat"],
    path: ["functions"],
    replacement:
      'Use `tools` (`{ type: "function", function }`); the answer then carries `tool_calls` instead of `function_call`, so the code that reads it changes too.',
    action: { kind: "functionsToTools" },
    remedy: "suggestion",
    config: "strict",
  },
  {
    id: "chat.function_call",
    sdkKeys: [param("chat/completions/completions:ChatCompletionCreateParamsBase.function_call")],
    apis: ["chat"],
    path: ["function_call"],
    replacement: "Use `tool_choice`, with `functions` moved to `tools`.",
    action: { kind: "functionsToTools" },
    remedy: "suggestion",
    config: "strict",
  },
  {
    id: "user",
    sdkKeys: [
      param("chat/completions/completions:ChatCompletionCreateParamsBase.user"),
      param("responses/responses:ResponseCreateParamsBase.user"),
      param("beta/responses/responses:ResponseCreateParamsBase.user"),
    ],
    apis: ["chat", "responses"],
    path: ["user"],
    replacement: "Use `safety_identifier` to identify the end user for abuse detection, or `prompt_cache_key` to keep prompt caching per user.",
    action: { kind: "renameChoice", to: ["safety_identifier", "prompt_cache_key"] },
    remedy: "suggestion",
    config: "strict",
  },
  {
    id: "prompt_cache_retention",
    sdkKeys: [
      param("chat/completions/completions:ChatCompletionCreateParamsBase.prompt_cache_retention"),
      param("responses/responses:ResponseCreateParamsBase.prompt_cache_retention"),
      param("beta/responses/responses:ResponseCreateParamsBase.prompt_cache_retention"),
      param("responses/responses:ResponseCompactParams.prompt_cache_retention"),
      param("beta/responses/responses:ResponseCompactParams.prompt_cache_retention"),
    ],
    apis: ["chat", "responses", "responses.compact"],
    path: ["prompt_cache_retention"],
    // `in_memory` / `24h` (a maximum retention) and `30m` / `12h` (a minimum lifetime) do not map onto each other.
    replacement: "Use `prompt_cache_options: { ttl }` (`30m` or `12h`, a minimum cache lifetime, where `prompt_cache_retention` set a maximum).",
    action: { kind: "report" },
    remedy: "report",
    config: "strict",
  },
  {
    id: "reasoning.generate_summary",
    sdkKeys: [
      param("shared:Reasoning.generate_summary"),
      param("beta/responses/responses:ResponseCreateParams.Reasoning.generate_summary"),
      param("beta/responses/input-tokens:InputTokenCountParams.Reasoning.generate_summary"),
    ],
    apis: ["responses", "responses.inputTokens", "responses.compact"],
    path: ["reasoning", "generate_summary"],
    replacement: "Use `reasoning.summary` (the same values).",
    action: { kind: "rename", to: "summary" },
    remedy: "fix",
    config: "strict",
  },
  {
    id: "chat.seed",
    sdkKeys: [param("chat/completions/completions:ChatCompletionCreateParamsBase.seed")],
    apis: ["chat"],
    path: ["seed"],
    replacement: "Remove it: sampling with a seed was a Beta feature that never guaranteed determinism.",
    action: { kind: "report" },
    remedy: "report",
    config: "strict",
  },
  {
    id: "truncation",
    sdkKeys: [
      param("responses/responses:ResponseCreateParamsBase.truncation"),
      param("beta/responses/responses:ResponseCreateParamsBase.truncation"),
      param("responses/input-tokens:InputTokenCountParams.truncation"),
      param("beta/responses/input-tokens:InputTokenCountParams.truncation"),
    ],
    apis: ["responses", "responses.inputTokens"],
    path: ["truncation"],
    replacement: "The SDK names no replacement; manage the context yourself (or with `context_management` compaction) before it overflows.",
    action: { kind: "report" },
    remedy: "report",
    config: "strict",
  },
  {
    id: "images.response_format",
    sdkKeys: [param("images:ImageGenerateParamsBase.response_format"), param("images:ImageEditParamsBase.response_format")],
    apis: ["images.generate", "images.edit"],
    path: ["response_format"],
    replacement: "Remove it and read `b64_json`: GPT Image models always return base64 and do not take it (it served the retired DALL·E models).",
    action: { kind: "report" },
    remedy: "report",
    config: "strict",
  },
  {
    id: "images.style",
    sdkKeys: [param("images:ImageGenerateParamsBase.style")],
    apis: ["images.generate"],
    path: ["style"],
    replacement: "Describe the style in the prompt: GPT Image models do not take `style` (it served the retired DALL·E models).",
    action: { kind: "report" },
    remedy: "report",
    config: "strict",
  },
  {
    id: "images.user",
    sdkKeys: [param("images:ImageGenerateParamsBase.user"), param("images:ImageEditParamsBase.user")],
    apis: ["images.generate", "images.edit"],
    path: ["user"],
    replacement: "Use `safety_identifier`.",
    action: { kind: "renameChoice", to: ["safety_identifier"] },
    remedy: "suggestion",
    config: "strict",
  },
  {
    id: "fineTuning.hyperparameters",
    sdkKeys: [param("fine-tuning/jobs/jobs:JobCreateParams.hyperparameters")],
    apis: ["fineTuning.jobs"],
    path: ["hyperparameters"],
    replacement: 'Pass them under `method` (`method: { type: "supervised", supervised: { hyperparameters } }`).',
    action: { kind: "hyperparametersToMethod" },
    remedy: "suggestion",
    config: "strict",
  },
  {
    id: "mcp.connector_id",
    sdkKeys: [param("responses/responses:Tool.Mcp.connector_id"), param("beta/responses/responses:BetaTool.Mcp.connector_id")],
    apis: ["responses"],
    path: ["tools", "mcp", "connector_id"],
    replacement: `Use \`server_url\` for a remote MCP server or \`tunnel_id\` for a Secure MCP Tunnel (\`connector_id\` is deprecated for models released after ${formatDate(
      sdkDate("param:responses/responses:Tool.Mcp.connector_id"),
    )}).`,
    action: { kind: "report" },
    remedy: "report",
    config: "strict",
  },
  {
    id: "admin.projects.geography",
    sdkKeys: [param("admin/organization/projects/projects:ProjectCreateParams.geography")],
    apis: ["admin.projects"],
    path: ["geography"],
    replacement: "Use `residency`.",
    action: { kind: "report" },
    remedy: "report",
    config: "strict",
  },
];
