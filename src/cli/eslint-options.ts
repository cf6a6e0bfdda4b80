// The options of the audit's first `lintFiles` pass, as a module: ESLint's worker threads (its `concurrency` option)
// load their options from a module, since a config that holds the plugin and the parser cannot be sent to a thread.
// The audit puts its setup in the environment, which each worker thread copies when it starts (see ./lint.ts).
import { skipCodePathAnalysis } from "./code-paths";
import { firstPassOptions, loadESLint, SETUP_VARIABLE, type LintSetup } from "./lint";

const setup = JSON.parse(process.env[SETUP_VARIABLE] ?? "null") as LintSetup | null;
if (setup === null) throw new Error(`${SETUP_VARIABLE} is not set: this module is loaded by the audit only`);
// The thread's ESLint, found from the plugin's folder as the audit finds it.
skipCodePathAnalysis(loadESLint());

export = firstPassOptions(setup, setup.concurrency);
