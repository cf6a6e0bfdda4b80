/** Every rule's schema rejects options it does not know, with ESLint's own message naming the rule. */
import { Linter } from "eslint";
import { expect, it } from "vitest";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../dist/src/index.js") as typeof import("../../src/index");

it.each(Object.keys(plugin.rules))("openai/%s rejects an unknown option", (name) => {
  const linter = new Linter({ configType: "flat" });
  const lint = () =>
    linter.verify("const a = 1;", [
      { plugins: { openai: plugin as never }, rules: { [`openai/${name}`]: ["error", { notAnOption: true }, "extra"] } },
    ]);
  expect(lint).toThrow(new RegExp(`Key "rules": Key "openai/${name}":`, "u"));
});
