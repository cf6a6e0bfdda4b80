import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The end-to-end and real-code tests parse thousands of files; the rule tests take milliseconds each.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Vitest's default in a run is one worker fewer than the cores: one worker on the two-core CI machine, where the
    // suite then took 248 s of its 5-minute budget. With a worker per core it took 168 s; the main process only waits.
    maxWorkers: availableParallelism(),
  },
});
