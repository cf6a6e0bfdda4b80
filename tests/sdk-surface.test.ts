/**
 * The SDK's surface: src/sdk-surface.ts must be what scripts/sdk-surface.mjs reads from the installed `openai`
 * package today (the same comparison as `node scripts/sdk-surface.mjs --check`), and the tables derived from it must
 * agree with the retirement rows that refer to them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

// @ts-expect-error -- a plain ESM script
import { collect, render } from "../scripts/sdk-surface.mjs";
import { REQUEST_APIS } from "../src/analysis/request-apis";
import { SDK_PARAM_DEPRECATIONS } from "../src/deprecations";
import { SDK_DEPRECATIONS } from "../src/sdk-deprecations";
import {
  ASSISTANTS_SDK_RESOURCES,
  methodsOfKeys,
  MODEL_REQUEST_METHODS,
  NESTED_MODEL_KEYS,
  resourcesOfKeys,
  resultsOf,
  sdkPathOfDeclaration,
  sdkPathOfTypeName,
  sdkRequest,
} from "../src/sdk-methods";
import { SDK_RESOURCES } from "../src/sdk-surface";

const methodsOf = (table: ReadonlyMap<string, ReadonlySet<string>>) => [...table].flatMap(([path, names]) => [...names].map((name) => `${path}.${name}`)).sort();

describe("the SDK surface", () => {
  it("the generated table is what the installed SDK declares (run `node scripts/sdk-surface.mjs` after an upgrade)", () => {
    const generated = readFileSync(path.join(__dirname, "../src/sdk-surface.ts"), "utf8");
    expect(generated).toBe(render(collect()));
    expect(SDK_RESOURCES.length).toBeGreaterThan(100);
  }, 60_000);

  it("spells resources as the JS SDK does, and finds the model of every request that names one", () => {
    expect(MODEL_REQUEST_METHODS.get("fineTuning.jobs")).toEqual(new Set(["create"]));
    expect(MODEL_REQUEST_METHODS.has("fine_tuning.jobs")).toBe(false);
    for (const method of ["chat.completions.create", "responses.create", "embeddings.create", "moderations.create", "images.generate", "audio.speech.create"]) {
      expect(methodsOf(MODEL_REQUEST_METHODS), method).toContain(method);
    }
    // Requests without a model, and the Assistants API (left to its own rule), are not model requests.
    expect(MODEL_REQUEST_METHODS.has("files")).toBe(false);
    expect(MODEL_REQUEST_METHODS.has("beta.assistants")).toBe(false);
    expect(MODEL_REQUEST_METHODS.has("beta.threads.runs")).toBe(false);
    // The request of `realtime.calls.accept(callID, body)` is its second argument; a Realtime session nests its model.
    expect(sdkRequest("realtime.calls", "accept")).toMatchObject({ index: 1, model: ["model"] });
    expect(sdkRequest("realtime.clientSecrets", "create")?.model).toEqual(["session.model"]);
    expect(NESTED_MODEL_KEYS).toContain("session");
    expect(NESTED_MODEL_KEYS).toContain("moderation");
  });

  it("the Assistants API's resources are the SDK's beta assistants and threads, each method deprecated in the SDK", () => {
    expect([...ASSISTANTS_SDK_RESOURCES.keys()].sort()).toEqual(["beta.assistants", "beta.threads", "beta.threads.messages", "beta.threads.runs", "beta.threads.runs.steps"]);
    const deprecated = new Set(SDK_DEPRECATIONS.map(({ key }) => key));
    for (const [path, names] of ASSISTANTS_SDK_RESOURCES) {
      const resource = SDK_RESOURCES.find((candidate) => candidate.path === path)!;
      for (const name of names) {
        // `del` is what openai 4.x called `delete`.
        if (name === "del") continue;
        // The SDK's polling and streaming helpers wrap deprecated methods without a tag of their own.
        if (!/Poll|Stream$|^poll$|^stream$/u.test(name)) expect(deprecated.has(`method:${resource.file}:${resource.type}.${name}`), `${path}.${name}`).toBe(true);
      }
    }
  });

  it("every request API's methods send the request type its deprecated parameters are declared in", () => {
    for (const row of SDK_PARAM_DEPRECATIONS) {
      if (row.path.length !== 1) continue;
      const owners = new Set(row.sdkKeys.map((key) => key.slice("param:".length, key.lastIndexOf("."))));
      for (const api of row.apis) {
        for (const [path, names] of REQUEST_APIS.get(api)!.methods) {
          // openai 4.x's `beta.chat.completions` helpers are not in the installed surface.
          if (path === "beta.chat.completions") continue;
          for (const name of names) {
            const request = sdkRequest(path, name);
            expect(request?.owners.some((owner) => owners.has(owner)), `${row.id}: ${path}.${name}`).toBe(true);
          }
        }
      }
    }
  });

  it("names the resource an SDK type stands for, by its namespace, its file or the resources index", () => {
    expect(sdkPathOfTypeName("openai", "default", [])).toEqual([]);
    expect(sdkPathOfTypeName("openai", "default", ["OpenAI"])).toEqual([]);
    expect(sdkPathOfTypeName("openai", "default", ["AzureOpenAI", "Responses"])).toEqual(["responses"]);
    expect(sdkPathOfTypeName("openai", "default", ["Beta", "Threads", "Messages"])).toEqual(["beta", "threads", "messages"]);
    expect(sdkPathOfTypeName("openai", "OpenAI", ["Chat", "Completions"])).toEqual(["chat", "completions"]);
    expect(sdkPathOfTypeName("openai/resources/chat/completions/messages", "Messages", [])).toEqual(["chat", "completions", "messages"]);
    expect(sdkPathOfTypeName("openai/resources/beta/threads", "Threads", ["Runs"])).toEqual(["beta", "threads", "runs"]);
    expect(sdkPathOfTypeName("openai/resources", "Completions", [])).toEqual(["completions"]);
    expect(sdkPathOfTypeName("openai/resources", "Responses", [])).toEqual(["responses"]);
    // Data types and names the client's namespace does not have.
    expect(sdkPathOfTypeName("openai", "default", ["Chat", "ChatCompletion"])).toBeNull();
    expect(sdkPathOfTypeName("openai", "default", ["Threads"])).toBeNull();
    expect(sdkPathOfTypeName("openai/resources/responses/responses", "Response", [])).toBeNull();
    expect(sdkPathOfDeclaration("beta/threads/runs/runs", "Runs")).toEqual(["beta", "threads", "runs"]);
    expect(sdkPathOfDeclaration("beta/threads/runs/runs", "Run")).toBeNull();
    expect(sdkPathOfDeclaration("client", "OpenAI")).toEqual([]);
  });

  it("finds the resources and methods the SDK's deprecation keys name, and fails on one it does not have", () => {
    expect(resourcesOfKeys(["resource:client:OpenAI.videos", "resource:videos:Videos", "resource:beta/realtime/realtime:Realtime"])).toEqual(["videos", "beta.realtime"]);
    expect(methodsOfKeys(["method:fine-tuning/checkpoints/permissions:Permissions.retrieve"])).toEqual(new Map([["fineTuning.checkpoints.permissions", new Set(["retrieve"])]]));
    expect(() => methodsOfKeys(["method:images:Images.createVariations"])).toThrow(/no method/u);
    expect(() => resourcesOfKeys(["resource:client:OpenAI.video"])).toThrow(/no resource/u);
    expect(() => resourcesOfKeys(["resource:nowhere:Nothing"])).toThrow(/no resource/u);
  });

  it("reads what the Responses methods give off the surface", () => {
    const results = resultsOf(REQUEST_APIS.get("responses")!.methods);
    expect(results).toContain("responses/responses:Response");
    expect(results).toContain("responses/responses:ParsedResponse");
    expect(results).toContain("lib/responses/ResponseStream:ResponseStream");
  });
});
