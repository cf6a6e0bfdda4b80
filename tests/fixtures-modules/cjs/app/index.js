const OpenAI = require("openai");
const config = require("../lib/config");
const { LEGACY, CURRENT } = require("../lib/models");
const legacy = require("../lib/models").LEGACY;

const client = new OpenAI();

async function main(messages) {
  await client.chat.completions.create({ model: config.chat.model, messages });
  await client.chat.completions.create({ model: LEGACY, messages });
  await client.chat.completions.create({ model: legacy, messages });
  const { LEGACY: dynamic } = await import("../lib/models.js");
  await client.chat.completions.create({ model: CURRENT, messages });
  console.log(config.label, dynamic);
}

module.exports = { main };
