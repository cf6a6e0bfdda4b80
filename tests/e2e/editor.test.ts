/**
 * The editor setup the README describes: VS Code's ESLint language server (`vscode-eslint-language-server`, as
 * Neovim, Helix, Zed and others run it), driven over stdio the way an editor does, over examples/ with its
 * `eslint.config.mjs`. Opened files get the same diagnostics as the `eslint` command (pulled with
 * `textDocument/diagnostic`); each diagnostic's quick fix and suggestions, run as the editor runs them, make the same
 * edits as ESLint's fix and suggestions; `source.fixAll.eslint` (fix on save) writes what `eslint --fix` writes; and
 * "Show documentation" opens the rule's page. With ESLint 10, the old `eslint.experimental.useFlatConfig` setting
 * shows nothing, as the README warns.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { applyEdits, editsFor, LanguageServer, type TextEdit } from "./language-server";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../dist/src/index.js") as typeof import("../../src/index");

const examples = path.resolve(__dirname, "../../examples");
const files = readdirSync(examples)
  .filter((file) => /\.(?:js|ts)$/u.test(file))
  .sort();

interface Diagnostic {
  range: TextEdit["range"];
  code?: string | number | { value: string };
  message: string;
  source?: string;
}
interface CodeAction {
  title: string;
  kind?: string;
  command?: { command: string; arguments?: unknown[] };
  edit?: Parameters<typeof editsFor>[0];
}

/** The settings the VS Code extension sends for a workspace folder, as they are by default. */
function extensionSettings(experimentalFlatConfig: boolean) {
  return () => ({
    validate: "on",
    packageManager: "npm",
    useESLintClass: false,
    experimental: { useFlatConfig: experimentalFlatConfig },
    codeAction: {
      disableRuleComment: { enable: true, location: "separateLine", commentStyle: "line" },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { enable: false, mode: "all" },
    format: false,
    quiet: false,
    onIgnoredFiles: "off",
    options: {},
    rulesCustomizations: [],
    run: "onType",
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workspaceFolder: { name: "examples", uri: pathToFileURL(examples).href },
  });
}

function open(server: LanguageServer, file: string): { uri: string; text: string } {
  const uri = pathToFileURL(path.join(examples, file)).href;
  const text = readFileSync(path.join(examples, file), "utf8");
  const languageId = file.endsWith(".ts") ? "typescript" : "javascript";
  server.notify("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
  return { uri, text };
}

async function pullDiagnostics(server: LanguageServer, uri: string): Promise<Diagnostic[]> {
  const report = await server.request<{ kind: string; items: Diagnostic[] }>("textDocument/diagnostic", { textDocument: { uri } });
  expect(report.kind).toBe("full");
  return report.items;
}

const ruleOf = (diagnostic: Diagnostic) => (typeof diagnostic.code === "object" ? diagnostic.code.value : String(diagnostic.code));

function applyFix(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

describe("vscode-eslint-language-server over examples/", () => {
  const server = new LanguageServer(extensionSettings(false));
  const eslint = new ESLint({ cwd: examples });
  const eslintFix = new ESLint({ cwd: examples, fix: true });
  let capabilities: Record<string, unknown>;

  beforeAll(async () => {
    ({ capabilities } = await server.initialize(examples));
  });
  afterAll(() => server.stop());

  it("offers pull diagnostics, quick fixes and fix-all", () => {
    expect(capabilities).toMatchObject({
      diagnosticProvider: { identifier: "eslint" },
      codeActionProvider: { codeActionKinds: ["quickfix", "source.fixAll.eslint"] },
    });
  });

  it.each(files)("%s: the same diagnostics, fixes and suggestions as ESLint", async (file) => {
    const { uri, text } = open(server, file);
    const [cli] = await eslint.lintFiles([file]);
    const diagnostics = await pullDiagnostics(server, uri);
    expect(diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${ruleOf(d)} ${d.message}`)).toEqual(
      cli!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    );
    expect(diagnostics.length).toBeGreaterThan(0);

    for (const [index, diagnostic] of diagnostics.entries()) {
      const message = cli!.messages[index]!;
      const actions = await server.request<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      // What the editor's quick-fix menu would apply: run each action's command, take the edit the server sends.
      const run = async (action: CodeAction) => {
        const before = server.appliedEdits.length;
        await server.request("workspace/executeCommand", action.command);
        expect(server.appliedEdits.length).toBe(before + 1);
        return applyEdits(text, editsFor(server.appliedEdits.at(-1)!, uri));
      };
      const fixes = actions.filter((action) => action.command?.command === "eslint.applySingleFix");
      const suggestions = actions.filter((action) => action.command?.command === "eslint.applySuggestion");
      // One action at a time: `run` counts the edits the server has sent, so two at once would each see both.
      const applied: string[] = [];
      for (const suggestion of suggestions) applied.push(await run(suggestion));
      expect({
        fix: fixes.length === 0 ? null : await run(fixes[0]!),
        suggestions: applied,
        titles: suggestions.map((action) => action.title),
      }).toEqual({
        fix: message.fix === undefined ? null : applyFix(text, message.fix),
        suggestions: (message.suggestions ?? []).map((suggestion) => applyFix(text, suggestion.fix)),
        titles: (message.suggestions ?? []).map((suggestion) => `${suggestion.desc} (${message.ruleId})`),
      });
      expect(fixes.length).toBeLessThanOrEqual(1);

      const documentation = actions.find((action) => action.command?.command === "eslint.openRuleDoc");
      await server.request("workspace/executeCommand", documentation!.command);
      const rule = plugin.rules[message.ruleId!.replace("openai/", "") as keyof typeof plugin.rules];
      expect(server.openedDocs.at(-1)).toBe(rule.meta!.docs!.url);
    }

    // Fix on save: `source.fixAll.eslint` writes what `eslint --fix` writes.
    const [fixed] = await eslintFix.lintFiles([file]);
    const lines = text.split("\n");
    const fixAll = await server.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines.at(-1)!.length } },
      context: { diagnostics: [], only: ["source.fixAll.eslint"] },
    });
    const saved = fixAll.length === 0 ? text : applyEdits(text, editsFor(fixAll[0]!.edit!, uri));
    expect(saved).toBe(fixed!.output ?? text);
  });

  it("fixes something in the examples, so that the comparisons above compare fixes", async () => {
    const results = await new ESLint({ cwd: examples }).lintFiles(files);
    const messages = results.flatMap((result) => result.messages);
    expect(messages.some((message) => message.fix !== undefined)).toBe(true);
    expect(messages.some((message) => (message.suggestions ?? []).length > 0)).toBe(true);
  });
});

describe("with eslint.experimental.useFlatConfig set, under ESLint 10", () => {
  const server = new LanguageServer(extensionSettings(true));
  afterAll(() => server.stop());

  it("shows nothing: the server looks for the FlatESLint class ESLint 10 no longer has", async () => {
    await server.initialize(examples);
    const { uri } = open(server, files[0]!);
    expect(await pullDiagnostics(server, uri)).toEqual([]);
    expect(server.logs.join("\n")).toContain("doesn't export a FlatESLint class");
  });
});
