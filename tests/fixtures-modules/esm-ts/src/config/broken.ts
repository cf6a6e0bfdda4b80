export const BROKEN_MODEL = "gpt-4.5-preview" +;
