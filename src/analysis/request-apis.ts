/**
 * The APIs whose requests `no-deprecated-params` reads, each with the SDK methods (from the SDK's surface) and the REST
 * path that send its request: what finds a request, beside the analysis. The retirement rows
 * (`SDK_PARAM_DEPRECATIONS` in src/deprecations.ts) name an API by its key here.
 */
import { methodsTaking, RESPONSES_SDK_METHODS } from "../sdk-methods";

/** The APIs a deprecated request key belongs to, with the SDK methods and REST paths that send their requests. */
export type RequestApi = "chat" | "responses" | "responses.inputTokens" | "responses.compact" | "images.generate" | "images.edit" | "fineTuning.jobs" | "admin.projects";

export interface RequestApiShape {
  /** The API's name in messages. */
  readonly name: string;
  /** SDK methods taking its request, by resource path: those whose request type is made of the API's own. */
  readonly methods: ReadonlyMap<string, ReadonlySet<string>>;
  /** REST path below `/v1/`. */
  readonly restPath?: string;
  /**
   * Whether a REST URL must name OpenAI (host or base name) to count: `/v1/chat/completions` is the path of every
   * OpenAI-compatible server (Ollama, vLLM, LM Studio), whose parameters are their own.
   */
  readonly restNeedsOpenAIName?: boolean;
}

export const REQUEST_APIS: ReadonlyMap<RequestApi, RequestApiShape> = new Map<RequestApi, RequestApiShape>([
  [
    "chat",
    {
      name: "Chat Completions",
      // With openai 4.x's `beta.chat.completions` helpers, still in code written for it.
      methods: methodsTaking("chat/completions/completions:ChatCompletionCreateParamsBase"),
      restPath: "chat/completions",
      restNeedsOpenAIName: true,
    },
  ],
  ["responses", { name: "Responses", methods: RESPONSES_SDK_METHODS, restPath: "responses" }],
  [
    "responses.inputTokens",
    {
      name: "input token count",
      methods: methodsTaking("responses/input-tokens:InputTokenCountParams", "beta/responses/input-tokens:InputTokenCountParams"),
      restPath: "responses/input_tokens",
    },
  ],
  [
    "responses.compact",
    {
      name: "Responses compaction",
      methods: methodsTaking("responses/responses:ResponseCompactParams", "beta/responses/responses:ResponseCompactParams"),
      restPath: "responses/compact",
    },
  ],
  ["images.generate", { name: "image generation", methods: methodsTaking("images:ImageGenerateParamsBase"), restPath: "images/generations" }],
  ["images.edit", { name: "image edit", methods: methodsTaking("images:ImageEditParamsBase"), restPath: "images/edits" }],
  ["fineTuning.jobs", { name: "fine-tuning job", methods: methodsTaking("fine-tuning/jobs/jobs:JobCreateParams"), restPath: "fine_tuning/jobs" }],
  ["admin.projects", { name: "Admin project", methods: methodsTaking("admin/organization/projects/projects:ProjectCreateParams") }],
]);
