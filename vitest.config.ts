import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "build/**", "tests/pending/**"],
    maxConcurrency: 3,
    testTimeout: 60000,
    hookTimeout: 120000,
  },
});
