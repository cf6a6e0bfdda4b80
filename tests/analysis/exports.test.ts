import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import * as tsParser from "@typescript-eslint/parser";
import * as espree from "espree";
import { afterAll, beforeEach, describe, expect, it } from "vitest";

import { clearModuleCache, ModuleReader, moduleReadStats, type ModuleValue } from "../../src/analysis/exports";
import { clearModuleFileCache } from "../../src/analysis/module-files";
import type { ModuleBinding } from "../../src/analysis/modules";

/** A throwaway project: files written per test, read through a `ModuleReader` as a linted `app.ts` there would. */
const root = mkdtempSync(path.join(tmpdir(), "openai-exports-"));
const app = path.join(root, "app.ts");
const write = (file: string, text: string) => writeFileSync(path.join(root, file), text);
const reader = new ModuleReader({ parser: tsParser, parserOptions: {} });
const valueOf = (source: string, imported: string | null, members: string[] = [], from = app, using = reader): ModuleValue | null =>
  using.valueOf({ source, imported, members } satisfies ModuleBinding, from);
const text = (value: ModuleValue | null) => (value?.kind === "string" ? `${value.value} @ ${path.relative(root, value.file)}:${value.line}` : value?.kind ?? null);

afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  clearModuleCache();
  clearModuleFileCache();
});

describe("exports: what another module exports", () => {
  it("reads ES exports: const, default object, re-exports, export *, enums, static fields and getters", () => {
    write("constants.ts", 'export const A = "gpt-4.5-preview";\nconst B = "o1-mini";\nexport { B as Renamed };\nexport enum E { X = "gpt-4-32k" }\nexport class C {\n  static m = "o1-preview";\n  static get g() { return A; }\n}\n');
    write("settings.ts", 'import { A } from "./constants";\nexport default { chat: { model: A }, ...{ spread: "x" } } as const;\n');
    write("index.ts", 'export * from "./constants";\nexport { default as settings } from "./settings";\n');
    expect([
      text(valueOf("./index", "A")),
      text(valueOf("./index", "Renamed")),
      text(valueOf("./index", "E", ["X"])),
      text(valueOf("./index", "C", ["m"])),
      text(valueOf("./index", "C", ["g"])),
      text(valueOf("./index", "settings", ["chat", "model"])),
      text(valueOf("./settings", "default", ["spread"])),
      text(valueOf("./index", "missing")),
    ]).toEqual([
      "gpt-4.5-preview @ constants.ts:1",
      "o1-mini @ constants.ts:2",
      "gpt-4-32k @ constants.ts:4",
      "o1-preview @ constants.ts:6",
      "gpt-4.5-preview @ constants.ts:1",
      "gpt-4.5-preview @ constants.ts:1",
      "x @ settings.ts:2",
      null,
    ]);
  });

  it("reads CommonJS: module.exports, exports.x, module.exports.x, require in the module, with espree", () => {
    write("models.cjs", 'exports.LEGACY = "gpt-3.5-turbo-0613";\nmodule.exports.OTHER = "o1-mini";\n');
    write("config.cjs", 'const { LEGACY } = require("./models.cjs");\nmodule.exports = { chat: { model: LEGACY } };\n');
    const js = new ModuleReader({ parser: espree, parserOptions: {} });
    expect([
      text(valueOf("./models.cjs", "LEGACY", [], app, js)),
      text(valueOf("./models.cjs", null, ["OTHER"], app, js)),
      text(valueOf("./config.cjs", "default", ["chat", "model"], app, js)),
      text(valueOf("./config.cjs", "chat", ["model"], app, js)),
    ]).toEqual(["gpt-3.5-turbo-0613 @ models.cjs:1", "o1-mini @ models.cjs:2", "gpt-3.5-turbo-0613 @ models.cjs:1", "gpt-3.5-turbo-0613 @ models.cjs:1"]);
  });

  it("does not follow an object the module changes at its top level", () => {
    write("mutated.ts", 'export const settings = { model: "gpt-4.5-preview" };\nsettings.model = process.env.MODEL!;\nexport const other = { model: "o1-mini" };\nObject.assign(other, overrides);\n');
    expect([valueOf("./mutated", "settings", ["model"]), valueOf("./mutated", "other", ["model"])]).toEqual([null, null]);
  });

  it("ends a cycle of re-exports and of constants as unknown", () => {
    write("a.ts", 'export * from "./b";\nexport { y as x } from "./b";\nimport { q } from "./b";\nexport const p = q;\n');
    write("b.ts", 'export * from "./a";\nexport { x as y } from "./a";\nimport { p } from "./a";\nexport const q = p;\n');
    expect([valueOf("./a", "x"), valueOf("./a", "nothing"), valueOf("./a", "p")]).toEqual([null, null, null]);
  });

  it("treats a module that does not parse, is not there, or is a package as unknown, without throwing", () => {
    write("broken.ts", 'export const MODEL = "gpt-4.5-preview" +;\n');
    expect([valueOf("./broken", "MODEL"), valueOf("./absent", "MODEL"), valueOf("openai", "default"), valueOf("node:fs", null)]).toEqual([null, null, null, null]);
  });

  it("reads the linted file itself from the text being linted, not from disk", () => {
    write("app.ts", 'export const X = "gpt-5.2";\n');
    write("back.ts", 'export { X } from "./app";\n');
    const program = tsParser.parse('// unsaved\nexport const X = "o1-mini";\n', { loc: true, range: true }) as never;
    const editing = new ModuleReader({ parser: tsParser, parserOptions: {}, self: { file: app, program } });
    expect(text(valueOf("./back", "X", [], path.join(root, "other.ts"), editing))).toBe("o1-mini @ app.ts:2");
    expect(text(valueOf("./back", "X", [], path.join(root, "other.ts")))).toBe("gpt-5.2 @ app.ts:1");
  });

  it("parses a module once, and again when its content changes", () => {
    write("model.ts", 'export const MODEL = "gpt-4.5-preview";\n');
    const parses = moduleReadStats.parses;
    expect(text(valueOf("./model", "MODEL"))).toBe("gpt-4.5-preview @ model.ts:1");
    expect(text(valueOf("./model", "MODEL"))).toBe("gpt-4.5-preview @ model.ts:1");
    expect(moduleReadStats.parses - parses).toBe(1);
    write("model.ts", '// moved\nexport const MODEL = "o1-mini";\n');
    // A later modification time, as an editor's save gives, whatever the clock's resolution.
    const later = new Date(Date.now() + 5_000);
    utimesSync(path.join(root, "model.ts"), later, later);
    expect(text(valueOf("./model", "MODEL"))).toBe("o1-mini @ model.ts:2");
    expect(moduleReadStats.parses - parses).toBe(2);
  });

  it("resolves extensions, index files, TypeScript's .js spelling, and tsconfig paths with comments", () => {
    // JSON with comments and trailing commas, as tsconfig allows.
    write("tsconfig.json", '{\n  // paths\n  "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["lib/*"], }, },\n}\n');
    mkdirSync(path.join(root, "lib"), { recursive: true });
    write("lib/index.ts", 'export const M = "gpt-4-32k";\n');
    write("lib/util.ts", 'export const U = "o1-mini";\n');
    expect([
      text(valueOf("./lib", "M")),
      text(valueOf("./lib/util.js", "U")),
      text(valueOf("@lib/util", "U")),
      text(valueOf("lib/util", "U")),
    ]).toEqual(["gpt-4-32k @ lib/index.ts:1", "o1-mini @ lib/util.ts:1", "o1-mini @ lib/util.ts:1", "o1-mini @ lib/util.ts:1"]);
  });
});
