/**
 * Type-aware cases for the rules that look at requests and results: clients that syntax cannot follow (factories,
 * DI, other modules) are known by their type, and look-alike classes with the SDK's member names stay silent.
 */
import noAgentBuilderWorkflows from "../../../rules/no-agent-builder-workflows";
import noChatCompletionsOutputInResponses from "../../../rules/no-chat-completions-output-in-responses";
import noChatCompletionsParamsInResponses from "../../../rules/no-chat-completions-params-in-responses";
import noLegacyModerationModels from "../../../rules/no-legacy-moderation-models";
import noPromptObjects from "../../../rules/no-prompt-objects";
import { typedRuleTester } from "../../typed-rule-tester";

typedRuleTester.run("no-prompt-objects (typed)", noPromptObjects, {
  valid: [
    // A look-alike with `responses.create` and a prompt id of its own.
    'import { makeForum } from "./lookalikes";\nmakeForum().responses.create({ model: "forum-v2", prompt: { id: "welcome" } });',
  ],
  invalid: [
    {
      // A client returned by a factory in another module, with a request that has no `model` to go by.
      code: 'import { getClient } from "./client";\nconst saved = { id: process.env.PROMPT_ID! };\ngetClient().responses.create({ prompt: saved } as never);',
      errors: [{ messageId: "promptObject", line: 3 }],
    },
    {
      // A resource exported by another module.
      code: 'import { responses } from "./client";\nresponses.create({ prompt: { id: "pmpt_typed" } } as never);',
      errors: [{ messageId: "promptObject", line: 2 }],
    },
  ],
});

typedRuleTester.run("no-agent-builder-workflows (typed)", noAgentBuilderWorkflows, {
  valid: [
    // An in-house widget whose API mirrors ChatKit's sessions: the distinctive chain alone would report it.
    'import { widget } from "./lookalikes";\nwidget.beta.chatkit.sessions.create({ workflow: { id: "support" } });',
  ],
  invalid: [
    {
      // Injected through a class: the getter's type is `OpenAI`.
      code: 'import { AnswerService } from "./client";\nexport const open = (service: AnswerService, user: string) => service.client.beta.chatkit.sessions.create({ user, workflow: { id: "wf_1" } });',
      errors: [{ messageId: "hostedSession", line: 2 }],
    },
  ],
});

typedRuleTester.run("no-chat-completions-params-in-responses (typed)", noChatCompletionsParamsInResponses, {
  valid: [
    // The look-alike's `responses.create` takes what it likes.
    'import { makeForum } from "./lookalikes";\nmakeForum().responses.create({ model: "m", messages: [], n: 2 } as never);',
  ],
  invalid: [
    {
      // No `model` to go by in the request, but the receiver's type is the SDK's `Responses`.
      code: 'import { AnswerService } from "./client";\nexport const ask = (s: AnswerService, messages: never[]) => s.client.responses.create({ messages } as never);',
      output: 'import { AnswerService } from "./client";\nexport const ask = (s: AnswerService, messages: never[]) => s.client.responses.create({ input: messages } as never);',
      errors: [{ messageId: "renamedParam", line: 2 }],
    },
  ],
});

typedRuleTester.run("no-chat-completions-output-in-responses (typed)", noChatCompletionsOutputInResponses, {
  valid: [
    // A Chat Completions result typed as such, in another function.
    'import type OpenAI from "openai";\nexport const text = (completion: OpenAI.Chat.ChatCompletion) => completion.choices[0]?.message.content;',
    // A Chat Completions result from a client of another module: syntax sees the call, the checker is not asked.
    'import { openai } from "./client";\nexport async function answer() {\n  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [] });\n  return completion.choices[0]?.message.content;\n}',
    // A local type with `choices`.
    "type Poll = { choices: { message: { content: string } }[] };\nexport const first = (poll: Poll) => poll.choices[0]?.message.content;",
  ],
  invalid: [
    {
      // A Responses result passed to another function: its type says what it is.
      code: 'import type OpenAI from "openai";\nexport const text = (res: OpenAI.Responses.Response) => (res as any).choices[0].message.content;',
      output: 'import type OpenAI from "openai";\nexport const text = (res: OpenAI.Responses.Response) => (res as any).output_text;',
      errors: [{ messageId: "choicesContent", line: 2 }],
    },
    {
      code: 'import type { ResponseUsage } from "openai/resources/responses/responses";\nexport const cost = (usage: ResponseUsage) => (usage as any).prompt_tokens;',
      output: 'import type { ResponseUsage } from "openai/resources/responses/responses";\nexport const cost = (usage: ResponseUsage) => (usage as any).input_tokens;',
      errors: [{ messageId: "chatUsageName", line: 2 }],
    },
    {
      // A request built elsewhere (`params: ResponseCreateParamsNonStreaming`): syntax cannot tell whether it streams,
      // the result's type can.
      code: 'import OpenAI from "openai";\nimport type { ResponseCreateParamsNonStreaming } from "openai/resources/responses/responses";\nconst ai = new OpenAI();\nexport async function ask(params: ResponseCreateParamsNonStreaming) {\n  const res = await ai.responses.create(params);\n  return [(res as any).choices, (res as any).usage?.prompt_tokens];\n}',
      output: 'import OpenAI from "openai";\nimport type { ResponseCreateParamsNonStreaming } from "openai/resources/responses/responses";\nconst ai = new OpenAI();\nexport async function ask(params: ResponseCreateParamsNonStreaming) {\n  const res = await ai.responses.create(params);\n  return [(res as any).choices, (res as any).usage?.input_tokens];\n}',
      errors: [{ messageId: "choicesOnResponse", line: 6 }, { messageId: "chatUsageName", line: 6 }],
    },
    {
      // The same with `ResponseCreateParams`, which may stream: the result is `Response | Stream<…>`, and a read of
      // `choices` or `usage` is one of a `Response` (a stream has neither).
      code: 'import OpenAI from "openai";\nimport type { ResponseCreateParams } from "openai/resources/responses/responses";\nconst ai = new OpenAI();\nexport async function ask(params: ResponseCreateParams) {\n  const res = await ai.responses.create(params);\n  return [(res as any).choices, (res as any).usage?.prompt_tokens];\n}',
      output: 'import OpenAI from "openai";\nimport type { ResponseCreateParams } from "openai/resources/responses/responses";\nconst ai = new OpenAI();\nexport async function ask(params: ResponseCreateParams) {\n  const res = await ai.responses.create(params);\n  return [(res as any).choices, (res as any).usage?.input_tokens];\n}',
      errors: [{ messageId: "choicesOnResponse", line: 6 }, { messageId: "chatUsageName", line: 6 }],
    },
    {
      // A stream event typed in a handler defined apart from the stream.
      code: 'import type { ResponseStreamEvent } from "openai/resources/responses/responses";\nexport function onEvent(event: ResponseStreamEvent) { return (event as any).choices[0].delta.content; }',
      output: null,
      errors: [{ messageId: "chatDeltaOnEvent", line: 2, suggestions: [] }],
    },
  ],
});

typedRuleTester.run("no-legacy-moderation-models (typed)", noLegacyModerationModels, {
  valid: ['import type { ModerationModel } from "openai/resources/moderations";\nexport const model: ModerationModel = "omni-moderation-latest";'],
  invalid: [
    {
      // The SDK's own type still accepts it, so only the rule catches it.
      code: 'import type { ModerationModel } from "openai/resources/moderations";\nexport const model: ModerationModel = "text-moderation-latest";',
      output: 'import type { ModerationModel } from "openai/resources/moderations";\nexport const model: ModerationModel = "omni-moderation-latest";',
      errors: [{ messageId: "legacyModel", line: 2 }],
    },
  ],
});
