/**
 * The one table of OpenAI API retirements this plugin knows about.
 *
 * Rule messages, rule docs and the README's deadline table are built from these rows: a date or a URL is
 * written here once and nowhere else. Sources: OpenAI's documentation as of the 2026-06-04 revision
 * (`shared/reference/` in the steering repo) and the `openai` npm package 7.55.
 */
import { formatDate, todayInUtc, wordDate } from "./dates";

export type DeprecationId =
  | "assistants-api"
  | "prompt-objects"
  | "agent-builder-workflows"
  | "legacy-moderation-models"
  | "chat-completions-params-in-responses"
  | "chat-completions-output-in-responses"
  | "deprecated-models";

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
  readonly remedy: Remedy;
}

export const ASSISTANTS_API = {
  id: "assistants-api",
  rule: "no-assistants-api",
  what: "the Assistants API",
  replacement: "the Responses API with Conversations",
  announced: "2025-08-26",
  shutdown: "2026-08-26",
  url: "https://developers.openai.com/api/docs/guides/assistants/migration",
  remedy: "report",
} as const satisfies Deprecation;

export const PROMPT_OBJECTS = {
  id: "prompt-objects",
  rule: "no-prompt-objects",
  what: "reusable prompt objects",
  replacement: "prompts kept in code and passed as `instructions` and `input`",
  announced: "2026-06-03",
  shutdown: "2026-11-30",
  shutdownScope: "`v1/prompts`",
  url: "https://developers.openai.com/api/docs/guides/prompting/migrate-from-prompt-object",
  remedy: "report",
} as const satisfies Deprecation;

export const AGENT_BUILDER_WORKFLOWS = {
  id: "agent-builder-workflows",
  rule: "no-agent-builder-workflows",
  what: "Agent Builder-hosted ChatKit workflows",
  replacement: "ChatKit on your own server (the ChatKit server SDK with the Agents SDK)",
  shutdown: "2026-11-30",
  url: "https://developers.openai.com/api/docs/guides/agent-builder/migrate-from-agent-builder",
  remedy: "report",
} as const satisfies Deprecation;

export const LEGACY_MODERATION_MODELS = {
  id: "legacy-moderation-models",
  rule: "no-legacy-moderation-models",
  what: "the legacy `text-moderation-*` models",
  replacement: "omni-moderation-latest",
  announced: "2025-04-28",
  shutdown: "2025-10-27",
  url: "https://developers.openai.com/api/docs/models#moderation",
  remedy: "fix",
} as const satisfies Deprecation;

export const CHAT_COMPLETIONS_PARAMS_IN_RESPONSES = {
  id: "chat-completions-params-in-responses",
  rule: "no-chat-completions-params-in-responses",
  what: "Chat Completions request parameters sent to the Responses API",
  replacement: "the Responses API's own parameters (`input`, `max_output_tokens`, `text.format`, flat function tools)",
  url: "https://developers.openai.com/api/docs/guides/migrate-to-responses",
  remedy: "fix",
} as const satisfies Deprecation;

export const CHAT_COMPLETIONS_OUTPUT_IN_RESPONSES = {
  id: "chat-completions-output-in-responses",
  rule: "no-chat-completions-output-in-responses",
  what: "Chat Completions output and stream handling on Responses API results",
  replacement: "`output_text` / `output` and typed stream events such as `response.output_text.delta`",
  url: "https://developers.openai.com/api/docs/guides/migrate-to-responses",
  remedy: "fix",
} as const satisfies Deprecation;

/** Model ids with an announced shutdown: one row for the rule; the dates per id are in `models.ts`. */
export const DEPRECATED_MODELS = {
  id: "deprecated-models",
  rule: "no-deprecated-models",
  what: "model ids with an announced shutdown date (each id's date is in the rule's table)",
  replacement: "the model OpenAI names for each id",
  url: "https://developers.openai.com/api/docs/deprecations",
  remedy: "suggestion",
} as const satisfies Deprecation;

export const DEPRECATIONS: readonly Deprecation[] = [
  ASSISTANTS_API,
  PROMPT_OBJECTS,
  AGENT_BUILDER_WORKFLOWS,
  LEGACY_MODERATION_MODELS,
  CHAT_COMPLETIONS_PARAMS_IN_RESPONSES,
  CHAT_COMPLETIONS_OUTPUT_IN_RESPONSES,
  DEPRECATED_MODELS,
];

export { formatDate } from "./dates";

const messageData = new Map<string, Readonly<Record<string, string>>>();

/**
 * Message data shared by every report of a row, worded for the day `today` (see `dates.ts`): rules put
 * `{{ shutDown }}` ("was shut down on August 26, 2026" / "shuts down on November 30, 2026, in 3 days"),
 * `{{ announced }}`, `{{ url }}` and `{{ replacement }}` in their message templates and pass this object as `data`.
 * Built once per row and day: rules ask for it in every file that passes their gate, and formatting a date is not free.
 */
export function deprecationData(row: Deprecation, today: string = todayInUtc()): Readonly<Record<string, string>> {
  const key = `${row.id}|${today}`;
  let data = messageData.get(key);
  if (data === undefined) {
    data = Object.freeze({
      replacement: row.replacement,
      url: row.url,
      ...(row.announced === undefined ? {} : { announced: formatDate(row.announced) }),
      ...(row.shutdown === undefined ? {} : { shutDown: wordDate(row.shutdown, today) }),
    });
    messageData.set(key, data);
  }
  return data;
}

/**
 * The Assistants API's SDK surface: resource paths below a client and the methods each has (the SDK 7.55 methods
 * plus `del`, which older SDKs used for `delete`). Every one is `@deprecated` in the SDK.
 */
export const ASSISTANTS_SDK_RESOURCES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["beta.assistants", new Set(["create", "retrieve", "update", "list", "delete", "del"])],
  [
    "beta.threads",
    new Set(["create", "retrieve", "update", "delete", "del", "createAndRun", "createAndRunPoll", "createAndRunStream"]),
  ],
  ["beta.threads.messages", new Set(["create", "retrieve", "update", "list", "delete", "del"])],
  [
    "beta.threads.runs",
    new Set([
      "create",
      "retrieve",
      "update",
      "list",
      "cancel",
      "submitToolOutputs",
      "createAndPoll",
      "createAndStream",
      "poll",
      "stream",
      "submitToolOutputsAndPoll",
      "submitToolOutputsStream",
    ]),
  ],
  ["beta.threads.runs.steps", new Set(["retrieve", "list"])],
]);

/** REST resources of the Assistants API, as the first segment after `/v1/`. */
export const ASSISTANTS_REST_RESOURCES: ReadonlySet<string> = new Set(["assistants", "threads"]);

/** Modules whose types belong to the Assistants API. */
export const ASSISTANTS_TYPE_MODULE = /^openai\/resources\/beta\/(?:assistants|threads)(?:[/.]|$)/u;

/** The SDK's runtime helper for Assistants run streams (`AssistantStream.fromReadableStream(body)` in a browser). */
export const ASSISTANTS_STREAM_MODULE = /^openai\/lib\/AssistantStream(?:\.m?js)?$/u;

/** `OpenAI-Beta` header values that opt into the Assistants API (`assistants=v1`, `assistants=v2`). */
export const ASSISTANTS_BETA_HEADER = /^assistants=v\d+$/u;

/** Every legacy moderation model id: `text-moderation-latest`, `-stable` and dated snapshots (`-007`). */
export const LEGACY_MODERATION_MODEL = /^text-moderation-(?:latest|stable|\d{3})$/u;

/**
 * The Responses API's request-taking SDK methods, by resource path. `beta.responses` is the SDK 7.x beta copy of the
 * same API.
 */
export const RESPONSES_SDK_METHODS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["responses", new Set(["create", "stream", "parse"])],
  ["beta.responses", new Set(["create", "stream", "parse"])],
]);

/** Agent Builder: ChatKit sessions are created for a hosted workflow (the API requires `workflow`). */
export const CHATKIT_SESSION_METHODS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["beta.chatkit.sessions", new Set(["create"])],
]);

/** The REST path of ChatKit sessions, below `/v1/`. */
export const CHATKIT_SESSIONS_PATH = "chatkit/sessions";

/** An Agent Builder workflow id: `wf_` and 48 hex digits. Shorter `wf_` ids belong to Temporal, CI systems and others. */
export const AGENT_BUILDER_WORKFLOW_ID = /^wf_[0-9a-f]{48}$/u;

/** Names that say a value is a ChatKit / Agent Builder workflow (`NEXT_PUBLIC_CHATKIT_WORKFLOW_ID`, `agentBuilderWorkflowId`). */
export const AGENT_BUILDER_WORKFLOW_NAME = /(?:chat_?kit|agent_?kit|agent_?builder).*workflow|workflow.*(?:chat_?kit|agent_?kit|agent_?builder)/iu;

/** Reusable prompts: the keys that carry a saved prompt's id (Responses `id`, older docs `prompt_id`, the Agents SDK `promptId`). */
export const PROMPT_ID_KEYS: ReadonlySet<string> = new Set(["id", "prompt_id", "promptId"]);

/** A saved prompt's id. */
export const PROMPT_ID = /^pmpt_[A-Za-z0-9]+$/u;

/** Packages whose `Agent` takes a saved prompt (`new Agent({ prompt: { promptId } })`). */
export const AGENTS_SDK_MODULES: ReadonlySet<string> = new Set(["@openai/agents", "@openai/agents-openai", "@openai/agents-core"]);

/** How a Chat Completions parameter found in a Responses request is dealt with. */
export interface ChatOnlyParam {
  /** The Chat Completions name. */
  readonly name: string;
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
  { name: "audio", remedy: "report", replacement: "Responses has no audio output; use the Realtime or Audio APIs for speech" },
  { name: "frequency_penalty", remedy: "report", replacement: "Responses has no frequency penalty; remove it" },
  { name: "function_call", remedy: "report", replacement: "Use `tool_choice`" },
  { name: "functions", remedy: "report", replacement: 'Use function tools in `tools` (`{ type: "function", name, parameters, strict: false }`)' },
  { name: "logit_bias", remedy: "report", replacement: "Responses has no logit bias; remove it" },
  { name: "logprobs", remedy: "report", replacement: 'Use `include: ["message.output_text.logprobs"]` (and `top_logprobs` for alternatives)' },
  { name: "max_completion_tokens", remedy: "fix", replacement: "Use `max_output_tokens`" },
  { name: "max_tokens", remedy: "fix", replacement: "Use `max_output_tokens`" },
  { name: "messages", remedy: "fix", replacement: "Use `input` (system text may move to `instructions`)" },
  { name: "modalities", remedy: "report", replacement: "Responses answers in text; remove it (speech is in the Realtime and Audio APIs)" },
  { name: "n", remedy: "suggestion", replacement: "Make separate requests, one per answer" },
  { name: "prediction", remedy: "report", replacement: "Responses has no predicted outputs; remove it" },
  { name: "presence_penalty", remedy: "report", replacement: "Responses has no presence penalty; remove it" },
  { name: "reasoning_effort", remedy: "fix", replacement: "Use `reasoning: { effort }`" },
  { name: "response_format", remedy: "fix", replacement: "Use `text: { format }` (a `json_schema` format without its `json_schema` wrapper)" },
  { name: "seed", remedy: "report", replacement: "Responses has no seed; remove it" },
  { name: "stop", remedy: "report", replacement: "Responses has no stop sequences; remove them (and end the output through instructions)" },
  { name: "verbosity", remedy: "fix", replacement: "Use `text: { verbosity }`" },
  { name: "web_search_options", remedy: "report", replacement: 'Use the `web_search` tool (`tools: [{ type: "web_search" }]`)' },
];
