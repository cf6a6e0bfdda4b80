/**
 * The model rule and the parameter rules agree on what an OpenAI endpoint is (issue 17 item 2): both ask the one
 * provider decision (src/analysis/provider.ts). Before it, `fetch(`${baseURL}/chat/completions`)` with a `baseURL`
 * constant got its model reported and its `max_tokens` not, because no-deprecated-params looked for "openai" in the
 * URL's source text. Each case runs all three rules on the same code.
 */
import { Linter } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";

import noChatParams from "../../rules/no-chat-completions-params-in-responses";
import noDeprecatedApi from "../../rules/no-deprecated-api";
import noDeprecatedModels from "../../rules/no-deprecated-models";
import noDeprecatedParams from "../../rules/no-deprecated-params";

const plugin = {
  rules: {
    "no-deprecated-models": noDeprecatedModels,
    "no-deprecated-params": noDeprecatedParams,
    "no-chat-completions-params-in-responses": noChatParams,
    "no-deprecated-api": noDeprecatedApi,
  },
} as unknown as NonNullable<Linter.Config["plugins"]>[string];

function rulesReporting(code: string): string[] {
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.ts"],
        plugins: { openai: plugin },
        languageOptions: { parser: tsParser },
        settings: { openai: { date: "2026-11-30" } },
        rules: {
          "openai/no-deprecated-models": "error",
          "openai/no-deprecated-params": "error",
          "openai/no-chat-completions-params-in-responses": "error",
          "openai/no-deprecated-api": "error",
        },
      },
    ],
    "request.ts",
  );
  expect(messages.filter((message) => message.ruleId === null)).toEqual([]);
  return [...new Set(messages.map((message) => message.ruleId!.replace("openai/", "")))].sort();
}

const chat = (url: string, before = ""): string =>
  `${before}await fetch(${url}, { method: "POST", body: JSON.stringify({ model: "gpt-4-0613", messages, max_tokens: 5 }) });`;
const responses = (url: string, before = ""): string =>
  `${before}await fetch(${url}, { method: "POST", body: JSON.stringify({ model: "gpt-4-0613", input, max_tokens: 5 }) });`;

describe("the model rule and the parameter rules agree on an OpenAI endpoint", () => {
  it.each([
    ["a base constant", chat("`${baseURL}/chat/completions`", 'const baseURL = "https://api.openai.com/v1";\n')],
    ["a helper's default", chat("`${getBaseURL()}/chat/completions`", 'function getBaseURL() { return process.env.OPENAI_BASE_URL ?? "https://api.openai.com/v1"; }\n')],
    ["a `??` default", chat('BASE + "/chat/completions"', 'const BASE = process.env.X ?? "https://api.openai.com/v1";\n')],
    ["OpenAI's URL itself", chat('"https://api.openai.com/v1/chat/completions"')],
    ["host and path apart", 'import https from "node:https";\nconst req = https.request({ hostname: "api.openai.com", path: "/v1/chat/completions" });\nreq.end(JSON.stringify({ model: "gpt-4-0613", messages, max_tokens: 5 }));'],
  ])("Chat Completions through %s: both report", (_, code) => {
    expect(rulesReporting(code)).toEqual(["no-deprecated-models", "no-deprecated-params"]);
  });

  it("a Responses request through a base constant: the model and the Chat parameter", () => {
    expect(rulesReporting(responses("`${baseURL}/responses`", 'const baseURL = "https://api.openai.com/v1";\n'))).toEqual([
      "no-chat-completions-params-in-responses",
      "no-deprecated-models",
    ]);
  });

  it.each([
    ["Azure's host", chat('"https://acme.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-10-21"')],
    ["Azure's base", chat("`${AZURE_OPENAI_ENDPOINT}/openai/v1/chat/completions`")],
    ["another provider's base constant", chat("`${baseURL}/chat/completions`", 'const baseURL = "https://openrouter.ai/api/v1";\n')],
    ["a local server as a helper's default", chat("`${getBaseURL()}/chat/completions`", 'function getBaseURL() { return process.env.URL ?? "http://localhost:11434/v1"; }\n')],
    ["another host given apart", 'import https from "node:https";\nhttps.request({ hostname: "api.groq.com", path: "/openai/v1/chat/completions" }).end(JSON.stringify({ model: "gpt-4-0613", messages, max_tokens: 5 }));'],
    ["an Azure client", 'import { AzureOpenAI } from "openai";\nconst client: AzureOpenAI = makeClient();\nawait client.chat.completions.create({ model: "gpt-4-0613", messages, max_tokens: 5 });\nawait client.audio.translations.create({ file, model: "gpt-4-0613" });'],
  ])("%s: neither reports", (_, code) => {
    expect(rulesReporting(code)).toEqual([]);
  });
});
