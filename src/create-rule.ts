import * as ESLintUtils from "@typescript-eslint/utils/eslint-utils";

import { getFileAnalysis, mentionsAny, type Mention } from "./analysis";

export interface OpenAIRuleDocs {
  /** In `configs.recommended`. */
  recommended: boolean;
  /** The options `configs.recommended` sets, where they differ from the rule's defaults. */
  recommendedOptions?: readonly unknown[];
  /** In `configs.strict` (every rule of `recommended` is too): deprecations without a shutdown date. */
  strict?: boolean;
  /** Needs type information to do its job (none does today: types only sharpen what syntax finds). */
  requiresTypeChecking?: boolean;
}

const REPOSITORY = "https://github.com/eslint-plugin-openai/eslint-plugin-openai";

const ruleCreator = ESLintUtils.RuleCreator<OpenAIRuleDocs>((name) => `${REPOSITORY}/blob/main/docs/rules/${name}.md`);

/**
 * typescript-eslint's `RuleCreator`, with two changes: a rule does nothing on a file that no rule's gate lets through, and
 * a rule's options are merged with its defaults once per distinct
 * options, not once per file. `applyDefault` deep-clones the defaults on every call, and the rules run on every file
 * of a project (scripts/benchmark.mjs showed it among the plugin's costs on files that never touch OpenAI). The
 * merged options are frozen, as a rule shares them between files.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, OpenAIRuleDocs>> & {
    /**
     * The rule's gate, where it is words alone: the rule has nothing to do in a file whose text has none of these
     * (`fileMentions`), and is not set up there. Asked here, before the rule's own code and options are touched: on
     * the openai package's files, where most rules find none of their words, that spared 4 to 6 % of the plugin's
     * time (ESLint's `stats`, docs/performance.md).
     */
    readonly mentions?: readonly Mention[];
  },
): ESLintUtils.RuleModule<MessageIds, Options, OpenAIRuleDocs> {
  const { mentions: words, ...ruleSpec } = spec;
  const rule = ruleCreator(ruleSpec);
  const defaults = (spec.meta.defaultOptions ?? []) as Options;
  const merged = new Map<string, Options>();
  // ESLint's config holds a rule's options merged with `meta.defaultOptions` once, and hands each file a shallow copy
  // of that array: the options object itself is the same in every file, and answers by identity, without writing the
  // options out as JSON per rule per file (which a CPU profile of the `openai` package's own files showed among the
  // plugin's top costs).
  const mergedByObject = new WeakMap<object, Options>();
  // The last options object asked about and its merged options: every file of one config asks with the same object,
  // and this answers it without a lookup.
  let lastOnly: object | null = null;
  let lastOptions: Options | undefined;
  return {
    ...rule,
    create(context) {
      // Every rule's gate asks the file's one scan; a file that passes none (most code that never touches OpenAI) gets
      // no listeners before any rule merges its options or sets anything up.
      const analysis = getFileAnalysis(context);
      if (!analysis.mayHoldFinding || (words !== undefined && !mentionsAny(analysis.mentions, words))) return {};
      const given = context.options;
      const only = given.length === 1 && typeof given[0] === "object" && given[0] !== null ? given[0] : null;
      if (only !== null && only === lastOnly) return spec.create(context, lastOptions!);
      let options = only === null ? undefined : mergedByObject.get(only);
      if (options === undefined) {
        const key = given.length === 0 ? "" : JSON.stringify(given);
        options = merged.get(key);
        if (options === undefined) {
          options = deepFreeze(ESLintUtils.applyDefault<Options, Options>(defaults, given));
          merged.set(key, options);
        }
        if (only !== null) mergedByObject.set(only, options);
      }
      if (only !== null) {
        lastOnly = only;
        lastOptions = options;
      }
      return spec.create(context, options);
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
