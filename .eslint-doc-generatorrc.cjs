/** @type {import('eslint-doc-generator').GenerateOptions} */
module.exports = {
  configEmoji: [
    ["all", "🌐"],
    ["recommended-type-checked", "☑️"],
  ],
  ignoreConfig: ["all"],
  ruleDocSectionInclude: ["Rule details", "Examples", "When not to use it"],
  ruleListColumns: ["name", "description", "configsError", "fixable", "hasSuggestions", "options"],
  urlConfigs: "https://github.com/eslint-plugin-openai/eslint-plugin-openai#configs",
};
