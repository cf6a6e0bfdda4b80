import { describe, expect, it } from "vitest";

import { FileAnalysis, getFileAnalysis } from "../../src/analysis";
import type { Context } from "./helpers";
import { lintWith } from "./helpers";

describe("the file's analysis", () => {
  it("is one object per file, whose parts every rule shares", () => {
    const seen: { analysis: FileAnalysis; parts: unknown[] }[] = [];
    const probe = (context: Context) => {
      const analysis = getFileAnalysis(context);
      seen.push({ analysis, parts: [analysis.mentions, analysis.resolver, analysis.rest, analysis.modelUses, analysis.responsesValues] });
      return {};
    };
    lintWith('import OpenAI from "openai";\n', probe, { rules: { other: { meta: { type: "problem", schema: [] }, create: probe } } });
    expect(seen).toHaveLength(2);
    expect(seen[0]!.analysis).toBeInstanceOf(FileAnalysis);
    expect(seen[1]!.analysis).toBe(seen[0]!.analysis);
    seen[0]!.parts.forEach((part, index) => expect(seen[1]!.parts[index]).toBe(part));
    // Another file: another analysis.
    let other: FileAnalysis | undefined;
    lintWith('import OpenAI from "openai";\n', (context) => {
      other = getFileAnalysis(context);
      return {};
    });
    expect(other).toBeDefined();
    expect(other).not.toBe(seen[0]!.analysis);
  });
});
