#!/usr/bin/env node
// `npx eslint-plugin-openai [paths…]`: the audit, with no ESLint config needed (see ./main.ts).
import { main } from "./main";

// `… | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
