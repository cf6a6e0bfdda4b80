// A TypeScript namespace: the module reader does not follow it, the type checker does.
export namespace Config {
  export const model = "o1-mini";
}
