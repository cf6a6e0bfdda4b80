import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import path from "node:path";

export const packageRoot = path.resolve(__dirname, "../..");

/**
 * `npm pack` of the built package (what `npm publish` would upload), unpacked: `tarball` is the .tgz, `directory` the
 * unpacked `package/`. Under the repository's `.tmp/` so that an unpacked copy placed in a project's `node_modules`
 * finds its dependencies (and `eslint`, `typescript-eslint`) in the repository's `node_modules`, as after an install.
 */
export function pack(): { scratch: string; tarball: string; directory: string } {
  mkdirSync(path.join(packageRoot, ".tmp"), { recursive: true });
  const scratch = mkdtempSync(path.join(packageRoot, ".tmp", "pack-"));
  const [{ filename }] = JSON.parse(
    // Without the `prepare` script: it would rebuild `dist/` while the test files running beside this one (two workers)
    // load it, and `npm test` has built it already, as `npm publish` does through `prepublishOnly`.
    execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", scratch], { cwd: packageRoot, encoding: "utf8" }),
  ) as [{ filename: string }];
  const tarball = path.join(scratch, filename);
  execFileSync("tar", ["-xzf", tarball, "-C", scratch]);
  return { scratch, tarball, directory: path.join(scratch, "package") };
}

/** A bin from the repository's devDependencies, run with this Node. */
export function runBin(bin: string, args: string[], cwd = packageRoot): { status: number; output: string } {
  try {
    const output = execFileSync(path.join(packageRoot, "node_modules/.bin", bin), args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    return { status: 0, output };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number | null; stdout: string; stderr: string };
    return { status: status ?? 1, output: `${stdout}${stderr}` };
  }
}
