/**
 * The model shutdown table against the installed `openai` package: an SDK upgrade that documents a new id or moves a
 * date fails here until `node scripts/sdk-model-shutdowns.mjs` regenerates `src/models.sdk.ts`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { MODEL_ID_WORDS } from "../src/analysis";
import { GUIDANCE_WITHOUT_ROW, MODEL_SHUTDOWNS, MODELS_AS_OF } from "../src/models";
import { SDK_MODEL_SHUTDOWNS, SDK_VERSION } from "../src/models.sdk";
// @ts-expect-error: a plain ES module script without types.
import { expectedSdkModule, openaiPackageDir, readSdkModelShutdowns } from "../scripts/sdk-model-shutdowns.mjs";

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
  it("has every SDK date unchanged", () => {
    for (const [id, shutdown] of SDK_MODEL_SHUTDOWNS) {
      expect(MODEL_SHUTDOWNS.get(id)?.shutdown, id).toBe(shutdown);
      expect(MODEL_SHUTDOWNS.get(id)?.source, id).toBe("sdk");
    }
  });

  it("names no replacement that is itself retiring", () => {
    for (const row of MODEL_SHUTDOWNS.values()) {
      for (const replacement of row.replacements) expect(MODEL_SHUTDOWNS.has(replacement), `${row.id} → ${replacement}`).toBe(false);
    }
  });

  it("has guidance only for ids it has", () => {
    expect(GUIDANCE_WITHOUT_ROW).toEqual([]);
  });

  it("has ids the file gate finds", () => {
    for (const id of MODEL_SHUTDOWNS.keys()) {
      expect(MODEL_ID_WORDS.some((word) => id.toLowerCase().includes(word)), id).toBe(true);
    }
  });

  it("has ISO dates and an as-of date", () => {
    expect(MODELS_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    for (const row of MODEL_SHUTDOWNS.values()) expect(row.shutdown, row.id).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
  });

  it("leaves out fine-tuned ids and current models", () => {
    for (const id of ["gpt-5.5", "gpt-6-luna", "gpt-6.1-sol", "omni-moderation-latest", "ft:gpt-4o-mini:acme::abc"]) {
      expect(MODEL_SHUTDOWNS.has(id), id).toBe(false);
    }
  });
});
