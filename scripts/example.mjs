// `npm run example`: lints examples/ with the built plugin, the way a user's `eslint` would, then shows the diff
// that `eslint --fix` would make. Nothing in examples/ is written.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { ESLint } from "eslint";

const examples = fileURLToPath(new URL("../examples/", import.meta.url));

const linter = new ESLint({ cwd: examples });
const results = await linter.lintFiles(["."]);
const formatter = await linter.loadFormatter("stylish");
console.log("Diagnostics (eslint examples/):");
console.log(await formatter.format(results));

const fixed = await new ESLint({ cwd: examples, fix: true }).lintFiles(["."]);
const scratch = mkdtempSync(path.join(tmpdir(), "openai-example-"));
console.log("What `eslint --fix examples/` would change:\n");
let changed = 0;
for (const result of fixed) {
  if (result.output === undefined) continue;
  changed++;
  const name = path.relative(examples, result.filePath);
  const after = path.join(scratch, name.replaceAll(path.sep, "__"));
  writeFileSync(after, result.output);
  try {
    execFileSync("diff", ["-u", "--label", `a/examples/${name}`, "--label", `b/examples/${name}`, result.filePath, after], {
      encoding: "utf8",
    });
  } catch (error) {
    // diff exits 1 when the files differ, which is what we are here to show.
    if (error.status !== 1) throw error;
    console.log(error.stdout);
  }
}
console.log(`${changed} file(s) would change; the remaining problems need a person (see each rule's page in docs/rules/).`);
