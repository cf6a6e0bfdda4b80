/**
 * Type-aware cases: a client that syntax cannot follow is known by its type; a look-alike with the SDK's member names,
 * and an Azure client from another module, stay silent once the types say what they are.
 */
import rule from "../../../rules/no-deprecated-models";
import { typedRuleTester } from "../../typed-rule-tester";

const options = [{ date: "2026-11-30" }] as const;

typedRuleTester.run("no-deprecated-models (typed)", rule, {
  valid: [
    // A look-alike class with `responses.create` (untyped, its chain alone would count).
    { code: 'import { makeForum } from "./lookalikes";\nmakeForum().responses.create({ model: "gpt-4o" });', options },
    // An Azure client exported by another module under a name that does not say so.
    { code: 'import { azure as llm } from "./client";\nllm.chat.completions.create({ model: "gpt-4o", messages: [] });', options },
  ],
  invalid: [
    {
      // A client returned by a factory in another module.
      code: 'import { getClient } from "./client";\ngetClient().chat.completions.create({ model: "gpt-4o", messages: [] });',
      options,
      errors: [
        {
          messageId: "deprecatedModel",
          line: 2,
          suggestions: [
            {
              messageId: "replaceModel",
              data: { replacement: "gpt-6-luna" },
              output: 'import { getClient } from "./client";\ngetClient().chat.completions.create({ model: "gpt-6-luna", messages: [] });',
            },
          ],
        },
      ],
    },
    {
      // A client injected into a class and read through a getter.
      code: 'import { AnswerService } from "./client";\nexport function ask(service: AnswerService) {\n  return service.client.responses.create({ model: "o3", input: "hi" });\n}',
      options,
      errors: [
        {
          messageId: "deprecatedModel",
          line: 3,
          suggestions: [
            {
              messageId: "replaceModel",
              data: { replacement: "gpt-5.6-sol" },
              output: 'import { AnswerService } from "./client";\nexport function ask(service: AnswerService) {\n  return service.client.responses.create({ model: "gpt-5.6-sol", input: "hi" });\n}',
            },
          ],
        },
      ],
    },
  ],
});
