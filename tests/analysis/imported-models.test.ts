import { afterEach, describe, expect, it, vi } from "vitest";

import { findImportedModels } from "../../src/analysis/imported-models";
import { ModelUses } from "../../src/analysis/model-uses";
import { lintWith } from "./helpers";

/**
 * How many times `findImportedModels` asks the file's analysis whether an imported value reaches a model, on a file
 * whose imports are read where they may flow on (the work counted: each question follows the value, once per
 * spelling a model may take, and reads the class bodies it meets).
 */
function questionsAsked(code: string): number {
  const asked = [vi.spyOn(ModelUses.prototype, "reachesOpenAIModel"), vi.spyOn(ModelUses.prototype, "optionsReachOpenAIModel")];
  lintWith(code, (context) => ({
    "Program:exit"() {
      expect(findImportedModels(context)).toEqual([]);
    },
  }));
  return asked.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
}

describe("imported values given to calls", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("a later argument of a call that takes none there is not followed", () => {
    // An SDK's own resource file: each list method gives an imported page class to `getAPIList` (the openai package's
    // files have a hundred of these).
    const lines = ['import { CursorPage } from "../core/pagination";\nimport { path } from "../internal/utils/path";\n'];
    for (let index = 0; index < 20; index++) lines.push(`export function list${index}(id, query) { return this._client.getAPIList(path\`/items/\${id}\`, CursorPage, { query }); }\n`);
    expect(questionsAsked(lines.join(""))).toBe(0);
  });

  it("a later argument of a call that may take a model there is followed", () => {
    // `form.append("model", MODEL)`, `openai.createTranscription(file, MODEL)`, `accept(callID, body)`: each read is
    // asked about (and found to reach no request here, which the rule's tests check with requests that do).
    expect(questionsAsked('import { MODEL } from "./config";\nform.append("model", MODEL);\nopenai.createTranscription(file, MODEL);\nclient.realtime.calls.accept(id, MODEL);\n')).toBeGreaterThanOrEqual(3);
  });

  it("the callee's name decides only after the first argument, and only for a method", () => {
    const call = (source: string) => {
      let found: { call: Parameters<typeof ModelUses.argumentMayTakeModel>[0]; verdicts: boolean[] } | undefined;
      lintWith(source, () => ({
        CallExpression(node: Parameters<typeof ModelUses.argumentMayTakeModel>[0]) {
          found ??= { call: node, verdicts: node.arguments.map((_, index) => ModelUses.argumentMayTakeModel(node, index)) };
        },
      }));
      return found!.verdicts;
    };
    expect(call("x.getAPIList(a, b, c);")).toEqual([true, false, false]);
    expect(call("form.append(a, b);")).toEqual([true, true]);
    expect(call('x["accept"](a, b);')).toEqual([true, true]);
    expect(call("ns.modelFallbackMiddleware(a, b);")).toEqual([true, true]);
    // A plain function (perhaps an alias of an import), a computed member: not decided by a name.
    expect(call("helper(a, b);")).toEqual([true, true]);
    expect(call("x[key](a, b);")).toEqual([true, true]);
  });
});
