import type { TSESLint } from "@typescript-eslint/utils";

import { ModelUses } from "./model-uses";
import { isInNodeModules } from "./module-files";
import { Resolver } from "./resolve";
import { ResponsesValues } from "./responses-values";
import { RestAnalysis } from "./rest";
import { MODEL_ID_WORDS, mayHoldFinding, mentionsIn, scanText, type Mention, type TextScan } from "./gate";

export { findRequestBody, restResource, type RestEndpoint } from "./rest";
export {
  GATE_PATTERN,
  GATE_WORDS,
  MODEL_ID_WORDS,
  QUOTED_MODEL_IDS,
  SDK_SUBPATH,
  scanText,
  textMayHoldFinding,
  WORD_START_MODEL_ID_WORDS,
  type Mention,
  type TextScan,
} from "./gate";
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
  #scan: TextScan | undefined;
  #mentions: ReadonlySet<Mention> | undefined;
  #mayHoldFinding: boolean | undefined;
  #resolver: Resolver | undefined;
  #rest: RestAnalysis | undefined;
  #modelUses: ModelUses | undefined;
  #responsesValues: ResponsesValues | undefined;

  constructor(context: Context) {
    this.#context = context;
  }

  /** What the one scan of the file's text found: the gate's words and the evidence of OpenAI. */
  get scan(): TextScan {
    this.#scan ??= scanText(this.#context.sourceCode.text);
    return this.#scan;
  }

  /** Which of the gate's words the file's text contains (one scan for all rules). */
  get mentions(): ReadonlySet<Mention> {
    this.#mentions ??= mentionsIn(this.scan, this.#context.sourceCode.parserServices?.program != null);
    return this.#mentions;
  }

  /**
   * Whether some rule's gate may let the file through: false for most files that never touch OpenAI, whose rules then
   * register no listeners and set up nothing (src/create-rule.ts asks this before a rule's own `create`).
   */
  get mayHoldFinding(): boolean {
    this.#mayHoldFinding ??= mayHoldFinding(this.scan, this.mentions);
    return this.#mayHoldFinding;
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

/**
 * The file being linted and its analysis, in one slot, keyed by the file's source code and its AST together. ESLint
 * lints a file from its rules' `create` to its last listener before it starts the next (a fix pass or a processor's
 * code block has a source code and AST of its own); oxlint does too, but its `context.sourceCode` is one object for
 * every file (oxlint patches the global `WeakMap` so that maps keyed by it still work per file), while each file's
 * `ast` is its own: so the AST is part of the key (keyed by the source code alone, oxlint lost 32 of the 38 reports on
 * tests/fixtures/; tests/e2e/oxlint.test.ts). One slot where a `WeakMap` was looked up by every rule and entered per
 * file: the map's entry alone took about 7 µs a file inside ESLint (its rules' `stats`, 1,000 files of node_modules
 * code), and the plugin's time on those files went from 84 to 70 ms (one process, alternating per file).
 */
let currentSourceCode: object | undefined;
let currentAst: object | undefined;
let currentAnalysis: FileAnalysis | undefined;

export function getFileAnalysis(context: Context): FileAnalysis {
  const sourceCode = context.sourceCode;
  const ast = sourceCode.ast;
  if (sourceCode !== currentSourceCode || ast !== currentAst || currentAnalysis === undefined) {
    currentAnalysis = new FileAnalysis(context);
    currentSourceCode = sourceCode;
    currentAst = ast;
  }
  return currentAnalysis;
}

const MODEL_ID_WORD_SET: ReadonlySet<Mention> = new Set(MODEL_ID_WORDS);

/**
 * Whether the file's text may contain a model id of the shutdown table. The file's few words are looked up among the
 * model words, not the fifteen model words among the file's: the rule asks once per file, cold, where each lookup
 * touches memory of its own.
 */
export function mentionsModelId(mentions: ReadonlySet<Mention>): boolean {
  for (const word of mentions) if (MODEL_ID_WORD_SET.has(word)) return true;
  return false;
}

/**
 * Whether the file may send a model id it imports from another module: it names a model or OpenAI, or makes a request
 * a settings object may be spread into (`x.chat.completions.create({ ...defaults, messages })`). Read from the one scan,
 * for the files the model rule's own words did not let through.
 */
export function mentionsModelPosition(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, mentions: ReadonlySet<Mention>): boolean {
  const mentioned =
    mentions.has("completions") || mentions.has("responses") || mentions.has("realtime") || mentions.has("openaiapi") || getFileAnalysis(context).scan.modelPosition;
  // A package's own files import only that package's modules, which are never followed (src/analysis/module-files.ts).
  // Asked last: the file's name is read only where the words are there.
  return mentioned && !isInNodeModules(context.filename);
}

/** Whether the file's text holds one of {@link QUOTED_MODEL_IDS} as a whole string, from the one scan. */
export function quotesModelId(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): boolean {
  return getFileAnalysis(context).scan.quotedModelId;
}

/**
 * The cheap gate every rule passes first: which of the gate's words (src/analysis/gate.ts) the file's text contains. One scan
 * per file for all rules (a member of the file's analysis), where a scan per rule and word took three times as long on
 * a corpus of files that never touch OpenAI (scripts/benchmark.mjs). Case-insensitive, so a gate lets through a little
 * more than its rule needs, never less.
 */
export function fileMentions(context: Context): ReadonlySet<Mention> {
  return getFileAnalysis(context).mentions;
}

/** Whether `mentions` (a file's, from {@link fileMentions}) holds any of `words`: a loop, with no closure per file. */
export function mentionsAny(mentions: ReadonlySet<Mention>, words: readonly Mention[]): boolean {
  for (let index = 0; index < words.length; index++) if (mentions.has(words[index]!)) return true;
  return false;
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
