import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    // Unit tests fake only the extension API object, and only through src/platform/,
    // which is the one module importing the polyfill.
    alias: {
      "webextension-polyfill": fileURLToPath(new URL("tests/unit/fake-browser.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/fixtures/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
  },
});
