import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";

import { getFileAnalysis } from "../../src/analysis";
import { lintWith } from "./helpers";

/** Resolves the arguments of `use(…)` calls, in the order `order` names them, with one resolver; returns each one's value. */
function resolveInOrder(code: string, order: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  lintWith(code, (context) => ({
    "Program:exit"(program: TSESTree.Program) {
      const { resolver } = getFileAnalysis(context);
      const uses = new Map<string, TSESTree.Node>();
      for (const statement of program.body) {
        if (
          statement.type === AST_NODE_TYPES.ExpressionStatement &&
          statement.expression.type === AST_NODE_TYPES.CallExpression &&
          statement.expression.callee.type === AST_NODE_TYPES.Identifier &&
          statement.expression.callee.name === "use"
        ) {
          const argument = statement.expression.arguments[0]!;
          uses.set(context.sourceCode.getText(argument), argument);
        }
      }
      for (const name of order) {
        const value = resolver.resolve(uses.get(name)!);
        values[name] = value.kind === "client" || value.kind === "unknown" ? `${value.kind}:${value.path.join(".")}` : value.kind;
      }
    },
  }));
  return values;
}

describe("the resolver's cache", () => {
  const cases = {
    // `b` reads `a` while `a` is being worked out; `a` also has a client.
    "two bindings that read each other": {
      code: 'import OpenAI from "openai";\nlet a = new OpenAI();\nlet b = a;\na = b;\nuse(a);\nuse(b);\nuse(b.responses);\n',
      names: ["a", "b", "b.responses"],
    },
    "a cycle with a way out": {
      code: 'import OpenAI from "openai";\nconst a = b || new OpenAI();\nconst b = a;\nuse(a);\nuse(b);\n',
      names: ["a", "b"],
    },
    "a cycle of three": {
      code: 'import OpenAI from "openai";\nlet a = b;\nlet b = c;\nlet c = a;\nc = new OpenAI();\nuse(a);\nuse(b);\nuse(c);\nuse(a.chat);\n',
      names: ["a", "b", "c", "a.chat"],
    },
    "a plain cycle": { code: "const a = b;\nconst b = a;\nuse(a);\nuse(b);\n", names: ["a", "b"] },
  };

  for (const [name, { code, names }] of Object.entries(cases)) {
    it(`${name}: each answer is the same whichever is asked first`, () => {
      const forward = resolveInOrder(code, names);
      const backward = resolveInOrder(code, [...names].reverse());
      // Each value asked first, alone: what a rule gets when it is the first to ask.
      for (const first of names) expect(resolveInOrder(code, [first])[first]).toBe(forward[first]);
      expect(backward).toEqual(forward);
    });
  }

  it("a binding read by both sides of a cycle is a client whichever side is asked first", () => {
    const code = cases["a cycle with a way out"].code;
    expect(resolveInOrder(code, ["b", "a"])).toEqual({ a: "client:", b: "client:" });
    expect(resolveInOrder(code, ["a", "b"])).toEqual({ a: "client:", b: "client:" });
  });
});
