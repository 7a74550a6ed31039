import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "tests/unit/**/*.test.ts",
      "tests/functions/**/*.test.ts",
      "tests/packaged/**/*.test.ts",
      "tests/html/**/*.test.ts",
    ],
    testTimeout: 30_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
