#!/usr/bin/env node
// `npx eslint-plugin-openai [paths…]`: the audit, with no ESLint config needed (see ./main.ts).
import nodeModule from "node:module";

// Node 22.1 and later keep V8's compiled code of the modules loaded (ESLint, TypeScript, the plugin) on disk for the
// next run, as the `eslint` command does. Before any other module loads.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main } = require("./main") as typeof import("./main");

// `… | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
