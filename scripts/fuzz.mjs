// Fuzzes every rule of the plugin (configs.all): random programs from eslump (random JavaScript, with random comments
// and whitespace) mixed with random OpenAI-shaped code from a small grammar, linted as JavaScript (module and
// script) and as TypeScript with fixes applied. A failure is a rule exception, a fix whose output no longer parses,
// or a fix that is not idempotent (fixing the fixed output changes it again). Each failure is printed minimized
// (statements dropped while it still fails) with the seed that reproduces it.
//
//   node scripts/fuzz.mjs [--seed 1] [--count 500 | --seconds 60]
//   node scripts/fuzz.mjs --seed 1 --program 1234     prints program #1234 of that seed and what it shows
//
// The rules come from the plugin object (configs.all), so a rule added later is fuzzed without a change here; the
// grammar below is what reaches a rule's listeners, and GRAMMAR_RULES names the rules it was written for.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { generateRandomJS } from "eslump";
import * as espree from "espree";

const require = createRequire(import.meta.url);
const plugin = require("../dist/src/index.js");

/** The rules the grammar was written to reach; the test checks the programs still reach each of them. */
export const GRAMMAR_RULES = [
  "no-agent-builder-workflows",
  "no-assistants-api",
  "no-chat-completions-output-in-responses",
  "no-chat-completions-params-in-responses",
  "no-legacy-moderation-models",
  "no-prompt-objects",
  "no-deprecated-models",
  "no-deprecated-api",
  "no-deprecated-params",
];

/** mulberry32: a small seeded generator, so a seed gives the same programs every time. */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The grammar: pieces of OpenAI-shaped code that reach every rule's listeners, with the look-alikes beside them.
const OPENAI_IMPORTS = [
  'import OpenAI, { AzureOpenAI } from "openai";',
  'import { OpenAI, AzureOpenAI } from "openai";',
  'import * as oa from "openai"; const { OpenAI, AzureOpenAI } = oa;',
];
const IMPORTS = [
  'import { Agent } from "@openai/agents";',
  'import { useChatKit } from "@openai/chatkit-react";',
  'import { openai as shared } from "@/lib/openai";',
  'import { Client } from "@langchain/langgraph-sdk";',
  'import { openai as aisdk, createOpenAI } from "@ai-sdk/openai";',
  'import { APIError } from "openai/error";',
  "import { Stream } from 'openai/streaming';",
];
const CLIENTS = [
  "const client = new OpenAI();",
  "const client = new OpenAI({ defaultHeaders: { 'OpenAI-Beta': 'assistants=v2' } });",
  'const client = new (require("openai"))();',
  "const { default: Ctor } = await import('openai'); const client = new Ctor();",
  "let client; client = new AzureOpenAI({ endpoint });",
  "const client = shared;",
  "const client = new Client();",
  "const client = { beta: { threads: { create() {} } }, responses: { create: async () => ({}) } };",
  'const { openai: client } = require("./openai");',
  'const client = require("./openai").openai;',
];
const RECEIVERS = ["client", "client.beta", "client?.beta", "this.client", "getClient()", "(client as any)", "client!", "ai", "client['beta']", "alias"];
// Aliases and destructuring of a client, each followed by a call through it (`$` is the request object); a block
// of their own, so that drawing one twice declares nothing twice.
const ALIASES = [
  "const alias = client; await alias.responses.create($);",
  "const { responses } = client; await responses.create($);",
  "const { beta: { threads } } = client; await threads.runs.create(id, $);",
  "const { moderations: mod } = client; await mod.create($);",
  "const { chatkit } = client.beta; await chatkit.sessions.create($);",
  "const create = client.responses.create.bind(client.responses); await create($);",
  "const { create } = client.beta.assistants; create($);",
];
const PATHS = [
  "beta.threads.runs",
  "beta.threads",
  "beta.assistants",
  "beta.threads.messages",
  "beta.threads.runs.steps",
  "beta.chatkit.sessions",
  "beta.chatkit.threads",
  "responses",
  "chat.completions",
  "moderations",
  "threads",
  "vectorStores",
  "images",
  "audio.speech",
  "embeddings",
  "videos",
  "audio.translations",
  "beta.realtime.sessions",
  "fineTuning.jobs",
  "fineTuning.checkpoints.permissions",
];
const METHODS = ["create", "stream", "parse", "list", "retrieve", "createAndPoll", "submitToolOutputsStream", "del", "then", "on", "createVariation", "generate"];
const VALUES = [
  '"text-moderation-latest"',
  "'text-moderation-stable'",
  "`text-moderation-007`",
  '"omni-moderation-latest"',
  '"pmpt_abc123"',
  '"wf_68df4b13b3588190a09d19288d4610ec0b4a91a2a6a7b6b1"',
  '"wf_order_1"',
  "process.env.CHATKIT_WORKFLOW_ID",
  "messages",
  "input",
  "2",
  "true",
  "null",
  "undefined",
  "`${a}${b}`",
  "x ?? y",
  "cond ? { id: 'pmpt_x' } : undefined",
  // Model ids: retiring, shut down, current, fine-tuned, behind a default or a choice.
  '"gpt-4o"',
  "'o3'",
  "`dall-e-3`",
  '"gpt-5.5"',
  '"ft:gpt-4o-mini:acme::x1"',
  'process.env.OPENAI_MODEL ?? "gpt-4.1"',
  'fast ? "gpt-4o-mini" : "gpt-5.5"',
  // Alternatives of one choice of model: a fix must not make them equal.
  "useStable ? 'text-moderation-stable' : 'text-moderation-latest'",
  'legacy ? "text-moderation-stable" : "omni-moderation-latest"',
  '["text-moderation-latest", "text-moderation-stable"]',
];
// Model ids as a setting's options (n8n's node descriptions), a switch over them, a test's expectation, a mock.
const MODEL_CHOICES = [
  "const field = { options: [{ name: 'text-moderation-stable', value: 'text-moderation-stable' }, { name: 'text-moderation-latest', value: 'text-moderation-latest' }], default: 'text-moderation-latest' };",
  'const field = { options: [{ label: "Latest", value: "text-moderation-latest" }, { label: "Omni", value: "omni-moderation-latest" }], default: "omni-moderation-latest" };',
  'switch (tier) { case "stable": model = "text-moderation-stable"; break; default: model = "text-moderation-latest"; }',
  'if (stable) { model = "text-moderation-stable"; } else { model = "text-moderation-latest"; }',
  'expect(body.model).toBe("text-moderation-stable");',
  "create.mockResolvedValue({ id: 'modr-1', model: 'text-moderation-stable', results: [] });",
];
// `messages` in Chat Completions form: parts a fix converts exactly, and items it must leave to a person.
const CHAT_MESSAGES = [
  '[{ role: "user", content: [{ type: "text", text: q }, { type: "image_url", image_url: { url } }] }]',
  "[{ role: 'user', content: [{ type: 'image_url', image_url: { url: src, detail: 'low' } }] }]",
  '[{ role: "system", content: "Be brief." }, { role: "user", content: [{ type: "text", text: q, cache: true }] }]',
  '[{ role: "assistant", content: [{ type: "text", text: a }] }]',
  '[{ role: "assistant", tool_calls: calls }, { role: "tool", tool_call_id: id, content: "42" }]',
  '[{ role: "user", content: [{ type: "input_audio", input_audio: clip }] }]',
  '[{ role: "user", content: [{ type: "image_url", image_url: { url, ...rest } }] }]',
  "history",
];
const KEYS = [
  "model",
  "input",
  "messages",
  "n",
  "max_tokens",
  "max_completion_tokens",
  "response_format",
  "reasoning_effort",
  "verbosity",
  "reasoning",
  "text",
  "stream",
  "seed",
  "stop",
  "tools",
  "prompt",
  "workflow",
  "user",
  "moderation",
  "functions",
  "function_call",
  "generate_summary",
  "prompt_cache_retention",
  "hyperparameters",
  "style",
  "truncation",
  "safety_identifier",
  '"max_tokens"',
  "[key]",
  "['messages']",
  '"response_format"',
  "['max_tokens']",
  "[`n`]",
];
const URLS = [
  '"https://api.openai.com/v1/threads"',
  "`https://api.openai.com/v1/responses`",
  "`${API}/assistants`",
  "`${apiBase}/v1/chatkit/sessions`",
  'OPENAI_BASE_URL + "/prompts"',
  '"/api/responses"',
  "`${process.env.OPENAI_BASE_URL}/threads/${id}/runs`",
  "url",
  '"https://api.openai.com/v1/chat/completions"',
  "`${OPENAI_BASE_URL}/v1/videos/${id}`",
  '"/v1/images/variations"',
  "`${base}/v1/audio/translations`",
];

// Properties written as shorthand (`{ max_tokens }`): a rename must then write the key and keep the name.
const SHORTHANDS = ["messages", "input", "tools", "n", "max_tokens", "response_format", "reasoning_effort", "verbosity", "prompt", "workflow", "model", "functions", "user", "hyperparameters"];
// Replaced by ` as const` in TypeScript and by nothing in JavaScript.
const AS_CONST = "\u0001as-const\u0001";

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function objectLiteral(random, depth) {
  const count = Math.floor(random() * 5);
  const entries = [];
  for (let index = 0; index < count; index++) {
    const roll = random();
    if (roll < 0.1) entries.push(`...${pick(random, ["base", "(c ? { n: 2 } : {})", "defaults", "{ prompt: { id: 'pmpt_s' } }"])}`);
    else if (roll < 0.15) entries.push(pick(random, SHORTHANDS));
    else if (roll < 0.2) entries.push("verbosity() {}");
    else {
      const key = pick(random, KEYS);
      let value;
      if (key === "tools" && random() < 0.25) {
        value = `[{ type: "mcp", server_label: "s", ${random() < 0.5 ? 'connector_id: "connector_gmail"' : 'server_url: "https://mcp.example.com"'} }]`;
      } else if (key === "tools") {
        value = `[{ type: "function", function: { name: "f"${random() < 0.5 ? ", parameters: {}" : ""}${random() < 0.3 ? ", strict: true" : ""}${random() < 0.2 ? ', name: "g"' : ""} } }${random() < 0.3 ? ", x" : ""}]`;
      } else if (key === "functions") {
        value = pick(random, ['[{ name: "f", parameters: {} }, fn]', "[]", "FUNCTIONS", "[...fns]"]);
      } else if (key === "function_call") {
        value = pick(random, ['"auto"', '{ name: "f" }', "fc", "'none'"]);
      } else if (key === "response_format") {
        value = pick(random, [
          '{ type: "json_schema", json_schema: { name: "a", schema: {}, strict: true } }',
          '{ type: "json_object" }',
          "fmt",
          '{ type: "json_schema", json_schema: schema }',
        ]);
      } else if (key === "prompt") {
        value = pick(random, ["{ id: 'pmpt_68b0c2f1a2b3' }", "{ id: PROMPT_ID, version: '2' }", "{ promptId: 'pmpt_1', variables: { a } }", "prompt", "{ id: `pmpt_${id}` }"]);
      } else if (key === "workflow") {
        value = pick(random, ["{ id: 'wf_68df4b13b3588190a09d19288d4610ec0b4a91a2a6a7b6b1' }", "{ id: process.env.CHATKIT_WORKFLOW_ID, version: '3' }", "{ id: workflowId }", "{ id: 'wf_order_1' }"]);
      } else if (key === "messages" && random() < 0.6) {
        value = pick(random, CHAT_MESSAGES);
      } else if (key === "input") {
        value = pick(random, ['[{ type: "function_call_output", tool_call_id: id, output: "x" }]', '[{ type: "function_call_output" }]', "input"]);
      } else if (depth < 2 && random() < 0.3) {
        value = objectLiteral(random, depth + 1);
      } else {
        value = pick(random, VALUES);
      }
      // Shapes a fix must carry over intact: comments around the value, parentheses, TypeScript casts.
      const shape = random();
      if (shape < 0.05) value = `(${value})`;
      else if (shape < 0.1) value = `${value}${AS_CONST}`;
      else if (shape < 0.15) value = `/* before */ ${value} /* after */`;
      else if (shape < 0.2) value = `${value} // to the end of the line\n`;
      entries.push(`${shape > 0.97 ? "/* key */ " : ""}${key}: ${value}`);
    }
  }
  return `{ ${entries.join(", ")}${entries.length > 0 && random() < 0.2 ? "," : ""} }`;
}

function openaiStatement(random) {
  const roll = random();
  if (roll < 0.45) {
    const call = `${pick(random, RECEIVERS)}.${pick(random, PATHS)}.${pick(random, METHODS)}(${random() < 0.8 ? objectLiteral(random, 0) : ""})`;
    const prefix = pick(random, ["res = await ", "stream = ", "stream = await ", "await ", "", "return "]);
    return `${prefix}${call};`;
  }
  if (roll < 0.6) {
    const read = pick(random, [
      "res.choices[0].message.content",
      "res?.choices?.[0]?.message?.content",
      "res.output_text || res.choices?.[0]?.message?.content",
      "res.usage.prompt_tokens",
      "res.usage.input_tokens ?? res.usage.prompt_tokens ?? 0",
      "res.usage?.output_tokens || res.usage?.completion_tokens",
      "res.usage.prompt_tokens ?? res.usage.completion_tokens",
      "chunk.choices[0].delta.content",
      "chunk.choices?.[0]?.delta",
      "(res as any).choices",
      "res['choices'][0]",
      "event.b64_json",
    ]);
    return pick(random, [
      `console.log(${read});`,
      `for await (const chunk of stream) { out += ${read}; }`,
      `stream.on("content", (chunk) => ${read});`,
      `{ const { usage, choices } = res; usage.completion_tokens; }`,
      `client.responses.create({ model, input }).then((res) => ${read});`,
      `if (event.type === "image_generation.partial_image") save(${read});`,
      `{ const { input_tokens, prompt_tokens } = res.usage; out += input_tokens ?? prompt_tokens; }`,
      `{ const onChunk = (chunk) => ${read}; for await (const event of stream) onChunk(event); }`,
    ]);
  }
  if (roll < 0.65) return pick(random, MODEL_CHOICES);
  if (roll < 0.75) {
    return `await ${pick(random, ["fetch", "axios.post", "got", "ky.post", "http"])}(${pick(random, URLS)}, { headers: { "OpenAI-Beta": "assistants=v2" }, body: JSON.stringify(${objectLiteral(random, 0)}) });`;
  }
  if (roll < 0.8) return `{ ${pick(random, ALIASES).replace("$", () => objectLiteral(random, 0))} }`;
  if (roll < 0.85) return `{ const ${pick(random, ["PROMPT_ID", "CHATKIT_WORKFLOW_ID", "config", "base", "defaults", "request"])} = ${random() < 0.5 ? objectLiteral(random, 0) : pick(random, VALUES)}; }`;
  if (roll < 0.9) return `new Agent({ name: "a", prompt: ${pick(random, ["{ promptId: 'pmpt_1' }", "async () => ({ promptId: id })", "p"])} });`;
  if (roll < 0.93) {
    return pick(random, [
      `new Agent({ name: "a", model: ${pick(random, VALUES)} });`,
      `const m = ${pick(random, VALUES)}; await client.responses.create({ model: m, input });`,
      `function ask(model = ${pick(random, VALUES)}) { return client.chat.completions.create({ model, messages }); }`,
      `aisdk(${pick(random, VALUES)}); aisdk.chat(${pick(random, VALUES)});`,
      `const provider = createOpenAI({ baseURL: ${pick(random, ['"http://localhost:11434/v1"', "url", '"https://api.openai.com/v1"'])} }); provider(${pick(random, VALUES)});`,
    ]);
  }
  return `useChatKit({ api: ${pick(random, ["{ getClientSecret }", "{ url, domainKey }", "options"])} });`;
}

function withSeededMath(random, generate) {
  const original = Math.random;
  Math.random = random;
  try {
    return generate();
  } finally {
    Math.random = original;
  }
}

/**
 * A random program from eslump that parses on its own: eslump does not promise valid programs (a name declared twice,
 * `async` as a binding), and a program that does not parse never reaches a rule. A few tries, then none.
 */
function randomValidJS(random, sourceType) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = withSeededMath(random, () =>
      generateRandomJS({ sourceType, maxDepth: 3, comments: random() < 0.5, whitespace: random() < 0.5 }),
    );
    try {
      espree.parse(code, { ecmaVersion: "latest", sourceType });
      return code;
    } catch {
      // eslump's early errors: draw again
    }
  }
  return null;
}

/** One program: imports, a client, then OpenAI-shaped statements mixed with eslump's, some inside a class. */
export function generateProgram(random, sourceType, typescript) {
  const header =
    sourceType === "script"
      ? ['const OpenAI = require("openai");', 'const { AzureOpenAI } = require("openai");', 'const { Agent } = require("@openai/agents");']
      : [pick(random, OPENAI_IMPORTS), pick(random, IMPORTS)];
  // One `let` for the values statements pass along, so that repeating a statement never redeclares a name.
  const statements = ["let res, stream, out = '';", pick(random, CLIENTS)];
  const outside = [];
  const count = 2 + Math.floor(random() * 8);
  for (let index = 0; index < count; index++) {
    if (outside.length === 0 && random() < 0.4) {
      // eslump's code goes at the top level (one piece: two would declare the same names), where its own `await`s and sloppy-mode forms are legal.
      const piece = randomValidJS(random, sourceType);
      if (piece !== null) outside.push(piece);
    } else {
      statements.push(openaiStatement(random));
    }
  }
  if (random() < 0.3) statements.push(`class Service { client = new OpenAI(); async run() { ${openaiStatement(random)} } }`);
  let body = statements.join("\n");
  // TypeScript-only syntax in a JavaScript program would only make it unparsable.
  body = body.replaceAll(AS_CONST, typescript ? " as const" : "");
  if (!typescript) body = body.replaceAll("(client as any)", "(client)").replaceAll("(res as any)", "(res)").replaceAll("client!", "client");
  return `${header.join("\n")}\nasync function main() {\n${body}\n}\n${outside.join("\n")}\n`;
}

const linter = new Linter({ configType: "flat" });
// Each language's parser after `configs.all`, whose own parser would otherwise take over: a fixed output must parse
// with exactly this parser, with no fallback to another.
const LANGUAGES = {
  module: [plugin.configs.all, { files: ["**/*.js"], languageOptions: { ecmaVersion: "latest", sourceType: "module", parser: espree } }],
  script: [plugin.configs.all, { files: ["**/*.js"], languageOptions: { ecmaVersion: "latest", sourceType: "script", parser: espree } }],
  typescript: [plugin.configs.all, { files: ["**/*.ts"], languageOptions: { parser: tsParser } }],
};
const FILENAMES = { module: "fuzz.js", script: "fuzz.js", typescript: "fuzz.ts" };

/** The problem a program shows in a language, or `null`; `"unparsable"` when the input itself does not parse. */
export function check(code, language, reports = {}) {
  const config = LANGUAGES[language];
  const filename = FILENAMES[language];
  let result;
  try {
    const first = linter.verify(code, config, { filename });
    if (first.some((message) => message.fatal)) return "unparsable";
    for (const { ruleId } of first) reports[ruleId] = (reports[ruleId] ?? 0) + 1;
    result = linter.verifyAndFix(code, config, { filename });
  } catch (error) {
    return `rule exception: ${String(error.message).split("\n")[0]}`;
  }
  if (!result.fixed) return null;
  const fatal = result.messages.find((message) => message.fatal);
  if (fatal !== undefined) return `fixed output does not parse: ${fatal.message}`;
  try {
    const again = linter.verifyAndFix(result.output, config, { filename });
    if (again.fixed) return "fix is not idempotent: fixing the fixed output changes it again";
  } catch (error) {
    return `rule exception on fixed output: ${String(error.message).split("\n")[0]}`;
  }
  return null;
}

/** Drops lines while the same kind of problem remains: a smaller program that shows it. */
export function minimize(code, language, problem) {
  const kind = problem.split(":")[0];
  let lines = code.split("\n");
  for (let index = lines.length - 1; index >= 0; index--) {
    const candidate = [...lines.slice(0, index), ...lines.slice(index + 1)];
    const result = check(candidate.join("\n"), language);
    if (result !== null && result !== "unparsable" && result.split(":")[0] === kind) lines = candidate;
  }
  return lines.join("\n");
}

/** The programs of a seed, in order: `{ index, language, code }`, without end. */
export function* programs(seed) {
  const random = createRandom(seed);
  for (let index = 1; ; index++) {
    const language = pick(random, ["module", "script", "typescript"]);
    yield { index, language, code: generateProgram(random, language === "script" ? "script" : "module", language === "typescript") };
  }
}

/** Runs programs until `count` are checked or `seconds` pass; returns the tally and failures. */
export function fuzz({ seed = 1, count = Infinity, seconds = Infinity } = {}) {
  const deadline = performance.now() + seconds * 1000;
  const summary = { seed, programs: 0, checks: 0, unparsable: 0, failures: [], reports: {} };
  for (const { language, code } of programs(seed)) {
    if (summary.programs >= count || performance.now() >= deadline) break;
    summary.programs++;
    const problem = check(code, language, summary.reports);
    if (problem === null) {
      summary.checks++;
      continue;
    }
    if (problem === "unparsable") {
      summary.unparsable++;
      continue;
    }
    summary.failures.push({ program: summary.programs, language, problem, code: minimize(code, language, problem) });
  }
  return summary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const index = args.indexOf(name);
    return index === -1 ? undefined : Number(args[index + 1]);
  };
  const seed = option("--seed") ?? Date.now() % 100000;
  const only = option("--program");
  if (only !== undefined) {
    for (const { index, language, code } of programs(seed)) {
      if (index < only) continue;
      const problem = check(code, language);
      console.log(`program #${index} of seed ${seed} (${language}): ${problem ?? "no problem"}\n${code}`);
      if (problem !== null && problem !== "unparsable") console.log(`--- minimized:\n${minimize(code, language, problem)}`);
      process.exit(problem === null || problem === "unparsable" ? 0 : 1);
    }
  }
  const count = option("--count");
  const seconds = option("--seconds") ?? (count === undefined ? 60 : undefined);
  const started = performance.now();
  const summary = fuzz({ seed, count, seconds });
  const elapsed = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `seed ${seed}: ${summary.programs} programs in ${elapsed} s (${summary.unparsable} not parsable in the language drawn), ${summary.failures.length} failures`,
  );
  console.log(`reports per rule: ${JSON.stringify(summary.reports)}`);
  for (const failure of summary.failures) {
    console.log(`\n--- program #${failure.program} (${failure.language}; reproduce with --seed ${seed}): ${failure.problem}\n${failure.code}`);
  }
  process.exit(summary.failures.length > 0 ? 1 : 0);
}
