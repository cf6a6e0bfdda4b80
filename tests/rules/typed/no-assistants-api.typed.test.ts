import rule from "../../../rules/no-assistants-api";
import { typedRuleTester } from "../../typed-rule-tester";

typedRuleTester.run("no-assistants-api (typed)", rule, {
  valid: [
    // Azure through an exported constant, known by its type (issue 19: every rule is silent on Azure clients).
    'import { azure as llm } from "./client";\nllm.beta.threads.messages.create("t", { role: "user", content: "hi" });',
    // A look-alike class with the SDK's chain: syntax alone would fall back to the chain, types say it is not OpenAI's.
    'import { makeForum } from "./lookalikes";\nmakeForum().beta.threads.create("hello");',
    'import { ForumClient } from "./lookalikes";\nclass Service { constructor(private readonly forum: ForumClient) {} run() { return this.forum.beta.assistants.list(); } }',
    'import { ForumClient } from "./lookalikes";\nexport function start(client: ForumClient) { return client.beta.threads.runs.create("t"); }',
    // The real client, on resources that are not deprecated.
    'import { getClient } from "./client";\ngetClient().vectorStores.list();\ngetClient().beta.chatkit.threads.list();',
    // `any` says nothing, and the chain is not distinctive.
    "declare const anything: any;\nanything.threads.create();",
  ],
  invalid: [
    {
      // A factory's result: syntax sees a call, types see `OpenAI`.
      code: 'import { getClient } from "./client";\ngetClient().beta.threads.create();',
      errors: [{ messageId: "sdkCall", line: 2 }],
    },
    {
      // A resource exported by another module, used without its chain.
      code: 'import { assistantsThreads } from "./client";\nassistantsThreads.runs.list("thread_1");',
      errors: [{ messageId: "sdkCall", line: 2 }],
    },
    {
      // Injected through a constructor without an annotation syntax can read (an inferred type).
      code: 'import { openai } from "./client";\nconst holder = { ai: openai };\nfunction run(h: typeof holder) { return h.ai.beta.assistants.retrieve("asst_1"); }',
      errors: [{ messageId: "sdkCall", line: 3 }],
    },
    {
      // A parameter typed with the resource type only.
      code: 'import type { Runs } from "openai/resources/beta/threads/runs/runs";\nexport const cancel = (runs: Runs) => runs.cancel("r", { thread_id: "t" });',
      errors: [{ messageId: "typeImport", line: 1 }, { messageId: "sdkCall", line: 2 }],
    },
  ],
});
