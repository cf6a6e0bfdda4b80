/**
 * The text scanner's loop (src/analysis/text-scanner.ts) in WebAssembly, over four parts of a text at once.
 *
 * Why: the scan reads each character and looks up the next state, `state = next[state + classOf[code]]`; each step's
 * load waits for the one before, so the loop runs at the latency of a load, not at the speed of the processor. Four
 * scans of four parts of the text, interleaved in one loop, are four independent chains of loads that the processor
 * runs side by side. V8 does not keep four chains of a JavaScript loop in registers (four chains in JavaScript gained
 * little; one chain in WebAssembly gained nothing), WebAssembly does. Measured on 1,000 files of node_modules code that
 * never touches OpenAI (eslint, typescript-eslint, vite; 6.4 MB), in one process, alternating: the scan of them all in
 * a tight loop took 8.8 ms where the JavaScript loop took 16.8 ms (with 1,000 files of the openai package besides,
 * 14.8 ms against 30.9 ms); inside ESLint, by its `stats`, a rule that only scans took 30.5 ms against 37.1 ms (the
 * text is cold there: copying it into WebAssembly's memory is about a third of the WebAssembly time), and the rule that
 * runs the gate first 35 ms against 50 ms (scripts/benchmark.mjs). Below {@link MIN_LENGTH} characters the copy and the
 * call cost more than the chains save (at 256 characters both took 4.7 ns a character, at 512 2.9 against 4.3, at
 * 4,096 1.1 against 3.8). es-module-lexer does the same: its lexer is WebAssembly, with a JavaScript build of the same
 * lexer where WebAssembly is missing.
 *
 * Exactness: a scan started anywhere in a text, in the state `restingAfter[c]` for the character before it (class
 * `c`), holds a subset of what the scan from the text's start holds at every later position (the automaton is a subset
 * construction, and every state after a character of class `c` holds `restingAfter[c]`). Once the scan from the start
 * is in a resting state (the one for the character it just read), the two are in the same state from there on. So the
 * scan of each part but the last goes on past its part's end until it rests (usually at once: parts begin after a
 * line break where there is one nearby, and the state after a line break is `start`) and finds there what the scan
 * from the text's start would; the next part's findings count only from that point, where it is exact; only the scan
 * that is exact at the text's end reads the end of the text. The result is the set of accepting states of the scan
 * from the start, number for number (tests/analysis/wasm-scanner.test.ts compares the two on every file of the
 * repository and on thousands of texts cut at every position).
 *
 * Where it does not apply, the caller runs its JavaScript loop: no WebAssembly (`node --jitless`), a module that does
 * not compile, a text with one of the few characters above U+007F whose class differs from the rest's (the loop
 * reads UTF-8 bytes, and gives every byte above 0x7F that one class: {@link nonAsciiClasses}; for the gate, the
 * whitespace that is not ASCII, such as U+00A0), a text of more than {@link MAX_LENGTH} bytes (so that the memory
 * stays fixed, at 1.1 MB) or shorter than {@link MIN_LENGTH} characters. Until 2026-12-03 every text that was not pure
 * ASCII was left to the loop: 39 of the 1,000 files above, with 17 % of their characters; the plugin's time on them
 * went from 71 to 67 ms by `stats` (one process, both builds alternating per file, median of 5 rounds).
 *
 * The module's bytes are written here by a small encoder of the WebAssembly binary format (the few instructions the loop
 * needs), from the automaton's numbers, once per process: no .wasm file and no tool to build one.
 */
import type { Automaton } from "./text-scanner";

/** How many parts a text is cut into: chains of loads the loop runs side by side. */
const CHAINS = 4;
/**
 * Texts shorter than this are left to the JavaScript loop: below it, copying the text into WebAssembly's memory and
 * the call cost about what the chains save (measured on slices of node_modules code; see above).
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
   * for a text left to that loop (see above). `cuts`: where the parts begin, as offsets in the text's UTF-8 bytes (its
   * characters' for pure ASCII), for tests (ascending; by default the text is cut in {@link CHAINS} parts after line
   * breaks).
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
  call: (func: number) => [0x10, ...unsigned(func)],
  const: (value: number) => [0x41, ...signed(value)],
  eqz: [0x45],
  eq: [0x46],
  gtU: [0x4b],
  geU: [0x4f],
  add: [0x6a],
  sub: [0x6b],
  mul: [0x6c],
  divU: [0x6e],
  shl: [0x74],
};

/** `local += 1`. */
const increment = (local: number): number[] => [...op.get(local), ...op.const(1), ...op.add, ...op.set(local)];

/**
 * A loop that leaves when `exit` pushes a true value, before each pass of `body`: a block around a loop, so that
 * `br_if 1` (in `exit`, or anywhere in `body` outside a nested block) leaves and `br 0` goes round again.
 */
const loopUntil = (exit: readonly number[], body: readonly number[]): number[] => [...op.block, ...op.loop, ...exit, ...op.brIf(1), ...body, ...op.br(0), ...op.end, ...op.end];

// ---------------------------------------------------------------------------------------------------------------------
// The module

/**
 * The memory, in bytes:
 * - CLASSES: the class of each byte (256 bytes);
 * - RESTING: `restingAfter`, an entry a class; NEXT: the transition table (16 or 32 bits an entry, as the automaton has it);
 * - REGISTERS: for each chain, 32 bytes: where it reads next, its state, whether it has passed an accepting state,
 *   where its part begins and ends, and from where what it found counts (see `scan`);
 * - RECORDS: for each chain, a 32-bit word per accepting state: where the chain last left that state (the address after
 *   the character), 0 where it never did;
 * - TEXT: the text, one byte a character, and room for what `utf8Write` may write past it to show that it is not ASCII.
 */
interface Layout {
  readonly classes: number;
  readonly resting: number;
  readonly next: number;
  readonly registers: number;
  readonly records: number;
  /** The size of a chain's record: a word per accepting state. */
  readonly perChain: number;
  readonly text: number;
  readonly pages: number;
}

/** A chain's registers, from its 32 bytes in REGISTERS (addresses in the memory: the text's start is TEXT). */
const POINTER = 0;
const STATE = 4;
const FOUND = 8;
const FROM = 12;
const STOP = 16;
const EXACT = 20;
const REGISTERS_SIZE = 32;

function layoutFor(automaton: Automaton): Layout {
  const entry = automaton.next.BYTES_PER_ELEMENT;
  const line = (address: number): number => Math.ceil(address / 64) * 64;
  const classes = 0;
  const resting = 256;
  const next = line(resting + automaton.classCount * entry);
  const registers = line(next + automaton.next.length * entry);
  const records = line(registers + CHAINS * REGISTERS_SIZE);
  const perChain = ((automaton.next.length - automaton.acceptFrom) / automaton.classCount) * 4;
  const text = line(records + CHAINS * perChain);
  return { classes, resting, next, registers, records, perChain, text, pages: Math.ceil((text + MAX_LENGTH + 8) / 0x10000) };
}

/** Pushes `table[index]` for a table of the automaton's entries (NEXT, RESTING), `index` pushed by `index`. */
const entryOf = (automaton: Automaton, table: number, index: readonly number[]): number[] =>
  automaton.next.BYTES_PER_ELEMENT === 4 ? [...index, ...op.const(2), ...op.shl, ...op.load(table)] : [...index, ...op.const(1), ...op.shl, ...op.load16(table)];

/**
 * One step of a chain: `state = next[state + classes[byte at address]]`, and on an accepting state (rare)
 * `records[chain][(state − acceptFrom) / classCount] = address + 1` and `found = 1`. Only the state is live from one
 * step to the next: no count, and no call (with a call in the loop, even one rarely made, the scan took about a
 * third longer inside ESLint), so that four chains fit in the processor's registers. `address`: instructions that push
 * it; `chain`: the chain's number, a constant (`scan`) or a local (`run`, `settle`).
 */
function step(automaton: Automaton, layout: Layout, address: readonly number[], state: number, chain: { readonly constant: number } | { readonly local: number }): number[] {
  // Where the chain's registers and record are: a local's part pushed, a constant's in the access's offset.
  const [registers, record, constant] =
    "local" in chain
      ? [[...op.get(chain.local), ...op.const(REGISTERS_SIZE), ...op.mul], [...op.get(chain.local), ...op.const(layout.perChain), ...op.mul, ...op.add], 0]
      : [op.const(0), [], chain.constant];
  return [
    ...entryOf(automaton, layout.next, [...op.get(state), ...address, ...op.load8(0), ...op.load8(layout.classes), ...op.add]),
    ...op.tee(state),
    ...op.const(automaton.acceptFrom),
    ...op.geU,
    ...op.if,
    ...op.get(state),
    ...op.const(automaton.acceptFrom),
    ...op.sub,
    ...op.const(automaton.classCount),
    ...op.divU,
    ...op.const(2),
    ...op.shl,
    ...record,
    ...address,
    ...op.const(1),
    ...op.add,
    ...op.store(layout.records + constant * layout.perChain),
    ...registers,
    ...op.const(1),
    ...op.store(layout.registers + constant * REGISTERS_SIZE + FOUND),
    ...op.end,
  ];
}

/** The functions, by index. */
const SCAN = 0;
const RUN = 1;
const SETTLE = 2;

/**
 * `scan(steps, end) → chain`. Every chain takes `steps` steps, in turn, from its registers; then each reads the rest of
 * its part alone (`run`). Then, from the start, the chain exact at each point (the first chain; `EXACT` of every other
 * chain set to 0xFFFFFFFF by the caller): where an exact chain's part ends, it reads on until it rests (`settle`; what it
 * finds there is exact too), and from there the last chain whose part begins at or before that point is in the same
 * state: its `EXACT` is that point. Returns the chain exact at `end` (where the text ends). One call a text: a call
 * from JavaScript into WebAssembly costs about as much as scanning a few hundred characters inside ESLint.
 * Locals: 0 `steps`, 1 `end`, 2 the step, then each chain's start and state, then the exact chain, where it rests,
 * and the chain exact from there.
 */
function scanBody(automaton: Automaton, layout: Layout): number[] {
  const chains = [...Array(CHAINS).keys()];
  const from = (chain: number): number => 3 + chain * 2;
  const state = (chain: number): number => 4 + chain * 2;
  const [exactChain, at, next] = [3 + CHAINS * 2, 4 + CHAINS * 2, 5 + CHAINS * 2];
  const registers = (chain: number): number => layout.registers + chain * REGISTERS_SIZE;
  /** Pushes a register of the chain whose number `chain` pushes. */
  const register = (chain: readonly number[], offset: number): number[] => [...chain, ...op.const(REGISTERS_SIZE), ...op.mul, ...op.load(layout.registers + offset)];
  return [
    ...vector([[...unsigned(1 + CHAINS * 2 + 3), I32]]),
    ...chains.flatMap((chain) => [
      ...op.const(0),
      ...op.load(registers(chain) + POINTER),
      ...op.set(from(chain)),
      ...op.const(0),
      ...op.load(registers(chain) + STATE),
      ...op.set(state(chain)),
    ]),
    // The chains side by side.
    ...loopUntil(
      [...op.get(2), ...op.get(0), ...op.geU],
      [...chains.flatMap((chain) => step(automaton, layout, [...op.get(from(chain)), ...op.get(2), ...op.add], state(chain), { constant: chain })), ...increment(2)],
    ),
    // Each chain's registers, and the rest of its part.
    ...chains.flatMap((chain) => [
      ...op.const(0),
      ...op.get(from(chain)),
      ...op.get(0),
      ...op.add,
      ...op.store(registers(chain) + POINTER),
      ...op.const(0),
      ...op.get(state(chain)),
      ...op.store(registers(chain) + STATE),
      ...op.const(chain),
      ...op.const(0),
      ...op.load(registers(chain) + STOP),
      ...op.call(RUN),
    ]),
    // The exact chain at each point, from the first (local `exactChain`, 0).
    ...loopUntil(
      [...op.get(exactChain), ...op.const(CHAINS - 1), ...op.eq],
      [
        // Where its part ends after the text's start, it reads on until it rests.
        ...register(op.get(exactChain), STOP),
        ...op.const(layout.text),
        ...op.gtU,
        ...op.if,
        ...op.get(exactChain),
        ...op.get(1),
        ...op.call(SETTLE),
        ...op.end,
        // Where it has read to the text's end, it is the chain exact there: done.
        ...register(op.get(exactChain), POINTER),
        ...op.tee(at),
        ...op.get(1),
        ...op.eq,
        ...op.brIf(1),
        // next = the last chain whose part begins at or before `at`.
        ...op.get(exactChain),
        ...op.const(1),
        ...op.add,
        ...op.set(next),
        ...loopUntil(
          [...op.get(next), ...op.const(CHAINS - 1), ...op.geU],
          [...register([...op.get(next), ...op.const(1), ...op.add], FROM), ...op.get(at), ...op.gtU, ...op.brIf(1), ...increment(next)],
        ),
        ...op.get(next),
        ...op.const(REGISTERS_SIZE),
        ...op.mul,
        ...op.get(at),
        ...op.store(layout.registers + EXACT),
        ...op.get(next),
        ...op.set(exactChain),
      ],
    ),
    ...op.get(exactChain),
    ...op.end,
  ];
}

/**
 * `run(chain, stop)` and `settle(chain, stop)`: one chain steps from its registers until it reaches `stop`; `settle`
 * stops before that where the chain rests (its state is `restingAfter` the class of the byte before). Locals: 0 `chain`,
 * 1 `stop`, 2 where it reads, 3 its state, 4 its registers' address less REGISTERS.
 */
function runBody(automaton: Automaton, layout: Layout, settle: boolean): number[] {
  return [
    ...vector([[3, I32]]),
    ...op.get(0),
    ...op.const(REGISTERS_SIZE),
    ...op.mul,
    ...op.tee(4),
    ...op.load(layout.registers + POINTER),
    ...op.set(2),
    ...op.get(4),
    ...op.load(layout.registers + STATE),
    ...op.set(3),
    ...loopUntil(
      [...op.get(2), ...op.get(1), ...op.geU],
      [
        ...(settle
          ? [
              ...op.get(3),
              ...entryOf(automaton, layout.resting, [...op.get(2), ...op.const(1), ...op.sub, ...op.load8(0), ...op.load8(layout.classes)]),
              ...op.eq,
              ...op.brIf(1),
            ]
          : []),
        ...step(automaton, layout, op.get(2), 3, { local: 0 }),
        ...increment(2),
      ],
    ),
    ...op.get(4),
    ...op.get(2),
    ...op.store(layout.registers + POINTER),
    ...op.get(4),
    ...op.get(3),
    ...op.store(layout.registers + STATE),
    ...op.end,
  ];
}

/** The module's bytes: a memory of fixed size, `scan(steps, end) → chain`, and the functions it calls. */
export function moduleBytes(automaton: Automaton): Uint8Array<ArrayBuffer> {
  const layout = layoutFor(automaton);
  const bodies = [scanBody(automaton, layout), runBody(automaton, layout, false), runBody(automaton, layout, true)];
  const type = (parameters: number, results: number): number[] => [0x60, ...vector(Array<number[]>(parameters).fill([I32])), ...vector(Array<number[]>(results).fill([I32]))];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
    // Types: 0 (i32, i32) → i32, 1 (i32, i32) → ().
    ...section(1, vector([type(2, 1), type(2, 0)])),
    // Functions SCAN, RUN, SETTLE: their types.
    ...section(3, vector([[0], [1], [1]])),
    // One memory, its minimum and maximum the same: it never grows.
    ...section(5, vector([[0x01, ...unsigned(layout.pages), ...unsigned(layout.pages)]])),
    // Exports: `scan` and the memory.
    ...section(7, vector([[...name("scan"), 0x00, SCAN], [...name("memory"), 0x02, 0]])),
    // Code: each function's size and body.
    ...section(10, vector(bodies.map((body) => [...unsigned(body.length), ...body]))),
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
  type Exports = { scan(steps: number, end: number): number; memory: WebAssembly.Memory };
  let compiled: Exports;
  const layout = layoutFor(automaton);
  const nonAscii = nonAsciiClasses(automaton.classOf);
  try {
    compiled = new webAssembly.Instance(new webAssembly.Module(moduleBytes(automaton))).exports as Exports;
    const { buffer } = compiled.memory;
    const classes = automaton.classOf.slice(0, 256);
    if (nonAscii !== undefined) classes.fill(nonAscii.class, 0x80);
    new Uint8Array(buffer).set(classes, layout.classes);
    const Entries = automaton.next instanceof Uint16Array ? Uint16Array : Uint32Array;
    new Entries(buffer, layout.resting, automaton.classCount).set(automaton.restingAfter);
    new Entries(buffer, layout.next, automaton.next.length).set(automaton.next);
  } catch {
    return undefined;
  }
  const wasmScan = compiled.scan;
  const memory = Buffer.from(compiled.memory.buffer) as Buffer & { utf8Write?: (text: string, offset: number, length: number) => number };
  const textAt = layout.text;
  // What `Buffer#write` calls for UTF-8, without its checks of the arguments: about 2 µs less a file inside ESLint
  // (measured in one process, alternating per file).
  const write =
    typeof memory.utf8Write === "function"
      ? memory.utf8Write.bind(memory)
      : (text: string, offset: number, length: number): number => memory.write(text, offset, length, "utf8");
  const words = new Uint32Array(compiled.memory.buffer);
  const { next, acceptFrom, classCount, endClass, restingAfter, start } = automaton;
  /** A chain's registers, in 32-bit words. */
  const registers = (chain: number): number => (layout.registers + chain * REGISTERS_SIZE) >> 2;
  const perChain = layout.perChain >> 2;
  const parts = new Array<number>(CHAINS + 1).fill(0);

  /** Where the parts begin: after a line break within {@link CUT_SEARCH} bytes of each quarter, or at the quarter. */
  const cut = (length: number): void => {
    for (let part = 1; part < CHAINS; part += 1) {
      const quarter = Math.floor((length * part) / CHAINS);
      let at = quarter;
      const until = Math.min(length, quarter + CUT_SEARCH);
      while (at < until && memory[textAt + at] !== 0x0a) at += 1;
      parts[part] = Math.max(parts[part - 1]!, at < until ? at + 1 : quarter);
    }
  };

  const scan = (text: string, cuts: readonly number[] | undefined): ReadonlySet<number> | undefined => {
    if (text.length > MAX_LENGTH) return undefined;
    // The text as UTF-8: as many bytes as characters for pure ASCII. Writing stops only at a character that does not
    // fit, which leaves fewer than 4 bytes of the room unwritten: more than MAX_LENGTH bytes written means the text
    // did not fit (or only just), and is left to the JavaScript loop.
    const length = write(text, textAt, MAX_LENGTH + 4);
    if (length > MAX_LENGTH) return undefined;
    // A character that is not ASCII is written as 2 to 4 bytes, each of the class that every such character has but
    // a few (see nonAsciiClasses); a text with one of those few is left to the JavaScript loop.
    if (length !== text.length && (nonAscii === undefined || (nonAscii.others !== null && nonAscii.others.test(text)))) return undefined;
    if (cuts === undefined) cut(length);
    else for (let part = 1; part < CHAINS; part += 1) parts[part] = Math.min(length, Math.max(parts[part - 1]!, cuts[part - 1] ?? length));
    parts[CHAINS] = length;
    // Each chain starts resting: at the text's start as the JavaScript loop does, elsewhere after the byte before.
    let steps = length;
    for (let chain = 0; chain < CHAINS; chain += 1) {
      const from = parts[chain]!;
      const at = registers(chain);
      words[at + POINTER / 4] = words[at + FROM / 4] = textAt + from;
      words[at + STOP / 4] = textAt + parts[chain + 1]!;
      words[at + STATE / 4] = from === 0 ? start : restingAfter[memory[layout.classes + memory[textAt + from - 1]!]!]!;
      words[at + FOUND / 4] = 0;
      words[at + EXACT / 4] = chain === 0 ? 0 : 0xffffffff;
      steps = Math.min(steps, parts[chain + 1]! - from);
    }
    const exact = wasmScan(steps, textAt + length);
    let ended: Set<number> | undefined;
    const state = next[words[registers(exact) + STATE / 4]! + endClass]!;
    if (state >= acceptFrom) (ended ??= new Set()).add(state);
    // What each chain found where it was exact; and every record cleared for the next text.
    for (let chain = 0; chain < CHAINS; chain += 1) {
      if (words[registers(chain) + FOUND / 4] === 0) continue;
      const from = words[registers(chain) + EXACT / 4]!;
      const record = (layout.records >> 2) + chain * perChain;
      for (let index = 0; index < perChain; index += 1) {
        const leftAt = words[record + index]!;
        if (leftAt === 0) continue;
        if (leftAt >= from) (ended ??= new Set()).add(acceptFrom + index * classCount);
        words[record + index] = 0;
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
        words.fill(0, layout.records >> 2, layout.text >> 2);
        return undefined;
      }
    },
  };
}

const EMPTY: ReadonlySet<number> = new Set();

/** More characters than this outside the common class, and texts that are not pure ASCII are all left to JavaScript. */
const MAX_OTHER_NON_ASCII = 64;

/**
 * The class that every character above U+007F has but a few (the gate's: every one but the 19 that JavaScript counts
 * as whitespace, such as U+00A0 and U+2028), and a test for those few (`null` where there are none).
 *
 * Why a text that is not pure ASCII may be scanned as UTF-8 bytes, each of that class: a character of that class
 * takes no step of any pattern (no pattern spells a character above U+007F), so after it the scan holds only what it
 * holds after any character of that class, `restingAfter[class]` (and the matches that character completed, such as
 * `\.\s*beta\b`, whose acceptance it records once, however many bytes repeat it); a second byte of the class leads to
 * that same resting state and records nothing new. So the 2 to 4 bytes of one character find what the one (or two,
 * for a surrogate pair) UTF-16 code units the JavaScript loop reads find. A lone surrogate is written as U+FFFD, of
 * the same class. (tests/analysis/wasm-scanner.test.ts compares the two on texts with such characters next to every
 * piece of the patterns, cut at every position.)
 */
export function nonAsciiClasses(classOf: Uint8Array): { readonly class: number; readonly others: RegExp | null } | undefined {
  // Counted in a typed array, not a Map: this runs when the plugin loads, over 65,408 characters (a Map took about
  // 2 ms of every process's start).
  const counts = new Uint32Array(256);
  for (let code = 0x80; code < classOf.length; code += 1) counts[classOf[code]!]! += 1;
  // The most common class; between equals, the one met first.
  let common = -1;
  for (let code = 0x80; code < classOf.length; code += 1) if (common === -1 || counts[classOf[code]!]! > counts[common]!) common = classOf[code]!;
  const others: string[] = [];
  for (let code = 0x80; code < classOf.length; code += 1) {
    if (classOf[code] === common) continue;
    if (others.length === MAX_OTHER_NON_ASCII) return undefined;
    others.push(`\\u${code.toString(16).padStart(4, "0")}`);
  }
  return { class: common, others: others.length === 0 ? null : new RegExp(`[${others.join("")}]`) };
}
