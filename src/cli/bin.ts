#!/usr/bin/env node
// `npx eslint-plugin-openai [paths…]`: the audit, with no ESLint config needed (see ./main.ts).
import { main } from "./main";

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
