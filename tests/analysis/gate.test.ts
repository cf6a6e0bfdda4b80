/**
 * The gate's one-pass scanner (src/analysis/gate.ts, src/analysis/text-scanner.ts) against the gate spelled the slow way
 * (a search for each word, and the regular expressions the gate ran before, four scans of each file). On the repository's own files, on
 * random texts made of the patterns' pieces, and on the corner cases of an automaton (word boundaries at the text's
 * ends, whitespace loops, optional steps, case, non-ASCII characters), the scanner must find what they find.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import type { ApiPosition } from "../../src/analysis/gate";
import { randomFrom, repositoryTextFiles, root } from "./scanner-inputs";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const gate = require("../../dist/src/analysis/gate.js") as typeof import("../../src/analysis/gate");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildAutomaton, WHITESPACE_CODES } = require("../../dist/src/analysis/text-scanner.js") as typeof import("../../src/analysis/text-scanner");

// The gate spelled the slow way: each word wherever it occurs, in any ASCII case (an o-series word only at the start
// of a word); an everyday word only with evidence
// of OpenAI, with type information, or at one of its occurrences after `/` (or `.`, where the map says so) and any
// whitespace; the evidence, `model|openai` and a quoted id as the regular expressions the gate ran before.
const EVERYDAY: ReadonlyMap<string, ApiPosition> = gate.EVERYDAY_WORDS;
const EVIDENCE = /openai|responses|assistants|chatkit|pmpt_|wf_|\.\s*beta\b|\bbeta\s*\??\./i;
const MODEL_POSITION = /model|openai/i;
const QUOTED_ID = /["'`]ada["'`]/;

function referenceMentions(text: string, typed: boolean): Set<string> {
  // ASCII letters only, as the `i` flag without `u` folds them: the Kelvin sign is no `k`.
  const lower = text.replace(/[A-Z]/gu, (letter) => letter.toLowerCase());
  const evidence = typed || EVIDENCE.test(text);
  const words = new Set<string>();
  for (const word of gate.MENTION_WORDS) {
    const where = EVERYDAY.get(word);
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      if (gate.WORD_START_MODEL_ID_WORDS.has(word) && at > 0 && /\w/u.test(text[at - 1]!)) continue;
      const asApi = where !== undefined && where !== "" && atApiPosition(lower, at, where);
      if (where === undefined || evidence || asApi) {
        words.add(word);
        break;
      }
    }
  }
  return words;
}

/**
 * Whether the word at `at` stands after its `/` or `.` (whitespace allowed around it) and, for a word with a parent,
 * after the parent with any whitespace, `?` and `!` before the `.` or `/` (`audio ?.translations`), read backwards.
 */
function atApiPosition(lower: string, at: number, where: Exclude<ApiPosition, "">): boolean {
  const skip = (from: number, chars: RegExp): number => {
    let index = from;
    while (index >= 0 && chars.test(lower[index]!)) index -= 1;
    return index;
  };
  const before = skip(at - 1, /\s/u);
  const separators = typeof where === "string" ? where : "./";
  if (before < 0 || !separators.includes(lower[before]!)) return false;
  if (typeof where === "string") return true;
  const parentEnd = skip(skip(skip(before - 1, /\s/u), /[?!]/u), /\s/u);
  return lower.slice(0, parentEnd + 1).endsWith(where.parent);
}

function scannerMentions(text: string, typed: boolean): Set<string> {
  return new Set(gate.mentionsIn(gate.scanText(text), typed));
}

function expectSameAsReference(text: string, label: string): void {
  for (const typed of [false, true]) {
    expect(scannerMentions(text, typed), `${label} (typed: ${typed})`).toEqual(referenceMentions(text, typed));
  }
  const scan = gate.scanText(text);
  expect(scan.modelPosition, `${label}: model|openai`).toBe(MODEL_POSITION.test(text));
  expect(scan.quotedModelId, `${label}: quoted id`).toBe(QUOTED_ID.test(text));
  expect(scan.evidence, `${label}: evidence`).toBe(EVIDENCE.test(text));
}


describe("the gate's scanner finds what the regular expressions find", () => {
  it("on every source, test, fixture, example and doc file of the repository", () => {
    const files = repositoryTextFiles();
    expect(files.length).toBeGreaterThan(200);
    for (const file of files) expectSameAsReference(readFileSync(file, "utf8"), path.relative(root, file));
  });

  it("on random texts made of the patterns' pieces, separators, case changes and whitespace", () => {
    // A fixed seed, so that a failure shows the same text again.
    const random = randomFrom(1);
    const pieces = [
      ...gate.MENTION_WORDS,
      ...gate.MENTION_WORDS.map((word) => word.slice(0, Math.max(1, word.length - 2))),
      "model",
      "openai",
      "openai/",
      "beta",
      "wf_",
      // The parents of the everyday words that count only after them (`audio.translations`).
      ...[...EVERYDAY.values()].flatMap((where) => (typeof where === "string" ? [] : [where.parent, where.parent.slice(1)])),
      "!",
      "this",
      "ada",
      "Ada",
      "ADA",
      ".",
      "/",
      "?",
      "?.",
      "\"",
      "'",
      "`",
      " ",
      "\n",
      "\t",
      "\u00a0",
      "\u2028",
      "x",
      "_",
      "9",
      "é",
      "\u212a",
      "(",
      "-",
    ];
    for (let text = 0; text < 5000; text += 1) {
      let value = "";
      const length = 1 + Math.floor(random() * 12);
      for (let piece = 0; piece < length; piece += 1) {
        const chosen = pieces[Math.floor(random() * pieces.length)]!;
        value += random() < 0.2 ? chosen.toUpperCase() : chosen;
      }
      expectSameAsReference(value, JSON.stringify(value));
    }
  });

  it("on the corner cases of word boundaries, whitespace, optional steps, case and non-ASCII letters", () => {
    const cases = [
      "beta.threads",
      "x.beta",
      "x.beta_y",
      "x. \n beta(",
      "betax.",
      "_beta.",
      "beta ?.threads",
      "beta??.",
      "client . \n images.createVariation()",
      "client.\u00a0images",
      "client.\u2003images",
      "a/ threads",
      "this.translations user.permissions parseSettings.projects",
      "client.audio.translations.create",
      "audio?.translations audio!.translations",
      "x.audio ?. \n translations",
      "audio ! ? .translations",
      "audio\n  .translations",
      "`${base}/audio/translations`",
      "/translations",
      "fineTuning.checkpoints.permissions.retrieve",
      "admin.organization.projects.create",
      "organizations.projects",
      "Audio.Translations",
      "a.threads",
      "a.prompt",
      "/prompt",
      "workflow",
      "workflow openai",
      "response",
      "Responses",
      "RESPONSE wf_",
      "\u212aatchkit chat\u212ait",
      "\"ada\"",
      "'Ada'",
      "`ada`",
      "\"adaa\"",
      "chatgpt-4o",
      "o1",
      "hello1 foo3 xo4",
      "BETAO1 xAbeta. Da.beta",
      "\"o1-mini\" openai/o3 openai:o4-mini _o1 9o3",
      "",
    ];
    for (const text of cases) expectSameAsReference(text, JSON.stringify(text));
  });
});

describe("the automaton", () => {
  it("treats as whitespace exactly what \\s matches", () => {
    const expected: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) if (/\s/u.test(String.fromCharCode(code))) expected.push(code);
    expect([...WHITESPACE_CODES].sort((a, b) => a - b)).toEqual(expected);
  });

  it("finds each pattern it is given, and only those, wherever they occur", () => {
    const automaton = buildAutomaton(["ab", "b", [{ chars: "." }, { whitespace: "any" }, { chars: "c" }], [{ chars: "d", exact: true }]]);
    const found = (text: string): number[] => {
      const patterns = new Set<number>();
      let state = automaton.start;
      const step = (cls: number): void => {
        state = automaton.next[state + cls]!;
        if (state >= automaton.acceptFrom) for (const pattern of automaton.accepts[(state - automaton.acceptFrom) / automaton.classCount]!) patterns.add(pattern);
      };
      for (const char of text) step(automaton.classOf[char.charCodeAt(0)]!);
      step(automaton.endClass);
      return [...patterns].sort();
    };
    expect(found("")).toEqual([]);
    expect(found("AB")).toEqual([0, 1]);
    expect(found("xb")).toEqual([1]);
    expect(found(". \t C")).toEqual([2]);
    expect(found(".xc")).toEqual([]);
    expect(found("D")).toEqual([]);
    expect(found("d")).toEqual([3]);
  });
});

