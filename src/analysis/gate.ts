/**
 * The cheap gate every rule passes first: which words a file's text contains, read in one pass for all rules. A file
 * whose text has none of a rule's words cannot use what the rule looks for, and the rule registers no listeners for it;
 * a file that passes no rule's gate costs the plugin one scan (src/create-rule.ts). The audit asks the same of a file
 * before parsing it (`textMayHoldFinding`), so the rules and the audit cannot disagree.
 */
import { buildAutomaton, toSteps, type Pattern, type Step } from "./text-scanner";
import { createChainScanner, MIN_LENGTH } from "./wasm-scanner";

/**
 * Every model id with a shutdown date contains one of these, or is one of {@link QUOTED_MODEL_IDS}
 * (tests/models.test.ts checks the table against them). The o-series ids are found by their number at the start of a
 * word ({@link WORD_START_MODEL_ID_WORDS}): a file without `o1`, `o3` or `o4` after a non-word character has none of
 * them, as an id starts a string (`"o3-mini"`) or follows a provider's prefix (`"openai/o3"`, `"openai:o3"`), while
 * `hello1`, `foo3` and base64 data have them inside a word. The 2023 models are found by their family's name (`davinci`, `babbage`, `curie`,
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

/** The words of {@link MODEL_ID_WORDS} that count only at the start of a word (after a character not in `[A-Za-z0-9_]`). */
export const WORD_START_MODEL_ID_WORDS: ReadonlySet<string> = new Set(["o1", "o3", "o4"]);

/**
 * Model ids that contain no word of {@link MODEL_ID_WORDS} because they are an everyday word themselves (the 2023 base
 * model `ada`). The gate looks for them only as a whole string, quotes included (`"ada"`, `'ada'`, `` `ada` ``), the way
 * an id is written where it reaches a request: as a gate word, `ada` would let nearly every file through.
 */
export const QUOTED_MODEL_IDS = ["ada"] as const;

/**
 * The words a rule's gate asks about, lowercased: a file whose text contains none of a rule's words cannot use what
 * the rule looks for, and the rule registers no listeners for it. `responses` and `response` are apart (a Responses
 * request needs the first; a value typed `Response` only the second).
 */
export const MENTION_WORDS = [
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
  // What the SDK itself marks deprecated (no-deprecated-api, no-deprecated-params): its resources and request APIs; and
  // the Evals API, which the deprecations page dates and the SDK does not tag.
  "videos",
  "images",
  "realtime",
  "translations",
  "permissions",
  "completions",
  "finetuning",
  "fine_tuning",
  "evals",
  // The legacy local shell tool: `{ type: "local_shell" }`, `openai.tools.localShell()`. Gate words rather than a
  // search of the text in no-deprecated-api (5 to 7 ms more per 1,000 files of the openai package, one process
  // against the same files) or its listeners on every file with `responses` or `openai` (6.6 ms more): the scan's
  // table grows by 36 states, about 1 ms on 1,000 files of code that never touches OpenAI.
  "local_shell",
  "localshell",
  "projects",
  // Genkit's OpenAI plugin exports model references (`gpt4o`) whose names hold no id (no-deprecated-models).
  "genkitx-openai",
  // The openai v3 SDK's client class (and openai-edge's): its requests are `createChatCompletion`, not `completions`.
  "openaiapi",
  // A deprecated entry point of the SDK is imported by its path (`openai/streaming`): no-deprecated-api.
  "openai/",
] as const;
export type Mention = (typeof MENTION_WORDS)[number];

/**
 * What else lets a file through to the model rule's reading of its imports (no-deprecated-models reads another module
 * only for a value that reaches a request): a `model` (the key a request, the AI SDK, LangChain or Mastra takes it
 * under, `modelName`) or OpenAI's name in any spelling (`openai`, `@ai-sdk/openai`, `ChatOpenAI`). Apart from
 * {@link MENTION_WORDS}: words this common would make `fileMentions` stop at every occurrence, and would let everyday
 * uses through the other rules' gates.
 */
const MODEL_POSITION_WORDS = ["model", "openai"] as const;
/**
 * Where an everyday word stands as the API writes it, so that it counts without other evidence of OpenAI: `"/"` after a
 * `/` (a path segment: `/v1/threads`, `${base}/chat/completions`); `"./"` after a `/` or a `.` (also a member chain:
 * `x.images.createVariation`, `x.chat.completions.create`); `{ parent }` only after that word of the SDK's chain and a
 * `.` or `/` (`x.audio.translations`, `/audio/translations`, `audio?.translations`), for a resource that is never the
 * client's own, where `this.translations` or `user.permissions` is some other object's; `""` nowhere. Any whitespace
 * may stand around the `.` or `/`, and `?` or `!` after the parent (`audio?.translations`, `audio!.translations`).
 */
export type ApiPosition = "" | "/" | "./" | { readonly parent: string };

/**
 * Gate words that everyday code writes too: `response.json()`, a `prompt` for the user, worker `threads`, a
 * `workflow`, `projects`, `permissions` and `images` of any app. Without type information such a word counts only in a
 * file that shows OpenAI ({@link OPENAI_EVIDENCE}), or where it stands as the API writes it ({@link ApiPosition}: the
 * SDK calls on an unknown receiver that the rules accept when the request names a `model`, or a chain through a
 * resource the rules follow from a client another module makes). Every rule that asks for one of these words needs a
 * request it can tell is OpenAI's: a client, import, host or `beta` chain, a Responses call (`responses`, a word of
 * its own), or a path or chain as above; so a file with none of them has nothing to report, and its rules skip it
 * without running the analysis. The parents are the SDK's: `audio.translations` (and its path `/audio/translations`),
 * `fineTuning.checkpoints.permissions` and `admin.organization.projects`, whose rules look for no path of their own
 * (src/deprecations.ts, src/analysis/request-apis.ts).
 */
export const EVERYDAY_WORDS: ReadonlyMap<Mention, ApiPosition> = new Map<Mention, ApiPosition>([
  ["response", ""],
  ["workflow", ""],
  ["prompt", "/"],
  ["threads", "/"],
  ["images", "./"],
  ["videos", "./"],
  ["realtime", "./"],
  ["translations", { parent: "audio" }],
  ["permissions", { parent: "checkpoints" }],
  ["projects", { parent: "organization" }],
  ["evals", "./"],
  ["localshell", "./"],
  ["completions", "./"],
]);
/**
 * What shows that a file speaks to OpenAI: the name in any spelling (`openai`, `OpenAI`, `@openai/agents`,
 * `api.openai.com`, `OPENAI_API_KEY`, `AzureOpenAI`, `ChatOpenAI`), the gate words that name the API's own resources
 * (a Responses call `x.responses.create({ prompt })` on an unknown receiver, `assistants`, `chatkit`, a `pmpt_` id), an
 * Agent Builder workflow id (`wf_`), or a `beta` member (`x.beta.threads`, `const { threads } = client.beta`, which the
 * rules follow on any receiver): one of these words in any case, or `beta` as a whole word after a `.` or before a `.`
 * or `?.` (spaces allowed around the dot), as the regular expression `/openai|…|wf_|\.\s*beta\b|\bbeta\s*\??\./i` says.
 */
const OPENAI_EVIDENCE = ["openai", "responses", "assistants", "chatkit", "pmpt_", "wf_"] as const;

/** What one scan of a text found (see {@link scanText}). */
export interface TextScan {
  /** The gate's words the text contains anywhere. */
  readonly words: ReadonlySet<Mention>;
  /** The everyday words found where the API writes them (after `/`, or `.` where {@link EVERYDAY_WORDS} says so). */
  readonly wordsAsApi: ReadonlySet<Mention>;
  /** Whether the text shows OpenAI ({@link OPENAI_EVIDENCE}). */
  readonly evidence: boolean;
  /** `model` or `openai`, in any case ({@link MODEL_POSITION_WORDS}). */
  readonly modelPosition: boolean;
  /** One of {@link QUOTED_MODEL_IDS} as a whole string, as written (`"Ada"` is a name). */
  readonly quotedModelId: boolean;
}

/**
 * The gate word of the SDK's entry points imported by path (`openai/…`), which no-deprecated-api asks again exactly
 * (the scan finds it in any case). A file without it imports no entry point of the SDK by path.
 */
export const SDK_SUBPATH: Mention = "openai/";
const QUOTES = "\"'`";
/** The scanner's patterns, each with what finding it means. */
const SCAN_PATTERNS: readonly { readonly pattern: Pattern; readonly found: (scan: MutableScan) => void }[] = [
  ...MENTION_WORDS.map((word) => ({
    pattern: WORD_START_MODEL_ID_WORDS.has(word) ? [{ boundary: true } as const, ...toSteps(word)] : word,
    found: (scan: MutableScan) => scan.words.add(word),
  })),
  ...[...EVERYDAY_WORDS].flatMap(([word, where]) =>
    where === "" ? [] : [{ pattern: apiPositionPattern(word, where), found: (scan: MutableScan) => scan.wordsAsApi.add(word) }],
  ),
  // OPENAI_EVIDENCE, one alternative at a time.
  ...OPENAI_EVIDENCE.map((word) => ({ pattern: word, found: (scan: MutableScan) => (scan.evidence = true) })),
  { pattern: [{ chars: "." }, { whitespace: "any" }, ...toSteps("beta"), { boundary: true }], found: (scan) => (scan.evidence = true) },
  {
    pattern: [{ boundary: true }, ...toSteps("beta"), { whitespace: "any" }, { chars: "?", repeat: "optional" }, { chars: "." }],
    found: (scan) => (scan.evidence = true),
  },
  ...MODEL_POSITION_WORDS.map((word) => ({ pattern: word, found: (scan: MutableScan) => (scan.modelPosition = true) })),
  ...QUOTED_MODEL_IDS.map((id) => ({ pattern: [{ chars: QUOTES }, ...[...id].map((char) => ({ chars: char, exact: true })), { chars: QUOTES }], found: (scan: MutableScan) => (scan.quotedModelId = true) })),
];
/** The steps of an everyday word at its {@link ApiPosition}. */
function apiPositionPattern(word: string, where: Exclude<ApiPosition, "">): readonly Step[] {
  const parent: readonly Step[] =
    typeof where === "string" ? [] : [...toSteps(where.parent), { whitespace: "any" }, { chars: "?!", repeat: "any" }, { whitespace: "any" }];
  return [...parent, { chars: typeof where === "string" ? where : "./" }, { whitespace: "any" }, ...toSteps(word)];
}
interface MutableScan {
  words: Set<Mention>;
  wordsAsApi: Set<Mention>;
  evidence: boolean;
  modelPosition: boolean;
  quotedModelId: boolean;
}
/**
 * The automaton, built when this module loads (a few milliseconds, once per process), and its parts as constants of
 * the module: V8 compiles the scan loop below with them as constants, which made the loop a third faster than the same
 * loop reading them from an object (measured on 1,000 files of node_modules code).
 */
const AUTOMATON = buildAutomaton(SCAN_PATTERNS.map(({ pattern }) => pattern));
const NEXT = AUTOMATON.next;
const CLASS_OF = AUTOMATON.classOf;
const ACCEPT_FROM = AUTOMATON.acceptFrom;
const CLASS_COUNT = AUTOMATON.classCount;
const ACCEPTS = AUTOMATON.accepts;
const START = AUTOMATON.start;
const END_CLASS = AUTOMATON.endClass;

/**
 * One pass over the text for every gate word, the everyday words where they stand as the API writes them, the evidence
 * of OpenAI, `model`/`openai` and the quoted ids (tests/analysis/gate.test.ts compares it with the regular expressions
 * the comments above give, on every file of the repository's tests and examples).
 */
export function scanText(text: string): TextScan {
  const ends = endStates(text);
  // Most files: nothing found, one result for all of them.
  if (ends === NONE) return NOTHING_FOUND;
  // The accepting states, 16 to a character, as the key of the scans kept.
  ACCEPTED.fill(0);
  for (const end of ends) {
    const accept = (end - ACCEPT_FROM) / CLASS_COUNT;
    ACCEPTED[accept >> 4] = ACCEPTED[accept >> 4]! | (1 << (accept & 15));
  }
  const key = String.fromCharCode(...ACCEPTED);
  let scan = KEPT_SCANS.get(key);
  if (scan === undefined) {
    const made: MutableScan = { words: new Set(), wordsAsApi: new Set(), evidence: false, modelPosition: false, quotedModelId: false };
    for (const end of ends) for (const pattern of ACCEPTS[(end - ACCEPT_FROM) / CLASS_COUNT]!) SCAN_PATTERNS[pattern]!.found(made);
    if (KEPT_SCANS.size >= MAX_KEPT_SCANS) KEPT_SCANS.clear();
    KEPT_SCANS.set(key, (scan = made));
  }
  return scan;
}

/**
 * The scans made so far, by the accepting states their texts passed through: files find few combinations (180 among
 * the 1,000 files of the `openai` package that the benchmark reads), so each scan's sets are built once and shared by
 * every file that finds the same (as are its {@link mentionsIn}): about 1 ms of the plugin's 96 on those files (the sum
 * of per-file minimums by ESLint's `stats`, both builds in one process). Bounded: a long-running editor server that
 * somehow meets more starts over.
 */
const KEPT_SCANS = new Map<string, TextScan>();
const MAX_KEPT_SCANS = 4096;
const ACCEPTED = new Array<number>(Math.ceil(ACCEPTS.length / 16)).fill(0);

const NONE: ReadonlySet<number> = new Set();
const NOTHING_FOUND: TextScan = { words: new Set(), wordsAsApi: new Set(), evidence: false, modelPosition: false, quotedModelId: false };

/** The gate's automaton (for tests: tests/analysis/wasm-scanner.test.ts). */
export const GATE_AUTOMATON = AUTOMATON;
/** The scan in WebAssembly, four parts of a text at once (src/analysis/wasm-scanner.ts); `undefined` without WebAssembly. */
const CHAINED = createChainScanner(AUTOMATON);

/**
 * The accepting states the scan passed through, and the one the end of the text leads to: by the WebAssembly scanner
 * where it applies (long enough ASCII texts, about twice as fast), else by the loop below, with the same result.
 */
export function endStates(text: string): ReadonlySet<number> {
  if (CHAINED !== undefined && text.length >= MIN_LENGTH) {
    const ends = CHAINED.endStates(text);
    if (ends !== undefined) return ends.size === 0 ? NONE : ends;
  }
  return endStatesInJavaScript(text);
}

/**
 * The same, by JavaScript. The loop alone in its function: with the result's construction beside it, V8 compiled it
 * to run at half the speed.
 */
export function endStatesInJavaScript(text: string): ReadonlySet<number> {
  let ended: Set<number> | undefined;
  let state = START;
  for (let index = 0, length = text.length; index < length; index += 1) {
    state = NEXT[state + CLASS_OF[text.charCodeAt(index)]!]!;
    if (state >= ACCEPT_FROM) (ended ??= new Set()).add(state);
  }
  state = NEXT[state + END_CLASS]!;
  if (state >= ACCEPT_FROM) (ended ??= new Set()).add(state);
  return ended ?? NONE;
}

/**
 * The gate words that count. `typed`: the config gives type information, which can show a value to be OpenAI's with
 * nothing in the text to say so, so every word counts wherever it stands.
 */
export function mentionsIn(scan: TextScan, typed: boolean): ReadonlySet<Mention> {
  let kept = KEPT_MENTIONS.get(scan);
  if (kept === undefined) KEPT_MENTIONS.set(scan, (kept = {}));
  return typed ? (kept.typed ??= wordsThatCount(scan, true)) : (kept.untyped ??= wordsThatCount(scan, false));
}

/** {@link mentionsIn}'s answers for a scan, kept with it (scans are shared: {@link scanText}). */
const KEPT_MENTIONS = new WeakMap<TextScan, { typed?: ReadonlySet<Mention>; untyped?: ReadonlySet<Mention> }>();

function wordsThatCount(scan: TextScan, typed: boolean): ReadonlySet<Mention> {
  const words = new Set<Mention>();
  for (const word of scan.words) {
    const where = EVERYDAY_WORDS.get(word);
    if (where === undefined || typed || scan.evidence || scan.wordsAsApi.has(word)) words.add(word);
  }
  return words;
}

export function mayHoldFinding(scan: TextScan, mentions: ReadonlySet<Mention>): boolean {
  return mentions.size > 0 || scan.modelPosition || scan.quotedModelId;
}

/** Every word some rule's gate asks for: what `grep -il` would look for to do the audit's prefilter. */
export const GATE_WORDS: readonly string[] = [...MENTION_WORDS, ...MODEL_POSITION_WORDS];

/** {@link GATE_WORDS} and {@link QUOTED_MODEL_IDS} as one extended regular expression, for `grep -iE`. */
export const GATE_PATTERN = [
  ...GATE_WORDS.map((word) => (WORD_START_MODEL_ID_WORDS.has(word) ? `\\b${word}` : word)),
  `["'\`](${QUOTED_MODEL_IDS.join("|")})["'\`]`,
].join("|");

/**
 * Whether a file's text passes some rule's gate: the words above in any case (the everyday ones where
 * {@link EVERYDAY_WORDS} says they count; `typed` as the file would be linted), {@link SDK_SUBPATH}, or a quoted id of
 * {@link QUOTED_MODEL_IDS}. Every rule returns no listeners for a file that fails its gate, so a file for which this is
 * false has nothing to report; the audit skips such a file without parsing it (tests/cli/prefilter.test.ts checks that
 * the findings stay the same).
 */
export function textMayHoldFinding(text: string, typed = false): boolean {
  const scan = scanText(text);
  return mayHoldFinding(scan, mentionsIn(scan, typed));
}

