/**
 * The parameter rules share one vocabulary for rewrites (src/fix/actions.ts): a row's action and its remedy must
 * agree, in both tables that use it.
 */
import { describe, expect, it } from "vitest";
import { CHAT_ONLY_PARAMS, SDK_PARAM_DEPRECATIONS } from "../src/deprecations";

const rows = [
  ...CHAT_ONLY_PARAMS.map((row) => ({ id: `chat-only ${row.name}`, action: row.action, remedy: row.remedy })),
  ...SDK_PARAM_DEPRECATIONS.map((row) => ({ id: row.id, action: row.action, remedy: row.remedy })),
];

describe("the parameter rules' fix actions", () => {
  it.each(rows)("$id: only a row that rewrites nothing is report-only", ({ action, remedy }) => {
    expect(action.kind === "report").toBe(remedy === "report");
  });

  it.each(rows)("$id: a suggestion-only rewrite is never an autofix", ({ action, remedy }) => {
    // A choice between names, or a rewrite that loses or restructures meaning, is the author's call.
    if (["renameChoice", "remove", "functionsToTools", "hyperparametersToMethod"].includes(action.kind)) expect(remedy).toBe("suggestion");
  });
});
