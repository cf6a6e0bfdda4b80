import tsParser from "@typescript-eslint/parser";
import { ASTUtils, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { Linter, type Rule } from "eslint";
import { describe, expect, it } from "vitest";

import { moduleBindingOf, type ModuleBinding } from "../../src/analysis/modules";

/** What `moduleBindingOf` says about each `probe(x)` argument of a program, in order. */
function bindings(code: string, sourceType: "module" | "commonjs" = "module"): (ModuleBinding | null)[] {
  const found: (ModuleBinding | null)[] = [];
  const rule: TSESLint.RuleModule<"never"> = {
    defaultOptions: [],
    meta: { type: "problem", messages: { never: "never" }, schema: [] },
    create(context) {
      return {
        CallExpression(node: TSESTree.CallExpression) {
          if (node.callee.type !== "Identifier" || node.callee.name !== "probe") return;
          found.push(
            moduleBindingOf(node.arguments[0]!, (identifier) =>
              ASTUtils.findVariable(context.sourceCode.getScope(identifier) as TSESLint.Scope.Scope, identifier),
            ),
          );
        },
      };
    },
  };
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify(code, [
    {
      files: ["**/*.ts"],
      languageOptions: { parser: tsParser as Linter.Parser, sourceType },
      plugins: { probe: { rules: { probe: rule as unknown as Rule.RuleModule } } },
      rules: { "probe/probe": "error" },
    },
  ], "file.ts");
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return found;
}

const binding = (source: string, imported: string | null, members: string[] = []) => ({ source, imported, members });

describe("moduleBindingOf: the one reader of imports and requires", () => {
  it("reads ES imports: named, renamed, default, namespace, and members below them", () => {
    expect(
      bindings(
        'import { MODEL, other as renamed } from "./config";\nimport settings from "@/settings";\nimport * as ns from "../ns";\nprobe(MODEL); probe(renamed); probe(settings.chat.model); probe(ns.MODEL); probe(ns["x"].y);',
      ),
    ).toEqual([
      binding("./config", "MODEL"),
      binding("./config", "other"),
      binding("@/settings", "default", ["chat", "model"]),
      binding("../ns", "MODEL"),
      binding("../ns", "x", ["y"]),
    ]);
  });

  it("reads CommonJS: require whole, .member, destructured (nested, renamed, with a default)", () => {
    expect(
      bindings(
        'const config = require("./config");\nconst model = require("./config").chat.model;\nconst { chat: { model: nested }, LEGACY: legacy = "x" } = require("./models");\nprobe(config); probe(config.MODEL); probe(model); probe(nested); probe(legacy); probe(require("./direct"));',
        "commonjs",
      ),
    ).toEqual([
      binding("./config", null),
      binding("./config", "MODEL"),
      binding("./config", "chat", ["model"]),
      binding("./models", "chat", ["model"]),
      binding("./models", "LEGACY"),
      binding("./direct", null),
    ]);
  });

  it("reads `await import()` and `import x = require()`, and aliases of any binding", () => {
    expect(
      bindings(
        'import fs = require("./fs-like");\nconst { LEGACY } = await import("./models.js");\nconst mod = await import(`./template`);\nimport { settings } from "./settings";\nconst alias = settings;\nconst { chat } = alias;\nprobe(fs.read); probe(LEGACY); probe(mod.X); probe(chat.model);',
      ),
    ).toEqual([binding("./fs-like", "read"), binding("./models.js", "LEGACY"), binding("./template", "X"), binding("./settings", "settings", ["chat", "model"])]);
  });

  it("is null for local values, parameters, reassigned bindings, computed members and a promise of a module", () => {
    expect(
      bindings(
        'import { MODELS } from "./models";\nconst local = { model: "x" };\nlet changed = require("./a");\nchanged = other;\nconst pending = import("./b");\nfunction f(param) { probe(param); }\nprobe(local.model); probe(changed); probe(MODELS[key]); probe(pending.X); probe(undeclared);',
      ),
    ).toEqual([null, null, null, null, null, null]);
  });
});
