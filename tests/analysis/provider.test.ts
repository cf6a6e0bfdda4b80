/** The one host table (src/analysis/provider.ts): which provider a host or a URL names. */
import { describe, expect, it } from "vitest";

import { providerOfHost, providerOfUrl } from "../../src/analysis/provider";

describe("providerOfHost", () => {
  it.each([
    ["api.openai.com", "openai"],
    ["API.OpenAI.com.", "openai"],
    ["acme.openai.azure.com", "azure"],
    ["acme.cognitiveservices.azure.com", "azure"],
    ["acme.services.ai.azure.com", "azure"],
    ["models.inference.ai.azure.com", "azure"],
    ["openrouter.ai", "other"],
    ["api.groq.com", "other"],
    ["api.together.xyz", "other"],
    ["api.deepseek.com", "other"],
    ["localhost", "other"],
    ["127.0.0.1", "other"],
    ["oai.helicone.ai", "other"],
    // Look-alikes of OpenAI's host are someone else's.
    ["api.openai.com.evil.example", "other"],
    ["openai.com", "other"],
    ["my-openai-proxy.example.com", "other"],
    ["azure.com.example.org", "other"],
  ] as const)("%s is %s", (host, provider) => {
    expect(providerOfHost(host)).toBe(provider);
  });
});

describe("providerOfUrl", () => {
  it.each([
    ["https://api.openai.com/v1", true, "openai"],
    ["wss://api.openai.com/v1/realtime?model=x", true, "openai"],
    ["https://api.openai.com:443/v1", true, "openai"],
    ["https://user@api.openai.com/v1", true, "openai"],
    ["https://acme.openai.azure.com/openai", true, "azure"],
    ["http://localhost:11434/v1", true, "other"],
    ["http://[::1]:8080/v1", true, "other"],
    // The host goes on past what is known: `http://local${suffix}`.
    ["http://local", false, "unknown"],
    ["http://localhost/", false, "other"],
    ["/v1/chat/completions", true, "unknown"],
    ["", true, "unknown"],
  ] as const)("%s (whole: %s) is %s", (url, complete, provider) => {
    expect(providerOfUrl(url, complete)).toBe(provider);
  });
});
