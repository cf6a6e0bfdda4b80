/**
 * The tables the rules and the analysis use to recognise SDK calls, all derived from the one generated surface
 * (src/sdk-surface.ts, read from the installed `openai` package by scripts/sdk-surface.mjs): which methods send a
 * model, which take a given request type, which resources make up the Assistants API, what resource an SDK type
 * name stands for. Upgrading the SDK regenerates the surface and these follow; only what older SDKs had and the
 * installed one dropped is written here by hand.
 */
import { SDK_CLIENTS, SDK_RESOURCES, type SdkMethod, type SdkRequest, type SdkResource } from "./sdk-surface";

/** SDK methods by resource path: `chat.completions` → `create`, `stream`, … */
export type ResourceMethods = ReadonlyMap<string, ReadonlySet<string>>;

const RESOURCES: ReadonlyMap<string, SdkResource> = new Map(SDK_RESOURCES.map((resource) => [resource.path, resource]));

/**
 * Methods of older SDKs that code written for them still calls, each with the installed method it did the same as:
 * openai 4.x's `beta.chat.completions` helpers (moved to `chat.completions` in 5.0) and `del` (renamed `delete` in
 * 5.0).
 */
const OLDER_SDK_METHODS: readonly { readonly path: string; readonly method: string; readonly sameAs: string }[] = [
  ...["stream", "parse", "runTools"].map((method) => ({ path: "beta.chat.completions", method, sameAs: `chat.completions.${method}` })),
  ...["beta.assistants", "beta.threads", "beta.threads.messages"].map((path) => ({ path, method: "del", sameAs: `${path}.delete` })),
];

/**
 * Every method of the surface and of older SDKs: `[resource path, method name, what the SDK declares, the file that
 * declares it]` (an older method's are its installed counterpart's).
 */
function* allMethods(): Generator<readonly [string, string, SdkMethod, string]> {
  for (const resource of SDK_RESOURCES) {
    for (const [name, method] of Object.entries(resource.methods)) yield [resource.path, name, method, resource.file];
  }
  for (const { path, method, sameAs } of OLDER_SDK_METHODS) {
    const cut = sameAs.lastIndexOf(".");
    const resource = RESOURCES.get(sameAs.slice(0, cut));
    const declared = resource?.methods[sameAs.slice(cut + 1)];
    if (declared === undefined) throw new Error(`The openai SDK surface has no ${sameAs}`);
    yield [path, method, declared, resource!.file];
  }
}

/** The methods for which `test` holds, by resource path. */
export function sdkMethods(test: (path: string, name: string, method: SdkMethod, file: string) => boolean): ResourceMethods {
  const found = new Map<string, Set<string>>();
  for (const [path, name, method, file] of allMethods()) {
    if (!test(path, name, method, file)) continue;
    let names = found.get(path);
    if (names === undefined) found.set(path, (names = new Set()));
    names.add(name);
  }
  return found;
}

/** The request parameter of `path.method` (`chat.completions`, `create`), or `undefined`. */
export function sdkRequest(path: string, method: string): SdkRequest | undefined {
  const declared = RESOURCES.get(path)?.methods[method];
  if (declared !== undefined) return declared.request;
  const older = OLDER_SDK_METHODS.find((entry) => entry.path === path && entry.method === method);
  return older === undefined ? undefined : sdkRequest(older.sameAs.slice(0, older.sameAs.lastIndexOf(".")), older.sameAs.slice(older.sameAs.lastIndexOf(".") + 1));
}

/**
 * The methods whose request is made of the declaration `owner` (`chat/completions/completions:ChatCompletionCreateParamsBase`,
 * as the SDK's deprecation keys name it): every method that sends that request, in its streaming and helper forms.
 */
export function methodsTaking(...owners: readonly string[]): ResourceMethods {
  const methods = sdkMethods((_, __, method) => method.request?.owners.some((owner) => owners.includes(owner)) === true);
  if (methods.size === 0) throw new Error(`No method of the openai SDK surface takes ${owners.join(", ")}`);
  return methods;
}

/** The Responses API's request-taking SDK methods, by resource path (`beta.responses` is the SDK 7.x beta copy). */
export const RESPONSES_SDK_METHODS = methodsTaking(
  "responses/responses:ResponseCreateParamsBase",
  "beta/responses/responses:ResponseCreateParamsBase",
);

/** The SDK's Assistants API: every resource declared under `beta/assistants` and `beta/threads`. */
const ASSISTANTS_FILE = /^beta\/(?:assistants|threads)(?:\/|$)/u;

/** The Assistants API's resources and their methods (every one `@deprecated` in the SDK; `del` from older SDKs). */
export const ASSISTANTS_SDK_RESOURCES: ResourceMethods = sdkMethods((_, __, ___, file) => ASSISTANTS_FILE.test(file));

/**
 * The methods whose request names a model (`model`, or `session.model` one object down), by resource path. The
 * Assistants API (shut down) is left to its rule.
 */
export const MODEL_REQUEST_METHODS: ResourceMethods = sdkMethods(
  (_, __, method, file) => (method.request?.model.length ?? 0) > 0 && !ASSISTANTS_FILE.test(file),
);

/** The keys under which a request nests an object that names a model: `session` in `{ session: { model } }`. */
export const NESTED_MODEL_KEYS: ReadonlySet<string> = new Set(
  [...allMethods()].flatMap(([, , method]) => (method.request?.model ?? []).filter((key) => key !== "model").map((key) => key.slice(0, -".model".length))),
);

/** The client path of the resource class `name` declared in `file` (`beta/threads/runs/runs`, `Runs`), or `null`. */
export function sdkPathOfDeclaration(file: string, name: string): readonly string[] | null {
  if (SDK_CLIENTS.includes(`${file}:${name}`)) return [];
  const resource = SDK_RESOURCES.find((candidate) => candidate.file === file && candidate.type === name);
  return resource === undefined ? null : resource.path.split(".");
}

/**
 * The client path an SDK type written in code stands for: `OpenAI.Beta.Threads` (the client's namespace, walked by
 * class names), `Runs` imported from `openai/resources/beta/threads/runs/runs` (the file that declares it), or
 * `Responses` imported from `openai/resources` (which exports the top-level resources). `null` when it is none.
 */
export function sdkPathOfTypeName(source: string, imported: string, qualifiers: readonly string[]): readonly string[] | null {
  let start: SdkResource | null | undefined;
  if (source === "openai" && (imported === "OpenAI" || imported === "AzureOpenAI" || imported === "default")) {
    start = null;
  } else if (source === "openai/resources" || source === "openai/resources/index") {
    start = SDK_RESOURCES.find((resource) => resource.type === imported && !resource.path.includes("."));
  } else if (source.startsWith("openai/resources/")) {
    const file = source.slice("openai/resources/".length).replace(/\.(?:m?js|d\.ts)$/u, "").replace(/\/index$/u, "");
    start = SDK_RESOURCES.find(
      (resource) => resource.type === imported && (resource.file === file || resource.file === `${file}/${file.slice(file.lastIndexOf("/") + 1)}`),
    );
  }
  if (start === undefined) return null;
  let path = start === null ? "" : start.path;
  // `import * as sdk from "openai"` read as `sdk.OpenAI`: the namespace's client class is the client.
  const names = start === null && (qualifiers[0] === "OpenAI" || qualifiers[0] === "AzureOpenAI") ? qualifiers.slice(1) : qualifiers;
  for (const qualifier of names) {
    const child = SDK_RESOURCES.find(
      (resource) => resource.type === qualifier && resource.path.startsWith(path === "" ? "" : `${path}.`) && !resource.path.slice(path === "" ? 0 : path.length + 1).includes("."),
    );
    if (child === undefined) return null;
    path = child.path;
  }
  return path === "" ? [] : path.split(".");
}

/** The declarations (`file:Name`) that the given methods resolve to when awaited: `responses/responses:Response`. */
export function resultsOf(methods: ResourceMethods): ReadonlySet<string> {
  const results = new Set<string>();
  for (const [path, names] of methods) {
    for (const name of names) {
      const result = RESOURCES.get(path)?.methods[name]?.result;
      if (result !== undefined) results.add(result);
    }
  }
  return results;
}

/** The client path of the resource `Class` declared in `file`, or of its property `Class.name`; `null` if none. */
function pathOfDeclared(file: string, owner: string): string | null {
  const [type, property] = owner.split(".");
  const base = sdkPathOfDeclaration(file, type!);
  if (base === null) return null;
  return [...base, ...(property === undefined ? [] : [property])].join(".");
}

/**
 * The resources the SDK's deprecation keys name (`resource:client:OpenAI.videos`, `resource:beta/realtime/realtime:Realtime`),
 * as client paths (`videos`, `beta.realtime`). Throws on a key the surface has no resource for.
 */
export function resourcesOfKeys(keys: readonly string[]): readonly string[] {
  const paths = new Set<string>();
  for (const key of keys) {
    const match = /^resource:(.+):([^:]+)$/u.exec(key);
    if (match === null) continue;
    const path = pathOfDeclared(match[1]!, match[2]!);
    if (path === null || !RESOURCES.has(path)) throw new Error(`The openai SDK surface has no resource for ${key}`);
    paths.add(path);
  }
  return [...paths];
}

/**
 * The methods the SDK's deprecation keys name (`method:images:Images.createVariation`), by client path. Throws on a
 * key the surface has no method for.
 */
export function methodsOfKeys(keys: readonly string[]): ResourceMethods {
  const wanted = new Set<string>();
  for (const key of keys) {
    const match = /^method:(.+):([^:.]+)\.([^:.]+)$/u.exec(key);
    if (match === null) continue;
    const path = pathOfDeclared(match[1]!, match[2]!);
    if (path === null || RESOURCES.get(path)?.methods[match[3]!] === undefined) throw new Error(`The openai SDK surface has no method for ${key}`);
    wanted.add(`${path}:${match[3]}`);
  }
  return sdkMethods((path, name) => wanted.has(`${path}:${name}`));
}
