/**
 * The text scanner's loop (src/analysis/text-scanner.ts) in WebAssembly, over four parts of a text at once.
 *
 * Why: the scan reads each character and looks up the next state, `state = next[state + classOf[code]]`; each step's
 * load waits for the one before, so the loop runs at the latency of a load, not at the speed of the processor. Four
 * scans of four parts of the text, interleaved in one loop, are four independent chains of loads that the processor
 * runs side by side. V8 does not keep four chains of a JavaScript loop in registers (four chains in JavaScript gained
 * little), WebAssembly does: over 1,000 files of node_modules code and 1,000 of the openai package (12.7 MB) the
 * interleaved WebAssembly loop took 14 ms where the JavaScript loop took 35 ms (one chain in WebAssembly: 32 ms), and
 * inside ESLint, where the text must first be copied into WebAssembly's memory (about 6 ms of the total: the text is
 * cold), the gate's scan went from about 35 ms to about 27 ms by ESLint's `stats` on the 1,000 files of node_modules
 * code (scripts/benchmark.mjs; figures of the change that brought this file). es-module-lexer does the same: its lexer
 * is WebAssembly, with a JavaScript build of the same lexer where WebAssembly is missing.
 *
 * Exactness: a scan started anywhere in a text, in the state `restingAfter[c]` for the character before it (class
 * `c`), holds a subset of what the scan from the text's start holds at every later position (the automaton is a subset
 * construction, and every state after a character of class `c` holds `restingAfter[c]`). Once the scan from the start
 * is in a resting state (the one for the character it just read), the two are in the same state from there on. So the
 * scan of each part but the last goes on past its part's end until it rests (usually at once: parts begin after a
 * line break where there is one nearby) and finds there what the text's start would; the next part's scan counts only
 * from that point, where it is exact; only the scan that is exact at the text's end reads the end of the text. The
 * result is the set of accepting states of the scan from the start, number for number (tests/analysis/wasm-scanner.test.ts
 * compares the two on every file of the repository and on thousands of texts cut at every position).
 *
 * Where it does not apply, the caller runs its JavaScript loop: no WebAssembly (`node --jitless`), a module that does
 * not compile, a text that is not pure ASCII (the loop reads bytes; the classes of non-ASCII characters, such as
 * U+00A0 as whitespace, are the JavaScript loop's), a text longer than {@link MAX_LENGTH} (so that the memory stays
 * fixed at about 1.3 MB) or shorter than {@link MIN_LENGTH} (copying costs more than the chains save).
 *
 * The module's bytes are written here by a small encoder of the WebAssembly binary format (the few instructions the loop
 * needs), from the automaton's numbers, once per process: no .wasm file and no tool to build one.
 */
import type { Automaton } from "./text-scanner";

/** How many parts a text is cut into: chains of loads the loop runs side by side. */
const CHAINS = 4;
/**
 * Texts shorter than this are left to the JavaScript loop: below it, copying the text into WebAssembly's memory and
 * the calls cost about what the chains save (measured on node_modules code).
 */
export const MIN_LENGTH = 512;
/** The longest text scanned here (1 MiB of characters): the memory holds one text of this length, and never grows. */
export const MAX_LENGTH = 1 << 20;
/** How far past a part's nominal end the cut looks for a line break before cutting where it is. */
const CUT_SEARCH = 256;

/** The end states of a text (the accepting states a scan passes, and the one it ends in), or `undefined` where this scanner does not apply. */
export interface ChainScanner {
  /**
   * The same set as the automaton's JavaScript loop gives (with the end class read at the text's end), or `undefined`
   * for a text that is not pure ASCII or is longer than {@link MAX_LENGTH}. `cuts`: where the parts begin, for tests
   * (ascending, within the text; by default the text is cut in {@link CHAINS} parts after line breaks).
   */
  endStates(text: string, cuts?: readonly number[]): ReadonlySet<number> | undefined;
}

// ---------------------------------------------------------------------------------------------------------------------
// The encoder: the WebAssembly binary format, as much of it as this module needs
// (https://webassembly.github.io/spec/core/binary/).

/** An unsigned integer in LEB128: seven bits a byte, the high bit set on every byte but the last. */
function unsigned(value: number): number[] {
  const bytes: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return bytes;
}

/** A signed integer in LEB128 (what `i32.const` takes). */
function signed(value: number): number[] {
  const bytes: number[] = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    if ((value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0)) return [...bytes, byte];
    bytes.push(byte | 0x80);
  }
}

/** A vector: its length, then its items. */
const vector = (items: readonly (readonly number[])[]): number[] => [...unsigned(items.length), ...items.flat()];
/** A section: its id, its size, its contents. */
const section = (id: number, contents: readonly number[]): number[] => [id, ...unsigned(contents.length), ...contents];
const name = (text: string): number[] => vector([...text].map((char) => [char.charCodeAt(0)]));

const I32 = 0x7f;
/** The instructions used, each as its bytes. A memory access takes its alignment (log2 of bytes) and a constant offset. */
const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...unsigned(depth)],
  brIf: (depth: number) => [0x0d, ...unsigned(depth)],
  get: (local: number) => [0x20, ...unsigned(local)],
  set: (local: number) => [0x21, ...unsigned(local)],
  tee: (local: number) => [0x22, ...unsigned(local)],
  load: (offset: number) => [0x28, 2, ...unsigned(offset)],
  load8: (offset: number) => [0x2d, 0, ...unsigned(offset)],
  load16: (offset: number) => [0x2f, 1, ...unsigned(offset)],
  store: (offset: number) => [0x36, 2, ...unsigned(offset)],
  const: (value: number) => [0x41, ...signed(value)],
  eqz: [0x45],
  geU: [0x4f],
  add: [0x6a],
  mul: [0x6c],
  shl: [0x74],
};

// ---------------------------------------------------------------------------------------------------------------------
// The module

/**
 * The memory, in bytes:
 * - CLASSES: the class of each byte (256 bytes);
 * - NEXT: the transition table as the automaton has it (16 or 32 bits an entry);
 * - then, for each chain, its area: its registers (where it reads next, its state, how many accepting states it has
 *   listed: three 32-bit words and one spare), its list of the accepting states it passed (a 32-bit word each, in the
 *   order it first passed them), and its record, a 32-bit word per state number (at `state × 4`): where the chain last
 *   left that accepting state (the address after the character), 0 where it never did;
 * - TEXT: the text, one byte a character, and room for what `Buffer#write` may write past it to show that it is not ASCII.
 */
interface Layout {
  readonly classes: number;
  readonly next: number;
  /** Where the first chain's area begins, and the size of an area. */
  readonly areas: number;
  readonly areaSize: number;
  /** Where the list and the record begin in an area. */
  readonly list: number;
  readonly seen: number;
  readonly text: number;
  readonly pages: number;
}

function layoutFor(automaton: Automaton): Layout {
  const classes = 0;
  const next = 256;
  const areas = Math.ceil((next + automaton.next.length * automaton.next.BYTES_PER_ELEMENT) / 16) * 16;
  const list = 16;
  const seen = list + (automaton.next.length / automaton.classCount) * 4;
  const areaSize = seen + automaton.next.length * 4;
  const text = areas + CHAINS * areaSize;
  return { classes, next, areas, areaSize, list, seen, text, pages: Math.ceil((text + MAX_LENGTH + 8) / 0x10000) };
}

/** A chain's locals: where it reads, its state, how many states it has listed. */
interface ChainLocals {
  readonly pointer: number;
  readonly state: number;
  readonly count: number;
}

/**
 * One step of a chain: `state = next[state + classes[byte at pointer]]`; on an accepting state, the state listed if
 * its record is 0, and its record set to `pointer + 1`; then `pointer += 1`. `area`: the address of the chain's area,
 * as a constant (`chains`) or as a local (`run`).
 */
function step(automaton: Automaton, layout: Layout, chain: ChainLocals, area: { readonly constant: number } | { readonly local: number }): number[] {
  const wide = automaton.next.BYTES_PER_ELEMENT === 4;
  // Pushes `index × 4` plus the area's address where it is a local; the constant part goes in the access's offset.
  const wordAt = (index: number): number[] => [...op.get(index), ...op.const(2), ...op.shl, ...("local" in area ? [...op.get(area.local), ...op.add] : [])];
  const offset = (within: number): number => ("constant" in area ? area.constant : layout.areas) + within;
  return [
    ...op.get(chain.state),
    ...op.get(chain.pointer),
    ...op.load8(0),
    ...op.load8(layout.classes),
    ...op.add,
    ...op.const(wide ? 2 : 1),
    ...op.shl,
    ...(wide ? op.load(layout.next) : op.load16(layout.next)),
    ...op.tee(chain.state),
    ...op.const(automaton.acceptFrom),
    ...op.geU,
    ...op.if,
    // if (seen[state] === 0) list[count++] = state;
    ...wordAt(chain.state),
    ...op.load(offset(layout.seen)),
    ...op.eqz,
    ...op.if,
    ...wordAt(chain.count),
    ...op.get(chain.state),
    ...op.store(offset(layout.list)),
    ...op.get(chain.count),
    ...op.const(1),
    ...op.add,
    ...op.set(chain.count),
    ...op.end,
    // seen[state] = pointer + 1;
    ...wordAt(chain.state),
    ...op.get(chain.pointer),
    ...op.const(1),
    ...op.add,
    ...op.store(offset(layout.seen)),
    ...op.end,
    ...op.get(chain.pointer),
    ...op.const(1),
    ...op.add,
    ...op.set(chain.pointer),
  ];
}

/** Loads a chain's registers into its locals (`base`: instructions that push the address the offsets count from). */
const loadRegisters = (chain: ChainLocals, base: readonly number[], offset: number): number[] =>
  [chain.pointer, chain.state, chain.count].flatMap((local, word) => [...base, ...op.load(offset + word * 4), ...op.set(local)]);
/** Stores a chain's locals into its registers. */
const storeRegisters = (chain: ChainLocals, base: readonly number[], offset: number): number[] =>
  [chain.pointer, chain.state, chain.count].flatMap((local, word) => [...base, ...op.get(local), ...op.store(offset + word * 4)]);

/**
 * `chains(steps)`: every chain takes `steps` steps, in turn, from its registers, which it updates. Locals: 0 `steps`,
 * 1 where the first chain's pointer stops, then each chain's pointer, state and count.
 */
function chainsBody(automaton: Automaton, layout: Layout): number[] {
  const locals = [...Array(CHAINS).keys()].map((chain): ChainLocals => ({ pointer: 2 + chain * 3, state: 3 + chain * 3, count: 4 + chain * 3 }));
  const area = (chain: number): number => layout.areas + chain * layout.areaSize;
  return [
    ...vector([[...unsigned(1 + CHAINS * 3), I32]]),
    ...locals.flatMap((chain, index) => loadRegisters(chain, op.const(0), area(index))),
    // stop = pointer₀ + steps
    ...op.get(locals[0]!.pointer),
    ...op.get(0),
    ...op.add,
    ...op.set(1),
    ...op.block,
    ...op.loop,
    ...op.get(locals[0]!.pointer),
    ...op.get(1),
    ...op.geU,
    ...op.brIf(1),
    ...locals.flatMap((chain, index) => step(automaton, layout, chain, { constant: area(index) })),
    ...op.br(0),
    ...op.end,
    ...op.end,
    ...locals.flatMap((chain, index) => storeRegisters(chain, op.const(0), area(index))),
    ...op.end,
  ];
}

/**
 * `run(chain, stop)`: one chain steps from its registers until its pointer is `stop`. Locals: 0 `chain`, 1 `stop`,
 * 2 pointer, 3 state, 4 count, 5 the chain's area less the first chain's.
 */
function runBody(automaton: Automaton, layout: Layout): number[] {
  const chain: ChainLocals = { pointer: 2, state: 3, count: 4 };
  return [
    ...vector([[4, I32]]),
    ...op.get(0),
    ...op.const(layout.areaSize),
    ...op.mul,
    ...op.set(5),
    ...loadRegisters(chain, op.get(5), layout.areas),
    ...op.block,
    ...op.loop,
    ...op.get(chain.pointer),
    ...op.get(1),
    ...op.geU,
    ...op.brIf(1),
    ...step(automaton, layout, chain, { local: 5 }),
    ...op.br(0),
    ...op.end,
    ...op.end,
    ...storeRegisters(chain, op.get(5), layout.areas),
    ...op.end,
  ];
}

/** The module's bytes: a memory of fixed size, `chains(steps)` and `run(chain, stop)`. */
export function moduleBytes(automaton: Automaton): Uint8Array<ArrayBuffer> {
  const layout = layoutFor(automaton);
  const chains = chainsBody(automaton, layout);
  const run = runBody(automaton, layout);
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
    // Types: 0 (i32) → (), 1 (i32, i32) → ().
    ...section(1, vector([[0x60, ...vector([[I32]]), ...vector([])], [0x60, ...vector([[I32], [I32]]), ...vector([])]])),
    // Functions: `chains(steps)` of type 0, `run(chain, stop)` of type 1.
    ...section(3, vector([[0], [1]])),
    // One memory, its minimum and maximum the same: it never grows.
    ...section(5, vector([[0x01, ...unsigned(layout.pages), ...unsigned(layout.pages)]])),
    // Exports: the functions and the memory.
    ...section(7, vector([[...name("chains"), 0x00, 0], [...name("run"), 0x00, 1], [...name("memory"), 0x02, 0]])),
    // Code.
    ...section(10, vector([[...unsigned(chains.length), ...chains], [...unsigned(run.length), ...run]])),
  ]);
}

// ---------------------------------------------------------------------------------------------------------------------
// The scanner

/**
 * The chain scanner for an automaton, or `undefined` where WebAssembly is missing or the module does not compile
 * (`webAssembly`: for tests, a stand-in for the global, `null` for none). (No local is named `exports`: TypeScript
 * compiles a reference to an exported constant as `exports.NAME`, which such a local would shadow.)
 */
export function createChainScanner(
  automaton: Automaton,
  webAssembly: typeof WebAssembly | null = (globalThis as { WebAssembly?: typeof WebAssembly }).WebAssembly ?? null,
): ChainScanner | undefined {
  if (webAssembly === null || typeof Buffer === "undefined") return undefined;
  let compiled: { chains: (steps: number) => void; run: (chain: number, end: number) => void; memory: WebAssembly.Memory };
  const layout = layoutFor(automaton);
  try {
    const instance = new webAssembly.Instance(new webAssembly.Module(moduleBytes(automaton)));
    compiled = instance.exports as typeof compiled;
    const bytes = new Uint8Array(compiled.memory.buffer);
    bytes.set(automaton.classOf.subarray(0, 256), layout.classes);
    if (automaton.next instanceof Uint16Array) new Uint16Array(compiled.memory.buffer, layout.next, automaton.next.length).set(automaton.next);
    else new Uint32Array(compiled.memory.buffer, layout.next, automaton.next.length).set(automaton.next);
  } catch {
    return undefined;
  }
  const { chains, run } = compiled;
  const memory = Buffer.from(compiled.memory.buffer);
  const words = new Uint32Array(compiled.memory.buffer);
  const { next, classOf, acceptFrom, endClass, restingAfter, start } = automaton;
  /** A chain's area, in 32-bit words: its registers at 0, 1 and 2 (pointer, state, count). */
  const area = (chain: number): number => (layout.areas + chain * layout.areaSize) >> 2;
  const listWords = layout.list >> 2;
  const seenWords = layout.seen >> 2;
  const parts = new Array<number>(CHAINS + 1).fill(0);
  const exactFrom = new Array<number>(CHAINS).fill(0);

  /** Where the parts begin: after a line break within {@link CUT_SEARCH} of each quarter, or at the quarter. */
  const cut = (text: string, length: number): void => {
    parts[0] = 0;
    for (let part = 1; part < CHAINS; part += 1) {
      const quarter = Math.floor((length * part) / CHAINS);
      let at = quarter;
      const until = Math.min(length, quarter + CUT_SEARCH);
      while (at < until && text.charCodeAt(at) !== 0x0a) at += 1;
      parts[part] = Math.max(parts[part - 1]!, at < until ? at + 1 : quarter);
    }
    parts[CHAINS] = length;
  };

  const scan = (text: string, cuts: readonly number[] | undefined): ReadonlySet<number> | undefined => {
    const length = text.length;
    if (length > MAX_LENGTH) return undefined;
    // Pure ASCII, one byte a character, if and only if as many bytes as characters are written with room for 4 more:
    // a character that is not ASCII takes 2 to 4 bytes, and the writing stops only at one that does not fit.
    if (memory.write(text, layout.text, length + 4, "utf8") !== length) return undefined;
    if (cuts === undefined) cut(text, length);
    else for (let part = 1; part < CHAINS; part += 1) parts[part] = Math.min(length, Math.max(parts[part - 1]!, cuts[part - 1] ?? length));
    parts[CHAINS] = length;
    // Each chain starts resting: at the text's start as the JavaScript loop does, elsewhere after the character before.
    let steps = length;
    for (let chain = 0; chain < CHAINS; chain += 1) {
      const from = parts[chain]!;
      words[area(chain)] = layout.text + from;
      words[area(chain) + 1] = from === 0 ? start : restingAfter[classOf[text.charCodeAt(from - 1)]!]!;
      words[area(chain) + 2] = 0;
      steps = Math.min(steps, parts[chain + 1]! - from);
    }
    chains(steps);
    for (let chain = 0; chain < CHAINS; chain += 1) run(chain, layout.text + parts[chain + 1]!);

    // From the start, the scan exact at each point: the first chain, then, where a chain's part ends, that chain reads on
    // until it rests (the found states it passes are exact: kept), and from there the chain whose part holds that
    // point is exact. A chain whose whole part was read so is left out.
    let ended: Set<number> | undefined;
    exactFrom.fill(Infinity);
    exactFrom[0] = 0;
    let chain = 0;
    let state: number;
    for (;;) {
      state = words[area(chain) + 1]!;
      if (chain === CHAINS - 1) break;
      let at = parts[chain + 1]!;
      while (at < length && at > 0 && state !== restingAfter[classOf[text.charCodeAt(at - 1)]!]) {
        state = next[state + classOf[text.charCodeAt(at)]!]!;
        at += 1;
        if (state >= acceptFrom) (ended ??= new Set()).add(state);
      }
      if (at === length) break;
      // The last chain whose part begins at or before `at` is in `state` there.
      let exact = chain + 1;
      while (exact + 1 < CHAINS && parts[exact + 1]! <= at) exact += 1;
      exactFrom[exact] = at;
      chain = exact;
    }
    state = next[state + endClass]!;
    if (state >= acceptFrom) (ended ??= new Set()).add(state);
    // What each chain found where it was exact; and every record cleared for the next text.
    for (let chain = 0; chain < CHAINS; chain += 1) {
      const from = layout.text + exactFrom[chain]!;
      const base = area(chain);
      for (let listed = 0, count = words[base + 2]!; listed < count; listed += 1) {
        const accepting = words[base + listWords + listed]!;
        if (words[base + seenWords + accepting]! >= from) (ended ??= new Set()).add(accepting);
        words[base + seenWords + accepting] = 0;
      }
    }
    return ended ?? EMPTY;
  };

  return {
    endStates(text, cuts) {
      try {
        return scan(text, cuts);
      } catch {
        // Never thrown so far; should it be, no record is left behind for the next text.
        words.fill(0, area(0), area(CHAINS));
        return undefined;
      }
    },
  };
}

const EMPTY: ReadonlySet<number> = new Set();
