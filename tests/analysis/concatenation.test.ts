import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";

import { getFileAnalysis } from "../../src/analysis";
import { RestAnalysis } from "../../src/analysis/rest";
import { lintWith } from "./helpers";

/**
 * `"https://api.openai.com/v1/responses/" + v + "p1/" + v + …` of `terms` terms, every literal of it asked about as
 * the REST-checking rules ask; returns how many scope look-ups (one per non-literal term flattened) that took, and
 * the endpoint found.
 */
function work(terms: number): { lookups: number; endpoints: string[] } {
  const parts = ['"https://api.openai.com/v1/responses/"'];
  for (let index = 1; index < terms; index++) parts.push(index % 2 === 1 ? "v" : `"p${index}/"`);
  const code = `const v = process.argv[2];\nfetch(${parts.join(" + ")});\n`;
  let lookups = 0;
  const endpoints: string[] = [];
  lintWith(code, (context) => {
    const sourceCode = context.sourceCode;
    // The analysis's own source code, with its scope look-ups counted.
    const counting = Object.create(sourceCode, {
      getScope: {
        value: (node: TSESTree.Node) => {
          lookups++;
          return sourceCode.getScope(node);
        },
      },
    }) as typeof sourceCode;
    const rest = new RestAnalysis(counting, getFileAnalysis(context).resolver);
    return {
      Literal(node: TSESTree.Literal) {
        // Four rules ask; the answers are cached, the work must be too.
        for (let rule = 0; rule < 4; rule++) {
          const endpoint = rest.endpointAt(node);
          if (endpoint !== null && rule === 0) endpoints.push(endpoint.path);
        }
      },
    };
  });
  return { lookups, endpoints };
}

describe("a long string concatenation", () => {
  it("is flattened once: the work grows linearly with its terms", () => {
    const small = work(400);
    const large = work(800);
    expect(small.endpoints).toHaveLength(1);
    expect(large.endpoints).toHaveLength(1);
    expect(small.endpoints[0]).toMatch(/^responses\/\{\}p2\/\{\}p4\//u);
    // One look-up per variable term (half of them): n² look-ups were 4 times as many at twice the size.
    expect(small.lookups).toBeLessThanOrEqual(400);
    expect(large.lookups).toBeLessThanOrEqual(2 * small.lookups + 2);
  });

  it("finds the same endpoint as before in a short chain and in a template", () => {
    const messages = lintWith('const id = "x";\nfetch("https://api.openai.com/v1/threads/" + id + "/runs");\nfetch(`https://api.openai.com/v1/${"threads"}/${id}`);\n', (context) => {
      const { rest } = getFileAnalysis(context);
      return {
        "Literal, TemplateLiteral"(node: TSESTree.Literal | TSESTree.TemplateLiteral) {
          if (node.type === AST_NODE_TYPES.Literal && typeof node.value !== "string") return;
          const endpoint = rest.endpointAt(node);
          if (endpoint !== null) context.report({ node, message: endpoint.path } as never);
        },
      };
    });
    expect(messages.map((message) => message.message)).toEqual(["threads/x/runs", "threads/x"]);
  });
});
