import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";
import type { TSESTree } from "@typescript-eslint/utils";

import { getFileAnalysis } from "../../src/analysis";
import { lintWith } from "./helpers";

// A project on disk: `src/lib/openai.js` exports the client; `tools/youtube/openai.js` is another module of that name.
const project = mkdtempSync(path.join(tmpdir(), "client-modules-"));
for (const file of ["src/lib/openai.js", "tools/youtube/openai.js", "tools/youtube/a.js", "src/app/a.js"]) {
  mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  writeFileSync(path.join(project, file), "export const client = {};\n");
}
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** What the resolver makes of `client` imported from `source`, in `file` of the project. */
function isClient(source: string, file: string): boolean {
  const code = `import { client } from "${source}";\nuse(client);\n`;
  let kind = "";
  lintWith(
    code,
    (context) => ({
      "CallExpression > Identifier.arguments"(node: TSESTree.Identifier) {
        kind = getFileAnalysis(context).resolver.resolve(node).kind;
      },
    }),
    { cwd: project, filename: path.join(project, file), settings: { openai: { clientModules: ["src/lib/openai"] } } },
  );
  expect(kind).not.toBe("");
  return kind === "client";
}

describe("settings.openai.clientModules", () => {
  it("a relative import that resolves to another file of that name is not the client", () => {
    expect(isClient("./openai", "tools/youtube/a.js")).toBe(false);
    expect(isClient("./openai.js", "tools/youtube/a.js")).toBe(false);
  });

  it("a relative import that resolves to the entry is the client", () => {
    expect(isClient("../lib/openai", "src/app/a.js")).toBe(true);
    expect(isClient("../lib/openai.js", "src/app/a.js")).toBe(true);
  });

  it("an alias that resolution cannot follow matches by its ending", () => {
    expect(isClient("@/lib/openai", "tools/youtube/a.js")).toBe(true);
    expect(isClient("~/lib/openai", "src/app/a.js")).toBe(true);
  });

  it("a relative import that resolves to no file matches by its ending, as before", () => {
    expect(isClient("../lib/openai", "tools/youtube/a.js")).toBe(true);
  });
});
