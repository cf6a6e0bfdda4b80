export const GATEWAY_MODEL = "openai/gpt-4.5-preview";
export const CLAUDE = "anthropic/claude-3-haiku";
export const AGENT_MODEL = "gpt-4-32k";
export const WRITER = "gpt-4.5-preview";
