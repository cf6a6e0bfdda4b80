// The README is also the npm page, where only absolute links work: its rules list links each rule to its page's URL
// (meta.docs.url, from the built plugin). The rule pages keep the generator's own links.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS file, as the generator loads it
const { rules } = require("./dist/src/index.js");

/** @type {import('eslint-doc-generator').GenerateOptions} */
module.exports = {
  configEmoji: [
    ["all", "🌐"],
    ["recommended-type-checked", "☑️"],
    ["strict", "🔒"],
  ],
  ignoreConfig: ["all"],
  ruleDocSectionInclude: ["Rule details", "Examples", "When not to use it"],
  ruleListColumns: ["name", "description", "configsError", "fixable", "hasSuggestions", "options"],
  urlRuleDoc: (name, page) => (page === "README.md" ? rules[name].meta.docs.url : undefined),
  urlConfigs: "https://github.com/eslint-plugin-openai/eslint-plugin-openai#configs",
};
