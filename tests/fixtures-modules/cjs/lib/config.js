const models = require("./models");

module.exports = {
  chat: { model: models.LEGACY },
  label: "gpt-4.5-preview",
};
