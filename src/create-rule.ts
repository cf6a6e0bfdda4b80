import { ESLintUtils } from "@typescript-eslint/utils";

export interface OpenAIRuleDocs {
  /** In `configs.recommended`. */
  recommended: boolean;
  /** Needs type information to do its job (none does today: types only sharpen what syntax finds). */
  requiresTypeChecking?: boolean;
}

const REPOSITORY = "https://github.com/eslint-plugin-openai/eslint-plugin-openai";

export const createRule = ESLintUtils.RuleCreator<OpenAIRuleDocs>(
  (name) => `${REPOSITORY}/blob/main/docs/rules/${name}.md`,
);
