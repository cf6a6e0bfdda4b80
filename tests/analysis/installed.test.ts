import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { INSTALLED_CACHE_MS, InstalledModules } from "../../src/installed";

// A monorepo: `with/` has an `openai` with `core/streaming`, `old/` an `openai` without it, `without/` none.
const root = mkdtempSync(path.join(tmpdir(), "installed-"));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
write("with/node_modules/openai/package.json", '{ "name": "openai", "main": "index.js" }');
write("with/node_modules/openai/index.js", "");
write("with/node_modules/openai/core/streaming.js", "");
write("old/node_modules/openai/package.json", '{ "name": "openai", "main": "index.js" }');
write("old/node_modules/openai/index.js", "");
for (const folder of ["with/src/deep", "old", "without"]) mkdirSync(path.join(root, folder), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("whether a module of openai is installed", () => {
  it("is looked up from the linted file's folder, up through node_modules, not from the working folder", () => {
    const installed = new InstalledModules(() => 0);
    const cwd = path.join(root, "with");
    expect(installed.targetInstalled("openai/core/streaming", path.join(root, "with/src/deep/a.ts"), cwd)).toBe("yes");
    expect(installed.targetInstalled("openai/core/streaming", path.join(root, "old/a.ts"), cwd)).toBe("missing");
    expect(installed.targetInstalled("openai/core/streaming", path.join(root, "without/a.ts"), cwd)).toBe("unknown");
    // A file whose folder does not exist (`<input>`, a made-up path): from the working folder.
    expect(installed.targetInstalled("openai/core/streaming", "<input>", cwd)).toBe("yes");
    expect(installed.targetInstalled("openai/core/streaming", path.join(root, "made/up/a.ts"), path.join(root, "without"))).toBe("unknown");
  });

  it("is asked again once the answer is older than the expiry, so that an install is seen", () => {
    let now = 1_000;
    const installed = new InstalledModules(() => now);
    const file = path.join(root, "without/a.ts");
    expect(installed.targetInstalled("openai/core/streaming", file, root)).toBe("unknown");
    expect(installed.targetInstalled("openai/core/streaming", file, root)).toBe("unknown");
    expect(installed.lookups).toBe(1);
    // `npm i openai` in that folder.
    write("without/node_modules/openai/package.json", '{ "name": "openai", "main": "index.js" }');
    write("without/node_modules/openai/index.js", "");
    write("without/node_modules/openai/core/streaming.js", "");
    now += INSTALLED_CACHE_MS - 1;
    expect(installed.targetInstalled("openai/core/streaming", file, root)).toBe("unknown");
    expect(installed.lookups).toBe(1);
    now += 1;
    expect(installed.targetInstalled("openai/core/streaming", file, root)).toBe("yes");
    expect(installed.lookups).toBe(2);
  });
});
