import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";

import { walkNodes } from "../../src/analysis/walk";
import { lintWith } from "./helpers";

describe("walkNodes", () => {
  it("visits the nodes ESLint traverses, in the same order: never tokens, comments or parents", () => {
    const code = '// a comment\nimport OpenAI from "openai";\n/* another */\nconst client = new OpenAI();\nclass A { x = 1; m() { return this.x + `t${1}`; } }\nconst el = <div a="b">{client}</div>;\n';
    const traversed: TSESTree.Node[] = [];
    const walked: TSESTree.Node[] = [];
    const messages = lintWith(
      code,
      () => ({
        "*"(node: TSESTree.Node) {
          traversed.push(node);
        },
        "Program:exit"(program: TSESTree.Program) {
          walkNodes(program, (node) => {
            walked.push(node);
          });
        },
      }),
      { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    );
    expect(messages.filter((message) => message.fatal === true)).toEqual([]);
    expect(traversed.length).toBeGreaterThan(30);
    expect(walked).toEqual(traversed);
  });

  it("leaves out what is below a node where visit says false", () => {
    const code = "function f() { g(1); }\nh(2);\n";
    const types: string[] = [];
    lintWith(code, () => ({
      "Program:exit"(program: TSESTree.Program) {
        walkNodes(program, (node) => {
          types.push(node.type);
          return node.type !== "FunctionDeclaration";
        });
      },
    }));
    expect(types).toEqual(["Program", "FunctionDeclaration", "ExpressionStatement", "CallExpression", "Identifier", "Literal"]);
  });

  it("walks a tree far deeper than the call stack allows recursion", () => {
    // 200,000 nested arrays, as no parser would build but generated trees may hold.
    let node: TSESTree.Node = { type: "Literal", value: 1, raw: "1" } as TSESTree.Node;
    for (let depth = 0; depth < 200_000; depth++) node = { type: "ArrayExpression", elements: [node] } as unknown as TSESTree.Node;
    let visited = 0;
    walkNodes(node, () => {
      visited++;
    });
    expect(visited).toBe(200_001);
  });
});
