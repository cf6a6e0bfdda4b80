export const defaultChatConfig = { model: "gpt-3.5-turbo-16k", temperature: 0 };
