const OpenAI = require("openai");
const { Client } = require("@langchain/langgraph-sdk");

const openai = new OpenAI();
const graph = new Client();

async function listEverything() {
  await graph.threads.search(); // LangGraph, not OpenAI
  return openai.beta.assistants.list({ limit: 50 }); // expect: openai/no-assistants-api
}

module.exports = { listEverything, model: "omni-moderation-latest" }; // expect: openai/no-legacy-moderation-models
