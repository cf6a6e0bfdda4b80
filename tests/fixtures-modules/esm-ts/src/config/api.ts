export const API_BASE = "https://api.openai.com/v1";
export const LOCAL_BASE = "http://localhost:11434/v1";
