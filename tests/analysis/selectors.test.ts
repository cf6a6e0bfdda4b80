import { readFileSync } from "node:fs";
import path from "node:path";

import parser from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";

import { getFileAnalysis, getRequireSource, getStaticMemberName, getStaticPropertyKey } from "../../src/analysis";
import { isAgentBuilderWorkflowName } from "../../rules/no-agent-builder-workflows";
import {
  anyCase,
  callOfMemberNamed,
  callOfName,
  caseOf,
  childOf,
  comparedWith,
  memberNameContaining,
  memberNamed,
  MODEL_ID_LITERAL,
  MODEL_ID_TEMPLATE,
  propertyNamed,
  stringMatching,
  templateMayStartWith,
  URL_START_LITERALS,
} from "../../src/analysis/selectors";
import { Linter } from "eslint";
import { MODEL_SHUTDOWNS, modelShutdownOf } from "../../src/models";
import { splitRoutedModel } from "../../src/analysis/model-routers";

import type { Context } from "./helpers";
import { repositoryTextFiles, root } from "./scanner-inputs";

/**
 * Each selector must match every node its listener acts on (a superset; the listener keeps its own checks), and it
 * must leave some nodes out, or it spares nothing. The check each stands before is written out here as the rules
 * write it, and both are asked of the same trees.
 */
type Node = TSESTree.Node;
interface Case {
  readonly name: string;
  readonly selector: string;
  /** The node type the exact check is asked of. */
  readonly types: readonly string[];
  readonly exact: (node: Node, context: Context) => boolean;
}

const NAMES = ["choices", "prompt_tokens", "b64_json", "on", "create", "a.b$c"];
const staticString = (node: Node): string | null =>
  node.type === "Literal"
    ? typeof node.value === "string"
      ? node.value
      : null
    : node.type === "TemplateLiteral" && node.expressions.length === 0
      ? (node.quasis[0]!.value.cooked ?? null)
      : null;

const CASES: readonly Case[] = [
  {
    name: "memberNamed",
    selector: memberNamed(NAMES),
    types: ["MemberExpression"],
    exact: (node) => NAMES.includes(getStaticMemberName(node as TSESTree.MemberExpression) ?? ""),
  },
  {
    name: "callOfMemberNamed",
    selector: callOfMemberNamed(NAMES),
    types: ["CallExpression"],
    exact: (node) => {
      const call = node as TSESTree.CallExpression;
      const callee = call.callee.type === "TSNonNullExpression" ? call.callee.expression : call.callee;
      return callee.type === "MemberExpression" && NAMES.includes(getStaticMemberName(callee) ?? "");
    },
  },
  {
    name: "callOfName",
    selector: callOfName("require"),
    types: ["CallExpression"],
    exact: (node) => getRequireSource(node as TSESTree.CallExpression) !== null,
  },
  {
    name: "comparedWith",
    selector: comparedWith("image_generation.partial_image"),
    types: ["BinaryExpression"],
    exact: (node) => {
      const binary = node as TSESTree.BinaryExpression;
      return staticString(binary.left) === "image_generation.partial_image" || staticString(binary.right) === "image_generation.partial_image";
    },
  },
  {
    name: "URL_START_LITERALS",
    selector: URL_START_LITERALS,
    types: ["Literal", "TemplateLiteral"],
    exact: (node, context) => getFileAnalysis(context).rest.endpointAt(node as TSESTree.Literal | TSESTree.TemplateLiteral) !== null,
  },
  {
    name: "stringMatching",
    selector: stringMatching("^pmpt_"),
    types: ["Literal"],
    exact: (node) => typeof (node as TSESTree.Literal).value === "string" && ((node as TSESTree.Literal).value as string).startsWith("pmpt_"),
  },
  {
    // no-deprecated-models: a string that is an id of the table or a fine-tune's, after a router's prefix or not, or
    // holds one in a Realtime URL's query (a superset: any string that holds an id anywhere).
    name: "MODEL_ID_LITERAL",
    selector: MODEL_ID_LITERAL,
    types: ["Literal"],
    exact: (node) => {
      const value = (node as TSESTree.Literal).value;
      if (typeof value !== "string") return false;
      return modelShutdownOf(splitRoutedModel(value).id) !== undefined || [...MODEL_SHUTDOWNS.keys()].some((id) => value.includes(id));
    },
  },
  {
    // The same of templates without expressions (`` model: `gpt-4o` ``).
    name: "MODEL_ID_TEMPLATE",
    selector: MODEL_ID_TEMPLATE,
    types: ["TemplateLiteral"],
    exact: (node) => {
      const template = node as TSESTree.TemplateLiteral;
      if (template.expressions.length > 0) return false;
      const value = template.quasis[0]!.value.cooked ?? "";
      return modelShutdownOf(splitRoutedModel(value).id) !== undefined || [...MODEL_SHUTDOWNS.keys()].some((id) => value.includes(id));
    },
  },
  {
    // no-agent-builder-workflows: env vars named for a ChatKit workflow, `workflow` keys.
    name: "memberNameContaining",
    selector: memberNameContaining("workflow"),
    types: ["MemberExpression"],
    exact: (node) => isAgentBuilderWorkflowName(getStaticMemberName(node as TSESTree.MemberExpression) ?? ""),
  },
  {
    name: "propertyNamed",
    selector: propertyNamed(["workflow"]),
    types: ["Property"],
    exact: (node) => getStaticPropertyKey(node as TSESTree.Property) === "workflow",
  },
  {
    // no-chat-completions-output-in-responses: destructured reads, `const { choices } = res`.
    name: "childOf",
    selector: childOf("ObjectPattern", propertyNamed(NAMES)),
    types: ["Property"],
    exact: (node) => node.parent?.type === "ObjectPattern" && NAMES.includes(getStaticPropertyKey(node as TSESTree.Property) ?? ""),
  },
  {
    name: "caseOf",
    selector: caseOf("image_generation.partial_image"),
    types: ["SwitchCase"],
    exact: (node) => {
      const test = (node as TSESTree.SwitchCase).test;
      return test !== null && staticString(test) === "image_generation.partial_image";
    },
  },
  {
    name: "templateMayStartWith",
    selector: templateMayStartWith("pmpt_"),
    types: ["TemplateLiteral"],
    exact: (node) => (node as TSESTree.TemplateLiteral).quasis[0]!.value.cooked?.startsWith("pmpt_") === true,
  },
];

/** Shapes the selectors must see through, beside the repository's own OpenAI code. */
const MEMBER_FORMS = (name: string): string[] => [
  `a.${name};`,
  `a?.${name};`,
  `a["${name}"];`,
  `a['${name}'];`,
  `a[\`${name}\`];`,
  `a["\\u00${name.charCodeAt(0).toString(16)}${name.slice(1)}"];`,
  `a[\`\\u00${name.charCodeAt(0).toString(16)}${name.slice(1)}\`];`,
  `a[${name}];`,
  `a.${name}!.x;`,
  `class K { #${name} = 1; m() { return this.#${name}; } }`,
  `a.${name}();`,
  `a?.${name}();`,
  `a.${name}!();`,
  `(a.${name})!();`,
  `a["${name}"]();`,
  `a[\`${name}\`]();`,
  `a.b.${name}(x);`,
];
const HANDWRITTEN = [
  ...["choices", "prompt_tokens", "b64_json", "on", "create"].flatMap(MEMBER_FORMS),
  'a["a.b$c"]; a.other; a["other"]; a.other();',
  'const m = require("openai"); const n = require(`openai`); const o = require("a", "b"); req("x"); x.require("y");',
  'if (e.type === "image_generation.partial_image") {} if ("image_generation.partial_image" == e.type) {}',
  "if (e.type === `image_generation.partial_image`) {} if (`image_generation.${x}` === e.type) {} if (a < b) {}",
  'const { choices, usage: { prompt_tokens: p } } = res; const { "b64_json": b, other, ...rest } = x; const { [k]: v, [`on`]: w } = y; ({ choices: c } = z);',
  'switch (e.type) { case "image_generation.partial_image": break; case `image_generation.partial_image`: break; case `image_generation.${x}`: break; case "other": default: }',
  "const a = `gpt-4o`; const b = `openai/o3-mini`; const c = `\\u0067pt-4`; const d = `ada`; const e = `${m}gpt-4o`; const f = `hello`; const g = tag`gpt-4o`;",
  'fetch("https://api.openai.com/v1/responses"); fetch("HTTPS://API.OPENAI.COM/v1/threads"); fetch("wss://api.openai.com/v1/realtime");',
  'fetch("/v1/assistants"); fetch("\\u002Fv1/threads"); fetch(`\\x2Fv1/threads`); fetch(`\\u{2F}v1/threads/${id}`);',
  "const BASE = process.env.OPENAI_BASE_URL; fetch(`${BASE}/v1/threads`); fetch(BASE + \"/v1/threads\"); fetch(`${BASE}/responses`);",
  'const OPENAI_URL = "https://api.openai.com/v1"; fetch(`${OPENAI_URL}/threads`); fetch(OPENAI_URL + "/threads/" + id + "/runs");',
  'const H = "https://api.openai.com/"; fetch(H + `v1/threads`); fetch(H + "v1/assistants"); fetch(`${"https://api.openai.com"}/v1/assistants`);',
  'https.request({ hostname: "api.openai.com", path: "/v1/threads", method: "POST" });',
  'const u = "https://api.openai.com/v1"; request("POST", "/responses", { body });',
  'fetch(`https://${host}/v1/threads`); fetch("hello"); fetch(`hello ${x}`); x = "world" + y; z = `w${a}`; q = "";',
  // Templates whose first part only begins a URL, finished by the parts after it; ones that cannot start one.
  'const ONE = "1/"; const S = "s://api.openai.com/v1/threads"; fetch(`/v${ONE}threads`); fetch(`/${ONE}`); fetch(`http${S}`); fetch(`HTTP${S}`);',
  'const H = "ttps://api.openai.com/v1/threads"; fetch(`h${H}`); fetch(`wss:/${"/api.openai.com/v1/realtime"}`); fetch(`ws${"s://api.openai.com/v1/realtime"}`);',
  'fetch(`http\\x3A//api.openai.com/v1/threads/${id}`); fetch(`/v\\x31/threads/${id}`); fetch(`/threads/${id}`); fetch(`/v2/${id}`); t = `hello/${x}`;',
  // Strings standing alone: a scheme in any case, a path, or text that only starts like one.
  'fetch("HTTP://api.openai.com/v1/threads"); fetch("Wss://api.openai.com/v1/realtime"); a("h"); a("http:"); a("https:/"); a("/"); a("warn"); a("headers");',
  'm("gpt-4o", "openai/o3", "openai:gpt-4.1", "ada", "Ada", "text-ada-001", "ft:gpt-3.5-turbo-0125:acme::x", "gpt\\u002d4o", "hello", "o3");',
  'new WebSocket("wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview"); const q = "?model=gpt-4o-mini-realtime-preview"; const n = 42;',
  'x = process.env.CHATKIT_WORKFLOW_ID; y = env["agentBuilderWorkflowId"]; z = env[`CHATKIT_WORKFLOW`]; w = import.meta.env.VITE_CHAT_KIT_Workflow_ID;',
  'a = env.WOR\u212AFLOW_CHATKIT; b = env.workflowId; c = env.chatkit; d = env.other; e = env["\\u0077orkflow_chatkit"];',
  'o = { workflow: { id } }; p = { "workflow": 1 }; q = { [`workflow`]: 1 }; r = { ["workflow"]: 1 }; s = { [workflow]: 1 }; t = { workflows: 1 }; u = { other: 1 };',
  'const p = "pmpt_abc123"; const q = `pmpt_abc123`; const r = `\\x70mpt_abc`; const s = "PMPT_x"; const t = `${a}pmpt_`;',
];

/** The repository's own OpenAI code: its examples and fixtures (but the one that is broken on purpose). */
function repositoryPrograms(): { code: string; filename: string }[] {
  return repositoryTextFiles()
    .filter((file) => /[\\/](?:examples|fixtures(?:-[a-z]+)?)[\\/]/u.test(file) && /\.[cm]?[jt]sx?$/u.test(file) && !/[\\/]broken\.ts$/u.test(file))
    .map((file) => ({ code: readFileSync(file, "utf8"), filename: path.relative(root, file) }));
}

describe("listener selectors", () => {
  const programs = [...HANDWRITTEN.map((code, index) => ({ code, filename: `handwritten-${index}.ts` })), ...repositoryPrograms()];
  const found = new Map(CASES.map((testCase) => [testCase.name, { exact: 0, selected: 0, ofType: 0, missed: [] as string[] }]));

  for (const { code, filename } of programs) {
    const create = (context: Context): Record<string, (node: never) => void> => {
        const listeners: Record<string, (node: never) => void> = {};
        const selectedByCase = new Map<string, Set<Node>>();
        const exactByCase = new Map<string, Node[]>();
        for (const testCase of CASES) {
          const selected = new Set<Node>();
          const exact: Node[] = [];
          selectedByCase.set(testCase.name, selected);
          exactByCase.set(testCase.name, exact);
          listeners[testCase.selector] = ((node: Node) => {
            selected.add(node);
          }) as never;
        }
        // The exact checks after the traversal, on every node of their types (collected by type, not by selector).
        const ofType: Node[] = [];
        for (const type of new Set(CASES.flatMap(({ types }) => types))) {
          listeners[`${type}:exit`] = ((node: Node) => {
            ofType.push(node);
          }) as never;
        }
        listeners["Program:exit"] = (() => {
          for (const testCase of CASES) {
            const tally = found.get(testCase.name)!;
            for (const node of ofType) {
              if (!testCase.types.includes(node.type)) continue;
              tally.ofType++;
              if (selectedByCase.get(testCase.name)!.has(node)) tally.selected++;
              if (!testCase.exact(node, context)) continue;
              tally.exact++;
              if (!selectedByCase.get(testCase.name)!.has(node)) tally.missed.push(`${filename}: ${code.slice(...node.range)}`);
            }
          }
        }) as never;
        return listeners;
    };
    // Every program as TypeScript, so that `x!` parses (JSX files as TSX).
    const messages = new Linter().verify(
      code,
      [
        {
          files: ["**/*.ts", "**/*.tsx"],
          languageOptions: { parser },
          plugins: { test: { rules: { probe: { meta: { type: "problem", schema: [] }, create } as never } } },
          rules: { "test/probe": "error" },
        },
      ],
      filename.replace(/\.[cm]?[jt]s$/u, ".ts").replace(/\.jsx$/u, ".tsx"),
    );
    it(`lints ${filename}`, () => {
      expect(messages).toEqual([]);
    });
  }

  for (const testCase of CASES) {
    it(`${testCase.name} matches every node its check accepts, and not every node`, () => {
      const tally = found.get(testCase.name)!;
      expect(tally.missed).toEqual([]);
      expect(tally.exact).toBeGreaterThan(0);
      expect(tally.selected).toBeLessThan(tally.ofType);
    });
  }

  it("anyCase matches every UTF-16 unit that toLowerCase turns into the letter", () => {
    // The disagreements collected and compared once: an `expect` per unit made this one test 10 to 16 s of the suite.
    const disagreements: string[] = [];
    for (const letter of "abcdefghijklmnopqrstuvwxyz") {
      const pattern = new RegExp(`^${anyCase(letter)}$`, "u");
      for (let code = 0; code <= 0xffff; code++) {
        const char = String.fromCharCode(code);
        if (pattern.test(char) !== (char.toLowerCase() === letter)) disagreements.push(`U+${code.toString(16)} for ${letter}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it("refuses what esquery would read wrongly", () => {
    expect(() => stringMatching("^https://")).toThrow(/\\x2F/u);
    expect(() => templateMayStartWith("a|b")).toThrow();
    expect(() => memberNamed([])).toThrow();
  });
});
