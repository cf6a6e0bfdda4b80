const OpenAI = require("openai");
const { Client } = require("@langchain/langgraph-sdk");

const openai = new OpenAI();
const graph = new Client();

async function listEverything() {
  await graph.threads.search(); // LangGraph, not OpenAI
  return openai.beta.assistants.list({ limit: 50 }); // expect: openai/no-assistants-api
}

const MODERATION_MODEL = "omni-moderation-latest"; // expect: openai/no-legacy-moderation-models
const moderate = (input) => openai.moderations.create({ model: MODERATION_MODEL, input });

// An exported setting that no request in this file reads: reported where it is sent, not here.
module.exports = { listEverything, moderate, model: "text-moderation-stable" };
