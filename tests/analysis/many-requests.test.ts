import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";

import noChatCompletionsParamsInResponses from "../../rules/no-chat-completions-params-in-responses";
import noDeprecatedParams from "../../rules/no-deprecated-params";
import noPromptObjects from "../../rules/no-prompt-objects";
import { ReportedUses } from "../../src/analysis/reports";
import type { Resolver } from "../../src/analysis/resolve";
import { lintWith } from "./helpers";

const RULES = {
  "no-deprecated-params": noDeprecatedParams,
  "no-chat-completions-params-in-responses": noChatCompletionsParamsInResponses,
  "no-prompt-objects": noPromptObjects,
};

/**
 * A generated file of `requests` requests (Responses, or Chat Completions for `no-deprecated-params`) through one client, linted with the rules that check each
 * request; the work counted is how many times a scope reference is asked whether it writes its variable (each rule
 * once asked that of every read of `client`, for every request).
 */
function work(rule: keyof typeof RULES, requests: number): { isWrite: number; reports: number } {
  const lines = ['import OpenAI from "openai";\nconst client = new OpenAI();\n'];
  for (let index = 0; index < requests; index++) {
    lines.push(
      rule === "no-deprecated-params"
        ? `await client.chat.completions.create({ model: "o3", messages: [{ role: "user", content: "q${index}" }], max_tokens: 10 });\n`
        : `await client.responses.create({ model: "o3", input: "q${index}", max_tokens: 10, prompt: { id: "pmpt_${index}" } });\n`,
    );
  }
  let isWrite = 0;
  let restore = (): void => {};
  const messages = lintWith(
    lines.join(""),
    (context) => ({
      // Runs before the rules' listeners: counts every `isWrite()` of the file's references from here on.
      Program(program: TSESTree.Program) {
        const reference = context.sourceCode.getScope(program).childScopes[0]?.references[0] ?? context.sourceCode.getScope(program).references[0];
        const prototype = Object.getPrototypeOf(reference) as TSESLint.Scope.Reference;
        const original = prototype.isWrite;
        prototype.isWrite = function (this: TSESLint.Scope.Reference) {
          isWrite++;
          return original.call(this);
        };
        restore = () => {
          prototype.isWrite = original;
        };
      },
    }),
    { rules: { [rule]: RULES[rule] } },
  );
  restore();
  return { isWrite, reports: messages.filter((message) => message.ruleId !== "test/probe").length };
}

describe("many requests in one file", () => {
  for (const rule of Object.keys(RULES) as (keyof typeof RULES)[]) {
    it(`${rule}: the work grows linearly with the number of requests`, () => {
      const small = work(rule, 300);
      const large = work(rule, 600);
      expect(small.reports).toBeGreaterThanOrEqual(300);
      expect(large.reports).toBe(2 * small.reports);
      // Linear: at most about twice the work at twice the size (n² was 4 times as much).
      expect(large.isWrite).toBeLessThanOrEqual(2 * small.isWrite + 20);
    });
  }
});

describe("ReportedUses", () => {
  /** Nodes with counted `range` reads: `calls` call nodes under a program, each holding a literal. */
  function tree(calls: number) {
    let reads = 0;
    const node = (type: string, range: [number, number], parent: unknown) => ({
      type,
      parent,
      get range() {
        reads++;
        return range;
      },
    });
    const program = node("Program", [0, 10 * calls], null);
    const literals = Array.from({ length: calls }, (_, index) => {
      const call = node("CallExpression", [10 * index, 10 * index + 9], program);
      return { call, literal: node("Literal", [10 * index + 1, 10 * index + 2], call) };
    });
    return { literals, reads: () => reads };
  }

  function work(calls: number): number {
    const { literals, reads } = tree(calls);
    const reported = new ReportedUses({} as Resolver);
    literals.forEach(({ call }, index) => {
      if (index % 2 === 0) reported.add(call as unknown as TSESTree.Node);
    });
    const before = reads();
    literals.forEach(({ literal }, index) => {
      expect(reported.covers(literal as unknown as TSESTree.Node)).toBe(index % 2 === 0);
    });
    return reads() - before;
  }

  it("answers whether a node is inside a report in the node's depth, not the number of reports", () => {
    const small = work(1000);
    const large = work(2000);
    expect(large).toBeLessThanOrEqual(2 * small + 10);
  });
});

describe("many functions in one file", () => {
  /**
   * `functions` top-level functions, each sending a request through the module's client; the work counted is how many
   * of the module scope's child scopes are looked at (finding a top-level name once scanned all of them).
   */
  function work(functions: number): { scanned: number; reports: number } {
    const lines = ['import OpenAI from "openai";\nconst client = new OpenAI();\n'];
    for (let index = 0; index < functions; index++) {
      lines.push(`async function ask${index}(q) {\n  return client.chat.completions.create({ model: "o3", messages: [{ role: "user", content: q }], max_tokens: 10 });\n}\n`);
    }
    let scanned = 0;
    const messages = lintWith(
      lines.join(""),
      (context) => ({
        Program(program: TSESTree.Program) {
          const globalScope = context.sourceCode.getScope(program);
          const moduleScope = globalScope.childScopes.find((scope) => scope.type === "module")!;
          const children = moduleScope.childScopes;
          const counted = new Proxy(children, {
            get(target, key, receiver) {
              if (typeof key === "string" && /^\d+$/u.test(key)) scanned++;
              return Reflect.get(target, key, receiver) as unknown;
            },
          });
          Object.defineProperty(moduleScope, "childScopes", { value: counted, configurable: true });
        },
      }),
      { rules: { "no-deprecated-params": noDeprecatedParams } },
    );
    return { scanned, reports: messages.filter((message) => message.ruleId !== "test/probe").length };
  }

  it("no-deprecated-params: the work grows linearly with the number of functions", () => {
    const small = work(300);
    const large = work(600);
    expect(small.reports).toBe(300);
    expect(large.reports).toBe(600);
    expect(large.scanned).toBeLessThanOrEqual(2 * small.scanned + 20);
  });
});
