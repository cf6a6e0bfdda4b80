/**
 * The model shutdown table against the installed `openai` package: an SDK upgrade that documents a new id or moves a
 * date fails here until `node scripts/sdk-model-shutdowns.mjs` regenerates `src/models.sdk.ts`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { MODEL_ID_WORDS, QUOTED_MODEL_IDS, WORD_START_MODEL_ID_WORDS } from "../src/analysis";
import { RETIREMENT_ROWS, RULE_RETIREMENT_ROWS } from "../src/data/retirements";
import { ASSISTANTS_API, AUDIO_TRANSLATIONS, DEPRECATIONS, PROMPT_OBJECTS, SORA_API } from "../src/deprecations";
import { FINE_TUNE_SHUTDOWNS, fineTuneShutdown, MODEL_SHUTDOWNS, modelShutdownOf, MODELS_AS_OF } from "../src/models";
import { SDK_MODEL_SHUTDOWNS, SDK_VERSION } from "../src/models.sdk";
import { followReplacements, LATEST_RETIREMENTS, latestRows, validateRetirements, type RetirementRow } from "../src/retirements";
import { SDK_DEPRECATIONS } from "../src/sdk-deprecations";
// @ts-expect-error: a plain ES module script without types.
import { expectedSdkModule, openaiPackageDir, readSdkModelShutdowns } from "../scripts/sdk-model-shutdowns.mjs";
// @ts-expect-error: a plain ES module script without types.
import { expectedRetirementsModule, renderRetirements } from "../scripts/retirements-table.mjs";

const root = path.resolve(__dirname, "..");

describe("src/models.sdk.ts", () => {
  it("is what the installed openai package documents", () => {
    expect(readFileSync(path.join(root, "src/models.sdk.ts"), "utf8")).toBe(expectedSdkModule());
  });

  it("was read from the installed version", () => {
    const installed = JSON.parse(readFileSync(path.join(openaiPackageDir(), "package.json"), "utf8")) as { version: string };
    expect(SDK_VERSION).toBe(installed.version);
  });

  it("holds the ids the SDK's doc comments announce, with their dates", () => {
    const rows = readSdkModelShutdowns() as Array<{ id: string; shutdown: string }>;
    // The shutdowns the project was built for: if the SDK drops or moves one of these, a person should look.
    expect(rows.length).toBeGreaterThan(100);
    for (const [id, shutdown] of [
      ["gpt-5", "2026-12-11"],
      ["o3", "2026-12-11"],
      ["gpt-4o", "2027-01-14"],
      ["gpt-4.1-mini", "2027-01-14"],
      ["tts-1", "2027-01-06"],
      ["whisper-1", "2027-02-26"],
      ["gpt-4", "2026-10-23"],
      ["gpt-image-1", "2026-10-23"],
      ["dall-e-3", "2026-05-12"],
    ]) {
      expect(rows.find((row) => row.id === id)?.shutdown, id).toBe(shutdown);
    }
  });
});

describe("MODEL_SHUTDOWNS", () => {
  it("has the SDK's date for every id the SDK dates, unless the page's row says it kept another", () => {
    for (const [id, shutdown] of SDK_MODEL_SHUTDOWNS) {
      const row = MODEL_SHUTDOWNS.get(id);
      expect(row, id).toBeDefined();
      if (row!.shutdown !== shutdown) expect(LATEST_RETIREMENTS.get(id)?.source, id).toContain("SDK");
    }
    // The two the page dates otherwise (rows of 2026-04-22 the page later removed): the page is the authority.
    expect(MODEL_SHUTDOWNS.get("gpt-4o-audio-preview-2024-12-17")).toMatchObject({ shutdown: "2026-07-23", source: "page" });
    expect(SDK_MODEL_SHUTDOWNS.get("gpt-4o-audio-preview-2024-12-17")).toBe("2026-05-07");
  });

  it("names no replacement that is itself retiring, and says which retired ones it went through", () => {
    for (const row of MODEL_SHUTDOWNS.values()) {
      for (const replacement of row.replacements) expect(LATEST_RETIREMENTS.get(replacement)?.kind, `${row.id} → ${replacement}`).not.toBe("model");
      for (const id of row.via) expect(LATEST_RETIREMENTS.get(id)?.kind, `${row.id} via ${id}`).toBe("model");
    }
    // o1-mini → o4-mini (shut down 2026-10-23) → gpt-5.6-terra; text-davinci-003 → gpt-3.5-turbo-instruct → gpt-5.6-terra.
    expect(MODEL_SHUTDOWNS.get("o1-mini")).toMatchObject({ replacements: ["gpt-5.6-terra"], via: ["o4-mini"] });
    expect(MODEL_SHUTDOWNS.get("text-davinci-003")).toMatchObject({ replacements: ["gpt-5.6-terra"], via: ["gpt-3.5-turbo-instruct"] });
  });

  it("suggests only replacements of the same kind", () => {
    // A completions model moves to a chat model, a TTS model to the Realtime API: advice, not a string to swap.
    expect(MODEL_SHUTDOWNS.get("text-davinci-003")).toMatchObject({ kind: "completion", suggestions: [] });
    expect(MODEL_SHUTDOWNS.get("tts-1")).toMatchObject({ kind: "speech", replacements: ["gpt-realtime-2.1-mini"], suggestions: [] });
    expect(MODEL_SHUTDOWNS.get("whisper-1")).toMatchObject({ replacements: ["gpt-transcribe", "gpt-live-transcribe"], suggestions: ["gpt-transcribe"] });
    expect(MODEL_SHUTDOWNS.get("gpt-4o-realtime-preview")).toMatchObject({ kind: "realtime", suggestions: ["gpt-realtime-1.5"] });
  });

  it("has the rows the page has carried since 2023, shut down or not", () => {
    for (const [id, shutdown] of [
      ["text-davinci-003", "2024-01-04"],
      ["code-davinci-002", "2024-01-04"],
      ["ada", "2024-01-04"],
      ["gpt-4.5-preview", "2025-07-14"],
      ["gpt-4o-realtime-preview", "2026-05-07"],
      ["gpt-4o-realtime-preview-2024-12-17", "2026-05-07"],
      ["gpt-4o-realtime-preview-2025-06-03", "2026-05-07"],
      ["gpt-4o-mini-realtime-preview", "2026-05-07"],
      ["gpt-4o-realtime-preview-2024-10-01", "2025-10-10"],
      ["gpt-4-1106-preview", "2026-10-23"],
    ]) {
      expect(MODEL_SHUTDOWNS.get(id!)?.shutdown, id).toBe(shutdown);
    }
  });

  it("has ids the file gate and the rule's string selector find", () => {
    // As written, not only in some case: the gate reads the text in any case, but the rule's selector of strings
    // (src/analysis/selectors.ts) matches the words as they are. A fine-tune's id holds its base.
    for (const id of [...MODEL_SHUTDOWNS.keys(), ...FINE_TUNE_SHUTDOWNS.map(({ base }) => base)]) {
      const quoted = (QUOTED_MODEL_IDS as readonly string[]).includes(id);
      // A word that counts only at the start of a word must start the id or follow a non-word character in it.
      const hasWord = (word: string): boolean =>
        WORD_START_MODEL_ID_WORDS.has(word) ? new RegExp(`(?:^|[^a-z0-9_])${word}`, "u").test(id) : id.includes(word);
      expect(quoted || MODEL_ID_WORDS.some(hasWord), id).toBe(true);
    }
  });

  it("has gate words that everyday code does not contain", () => {
    // A gate word found in ordinary identifiers, CSS classes or prose lets every file through: `ada` would.
    const everyday = "metadata readable canada academy text-align text-sm code-block curiosity cushion vinci babble adapter";
    for (const word of MODEL_ID_WORDS) expect(everyday.includes(word), word).toBe(false);
    expect(everyday.includes("ada")).toBe(true);
  });

  it("has ISO dates and an as-of date", () => {
    expect(MODELS_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    for (const row of MODEL_SHUTDOWNS.values()) {
      expect(row.shutdown, row.id).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      expect(row.announced, row.id).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      expect(row.notice, row.id).not.toBe("");
    }
  });

  it("leaves out fine-tuned ids, current models and what other rules report", () => {
    for (const id of ["gpt-5.5", "gpt-6-luna", "gpt-6.1-sol", "omni-moderation-latest", "ft:gpt-4o-mini:acme::abc", "ft-gpt-4", "text-moderation-latest", "sora-2"]) {
      expect(MODEL_SHUTDOWNS.has(id), id).toBe(false);
    }
  });
  it("covers the fine-tunes of each base whose fine-tuned models the page shuts down, and no other", () => {
    // Every `ft-<base>` row of the page, and only those.
    const pageRows = [...LATEST_RETIREMENTS.values()].filter((row) => row.id.startsWith("ft-"));
    expect(pageRows.length).toBeGreaterThan(0);
    expect(FINE_TUNE_SHUTDOWNS.map(({ base }) => `ft-${base}`)).toEqual(pageRows.map((row) => row.id).sort());
    for (const { base, row } of FINE_TUNE_SHUTDOWNS) {
      const shutdown = fineTuneShutdown(`ft:${base}:acme::abc123`);
      expect(shutdown?.shutdown, base).toBe(LATEST_RETIREMENTS.get(`ft-${base}`)!.shutdown);
      expect(shutdown?.id).toBe(`ft:${base}:acme::abc123`);
      expect(shutdown?.replacements).toEqual(row.replacements);
      // A fine-tune's tuning is its own: no replacement takes its place in the request.
      expect(shutdown?.suggestions).toEqual([]);
      expect(shutdown?.note).toBe(`the shutdown covers fine-tuned \`${base}\` models`);
    }
    // Snapshots of a base: `ft-gpt-3.5-turbo` covers every `gpt-3.5-turbo-*`, `ft-gpt-4` covers `gpt-4-0613`.
    expect(fineTuneShutdown("ft:gpt-3.5-turbo-0125:acme:support-bot:9abcDEF")?.note).toContain("`gpt-3.5-turbo`");
    expect(fineTuneShutdown("ft:gpt-3.5-turbo-1106:acme::x")?.note).toContain("`gpt-3.5-turbo`");
    expect(fineTuneShutdown("ft:gpt-4-0613:acme::x")?.note).toContain("`gpt-4`");
    expect(modelShutdownOf("ft:gpt-4-0613:acme::x")?.id).toBe("ft:gpt-4-0613:acme::x");
    // Not another family that starts with the same letters, not a base the page leaves alone, not a malformed id.
    for (const id of ["ft:gpt-4o-mini-2024-07-18:acme::abc", "ft:gpt-4o-2024-08-06:acme::abc", "ft:gpt-4.1-mini-2025-04-14:acme::abc", "ft:gpt-4.1-nano:acme::abc", "ft:gpt-3.5-turbo", "ft-gpt-4", "gpt-4-0613:acme"]) {
      expect(fineTuneShutdown(id), id).toBeUndefined();
    }
    expect(modelShutdownOf("gpt-4o")).toBe(MODEL_SHUTDOWNS.get("gpt-4o"));
    expect(modelShutdownOf("gpt-5.5")).toBeUndefined();
  });
});

describe("src/data/retirements.ts", () => {
  it("is what the tables say", () => {
    expect(readFileSync(path.join(root, "src/data/retirements.ts"), "utf8")).toBe(expectedRetirementsModule());
  });

  it("is not written from a table it cannot read", () => {
    const header = "# as-of: 2026-11-30\nid\tkind\tannounced\tshutdown\treplacement\tnote\tnotice\tsource\n";
    const rules = "id\tdates\treplacement\turl\tshutdown_scope\tsource\n";
    expect(() => renderRetirements(`${header}gpt-x\tmodel\t2026-01-01\t2026-07-01\t\t\tSome models\tpage\n`, rules)).not.toThrow();
    expect(() => renderRetirements(`${header}gpt-x\tmodel\t2026-01-01\t2026-07-01\tSome models\tpage\n`, rules)).toThrow(/has 6 cells, the header 8/u);
    expect(() => renderRetirements(`${header}gpt-x\tmodel\t2026-01-01\tJuly 1\t\t\tSome models\tpage\n`, rules)).toThrow(/gpt-x's shutdown is not a date/u);
    expect(() => renderRetirements(`${header}gpt-x\tmodels\t2026-01-01\t2026-07-01\t\t\tSome models\tpage\n`, rules)).toThrow(/kind "models"/u);
    expect(() => renderRetirements(header.replace("# as-of: 2026-11-30\n", ""), rules)).toThrow(/as-of/u);
  });

  it("has the rows of OpenAI's page since 2023: models, endpoints and systems", () => {
    const kinds = new Map<string, number>();
    for (const row of RETIREMENT_ROWS) kinds.set(row.kind, (kinds.get(row.kind) ?? 0) + 1);
    expect(kinds.get("model")).toBeGreaterThanOrEqual(170);
    for (const id of ["/v1/edits", "/v1/fine-tunes", "Assistants API", "v1/prompts", "Agent Builder", "Videos API", "OpenAI-Beta: realtime=v1"]) {
      expect(LATEST_RETIREMENTS.has(id), id).toBe(true);
    }
    expect(Math.min(...RETIREMENT_ROWS.map((row) => Number(row.announced.slice(0, 4))))).toBe(2023);
  });
});

describe("validateRetirements", () => {
  const row = (fields: Partial<RetirementRow> & Pick<RetirementRow, "id">): RetirementRow => ({
    kind: "model",
    announced: "2026-01-01",
    shutdown: "2026-07-01",
    replacement: "",
    note: "",
    notice: "Some models",
    source: "https://example.com/deprecations",
    ...fields,
  });

  it("finds nothing wrong with the table", () => {
    expect(validateRetirements(RETIREMENT_ROWS, SDK_MODEL_SHUTDOWNS)).toEqual([]);
  });

  it("fails on a row without a source", () => {
    expect(validateRetirements([row({ id: "gpt-x", source: "" })], new Map())).toEqual(["gpt-x (2026-01-01 Some models) has no source"]);
  });

  it("fails on a retired replacement whose chain cannot be followed", () => {
    // gpt-x → gpt-y, which is retired and names nothing: the rule would send people to a model that is gone.
    const deadEnd = [row({ id: "gpt-x", replacement: "gpt-y" }), row({ id: "gpt-y", notice: "Other models" })];
    expect(validateRetirements(deadEnd, new Map())).toEqual([
      "gpt-x names gpt-y, which is retired and names no replacement: follow it by hand and say so in a note",
    ]);
    const cycle = [row({ id: "gpt-x", replacement: "gpt-y" }), row({ id: "gpt-y", replacement: "gpt-x", notice: "Other models" })];
    expect(validateRetirements(cycle, new Map())).toEqual(["gpt-x's replacements come back to gpt-x", "gpt-y's replacements come back to gpt-y"]);
    // Followed: gpt-x → gpt-y → gpt-z, which is current.
    const chain = [row({ id: "gpt-x", replacement: "gpt-y" }), row({ id: "gpt-y", replacement: "gpt-z", notice: "Other models" })];
    expect(validateRetirements(chain, new Map())).toEqual([]);
    expect(followReplacements(chain[0]!, latestRows(chain))).toMatchObject({ ids: ["gpt-z"], via: ["gpt-y"] });
  });

  it("fails when two rows of one notice disagree", () => {
    const twice = [row({ id: "gpt-x", replacement: "gpt-z" }), row({ id: "gpt-x", replacement: "gpt-w" })];
    expect(validateRetirements(twice, new Map())).toEqual(["2026-01-01 Some models lists gpt-x twice: 2026-07-01 → gpt-z and 2026-07-01 → gpt-w"]);
    const snapshot = [row({ id: "gpt-x", replacement: "gpt-z" }), row({ id: "gpt-x-2025-01-01", shutdown: "2026-08-01", replacement: "gpt-z" })];
    expect(validateRetirements(snapshot, new Map())).toEqual([
      "2026-01-01 Some models disagrees with itself: gpt-x 2026-07-01 → gpt-z, its snapshot gpt-x-2025-01-01 2026-08-01 → gpt-z",
    ]);
  });

  it("fails when the SDK dates an id otherwise without the row saying so", () => {
    expect(validateRetirements([row({ id: "gpt-x" })], new Map([["gpt-y", "2026-07-01"]]))).toEqual([
      "the openai SDK dates gpt-y (2026-07-01); the table has no row for it",
    ]);
    expect(validateRetirements([row({ id: "gpt-x" })], new Map([["gpt-x", "2026-06-01"]]))).toEqual([
      "gpt-x: the page row says 2026-07-01, the SDK 2026-06-01; the row's source must say which it kept",
    ]);
    expect(validateRetirements([row({ id: "gpt-x", source: "sdk: openai doc comments" })], new Map([["gpt-x", "2026-06-01"]]))).toEqual([
      "gpt-x is taken from the SDK with 2026-07-01; the SDK says 2026-06-01",
    ]);
  });
});

describe("the rule-level rows of src/deprecations.ts", () => {
  it("take their facts from src/data/rule-retirements.tsv, one row each, with a source", () => {
    expect(RULE_RETIREMENT_ROWS.map((row) => row.id).sort()).toEqual(DEPRECATIONS.map((row) => row.id).sort());
    for (const row of DEPRECATIONS) {
      const facts = RULE_RETIREMENT_ROWS.find((candidate) => candidate.id === row.id)!;
      expect(facts.source, row.id).not.toBe("");
      expect(row).toMatchObject({ replacement: facts.replacement, url: facts.url, source: facts.source });
    }
  });

  it("have the dates of the page row they name", () => {
    for (const facts of RULE_RETIREMENT_ROWS.filter((row) => row.dates.startsWith("page:"))) {
      const page = LATEST_RETIREMENTS.get(facts.dates.slice("page:".length));
      expect(page, facts.dates).toBeDefined();
      expect(DEPRECATIONS.find((row) => row.id === facts.id), facts.id).toMatchObject({ announced: page!.announced, shutdown: page!.shutdown, notice: page!.notice });
    }
    expect(ASSISTANTS_API).toMatchObject({ announced: "2025-08-20", shutdown: "2026-08-26" });
    expect(PROMPT_OBJECTS).toMatchObject({ shutdown: "2026-11-30", shutdownScope: "`v1/prompts`" });
  });

  it("stand for every endpoint and system the page retires, or its row says where it is reported instead", () => {
    // The page's rows that no rule-level row names, and why: a new notice on an endpoint or a system fails here
    // until a rule reports it or this list says why none does.
    const elsewhere: Record<string, string> = {
      "/v1/edits": "2024: the openai v3 SDK's `createEdit` is reported with the v3 SDK (`strict`); a REST call to it is not looked for",
      "/v1/fine-tunes": "2024: the openai v3 SDK's `createFineTune` is reported with the v3 SDK (`strict`); a REST call to it is not looked for",
      "fine-tuning training on babbage-002": "no-deprecated-models reports `babbage-002` itself, by its later shutdown",
      "fine-tuning training on davinci-002": "no-deprecated-models reports `davinci-002` itself, by its later shutdown",
      "OpenAI-Beta: assistants=v1": "no-assistants-api reports every `OpenAI-Beta: assistants=v…` header, with the Assistants API's date",
    };
    const named = new Set(RULE_RETIREMENT_ROWS.filter((row) => row.dates.startsWith("page:")).map((row) => row.dates.slice("page:".length)));
    const systems = [...LATEST_RETIREMENTS.values()].filter((row) => row.kind !== "model").map((row) => row.id);
    expect(systems.filter((id) => !named.has(id) && elsewhere[id] === undefined)).toEqual([]);
    // Each reason is for a row the page has, and no named row is also set aside.
    for (const id of Object.keys(elsewhere)) {
      expect(systems, id).toContain(id);
      expect(named.has(id), id).toBe(false);
    }
  });

  it("agree with the SDK where it dates the same retirement", () => {
    // The Sora API: dated by the page's notice, and by the SDK's doc comment on client.videos.
    expect(SDK_DEPRECATIONS.find((entry) => entry.key === "resource:client:OpenAI.videos")?.date).toBe(SORA_API.shutdown);
    expect(SDK_DEPRECATIONS.find((entry) => entry.key === "method:audio/translations:Translations.create")?.date).toBe(AUDIO_TRANSLATIONS.shutdown);
  });
});
