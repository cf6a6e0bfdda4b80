// Model ids kept in a settings module, as applications do (tests/rules/typed/no-deprecated-models-modules.typed.test.ts).
export const CHAT_MODEL = "gpt-4.5-preview";

/** A namespace the module reader does not follow; the checker knows `Config.model` is `"o1-mini"`. */
export namespace Config {
  export const model = "o1-mini";
}

/** A label: typed as a plain string, sent nowhere. */
export const LABEL: string = "GPT-4.5 preview";
