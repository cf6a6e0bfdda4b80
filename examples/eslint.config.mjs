// The config a user of the plugin writes: every rule, on JavaScript and TypeScript files alike (the config brings the
// TypeScript parser for .ts and .tsx files).
import openai from "eslint-plugin-openai";

export default [openai.configs.all];
