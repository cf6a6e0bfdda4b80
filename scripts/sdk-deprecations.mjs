// Reads the installed `openai` package's declaration files and collects every `@deprecated` tag on an import path,
// a resource, a method and a request parameter, with the tag's text and any date in it. Writes
// src/sdk-deprecations.ts, which the rules' hand-written table (src/deprecations.ts) refers to by key; with `--check`
// writes nothing and fails when the file is out of date. tests/sdk-deprecations.test.ts runs `collect()` against the
// installed package, so upgrading the SDK shows what is new (`npm run sdk-deprecations` rewrites the file).
//
//   node scripts/sdk-deprecations.mjs [--check] [--json]
//
// Keys name the declaration file (below `resources/`, without `.d.ts`) and the declaration in it, as one type name
// can stand for several things (`Realtime` is the GA resource and the deprecated beta one):
//   module:streaming                          an entry point (`/** @deprecated Import from ./core/… */` first)
//   resource:client:OpenAI.videos             a property typed as a resource class
//   resource:beta/realtime/realtime:Realtime  a deprecated resource class
//   method:images:Images.createVariation      a method of a resource class
//   param:chat/completions/completions:ChatCompletionCreateParamsBase.max_tokens
//                                             a property of a request type: a `*Params` / `*Param` interface or one
//                                             nested in such a namespace, a client event, or a request object the
//                                             SDK shares between them under its own name (`Reasoning`, `Tool`)
// Response types (`system_fingerprint`, `FileObject.status`) are what the API returns, not what code sends: left out.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { writeGenerated } from "./generated-file.mjs";

import ts from "typescript";

import { declarationFiles, openaiPackageDir, proseDate } from "./openai-sdk-files.mjs";

const root = openaiPackageDir();

/** A type (or namespace) that holds what code sends: request params, input items, client events. */
const REQUEST_TYPE = /(?:Params?(?:Base|NonStreaming|Streaming)?|ClientEvent)$/u;
/** Request objects the SDK shares between request types under a name of their own (top-level names). */
const SHARED_REQUEST_TYPES = new Set(["Reasoning", "Tool", "BetaTool", "RealtimeToolsConfigUnion", "RealtimeResponseCreateMcpTool"]);

function tagText(tag) {
  const comment = typeof tag.comment === "string" ? tag.comment : (tag.comment ?? []).map((part) => part.text).join("");
  return comment.replace(/\s+/gu, " ").trim();
}

function deprecations(node) {
  const found = [];
  for (const doc of node.jsDoc ?? []) {
    for (const tag of doc.tags ?? []) {
      if (tag.tagName.text !== "deprecated") continue;
      const own = tagText(tag);
      const description = typeof doc.comment === "string" ? doc.comment.replace(/\s+/gu, " ").trim() : "";
      found.push({ text: own, description });
    }
  }
  return found;
}

/** Names of the namespaces and interfaces around a node: `ChatCompletionCreateParams.Function`. */
function ownerPath(node) {
  const names = [];
  for (let current = node.parent; current !== undefined; current = current.parent) {
    if ((ts.isModuleDeclaration(current) || ts.isInterfaceDeclaration(current) || ts.isClassDeclaration(current)) && current.name) {
      names.unshift(current.name.text);
    }
  }
  return names;
}

function isRequestOwner(names) {
  return names.some((name) => REQUEST_TYPE.test(name)) || SHARED_REQUEST_TYPES.has(names[0]);
}

/** A property whose type names a resource class (`videos: API.Videos`) is a resource of its owner. */
function isResourceProperty(member) {
  const type = member.type;
  return type !== undefined && ts.isTypeReferenceNode(type) && /^[A-Z]/u.test(type.typeName.getText().split(".").at(-1));
}

export function collect() {
  const entries = new Map();
  const add = (key, tag) => {
    // One key, several declarations (a method's overloads): the first one's text.
    if (entries.has(key)) return;
    const text = tag.text || tag.description;
    const date = proseDate(text) ?? proseDate(tag.description);
    entries.set(key, { key, text, ...(date === undefined ? {} : { date }) });
  };
  for (const full of declarationFiles(root)) {
    const file = path.relative(root, full).split(path.sep).join("/").replace(/\.d\.ts$/u, "");
    const module = file.replace(/^resources\//u, "");
    const source = ts.createSourceFile(full, readFileSync(full, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isClassDeclaration(node) && node.name) {
        for (const tag of deprecations(node)) add(`resource:${module}:${node.name.text}`, tag);
        for (const member of node.members) {
          const name = member.name && ts.isIdentifier(member.name) ? member.name.text : null;
          if (name === null) continue;
          for (const tag of deprecations(member)) {
            if (ts.isMethodDeclaration(member)) add(`method:${module}:${node.name.text}.${name}`, tag);
            else if (ts.isPropertyDeclaration(member) && isResourceProperty(member)) add(`resource:${module}:${node.name.text}.${name}`, tag);
          }
        }
      } else if (ts.isPropertySignature(node) && node.name && ts.isIdentifier(node.name)) {
        const owner = ownerPath(node);
        if (isRequestOwner(owner)) for (const tag of deprecations(node)) add(`param:${module}:${[...owner, node.name.text].join(".")}`, tag);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    // A whole entry point: `/** @deprecated Import from ./core/streaming instead */` before its first statement.
    const first = source.statements[0];
    if (first !== undefined && ts.isExportDeclaration(first)) {
      for (const tag of deprecations(first)) {
        add(`module:${file}`, tag);
      }
    }
  }
  return [...entries.values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function render(entries) {
  const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const lines = entries.map((entry) => {
    const fields = [`key: ${JSON.stringify(entry.key)}`, `text: ${JSON.stringify(entry.text)}`];
    if (entry.date !== undefined) fields.push(`date: ${JSON.stringify(entry.date)}`);
    return `  { ${fields.join(", ")} },`;
  });
  return `// Generated by scripts/sdk-deprecations.mjs from the \`openai\` package ${version}: do not edit by hand.
// Every \`@deprecated\` tag on an import path, a resource, a method and a request parameter, with the tag's text and
// the date written in it. src/deprecations.ts says what the rules do with each key.

/** One \`@deprecated\` tag of the SDK. */
export interface SdkDeprecation {
  /** \`module:streaming\`, \`resource:client:OpenAI.videos\`, \`method:images:Images.createVariation\`, \`param:shared:Reasoning.generate_summary\`: see scripts/sdk-deprecations.mjs. */
  readonly key: string;
  /** The tag's text (or, for a bare tag, the doc comment's). */
  readonly text: string;
  /** The first date in the text, \`YYYY-MM-DD\`. */
  readonly date?: string;
}

/** The \`openai\` package version this list was read from. */
export const SDK_VERSION = ${JSON.stringify(version)};

export const SDK_DEPRECATIONS: readonly SdkDeprecation[] = [
${lines.join("\n")}
];
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const entries = collect();
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(entries, null, 2));
  } else {
    writeGenerated(new URL("../src/sdk-deprecations.ts", import.meta.url), render(entries), "with the installed openai package: run node scripts/sdk-deprecations.mjs");
  }
}
