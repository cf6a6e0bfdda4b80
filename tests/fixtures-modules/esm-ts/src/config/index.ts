export * from "./constants";
export { settings as appSettings } from "./settings";
