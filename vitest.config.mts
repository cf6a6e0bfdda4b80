import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup.ts"],
    // The end-to-end and real-code tests parse thousands of files; the rule tests take milliseconds each.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
