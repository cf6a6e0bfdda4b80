/**
 * A scanner that finds many short patterns in one pass over a text: the gate's words, the everyday words where they
 * stand as the API writes them, and the evidence that a file speaks to OpenAI (src/analysis/gate.ts).
 *
 * Why not regular expressions: V8 runs an alternation of many words at every position of the text, and the gate asked
 * four of them (the words, the evidence, `model|openai`, a quoted id), about 57 ms over 1,000 files (6.4 MB) of code
 * that never touches OpenAI, seven times what one trivial ESLint rule that visits every string literal costs there. A
 * deterministic automaton reads each character once, whatever the number of words, for about the cost of a loop
 * that only reads the characters (scripts/benchmark.mjs).
 *
 * The patterns are sequences of steps over ASCII, compared without case the way a regular expression's `i` flag does
 * without the `u` flag (a letter matches itself in either case, and no other character matches a letter), except steps
 * marked `exact`. The automaton is built once per process (a few hundred states), by the subset construction over the
 * patterns' steps.
 */

/** What one step of a pattern matches. */
export type Step =
  /** One character of these (letters in either case, or as written where `exact`). */
  | { readonly chars: string; readonly repeat?: "once" | "optional" | "any"; readonly exact?: boolean }
  /** Any whitespace, as `\s` means it, any number of times. */
  | { readonly whitespace: "any" }
  /** A character that is not a word character (`[A-Za-z0-9_]`), or the start or end of the text: `\b` beside a word. */
  | { readonly boundary: true };

/** A pattern: a string (its characters in turn) or a list of steps. */
export type Pattern = string | readonly Step[];

const WORD_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_";
/** How many positions an NFA state's number leaves for a pattern's steps (`pattern × POSITIONS + position`). */
const POSITIONS = 256;
/** What `\s` of a JavaScript regular expression matches (tests/analysis/text-scanner.test.ts checks the list). */
export const WHITESPACE_CODES: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/** The patterns as steps: each step as the set of character classes it accepts, and whether it may repeat or be left out. */
interface CompiledStep {
  readonly classes: ReadonlySet<number>;
  readonly repeat: "once" | "optional" | "any";
}

/**
 * A deterministic automaton for a list of patterns. A scan reads a text's characters in turn:
 * `state = next[state + classOf[text.charCodeAt(index)]]`, from `start`, then once more with `endClass` (the end of the
 * text as a non-word character); every state at or past `acceptFrom` ends the patterns that
 * `accepts[(state - acceptFrom) / classCount]` lists (their indexes in the list given).
 */
export interface Automaton {
  /**
   * The transition table: states are stored as `index × classCount`. 16-bit entries where they fit (the gate's table
   * does, by far): half the memory to bring into the cache for each file.
   */
  readonly next: Uint16Array | Uint32Array;
  /** Character code (0 to 0xFFFF) → class. */
  readonly classOf: Uint8Array;
  readonly classCount: number;
  readonly acceptFrom: number;
  readonly accepts: readonly (readonly number[])[];
  readonly start: number;
  readonly endClass: number;
  /**
   * For each class, the state after a character of that class with nothing in progress before it: what every state
   * holds after such a character (the patterns that may begin there), and nothing more. A scan whose state after a
   * character of class `c` is `restingAfter[c]` remembers nothing of the text before that character, so a scan started
   * anywhere earlier is in that same state there (src/analysis/wasm-scanner.ts cuts a text in parts on this). `start`
   * is `restingAfter[endClass]`.
   */
  readonly restingAfter: readonly number[];
}

/** The automaton that finds every pattern of `patterns` wherever it occurs (the subset construction over their steps). */
export function buildAutomaton(patterns: readonly Pattern[]): Automaton {
  // Classes: each character a pattern names (letters folded, but a letter that some step names `exact` has a class
  // for each case), then the other word characters, whitespace, the rest.
  const named = new Set<string>();
  const splitLetters = new Set<string>();
  for (const pattern of patterns) {
    for (const step of toSteps(pattern)) {
      if (!("chars" in step)) continue;
      for (const char of step.chars) {
        named.add(char.toLowerCase());
        if (step.exact === true && char.toLowerCase() !== char.toUpperCase()) splitLetters.add(char.toLowerCase());
      }
    }
  }
  const classOfChar = new Map<string, number>();
  for (const char of [...named].sort()) classOfChar.set(char, classOfChar.size);
  for (const letter of [...splitLetters].sort()) classOfChar.set(letter.toUpperCase(), classOfChar.size);
  /** A character's class key: itself lowercased, or as written for a letter of both cases. */
  const keyOf = (char: string): string => (splitLetters.has(char.toLowerCase()) ? char : char.toLowerCase());
  const otherWord = classOfChar.size;
  const whitespace = otherWord + 1;
  const other = otherWord + 2;
  const classCount = other + 1;
  const classOf = new Uint8Array(0x10000).fill(other);
  for (let code = 0; code < 128; code += 1) {
    const char = String.fromCharCode(code);
    const own = classOfChar.get(keyOf(char));
    if (own !== undefined) classOf[code] = own;
    else if (WORD_CHARS.includes(char.toLowerCase())) classOf[code] = otherWord;
  }
  for (const code of WHITESPACE_CODES) classOf[code] = whitespace;
  // Surrogates and other non-ASCII characters stay `other`: not word characters for `\b`, never a letter.

  const wordClasses = new Set<number>([otherWord]);
  for (const [char, index] of classOfChar) if (WORD_CHARS.includes(char.toLowerCase())) wordClasses.add(index);
  const allClasses = [...Array(classCount).keys()];
  const nonWord = new Set(allClasses.filter((index) => !wordClasses.has(index)));
  const compiled: (readonly CompiledStep[])[] = patterns.map((pattern) =>
    toSteps(pattern).map((step): CompiledStep => {
      if ("whitespace" in step) return { classes: new Set([whitespace]), repeat: "any" };
      if ("boundary" in step) return { classes: nonWord, repeat: "once" };
      const chars = [...step.chars].flatMap((char) => (step.exact === true ? [char] : [char.toLowerCase(), char.toUpperCase()]));
      return { classes: new Set(chars.map((char) => classOfChar.get(keyOf(char))!)), repeat: step.repeat ?? "once" };
    }),
  );

  // NFA states: [pattern, position] as one number; position === steps.length accepts. The scan's own state (any text
  // so far) is implicit: every DFA state holds it, so every pattern may start at every character.
  if (compiled.some((steps) => steps.length >= POSITIONS)) throw new Error(`a pattern of the text scanner has ${POSITIONS} steps or more`);
  const key = (pattern: number, position: number): number => pattern * POSITIONS + position;
  const patternOf = (state: number): number => Math.floor(state / POSITIONS);
  /** The step an NFA state is at, `undefined` where it accepts. */
  const stepAt = (state: number): CompiledStep | undefined => compiled[patternOf(state)]![state % POSITIONS];
  const closure = (states: Iterable<number>): number[] => {
    const seen = new Set<number>();
    const stack = [...states];
    while (stack.length > 0) {
      const state = stack.pop()!;
      if (seen.has(state)) continue;
      seen.add(state);
      const step = stepAt(state);
      if (step !== undefined && step.repeat !== "once") stack.push(state + 1);
    }
    return [...seen].sort((a, b) => a - b);
  };
  // A DFA state is the set of NFA states a scan may be in, less the patterns' starts, which every state holds.
  const starts = closure(compiled.map((_, pattern) => key(pattern, 0)));
  const isStart = new Set(starts);
  const move = (states: Iterable<number>, cls: number, into: number[]): void => {
    for (const state of states) {
      const step = stepAt(state);
      if (step === undefined || !step.classes.has(cls)) continue;
      into.push(step.repeat === "any" ? state : state + 1);
      if (step.repeat === "any") into.push(state + 1);
    }
  };
  const fromStarts = allClasses.map((cls) => {
    const moved: number[] = [];
    move(starts, cls, moved);
    return moved;
  });
  const dfaStates: number[][] = [];
  const indexOf = new Map<string, number>();
  const intern = (states: number[]): number => {
    const own = states.filter((state) => !isStart.has(state));
    const name = own.join(",");
    let index = indexOf.get(name);
    if (index === undefined) {
      index = dfaStates.length;
      indexOf.set(name, index);
      dfaStates.push(own);
    }
    return index;
  };
  const initial = intern([]);
  // Where a class leads when none of a state's own NFA states moves on it: the same for every such state.
  const startsOnly = allClasses.map((cls) => intern(closure(fromStarts[cls]!)));
  const transitions: number[][] = [];
  for (let index = 0; index < dfaStates.length; index += 1) {
    const row = [...startsOnly];
    const classes = new Set<number>();
    for (const state of dfaStates[index]!) for (const cls of stepAt(state)?.classes ?? []) classes.add(cls);
    for (const cls of classes) {
      const moved = [...fromStarts[cls]!];
      move(dfaStates[index]!, cls, moved);
      row[cls] = intern(closure(moved));
    }
    transitions.push(row);
  }
  const accepted = dfaStates.map((states) => [...new Set(states.filter((state) => stepAt(state) === undefined).map(patternOf))]);
  // Accepting states last, so that the scan tells them by one comparison.
  const order = [...dfaStates.keys()].sort((a, b) => Number(accepted[a]!.length > 0) - Number(accepted[b]!.length > 0));
  const renumbered = new Map(order.map((old, index) => [old, index]));
  const next = dfaStates.length * classCount <= 0xffff ? new Uint16Array(dfaStates.length * classCount) : new Uint32Array(dfaStates.length * classCount);
  for (const [old, index] of renumbered) {
    for (const cls of allClasses) next[index * classCount + cls] = renumbered.get(transitions[old]![cls]!)! * classCount;
  }
  const firstAccepting = order.findIndex((old) => accepted[old]!.length > 0);
  const acceptingFrom = firstAccepting === -1 ? dfaStates.length : firstAccepting;
  return {
    next,
    classOf,
    acceptFrom: acceptingFrom * classCount,
    classCount,
    accepts: order.slice(acceptingFrom).map((old) => accepted[old]!),
    // As if after a non-word character, so that a pattern that begins at a boundary matches at the text's start.
    start: next[renumbered.get(initial)! * classCount + other]!,
    endClass: other,
    restingAfter: allClasses.map((cls) => next[renumbered.get(initial)! * classCount + cls]!),
  };
}

/** A pattern's steps: a string's characters in turn (letters in either case), or the steps given. */
export function toSteps(pattern: Pattern): readonly Step[] {
  return typeof pattern === "string" ? [...pattern].map((char) => ({ chars: char })) : pattern;
}
