/**
 * Who serves `this.client.…` is decided from the class's fields, which the file's resolver collects once per class: a
 * generated class with many requests costs linear work. Before, each request walked the whole class again (a class
 * of 2,000 methods took two minutes with every rule on). The work counted is how many times a method's body is read
 * (each walk of the class reads every method's function once).
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";

import noDeprecatedApi from "../../rules/no-deprecated-api";
import noDeprecatedParams from "../../rules/no-deprecated-params";
import { lintWith } from "./helpers";

function work(methods: number): { reads: number; reports: number } {
  let code = 'import OpenAI from "openai";\nclass Bot {\n  client = new OpenAI();\n';
  for (let index = 0; index < methods; index++) {
    code += `  m${index}() { return this.client.chat.completions.create({ model: "gpt-4.1", messages, max_tokens: ${index} }); }\n`;
  }
  code += "}\n";
  let reads = 0;
  const messages = lintWith(
    code,
    () => ({
      // Runs on entering the class, before the rules' listeners inside it: counts every read of a method's function.
      ClassBody(body: TSESTree.ClassBody) {
        for (const method of body.body) {
          if (method.type !== "MethodDefinition") continue;
          const value = method.value;
          Object.defineProperty(method, "value", {
            get() {
              reads++;
              return value;
            },
          });
        }
      },
    }),
    { rules: { "no-deprecated-params": noDeprecatedParams, "no-deprecated-api": noDeprecatedApi } },
  );
  return { reads, reports: messages.filter((message) => message.ruleId !== "test/probe").length };
}

describe("requests on a class field", () => {
  it("cost work linear in their number", () => {
    const small = work(300);
    const large = work(600);
    expect(small.reports).toBe(300);
    expect(large.reports).toBe(600);
    // Twice the requests: about twice the reads (the square would give four times).
    expect(large.reads / small.reads).toBeLessThan(2.5);
  });
});
