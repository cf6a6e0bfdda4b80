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

type ResourceTable = ReadonlyMap<string, ReadonlySet<string>>;

/** A set derived from a resource table once (the tables are module constants), cached on the table. */
function derivedFrom(cache: WeakMap<ResourceTable, ReadonlySet<string>>, derive: (table: ResourceTable) => Iterable<string>) {
  return (resources: ResourceTable): ReadonlySet<string> => {
    let names = cache.get(resources);
    if (names === undefined) {
      names = new Set(derive(resources));
      cache.set(resources, names);
    }
    return names;
  };
}

/** Every method name of a resource table: a call whose name is not here needs no resolving at all. */
export const methodNames = derivedFrom(new WeakMap(), (resources) => [...resources.values()].flatMap((methods) => [...methods]));

/** The last segments of a resource table's paths: `beta.threads.runs` → `runs`. */
export const resourceNames = derivedFrom(new WeakMap(), (resources) =>
  [...resources.keys()].map((key) => key.slice(key.lastIndexOf(".") + 1)),
);
