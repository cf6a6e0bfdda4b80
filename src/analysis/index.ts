import type { TSESLint } from "@typescript-eslint/utils";

import { ModelUses } from "./model-uses";
import { Resolver } from "./resolve";
import { ResponsesValues } from "./responses-values";
import { RestAnalysis } from "./rest";

export { findRequestBody, restResource, type RestEndpoint } from "./rest";
export { getRequireSource, getStaticMemberName, getStaticPropertyKey, isOpenAIModule, Resolver, withoutTypeCasts } from "./resolve";
export { pathKey, type OpenAIValue } from "./values";
export type { ModelUses } from "./model-uses";
export type { ResponsesValues } from "./responses-values";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * The analysis every rule shares for one file: the one cache of per-file results. Each part is built the first time a
 * rule asks for it, so a file whose rules need only the gate's words pays for nothing more, and a file that all rules
 * check is resolved once. A new per-file analysis is a member here, never a cache of its own.
 */
export class FileAnalysis {
  readonly #context: Context;
  #mentions: ReadonlySet<Mention> | undefined;
  #resolver: Resolver | undefined;
  #rest: RestAnalysis | undefined;
  #modelUses: ModelUses | undefined;
  #responsesValues: ResponsesValues | undefined;

  constructor(context: Context) {
    this.#context = context;
  }

  /** Which of the gate's words the file's text contains (one scan for all rules). */
  get mentions(): ReadonlySet<Mention> {
    this.#mentions ??= scanMentions(this.#context.sourceCode.text, this.#context.sourceCode.parserServices?.program != null);
    return this.#mentions;
  }

  /** What refers to the `openai` package or a client. */
  get resolver(): Resolver {
    this.#resolver ??= new Resolver(this.#context);
    return this.#resolver;
  }

  /** REST endpoints of the API and their request bodies. */
  get rest(): RestAnalysis {
    this.#rest ??= new RestAnalysis(this.#context.sourceCode, this.resolver);
    return this.#rest;
  }

  /** Whether a string reaches the model of a request. */
  get modelUses(): ModelUses {
    this.#modelUses ??= new ModelUses(this.resolver, this.rest, this.#context.sourceCode);
    return this.#modelUses;
  }

  /** Which values are Responses API results. */
  get responsesValues(): ResponsesValues {
    this.#responsesValues ??= new ResponsesValues(this.resolver);
    return this.#responsesValues;
  }
}

/** Keyed by the file's source code, which every rule of one lint of a file shares. */
const analyses = new WeakMap<object, FileAnalysis>();

export function getFileAnalysis(context: Context): FileAnalysis {
  const sourceCode = context.sourceCode;
  let analysis = analyses.get(sourceCode);
  if (analysis === undefined) {
    analysis = new FileAnalysis(context);
    analyses.set(sourceCode, analysis);
  }
  return analysis;
}

/**
 * Every model id with a shutdown date contains one of these, or is one of {@link QUOTED_MODEL_IDS}
 * (tests/models.test.ts checks the table against them). The o-series ids are found by their number: a file without
 * `o1`, `o3` or `o4` has none of them. The 2023 models are found by their family's name (`davinci`, `babbage`, `curie`,
 * `cushman`, which English rarely writes) and `-ada-` (`text-ada-001`, `text-search-ada-doc-001`), never by `ada`
 * alone, which "metadata", "readable" and "Canada" contain.
 */
export const MODEL_ID_WORDS = [
  "gpt-",
  "o1",
  "o3",
  "o4",
  "dall-e",
  "tts-",
  "whisper",
  "codex-",
  "chatgpt-",
  "computer-use",
  "davinci",
  "babbage",
  "curie",
  "cushman",
  "-ada-",
] as const;

/**
 * Model ids that contain no word of {@link MODEL_ID_WORDS} because they are an everyday word themselves (the 2023 base
 * model `ada`). The gate looks for them only as a whole string, quotes included (`"ada"`, `'ada'`, `` `ada` ``), the way
 * an id is written where it reaches a request: as a gate word, `ada` would let nearly every file through.
 */
export const QUOTED_MODEL_IDS = ["ada"] as const;
const QUOTED_MODEL_ID = new RegExp(`["'\`](?:${QUOTED_MODEL_IDS.join("|")})["'\`]`, "u");

/**
 * The words a rule's gate asks about, lowercased: a file whose text contains none of a rule's words cannot use what
 * the rule looks for, and the rule registers no listeners for it. `responses` and `response` are apart (a Responses
 * request needs the first; a value typed `Response` only the second).
 */
const MENTION_WORDS = [
  "assistants",
  "threads",
  "responses",
  "response",
  "workflow",
  "chatkit",
  "text-moderation-",
  "prompt",
  "pmpt_",
  ...MODEL_ID_WORDS,
  // What the SDK itself marks deprecated (no-deprecated-api, no-deprecated-params): its resources and request APIs.
  "videos",
  "images",
  "realtime",
  "translations",
  "permissions",
  "completions",
  "finetuning",
  "fine_tuning",
  "projects",
  // Genkit's OpenAI plugin exports model references (`gpt4o`) whose names hold no id (no-deprecated-models).
  "genkitx-openai",
  // The openai v3 SDK's client class (and openai-edge's): its requests are `createChatCompletion`, not `completions`.
  "openaiapi",
] as const;
export type Mention = (typeof MENTION_WORDS)[number];

/** Whether the file's text may contain a model id of the shutdown table. */
export function mentionsModelId(mentions: ReadonlySet<Mention>): boolean {
  return MODEL_ID_WORDS.some((word) => mentions.has(word));
}

/**
 * What else lets a file through to the model rule's reading of its imports (no-deprecated-models reads another module
 * only for a value that reaches a request): a `model` (the key a request, the AI SDK, LangChain or Mastra takes it
 * under, `modelName`) or OpenAI's name in any spelling (`openai`, `@ai-sdk/openai`, `ChatOpenAI`). Apart from
 * {@link MENTION_WORDS}: words this common would make `fileMentions` stop at every occurrence, and would let everyday
 * uses through the other rules' gates.
 */
const MODEL_POSITION_WORDS = ["model", "openai"] as const;
const MODEL_POSITION = new RegExp(MODEL_POSITION_WORDS.join("|"), "i");
const IN_NODE_MODULES = /[\\/]node_modules[\\/]/u;

/**
 * Whether the file may send a model id it imports from another module: it names a model or OpenAI, or makes a request
 * a settings object may be spread into (`x.chat.completions.create({ ...defaults, messages })`). One scan that stops at
 * the first word, for the files the model rule's own words did not let through.
 */
export function mentionsModelPosition(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, mentions: ReadonlySet<Mention>): boolean {
  // A package's own files import only that package's modules, which are never followed (src/analysis/module-files.ts).
  if (IN_NODE_MODULES.test(context.filename)) return false;
  return mentions.has("completions") || mentions.has("responses") || mentions.has("realtime") || mentions.has("openaiapi") || MODEL_POSITION.test(context.sourceCode.text);
}

/** Whether the file's text holds one of {@link QUOTED_MODEL_IDS} as a whole string: one scan, for files the words did not let through. */
export function quotesModelId(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): boolean {
  return QUOTED_MODEL_ID.test(context.sourceCode.text);
}
// Letters, `-` and `_` only: nothing to escape. Longest first, so that `responses` is found as itself, not as `response`.
// Without the `u` flag: the words are ASCII, and `i` alone folds ASCII letters as `grep -i` does, where Unicode case
// folding (`K`, the Kelvin sign, as `k`) made the scan half as slow again on files that never touch OpenAI.
const MENTIONS = new RegExp([...MENTION_WORDS].sort((a, b) => b.length - a.length).join("|"), "gi");

/**
 * The cheap gate every rule passes first: which of the words above the file's text contains, in any case. One scan
 * per file for all rules (a member of the file's analysis), where a scan per rule and word took three times as long on
 * a corpus of files that never touch OpenAI (scripts/benchmark.mjs). Case-insensitive, so a gate lets through a little
 * more than its rule needs, never less.
 */
export function fileMentions(context: Context): ReadonlySet<Mention> {
  return getFileAnalysis(context).mentions;
}

/**
 * Gate words that everyday code writes too: `response.json()`, a `prompt` for the user, worker `threads`, a
 * `workflow`, `projects` and `images` of any app. Without type information such a word counts only in a file that shows
 * OpenAI ({@link OPENAI_EVIDENCE}), or where it stands as the API is written: after `/` (a path segment: `/v1/threads`,
 * `${base}/chat/completions`) or, where the map says `.`, after a `.` (a member chain: `x.images.createVariation`,
 * `x.chat.completions.create`, the SDK calls on an unknown receiver that the rules accept when the request names a
 * `model`). Every rule that asks for one of these words needs a request it can tell is OpenAI's: a client, import,
 * host or `beta` chain, a Responses call (`responses`, a word of its own), or a path or chain as above; so a file with
 * none of them has nothing to report, and its rules skip it without running the analysis.
 */
const EVERYDAY_WORDS: ReadonlyMap<Mention, "" | "/" | "./"> = new Map([
  ["response", ""],
  ["workflow", ""],
  ["prompt", "/"],
  ["threads", "/"],
  ["images", "./"],
  ["videos", "./"],
  ["realtime", "./"],
  ["translations", "./"],
  ["permissions", "./"],
  ["projects", "./"],
  ["completions", "./"],
]);
/**
 * What shows that a file speaks to OpenAI: the name in any spelling (`openai`, `OpenAI`, `@openai/agents`,
 * `api.openai.com`, `OPENAI_API_KEY`, `AzureOpenAI`, `ChatOpenAI`), the gate words that name the API's own resources
 * (a Responses call `x.responses.create({ prompt })` on an unknown receiver, `assistants`, `chatkit`, a `pmpt_` id), an
 * Agent Builder workflow id (`wf_`), or a `beta` member (`x.beta.threads`, `const { threads } = client.beta`, which the
 * rules follow on any receiver).
 */
const OPENAI_EVIDENCE = /openai|responses|assistants|chatkit|pmpt_|wf_|\.\s*beta\b|\bbeta\s*\??\./iu;

/** Whether an everyday word found at `index` stands where the API writes it (see {@link EVERYDAY_WORDS}). */
function standsAsApi(text: string, index: number, where: "/" | "./"): boolean {
  let before = index - 1;
  while (before >= 0 && /\s/u.test(text[before]!)) before -= 1;
  return text[before] === "/" || (where === "./" && text[before] === ".");
}

/**
 * The gate words the text contains. `typed`: the config gives type information, which can show a value to be
 * OpenAI's with nothing in the text to say so, so every word counts wherever it stands.
 */
function scanMentions(text: string, typed: boolean): ReadonlySet<Mention> {
  const words = new Set<Mention>();
  let evidence: boolean | undefined = typed ? true : undefined;
  MENTIONS.lastIndex = 0;
  for (let match = MENTIONS.exec(text); match !== null && words.size < MENTION_WORDS.length; match = MENTIONS.exec(text)) {
    const word = match[0].toLowerCase() as Mention;
    if (words.has(word)) continue;
    const where = EVERYDAY_WORDS.get(word);
    if (where !== undefined && !(where !== "" && standsAsApi(text, match.index, where))) {
      evidence ??= OPENAI_EVIDENCE.test(text);
      if (!evidence) continue;
    }
    words.add(word);
  }
  return words;
}

/** The one gate word asked exactly rather than through `fileMentions`: a deprecated entry point of the SDK is imported from `openai/…`. */
export const SDK_SUBPATH = "openai/";
const ANY_MENTION = new RegExp(MENTIONS.source, "i");
/** Every word some rule's gate asks for: what `grep -il` would look for to do the audit's prefilter. */
export const GATE_WORDS: readonly string[] = [...MENTION_WORDS, ...MODEL_POSITION_WORDS, SDK_SUBPATH];

/** {@link GATE_WORDS} and {@link QUOTED_MODEL_IDS} as one extended regular expression, for `grep -iE`. */
export const GATE_PATTERN = [...GATE_WORDS, `["'\`](${QUOTED_MODEL_IDS.join("|")})["'\`]`].join("|");

/**
 * Whether a file's text passes some rule's gate: the words above in any case (the everyday ones where
 * {@link EVERYDAY_WORDS} says they count; `typed` as the file would be linted), {@link SDK_SUBPATH}, or a quoted id of
 * {@link QUOTED_MODEL_IDS}. Every rule returns no listeners for a file that fails its gate, so a file for which this is
 * false has nothing to report; the audit skips such a file without parsing it (tests/cli/prefilter.test.ts checks that
 * the findings stay the same).
 */
export function textMayHoldFinding(text: string, typed = false): boolean {
  return (ANY_MENTION.test(text) && scanMentions(text, typed).size > 0) || MODEL_POSITION.test(text) || text.includes(SDK_SUBPATH) || QUOTED_MODEL_ID.test(text);
}

/** Whether the file's text contains any of `needles`, exactly: a narrower check after `fileMentions`. */
export function textMentionsAny(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, needles: readonly string[]): boolean {
  const text = context.sourceCode.text;
  return needles.some((needle) => text.includes(needle));
}

export {
  collectAssignedProperties,
  collectRequestProperties,
  findRestRequest,
  findSdkRequest,
  type ApiRequest,
  type AssignedRequestProperty,
  type RequestProperty,
} from "./requests";
export { findSdkResource, methodNames } from "./sdk";
export { findHeaderName } from "./headers";
export { findImportedBinding, type ImportedBinding } from "./imports";
