// ESLint's code path analysis, left out of the audit's own lint runs: no rule of the plugin listens to code path
// events (tests/cli/code-paths.test.ts checks every rule), yet ESLint builds every function's code paths in every file
// it lints, about an eighth of the audit's time on the files that pass the gate (docs/performance.md).
//
// ESLint 9 and 10 run the analysis inside `SourceCode#traverse`, which walks an ESTree AST once and records the steps
// the rules' listeners are then called in: node visits, and code path events between them. Neither has an option to
// leave the analysis out. So the audit marks its config with a parser option of its own, and the `SourceCode` of the
// loaded ESLint is taught, once, to record for a file linted with that option the same node visits in the same order
// as ESLint's own walk, without the code path events. A file whose text has a rule config comment
// (`/* eslint rule: "error" */`, which may turn on a rule that does need code paths) keeps the analysis, as does every
// file linted by anything else in the process, and every file under an ESLint whose `SourceCode` is not as expected.

/** The `parserOptions` key by which the audit's config says that no rule it runs needs code paths (parsers ignore it). */
export const WITHOUT_CODE_PATHS = "eslintPluginOpenaiWithoutCodePaths";

/** A rule config comment: a block comment that starts with `eslint` (`eslint-disable` and the like cannot add rules). */
const RULE_CONFIG_COMMENT = /\/\*[\s*]*eslint(?:\s|\*\/)/u;

interface Node {
  readonly type: string;
  parent?: Node | null;
}

interface SourceCodeInternals {
  readonly text: string;
  readonly ast: Node;
  readonly isESTree?: boolean;
  readonly visitorKeys?: Readonly<Record<string, readonly string[] | undefined>>;
  traverse(): unknown;
  applyLanguageOptions(languageOptions: { readonly parserOptions?: Readonly<Record<string, unknown>> } | undefined): unknown;
}

/** A node visit as ESLint records it (`VisitNodeStep` of `@eslint/plugin-kit`: ESLint reads `kind`, `target`, `phase`, `args`). */
class VisitNodeStep {
  readonly type = "visit";
  readonly kind = 1;
  readonly target: Node;
  readonly phase: 1 | 2;
  readonly args: readonly [Node];

  constructor(target: Node, phase: 1 | 2) {
    this.target = target;
    this.phase = phase;
    this.args = [target];
  }
}

/** The source codes, of any ESLint, to traverse without code paths, and the steps recorded for each. */
const withoutCodePaths = new WeakMap<object, VisitNodeStep[] | undefined>();
const taught = new WeakSet<object>();

/**
 * Teaches the `SourceCode` of the given ESLint module (9 or 10) to leave out code paths where the audit's config says
 * so. Nothing changes for any other source code.
 */
export function skipCodePathAnalysis(eslint: { readonly ESLint?: { readonly version?: string }; readonly SourceCode?: unknown; readonly Linter?: unknown }): void {
  const prototype = (eslint.SourceCode as { prototype?: SourceCodeInternals } | undefined)?.prototype;
  const major = Number(eslint.ESLint?.version?.split(".")[0]);
  if (prototype === undefined || taught.has(prototype) || (major !== 9 && major !== 10)) return;
  const { traverse, applyLanguageOptions } = prototype;
  if (typeof traverse !== "function" || typeof applyLanguageOptions !== "function") return;
  taught.add(prototype);
  // A minor release may change what ESLint records: the walk must give, on a sample, exactly ESLint's own node visits.
  if (!walksAsESLint(eslint.Linter)) return;
  // ESLint applies the file's language options before it traverses the file.
  prototype.applyLanguageOptions = function (this: SourceCodeInternals, languageOptions) {
    if (languageOptions?.parserOptions?.[WITHOUT_CODE_PATHS] === true && !RULE_CONFIG_COMMENT.test(this.text)) withoutCodePaths.set(this, undefined);
    return applyLanguageOptions.call(this, languageOptions);
  };
  prototype.traverse = function (this: SourceCodeInternals) {
    // Code paths are built for ESTree ASTs only: any other AST is ESLint's business as it stands.
    if (this.isESTree !== true || !withoutCodePaths.has(this)) return traverse.call(this);
    let steps = withoutCodePaths.get(this);
    if (steps === undefined) {
      steps = visitSteps(this.ast, this.visitorKeys ?? {});
      withoutCodePaths.set(this, steps);
    }
    return steps;
  };
}

/** A program with the node types whose children ESLint's walk orders: functions, classes, loops, patterns, templates. */
const SAMPLE = `import a, { b as c } from "m";
export default class D extends a { #e = 1; static { c(); } get f() { return this.#e ?? [..."g"]; } }
label: for (const [h, { i = 2 }] of new Map()) { if (h) continue label; else try { i?.(); } catch { break; } finally {} }
const j = async function* (k = 1, ...l) { yield* await k; }, m = (n) => \`o\${n}p\${n}\`, q = /r/u;
switch (q) { case 1: while (false) do {} while (0); default: throw new Error(typeof j, { cause: m }); }`;

/**
 * Whether the walk below records, for {@link SAMPLE} linted by this ESLint, the node visits ESLint's own `traverse`
 * records, with the same targets and phases in the same order. Any failure (a changed API, a throw) is a no.
 */
export function walksAsESLint(Linter: unknown): boolean {
  try {
    let sourceCode: SourceCodeInternals | undefined;
    const linter = new (Linter as new (options: object) => { verify(text: string, config: readonly object[]): unknown })({ configType: "flat" });
    const probe = { create: (context: { sourceCode: SourceCodeInternals }) => ((sourceCode = context.sourceCode), {}) };
    linter.verify(SAMPLE, [{ languageOptions: { ecmaVersion: "latest", sourceType: "module" }, plugins: { probe: { rules: { probe } } }, rules: { "probe/probe": "error" } }]);
    if (sourceCode === undefined) return false;
    const theirs = [...(sourceCode.traverse() as Iterable<{ kind?: unknown; target?: unknown; phase?: unknown; args?: unknown }>)].filter((step) => step.kind === 1);
    const ours = visitSteps(sourceCode.ast, sourceCode.visitorKeys ?? {});
    return (
      ours.length > 100 &&
      theirs.length === ours.length &&
      theirs.every((step, index) => step.target === ours[index]!.target && step.phase === ours[index]!.phase && Array.isArray(step.args) && step.args[0] === step.target)
    );
  } catch {
    return false;
  }
}

/**
 * The node visits of ESLint's own walk (`Traverser` in `eslint/lib/shared/traverser.js`): depth first, children by the
 * parser's visitor keys (for a node type without keys, its own keys but `parent`, comments and `_`-prefixed ones), each
 * node entered then left, its `parent` set on entering.
 */
function visitSteps(ast: Node, visitorKeys: Readonly<Record<string, readonly string[] | undefined>>): VisitNodeStep[] {
  const steps: VisitNodeStep[] = [];
  const visit = (node: Node, parent: Node | null): void => {
    node.parent = parent;
    steps.push(new VisitNodeStep(node, 1));
    const keys = visitorKeys[node.type] ?? Object.keys(node).filter((key) => key !== "parent" && key !== "leadingComments" && key !== "trailingComments" && !key.startsWith("_"));
    for (const key of keys) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) visit(item, node);
      } else if (isNode(child)) {
        visit(child, node);
      }
    }
    steps.push(new VisitNodeStep(node, 2));
  };
  if (isNode(ast)) visit(ast, null);
  return steps;
}

function isNode(value: unknown): value is Node {
  return value !== null && typeof value === "object" && typeof (value as { type?: unknown }).type === "string";
}
