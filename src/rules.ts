import noAssistantsApi from "../rules/no-assistants-api";
import noLegacyModerationModels from "../rules/no-legacy-moderation-models";

/** Every rule of the plugin, by name. */
export const rules = {
  "no-assistants-api": noAssistantsApi,
  "no-legacy-moderation-models": noLegacyModerationModels,
};

export type RuleName = keyof typeof rules;
