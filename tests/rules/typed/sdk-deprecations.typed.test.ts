/**
 * Type-aware cases for no-deprecated-api and no-deprecated-params: a client that syntax cannot follow is known by its
 * type (and its requests' renames are fixed), and a look-alike with the SDK's member names stays silent even where
 * its request names a `model`.
 */
import noDeprecatedApi from "../../../rules/no-deprecated-api";
import noDeprecatedParams from "../../../rules/no-deprecated-params";
import { typedRuleTester } from "../../typed-rule-tester";

typedRuleTester.run("no-deprecated-api (typed)", noDeprecatedApi, {
  valid: [
    // Without types, an unresolved `x.videos.create` with a `model` counts; the type says it is not the SDK's.
    'import { makeStudio } from "./lookalikes";\nmakeStudio().videos.create({ model: "studio-2", prompt: "x" });',
  ],
  invalid: [
    {
      // A client returned by a factory in another module, on a call with no request to go by.
      code: 'import { getClient } from "./client";\nexport const all = () => getClient().videos.list();',
      errors: [{ messageId: "sdkCall", line: 2 }],
    },
    {
      // A resource typed with the SDK's own class.
      code: 'import type { Images } from "openai/resources/images";\nexport const vary = (images: Images, image: File) => images.createVariation({ image });',
      errors: [{ messageId: "sdkCall", line: 2 }],
    },
  ],
});

typedRuleTester.run("no-deprecated-params (typed)", noDeprecatedParams, {
  valid: [
    'import { makeStudio } from "./lookalikes";\nmakeStudio().chat.completions.create({ model: "studio-chat", messages: [], max_tokens: 5, user: "u" });',
  ],
  invalid: [
    {
      // Injected through a class: the receiver's type is the SDK's. Built in another module, the client may serve
      // another provider (a `baseURL` there), so the rename is offered, not applied.
      code: 'import { AnswerService } from "./client";\nexport const ask = (s: AnswerService) => s.client.chat.completions.create({ model: "gpt-4o", messages: [], max_tokens: 5 });',
      output: null,
      errors: [
        {
          messageId: "deprecatedParam",
          line: 2,
          suggestions: [
            {
              messageId: "renameTo",
              output:
                'import { AnswerService } from "./client";\nexport const ask = (s: AnswerService) => s.client.chat.completions.create({ model: "gpt-4o", messages: [], max_completion_tokens: 5 });',
            },
          ],
        },
      ],
    },
  ],
});
