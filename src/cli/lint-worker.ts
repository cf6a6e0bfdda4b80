// A worker thread of the audit, for an ESLint older than 9.34 (which has no `concurrency` option): lints its share of
// the files with the audit's first-pass options and sends back what the audit reads of each result.
import { parentPort, workerData } from "node:worker_threads";

import { skipCodePathAnalysis } from "./code-paths";
import { firstPassOptions, loadESLint, type LintSetup, type WorkerResult } from "./lint";

const { setup, files } = workerData as { setup: LintSetup; files: string[] };

const eslint = loadESLint();
skipCodePathAnalysis(eslint);
new eslint.ESLint(firstPassOptions(setup))
  .lintFiles(files)
  .then((results) => {
    const sent: WorkerResult[] = results.map(({ filePath, messages, source }) => ({ filePath, messages, source }));
    parentPort!.postMessage({ results: sent });
  })
  .catch((error: NodeJS.ErrnoException) => {
    parentPort!.postMessage({ error: { message: String(error.message), code: error.code, path: error.path } });
  });
