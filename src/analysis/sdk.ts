import { pathKey, type OpenAIValue } from "./values";

/**
 * The SDK resource (`beta.threads.runs`) on which `method` is called, when `resources` lists that resource and
 * method; else `null`.
 *
 * A resolved client matches on its exact path. A value whose root is unknown (a parameter, a project import, a
 * call's result) matches only on a distinctive chain: one that runs through `beta` (`x.beta.threads.runs.create`),
 * never a bare `x.threads.create`, which LangGraph, discord.js and others have too.
 */
export function findSdkResource(
  value: OpenAIValue,
  resources: ReadonlyMap<string, ReadonlySet<string>>,
  method: string,
): string | null {
  if (value.kind === "client") {
    const key = pathKey(value.path);
    return resources.get(key)?.has(method) === true ? key : null;
  }
  if (value.kind === "unknown") {
    for (let index = value.path.indexOf("beta"); index !== -1; index = value.path.indexOf("beta", index + 1)) {
      const key = pathKey(value.path.slice(index));
      if (resources.get(key)?.has(method) === true) return key;
    }
  }
  return null;
}

/** Every method name of a resource table: a call whose name is not here needs no resolving at all. */
export function methodNames(resources: ReadonlyMap<string, ReadonlySet<string>>): ReadonlySet<string> {
  let names = methodNameCache.get(resources);
  if (names === undefined) {
    names = new Set([...resources.values()].flatMap((methods) => [...methods]));
    methodNameCache.set(resources, names);
  }
  return names;
}

const methodNameCache = new WeakMap<ReadonlyMap<string, ReadonlySet<string>>, ReadonlySet<string>>();
