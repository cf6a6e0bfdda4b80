/**
 * Type-aware cases for ids set in another module (tests/typed-project/model-settings.ts): what the module reader finds
 * is reported as untyped; where it cannot read the value, a string literal type the checker gives it serves.
 */
import rule from "../../../rules/no-deprecated-models";
import { typedRuleTester } from "../../typed-rule-tester";

const options = [{ date: "2026-11-30" }] as const;
const CLIENT = 'import { openai } from "./client";\n';

typedRuleTester.run("no-deprecated-models (typed, values from other modules)", rule, {
  valid: [
    // A label imported and shown, never sent; an import of a module that is not there.
    { code: 'import { LABEL, CHAT_MODEL } from "./model-settings";\nconsole.log(LABEL, CHAT_MODEL);', options },
    { code: `${CLIENT}import { LABEL } from "./model-settings";\nopenai.chat.completions.create({ model: LABEL, messages: [] });`, options },
  ],
  invalid: [
    {
      // Read from the module, as without types.
      code: `${CLIENT}import { CHAT_MODEL } from "./model-settings";\nopenai.chat.completions.create({ model: CHAT_MODEL, messages: [] });`,
      options,
      errors: [{ messageId: "deprecatedModelElsewhere", line: 3, column: 41 }],
    },
    {
      // Only the checker sees this one: a namespace's constant.
      code: `${CLIENT}import { Config } from "./model-settings";\nopenai.responses.create({ model: Config.model, input: "hi" });`,
      options,
      errors: [{ messageId: "deprecatedModelElsewhere", line: 3, column: 34 }],
    },
  ],
});
