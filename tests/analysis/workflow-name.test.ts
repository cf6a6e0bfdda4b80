import { describe, expect, it } from "vitest";

import { isAgentBuilderWorkflowName } from "../../rules/no-agent-builder-workflows";

/** What the check replaced: right, but it tries every start and scans to the end (quadratic on a long name). */
const QUADRATIC = /(?:chat_?kit|agent_?kit|agent_?builder).*workflow|workflow.*(?:chat_?kit|agent_?kit|agent_?builder)/iu;

describe("isAgentBuilderWorkflowName", () => {
  it("says what the regular expression said", () => {
    const pieces = ["chatkit", "CHAT_KIT", "agentKit", "agent_kit", "AgentBuilder", "agent_builder", "workflow", "WORKFLOW", "_", "id", "chat", "kit", "work", "flow", "\n", "x"];
    const names = ["CHATKIT_WORKFLOW_ID", "NEXT_PUBLIC_CHATKIT_WORKFLOW_ID", "workflowForAgentKit", "WORKFLOW_ID", "CHATKIT_ID", "chatkit\nworkflow", "workflowchatkit", "chat_kitworkflow", "workflo_chatkit"];
    // Every sequence of up to four pieces, and a seeded sample of longer ones.
    const add = (prefix: string, depth: number) => {
      names.push(prefix);
      if (depth === 0) return;
      for (const piece of pieces) add(prefix + piece, depth - 1);
    };
    add("", 3);
    let seed = 1;
    const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    for (let index = 0; index < 5_000; index++) {
      names.push(Array.from({ length: 2 + Math.floor(random() * 8) }, () => pieces[Math.floor(random() * pieces.length)]).join(""));
    }
    for (const name of names) expect([name, isAgentBuilderWorkflowName(name)]).toEqual([name, QUADRATIC.test(name)]);
  });

  it("reads a name once: the work grows linearly with its length", () => {
    // The work counted: characters compared by `indexOf`/`lastIndexOf`, which are linear scans; the check makes a
    // fixed number of them per line, so its work is a constant times the length. Counted through the calls.
    const calls = (length: number) => {
      const name = "chat_".repeat(length / 5);
      const counted = { indexOf: 0, lastIndexOf: 0 };
      const { indexOf, lastIndexOf } = String.prototype;
      String.prototype.indexOf = function (this: string, ...args: Parameters<typeof indexOf>) {
        counted.indexOf++;
        return indexOf.apply(this, args);
      };
      String.prototype.lastIndexOf = function (this: string, ...args: Parameters<typeof lastIndexOf>) {
        counted.lastIndexOf++;
        return lastIndexOf.apply(this, args);
      };
      try {
        expect(isAgentBuilderWorkflowName(`${name}workflow`)).toBe(false);
      } finally {
        String.prototype.indexOf = indexOf;
        String.prototype.lastIndexOf = lastIndexOf;
      }
      return counted.indexOf + counted.lastIndexOf;
    };
    expect(calls(200_000)).toBe(calls(100_000));
    expect(calls(100_000)).toBeLessThanOrEqual(20);
  });
});
