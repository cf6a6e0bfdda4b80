import type { TSESLint } from "@typescript-eslint/utils";

import { createConfigs } from "./configs";
import { rules } from "./rules";

// Read at run time so that `meta.version` never drifts from the published package.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { name, version } = require("../../package.json") as { name: string; version: string };

const plugin = {
  meta: { name, version },
  rules,
  configs: {} as ReturnType<typeof createConfigs>,
};
plugin.configs = createConfigs(plugin as unknown as TSESLint.FlatConfig.Plugin);

export = plugin;
