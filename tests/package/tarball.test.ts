/**
 * The tarball `npm pack` makes, as npm users get it: the ecosystem's package checks pass on it (publint in strict
 * mode, arethetypeswrong for every module resolution TypeScript has), and it holds what a published package needs
 * and nothing a user cannot use.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";

import { afterAll, expect, it } from "vitest";

import { pack, packageRoot, runBin } from "./pack";

const { scratch, tarball, directory } = pack();
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const REPOSITORY = "https://github.com/eslint-plugin-openai/eslint-plugin-openai";

function filesUnder(directory: string, prefix = ""): string[] {
  return readdirSync(directory).flatMap((name) => {
    const file = path.join(directory, name);
    return statSync(file).isDirectory() ? filesUnder(file, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

it("passes publint --strict", () => {
  const { status, output } = runBin("publint", ["--strict", tarball]);
  expect(output).toContain("All good!");
  expect(status).toBe(0);
});

it("passes arethetypeswrong for node10, node16 (CommonJS and ESM) and bundlers", () => {
  const { status, output } = runBin("attw", [tarball, "--format", "ascii"]);
  expect(output).toContain("No problems found");
  expect(status).toBe(0);
});

it("ships the license, the built code with its types, and the rule docs; no source maps of unshipped sources", () => {
  const files = filesUnder(directory);
  expect(files).toEqual(expect.arrayContaining(["LICENSE", "README.md", "package.json", "dist/src/index.js", "dist/src/index.d.ts"]));
  expect(readFileSync(path.join(directory, "LICENSE"), "utf8")).toMatch(/^MIT License/u);
  expect(files.filter((file) => file.endsWith(".map"))).toEqual([]);
  expect(files.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))).toEqual([]);
  const rules = readdirSync(path.join(packageRoot, "rules")).map((file) => `docs/rules/${file.replace(/\.ts$/u, ".md")}`);
  expect(files).toEqual(expect.arrayContaining(rules));
});

it("names the repository its rule docs point at", async () => {
  const manifest = JSON.parse(readFileSync(path.join(directory, "package.json"), "utf8")) as Record<string, unknown>;
  expect(manifest).toMatchObject({
    license: "MIT",
    repository: { type: "git", url: `git+${REPOSITORY}.git` },
    homepage: `${REPOSITORY}#readme`,
    bugs: { url: `${REPOSITORY}/issues` },
  });
  const plugin = (await import(path.join(directory, "dist/src/index.js"))) as {
    default: { rules: Record<string, { meta: { docs: { url: string } } }> };
  };
  for (const [name, rule] of Object.entries(plugin.default.rules)) {
    expect(rule.meta.docs.url).toBe(`${REPOSITORY}/blob/main/docs/rules/${name}.md`);
  }
});

it("has a README whose links work on the npm page: absolute, into the repository or elsewhere", () => {
  const readme = readFileSync(path.join(directory, "README.md"), "utf8");
  const links = [...readme.matchAll(/\]\(([^)\s]+)\)/gu)].map((match) => match[1]!);
  expect(links.length).toBeGreaterThan(10);
  expect(links.filter((link) => !/^https:\/\//u.test(link))).toEqual([]);
  // Links into the repository name files and folders that exist in it.
  const intoRepository = links.flatMap((link) => {
    const match = new RegExp(`^${REPOSITORY}/(?:blob|tree)/main/([^#]+)`, "u").exec(link);
    return match === null ? [] : [match[1]!];
  });
  expect(intoRepository.length).toBeGreaterThan(6);
  expect(intoRepository.filter((file) => !existsSync(path.join(packageRoot, file)))).toEqual([]);
});
