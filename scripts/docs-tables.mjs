// Writes the parts of README.md and docs/rules/*.md that come from the plugin's tables: the README's deadline table
// (src/deprecations.ts), its list of model shutdowns from the table's as-of date on and the no-deprecated-models page's
// table (src/models.ts, from src/data/retirements.tsv). Dated facts are worded so that they stay true after the date
// ("shutdown date", never "shuts down"): tests/docs-dates.test.ts fails on a future tense for a past date. Also the
// README's `.oxlintrc.json` (configs.recommended), and each rule page's "Deprecation" block. With `--check`, writes
// nothing and fails when a file is out of date (the test command runs it that way, as it runs eslint-doc-generator --check).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { DEPRECATIONS, formatDate, PAGE_API_RETIREMENTS, SDK_API_DEPRECATIONS, SDK_PARAM_DEPRECATIONS } = require("../dist/src/deprecations.js");
const { REQUEST_APIS } = require("../dist/src/analysis/request-apis.js");
const { FINE_TUNE_SHUTDOWNS, MODEL_SHUTDOWNS, MODELS_AS_OF } = require("../dist/src/models.js");
const { SDK_VERSION } = require("../dist/src/models.sdk.js");
// The README is also the npm page, where only absolute links work: each rule links to its page's URL (meta.docs.url).
const { rules } = require("../dist/src/index.js");
const { SDK_VERSION: DEPRECATIONS_SDK_VERSION } = require("../dist/src/sdk-deprecations.js");

const check = process.argv.includes("--check");
const root = new URL("../", import.meta.url);

function date(iso) {
  return iso === undefined ? "—" : formatDate(iso);
}

function readmeTable() {
  const rows = DEPRECATIONS.map(
    (row) =>
      `| [\`openai/${row.rule}\`](${rules[row.rule].meta.docs.url}) | ${row.what} | ${row.replacement} | ${date(row.announced)} | ${
        row.shutdown === undefined ? "—" : `${date(row.shutdown)}${row.shutdownScope ? ` (${row.shutdownScope})` : ""}`
      } | [guide](${row.url}) |`,
  );
  return [
    "| rule | what is retired | what replaces it | announced | shutdown date | migration |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/** `2026-04-22` + `Legacy GPT model snapshots` → `April 22, 2026: Legacy GPT model snapshots`. */
function noticeName(row) {
  return `${formatDate(row.announced)}: ${row.notice}`;
}

/** A row's replacement as the docs show it: the models, the retired ones on the way, and the note. */
function replacementText(row) {
  const names = row.replacements.map((id) => `\`${id}\``).join(" or ");
  const via = row.via.length === 0 ? "" : ` (via ${row.via.map((id) => `\`${id}\``).join(", ")})`;
  if (names === "") return row.note ?? "—";
  return `${names}${via}${row.note === undefined ? "" : ` (${row.note})`}`;
}

/** Every model id of the table, by shutdown date: the no-deprecated-models page. */
function modelTable() {
  const lines = [
    `Shutdown dates and replacements as OpenAI's deprecations page gave them on ${formatDate(MODELS_AS_OF)}, the day the table was last checked`,
    `against it (\`src/data/retirements.tsv\`, one source per row); ids the page does not list are dated by the doc comments of \`openai\``,
    `${SDK_VERSION} ("SDK" in the last column). Each replacement is the one its notice names; where that model is itself retired, the`,
    `table follows it to its own replacement and names the retired ones it went through.`,
    "",
    "| model | kind | shutdown date | replacement | notice | date from |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const row of MODEL_SHUTDOWNS.values()) {
    const cells = [`\`${row.id}\``, row.kind, formatDate(row.shutdown), replacementText(row), noticeName(row), row.source === "sdk" ? "SDK" : "page"];
    lines.push(`| ${cells.map((cell) => cell.replaceAll("|", "\\|")).join(" | ")} |`);
  }
  lines.push(
    "",
    "The page's `ft-<base>` rows shut down the fine-tuned models (`ft:<base>:<org>:<suffix>:<id>`) of a base and its snapshots; a",
    "fine-tuned id is reported with its row's date and replacement, without a suggestion:",
    "",
    "| fine-tunes of | shutdown date | replacement | notice |",
    "| --- | --- | --- | --- |",
  );
  for (const { base, row } of FINE_TUNE_SHUTDOWNS) {
    const cells = [`\`${base}\``, formatDate(row.shutdown), replacementText(row), noticeName(row)];
    lines.push(`| ${cells.map((cell) => cell.replaceAll("|", "\\|")).join(" | ")} |`);
  }
  return lines.join("\n");
}

/** The README's `.oxlintrc.json`: the recommended rules, as the plugin's config has them. */
function oxlintConfig() {
  const { configs } = require("../dist/src/index.js");
  const rules = Object.entries(configs.recommended.rules).map(([rule, level]) => `    ${JSON.stringify(rule)}: ${JSON.stringify(level)}`);
  return ["```json", "{", '  "jsPlugins": ["eslint-plugin-openai"],', '  "rules": {', rules.join(",\n"), "  }", "}", "```"].join("\n");
}

/**
 * The README's list of model shutdowns from the table's as-of date on: one line per date and notice, each group of ids
 * with the replacement that notice names, so that a reader sees why two ids move to different models.
 */
function upcomingModels() {
  const groups = new Map();
  for (const row of MODEL_SHUTDOWNS.values()) {
    if (row.shutdown < MODELS_AS_OF) continue;
    const key = `${row.shutdown}|${row.announced}|${row.notice}`;
    const group = groups.get(key) ?? { row, byReplacement: new Map() };
    const replacement = replacementText(row);
    group.byReplacement.set(replacement, [...(group.byReplacement.get(replacement) ?? []), row.id]);
    groups.set(key, group);
  }
  const lines = [
    `Shutdown dates on or after ${formatDate(MODELS_AS_OF)}, the day the table was last checked against OpenAI's deprecations page, with`,
    "the notice each comes from and the replacement it names:",
    "",
  ];
  for (const { row, byReplacement } of groups.values()) {
    const parts = [...byReplacement].map(([replacement, ids]) => `${ids.map((id) => `\`${id}\``).join(", ")} → ${replacement}`);
    lines.push(`- **${formatDate(row.shutdown)}** (notice of ${noticeName(row)}): ${parts.join("; ")}`);
  }
  return lines.join("\n");
}

function ruleBlock(row) {
  const lines = [`- **What:** ${row.what}`, `- **Replacement:** ${row.replacement}`];
  if (row.announced !== undefined) lines.push(`- **Announced:** ${date(row.announced)}`);
  if (row.shutdown !== undefined) {
    lines.push(`- **Shutdown date:** ${date(row.shutdown)}${row.shutdownScope ? ` (${row.shutdownScope})` : ""}`);
  }
  if (row.notice !== undefined) lines.push(`- **Notice:** ${row.notice} (${date(row.announced)}), on OpenAI's deprecations page`);
  lines.push(`- **Migration guide:** <${row.url}>`);
  return lines.join("\n");
}

function replaceBlock(text, name, content, file) {
  const begin = `<!-- begin ${name} -->`;
  const end = `<!-- end ${name} -->`;
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  if (start === -1 || stop === -1) throw new Error(`${file}: missing the ${begin} … ${end} markers`);
  return `${text.slice(0, start + begin.length)}\n${content}\n${text.slice(stop)}`;
}

const stale = [];
function update(file, transform) {
  const url = new URL(file, root);
  const before = readFileSync(url, "utf8");
  const after = transform(before);
  if (after === before) return;
  if (check) stale.push(file);
  else writeFileSync(url, after);
}

/** `no-deprecated-api`'s rows: what, where it is matched, when, what to do, and how the rule deals with it. */
function sdkApiTable() {
  const line = (row) => {
    const where = [
      ...(row.resources ?? []).map((resource) => `\`${resource}.*\``),
      ...[...(row.methods ?? new Map())].flatMap(([resource, methods]) =>
        row.resources?.includes(resource) ? [] : [...methods].map((method) => `\`${resource}.${method}()\``),
      ),
      ...(row.restPaths ?? []).map((restPath) => `\`/v1/${restPath}\``),
      ...[...(row.modules ?? new Map())].map(([from, to]) => `\`${from}\` → \`${to}\``),
    ].join(", ");
    const when = row.shutdown !== undefined ? `shutdown date: ${date(row.shutdown)}` : row.retired ? "retired" : "deprecated, no date";
    return `| \`${row.id}\` | ${row.what} | ${where} | ${when} | ${row.replacement} | ${row.remedy} | \`${row.config}\` |`;
  };
  const header = ["| entry | what | matched | when | what to do | remedy | config |", "| --- | --- | --- | --- | --- | --- | --- |"];
  return [
    `Read from the \`openai\` package ${DEPRECATIONS_SDK_VERSION} (\`scripts/sdk-deprecations.mjs\`):`,
    "",
    ...header,
    ...SDK_API_DEPRECATIONS.map(line),
    "",
    "Dated by OpenAI's deprecations page, with no tag in the SDK (`src/data/rule-retirements.tsv`):",
    "",
    ...header,
    ...PAGE_API_RETIREMENTS.map(line),
  ].join("\n");
}

/** `no-deprecated-params`' rows. */
function sdkParamsTable() {
  const rows = SDK_PARAM_DEPRECATIONS.map((row) => {
    const key = row.path.length === 3 ? `\`${row.path[0]}[type: "${row.path[1]}"].${row.path[2]}\`` : `\`${row.path.join(".")}\``;
    const apis = row.apis.map((api) => REQUEST_APIS.get(api).name).join(", ");
    const config = row.rejectedBy === undefined ? `\`${row.config}\`` : `\`${row.config}\`; \`recommended\` where a reasoning model rejects it`;
    return `| \`${row.id}\` | ${key} | ${apis} | ${row.replacement.replaceAll("|", "\\|")} | ${row.remedy} | ${config} |`;
  });
  return [
    `Read from the \`openai\` package ${DEPRECATIONS_SDK_VERSION} (\`scripts/sdk-deprecations.mjs\`):`,
    "",
    "| entry | key | in requests to | what to do | remedy | config |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

update("README.md", (text) =>
  replaceBlock(replaceBlock(text, "deadlines table", readmeTable(), "README.md"), "model shutdowns", upcomingModels(), "README.md"),
);
update("README.md", (text) => replaceBlock(text, "oxlint config", oxlintConfig(), "README.md"));
update("docs/rules/no-deprecated-models.md", (text) => replaceBlock(text, "model table", modelTable(), "docs/rules/no-deprecated-models.md"));
update("docs/rules/no-deprecated-api.md", (text) => replaceBlock(text, "sdk deprecations", sdkApiTable(), "docs/rules/no-deprecated-api.md"));
update("docs/rules/no-deprecated-params.md", (text) =>
  replaceBlock(text, "sdk deprecations", sdkParamsTable(), "docs/rules/no-deprecated-params.md"),
);
// A rule with several rows (no-deprecated-api) shows them in its table above, not in a one-row block.
const rowsOfRule = (rule) => DEPRECATIONS.filter((row) => row.rule === rule).length;
for (const row of DEPRECATIONS) {
  if (rowsOfRule(row.rule) > 1) continue;
  const file = `docs/rules/${row.rule}.md`;
  try {
    readFileSync(new URL(file, root));
  } catch {
    continue; // A rule not written yet has no page to update.
  }
  update(file, (text) => replaceBlock(text, "deprecation", ruleBlock(row), file));
}

if (stale.length > 0) {
  console.error(`Out of date (run \`npm run docs\`): ${stale.join(", ")}`);
  process.exit(1);
}
