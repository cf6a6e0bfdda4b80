exports.LEGACY = "gpt-3.5-turbo-0613";
exports.CURRENT = "gpt-5.2";
