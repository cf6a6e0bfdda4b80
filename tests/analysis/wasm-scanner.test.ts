/**
 * The gate's scan in WebAssembly, four parts of a text at once (src/analysis/wasm-scanner.ts), against the JavaScript
 * loop (`endStatesInJavaScript` in src/analysis/gate.ts): the same set of states, number for number, on every file of
 * the repository, on thousands of random texts cut at every position (matches and whitespace runs across a cut, a word
 * boundary right after one, a match that ends where a part ends), on the texts the scanner leaves to JavaScript
 * (not ASCII, too long), and where WebAssembly is missing or fails.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { randomFrom, repositoryTextFiles, root } from "./scanner-inputs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const gate = require("../../dist/src/analysis/gate.js") as typeof import("../../src/analysis/gate");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wasm = require("../../dist/src/analysis/wasm-scanner.js") as typeof import("../../src/analysis/wasm-scanner");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildAutomaton } = require("../../dist/src/analysis/text-scanner.js") as typeof import("../../src/analysis/text-scanner");

type Automaton = import("../../src/analysis/text-scanner").Automaton;

const sorted = (states: ReadonlySet<number> | undefined): number[] | undefined => (states === undefined ? undefined : [...states].sort((a, b) => a - b));

/** The JavaScript loop for any automaton, as gate.ts runs it for its own. */
function reference(automaton: Automaton, text: string): number[] {
  const ended = new Set<number>();
  let state = automaton.start;
  for (let index = 0; index < text.length; index += 1) {
    state = automaton.next[state + automaton.classOf[text.charCodeAt(index)]!]!;
    if (state >= automaton.acceptFrom) ended.add(state);
  }
  state = automaton.next[state + automaton.endClass]!;
  if (state >= automaton.acceptFrom) ended.add(state);
  return [...ended].sort((a, b) => a - b);
}


const scanner = wasm.createChainScanner(gate.GATE_AUTOMATON)!;

/** The scanner with these cuts against the JavaScript loop. */
function expectSameWithCuts(text: string, cuts: readonly number[]): void {
  expect(sorted(scanner.endStates(text, cuts)), `${JSON.stringify(text.length < 200 ? text : `${text.slice(0, 200)}…`)} cut at ${cuts.join(", ")}`).toEqual(
    sorted(gate.endStatesInJavaScript(text)),
  );
}

/** Every single cut, every cut after a line break, and the three cuts at one place, on a short text. */
function expectSameAtEveryCut(text: string): void {
  const { length } = text;
  for (let at = 0; at <= length; at += 1) {
    expectSameWithCuts(text, [at, length, length]);
    expectSameWithCuts(text, [0, at, length]);
    expectSameWithCuts(text, [at, at, at]);
  }
}

// The pieces the gate's patterns are made of, and what stands between them.
const PIECES = [
  ...gate.MENTION_WORDS,
  ...gate.MENTION_WORDS.map((word) => word.slice(0, Math.max(1, word.length - 2))),
  "model",
  "openai",
  "beta",
  "wf_",
  "ada",
  "Ada",
  "\"ada\"",
  ". \n\n  images",
  ".\n",
  "/\n",
  "beta \n?.",
  "\no1",
  "o1",
  ".",
  "/",
  "?",
  "?.",
  "\"",
  "'",
  "`",
  " ",
  "  ",
  "\n",
  "\n\n",
  "\t",
  "\r\n",
  "x",
  "_",
  "9",
  "(",
  "-",
];

function randomText(random: () => number, pieces: number): string {
  let value = "";
  for (let piece = 0; piece < pieces; piece += 1) {
    const chosen = PIECES[Math.floor(random() * PIECES.length)]!;
    value += random() < 0.2 ? chosen.toUpperCase() : chosen;
  }
  return value;
}

/** The characters above U+007F that the scanner leaves to the JavaScript loop. */
const OTHER_NON_ASCII = wasm.nonAsciiClasses(gate.GATE_AUTOMATON.classOf)!.others!;

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}


describe("the WebAssembly scan finds the states the JavaScript loop finds", () => {
  it("on every source, test, fixture, example and doc file of the repository, cut as it cuts them and at random", () => {
    const files = repositoryTextFiles();
    expect(files.length).toBeGreaterThan(200);
    const random = randomFrom(7);
    const expectSame = (text: string, label: string): void => {
      const expected = sorted(gate.endStatesInJavaScript(text));
      expect(sorted(gate.endStates(text)), label).toEqual(expected);
      expect(sorted(scanner.endStates(text)), label).toEqual(expected);
      for (let round = 0; round < 3; round += 1) {
        const cuts = [random(), random(), random()].map((share) => Math.floor(share * text.length)).sort((a, b) => a - b);
        expect(sorted(scanner.endStates(text, cuts)), `${label} cut at ${cuts.join(", ")}`).toEqual(expected);
      }
    };
    let notAscii = 0;
    let leftToJavaScript = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const label = path.relative(root, file);
      if (!isAscii(text)) {
        notAscii += 1;
        if (OTHER_NON_ASCII.test(text)) {
          // Left to the JavaScript loop as it is; scanned here with those characters made ASCII whitespace.
          leftToJavaScript += 1;
          expect(scanner.endStates(text), label).toBeUndefined();
          expect(sorted(gate.endStates(text)), label).toEqual(sorted(gate.endStatesInJavaScript(text)));
          expectSame(text.replace(new RegExp(OTHER_NON_ASCII.source, "g"), " "), `${label} (its whitespace made ASCII)`);
          continue;
        }
      }
      expectSame(text, label);
    }
    expect(files.length - notAscii).toBeGreaterThan(100);
    // The repository's files that are not pure ASCII (its docs, with their dashes and arrows) are scanned as UTF-8.
    expect(notAscii - leftToJavaScript).toBeGreaterThan(20);
  });

  it("on random texts of the patterns' pieces, cut at every position", () => {
    const random = randomFrom(1);
    for (let text = 0; text < 2000; text += 1) expectSameAtEveryCut(randomText(random, 1 + Math.floor(random() * 8)));
  });

  it("on a match or a run of whitespace across a cut, a word boundary at a cut, a match that ends where a part ends", () => {
    const cases = [
      "x. \n\n  images.generate()",
      "client.\n\n    images\n",
      "a/\n\nthreads",
      "x.beta\n",
      "x.\nbeta\n.threads",
      "beta \n \n?.threads",
      "\no1",
      "ao1 \no1-mini",
      "x\no3",
      "gpt-",
      "gpt-\n",
      // A match that only the end of the text completes (`\.\s*beta\b`), and texts whose end must not complete one.
      "x.beta",
      "x. \n beta",
      "\"ada",
      "'ada",
      "\"ada\"\n",
      "\"ada\"",
      "openai",
      "model\n\nmodel",
      "responses.create\nresponse",
      "",
      "\n",
      "x",
      ".",
    ];
    for (const text of cases) expectSameAtEveryCut(text);
  });

  it("on long random texts cut as the scanner cuts them, and on texts of about the length below which it leaves them to JavaScript", () => {
    const random = randomFrom(3);
    const filler = "const value = call(argument, other);\n  if (x) return y;\n";
    for (let text = 0; text < 300; text += 1) {
      let value = "";
      const length = wasm.MIN_LENGTH - 3 + Math.floor(random() * (text < 100 ? 7 : 20_000));
      while (value.length < length) value += random() < 0.3 ? randomText(random, 3) : filler.slice(0, Math.floor(random() * filler.length));
      value = value.slice(0, length);
      expect(sorted(scanner.endStates(value)), `text ${text}`).toEqual(sorted(gate.endStatesInJavaScript(value)));
      expect(sorted(gate.endStates(value)), `text ${text}`).toEqual(sorted(gate.endStatesInJavaScript(value)));
    }
  });

  it("one text after another: what one text found is not found in the next", () => {
    const found = "x.images.generate() openai gpt-4o ".repeat(40);
    const nothing = "const value = call(argument, other);\n".repeat(40);
    for (const text of [found, nothing, found, found, nothing]) expectSameWithCuts(text, [100, 700, 1300]);
    expect(scanner.endStates(nothing)?.size).toBe(0);
  });

  it("a part that begins after a line break begins in the state the text begins in", () => {
    const automaton = gate.GATE_AUTOMATON;
    expect(automaton.restingAfter[automaton.classOf["\n".charCodeAt(0)]!]).toBe(automaton.start);
    expect(automaton.restingAfter[automaton.endClass]).toBe(automaton.start);
  });

  it("on the empty text and texts of one character", () => {
    for (const text of ["", "a", " ", "\n", ".", "/", "\"", "_"]) {
      expect(sorted(scanner.endStates(text)), JSON.stringify(text)).toEqual(sorted(gate.endStatesInJavaScript(text)));
      expect(sorted(gate.endStates(text)), JSON.stringify(text)).toEqual(sorted(gate.endStatesInJavaScript(text)));
    }
  });

  it("for other automata: a small one, and one whose table needs 32-bit entries", () => {
    const small = buildAutomaton(["ab", "b", [{ chars: "." }, { whitespace: "any" }, { chars: "c" }], [{ chars: "d", exact: true }]]);
    const random = randomFrom(5);
    const words: string[] = [];
    for (let word = 0; word < 600; word += 1) words.push([...Array(4 + Math.floor(random() * 6))].map(() => "abcdefghijklmnopqrstuvwxyz0123456789_-."[Math.floor(random() * 39)]).join(""));
    const wide = buildAutomaton(words);
    expect(wide.next).toBeInstanceOf(Uint32Array);
    for (const [automaton, alphabet] of [
      [small, ["a", "b", "c", "d", "D", ".", " ", "\n", "x"]],
      [wide, [...words.slice(0, 50), "\n", " ", "x", "."]],
    ] as const) {
      const chained = wasm.createChainScanner(automaton)!;
      for (let text = 0; text < 300; text += 1) {
        let value = "";
        for (let piece = Math.floor(random() * 10); piece > 0; piece -= 1) value += alphabet[Math.floor(random() * alphabet.length)]!;
        for (let at = 0; at <= value.length; at += 1) {
          expect(sorted(chained.endStates(value, [at, value.length, value.length])), `${JSON.stringify(value)} cut at ${at}`).toEqual(reference(automaton, value));
          expect(sorted(chained.endStates(value, [0, at, at])), `${JSON.stringify(value)} cut at 0, ${at}, ${at}`).toEqual(reference(automaton, value));
        }
      }
    }
  });
});

describe("texts that are not pure ASCII", () => {
  it("the characters above U+007F whose class is not the common one are the 19 that JavaScript counts as whitespace", () => {
    const nonAscii = wasm.nonAsciiClasses(gate.GATE_AUTOMATON.classOf)!;
    expect(nonAscii.class).toBe(gate.GATE_AUTOMATON.classOf["é".charCodeAt(0)]);
    const others: number[] = [];
    for (let code = 0x80; code <= 0xffff; code += 1) if (nonAscii.others!.test(String.fromCharCode(code))) others.push(code);
    const whitespace: number[] = [];
    for (let code = 0x80; code <= 0xffff; code += 1) if (/\s/.test(String.fromCharCode(code))) whitespace.push(code);
    expect(others).toEqual(whitespace);
    expect(others).toHaveLength(19);
    // Classes where every character above U+007F shares one have none to test for; where many do not, texts that are
    // not pure ASCII are all left to the JavaScript loop.
    const classes = new Uint8Array(0x10000);
    expect(wasm.nonAsciiClasses(classes)).toEqual({ class: 0, others: null });
    classes.fill(1, 0x100, 0x140);
    expect(wasm.nonAsciiClasses(classes)?.others?.test("\u013f")).toBe(true);
    classes[0x140] = 1;
    expect(wasm.nonAsciiClasses(classes)).toBeUndefined();
  });

  it("are scanned as UTF-8, with every character next to every piece of the patterns, cut at every position", () => {
    const characters = ["é", "\u0080", "\u00ff", "\u0100", "\u212a", "\u0130", "\u017f", "\u2014", "\uffff", "\ud83d\ude00", "\ud83d", "\ude00", "\ude00\ud83d"];
    const random = randomFrom(11);
    for (let text = 0; text < 600; text += 1) {
      let value = randomText(random, 1 + Math.floor(random() * 6));
      for (let insert = 1 + Math.floor(random() * 3); insert > 0; insert -= 1) {
        const at = Math.floor(random() * (value.length + 1));
        value = `${value.slice(0, at)}${characters[Math.floor(random() * characters.length)]!}${value.slice(at)}`;
      }
      // Cuts are byte offsets: every one of them, through the middle of a character too.
      const bytes = Buffer.byteLength(value);
      for (let at = 0; at <= bytes; at += 1) {
        expectSameWithCuts(value, [at, bytes, bytes]);
        expectSameWithCuts(value, [0, at, bytes]);
      }
    }
    const long = "const value = call(argument, other);\n".repeat(40);
    for (const character of characters) {
      for (const text of [`${character}${long}`, `${long}x.${character}beta`, `${long}x.beta${character}`, `${long}"${character}ada"`, `${long}${character}o3-mini`, `${long}gpt-${character}`]) {
        expect(scanner.endStates(text), JSON.stringify(character)).not.toBeUndefined();
        expect(sorted(gate.endStates(text)), JSON.stringify(text.slice(-12))).toEqual(sorted(gate.endStatesInJavaScript(text)));
      }
    }
    expect(gate.scanText(`${long}x.beta\u2014`).evidence).toBe(true);
    expect(gate.scanText(`${long}\u2014o3-mini`).words.has("o3")).toBe(true);
    expect(gate.scanText(`${long}é_o3-mini`).words.has("o3")).toBe(false);
  });
});

describe("what the WebAssembly scan leaves to the JavaScript loop", () => {
  it("texts with whitespace that is not ASCII, wherever it is; gate.endStates gives the loop's result", () => {
    // (The last form is what `Buffer#write` would stop short on, with as many bytes written as the text has characters,
    // if it were given room for only 3 more bytes than characters: two 2-byte characters, then a 4-byte pair.)
    const long = "const value = call(argument, other);\n".repeat(40);
    const others = ["\u00a0", "\u2028", "\u2029", "\u3000", "\ufeff", "\u1680"];
    for (const other of others) {
      for (const text of [other, `${other}${long}`, `${long.slice(0, 700)}${other}${long.slice(700)}`, `${long}${other}`, `${long}x.${other}images`, `${long}x.${other}${other}images`, `${long}${other}${other}\ud83d\ude00`, `${long}é${other}`]) {
        expect(scanner.endStates(text), JSON.stringify(other)).toBeUndefined();
        expect(sorted(gate.endStates(text)), JSON.stringify(other)).toEqual(sorted(gate.endStatesInJavaScript(text)));
      }
    }
    // Whitespace that is not ASCII keeps its class: `.` and U+00A0 or U+2028 before `images` is the API's member chain.
    expect(gate.scanText(`${long}client.\u00a0images.generate()`).wordsAsApi.has("images")).toBe(true);
    expect(gate.scanText(`${long}client.\u2028images.generate()`).wordsAsApi.has("images")).toBe(true);
  });

  it("texts longer than MAX_LENGTH", () => {
    const text = `openai ${"x".repeat(wasm.MAX_LENGTH)} gpt-4o`;
    expect(scanner.endStates(text)).toBeUndefined();
    expect(sorted(gate.endStates(text))).toEqual(sorted(gate.endStatesInJavaScript(text)));
    expect(gate.scanText(text).words.has("gpt-")).toBe(true);
    const longest = `openai ${"x".repeat(wasm.MAX_LENGTH - 14)} gpt-4o`;
    expect(longest.length).toBe(wasm.MAX_LENGTH);
    expect(sorted(scanner.endStates(longest))).toEqual(sorted(gate.endStatesInJavaScript(longest)));
  });

  it("everything where WebAssembly is missing, or its module does not compile or instantiate", () => {
    expect(wasm.createChainScanner(gate.GATE_AUTOMATON, null)).toBeUndefined();
    const failing = (what: "Module" | "Instance"): typeof WebAssembly =>
      ({
        ...WebAssembly,
        [what]: class {
          constructor() {
            throw new WebAssembly.CompileError(`no ${what}`);
          }
        },
      }) as unknown as typeof WebAssembly;
    expect(wasm.createChainScanner(gate.GATE_AUTOMATON, failing("Module"))).toBeUndefined();
    expect(wasm.createChainScanner(gate.GATE_AUTOMATON, failing("Instance"))).toBeUndefined();
    // The module is valid WebAssembly.
    expect(WebAssembly.validate(wasm.moduleBytes(gate.GATE_AUTOMATON))).toBe(true);
  });

  it("node --jitless, which has no WebAssembly: the plugin loads and reports what it reports with WebAssembly", () => {
    const script = `
      const { Linter } = require("eslint");
      const plugin = require(${JSON.stringify(path.join(root, "dist/src/index.js"))});
      const gate = require(${JSON.stringify(path.join(root, "dist/src/analysis/gate.js"))});
      const code = 'import OpenAI from "openai";\\nconst client = new OpenAI();\\n' + "const value = call(argument, other);\\n".repeat(100) +
        'await client.beta.threads.create();\\nawait client.chat.completions.create({ model: "gpt-4-32k", messages });\\n';
      const messages = new Linter({ configType: "flat" }).verify(code, [plugin.configs.recommended], "x.js");
      console.log(JSON.stringify({
        webAssembly: typeof WebAssembly,
        same: JSON.stringify([...gate.endStates(code)].sort()) === JSON.stringify([...gate.endStatesInJavaScript(code)].sort()),
        messages: messages.map((m) => m.ruleId + "@" + m.line + ":" + m.column),
      }));
    `;
    const run = (flags: readonly string[]) => {
      const result = spawnSync(process.execPath, [...flags, "-e", script], { cwd: root, encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as { webAssembly: string; same: boolean; messages: string[] };
    };
    const jitless = run(["--jitless"]);
    const usual = run([]);
    expect(jitless.webAssembly).toBe("undefined");
    expect(usual.webAssembly).toBe("object");
    expect(jitless.same).toBe(true);
    expect(usual.same).toBe(true);
    expect(usual.messages.length).toBeGreaterThan(0);
    expect(jitless.messages).toEqual(usual.messages);
  });
});
