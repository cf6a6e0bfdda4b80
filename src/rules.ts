import noAgentBuilderWorkflows from "../rules/no-agent-builder-workflows";
import noAssistantsApi from "../rules/no-assistants-api";
import noChatCompletionsOutputInResponses from "../rules/no-chat-completions-output-in-responses";
import noChatCompletionsParamsInResponses from "../rules/no-chat-completions-params-in-responses";
import noDeprecatedModels from "../rules/no-deprecated-models";
import noDeprecatedApi from "../rules/no-deprecated-api";
import noDeprecatedParams from "../rules/no-deprecated-params";
import noLegacyModerationModels from "../rules/no-legacy-moderation-models";
import noPromptObjects from "../rules/no-prompt-objects";

/** Every rule of the plugin, by name. */
export const rules = {
  "no-agent-builder-workflows": noAgentBuilderWorkflows,
  "no-assistants-api": noAssistantsApi,
  "no-chat-completions-output-in-responses": noChatCompletionsOutputInResponses,
  "no-chat-completions-params-in-responses": noChatCompletionsParamsInResponses,
  "no-deprecated-models": noDeprecatedModels,
  "no-deprecated-api": noDeprecatedApi,
  "no-deprecated-params": noDeprecatedParams,
  "no-legacy-moderation-models": noLegacyModerationModels,
  "no-prompt-objects": noPromptObjects,
};

export type RuleName = keyof typeof rules;
