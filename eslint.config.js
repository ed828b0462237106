import js from "@eslint/js";
import tseslint from "typescript-eslint";
import nounsanitized from "eslint-plugin-no-unsanitized";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "tests/e2e/artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // Only src/platform/ may import the extension API object.
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "webextension-polyfill", message: "Import from src/platform/ instead." }] },
      ],
    },
  },
  { files: ["src/platform/**", "tests/unit/fake-browser.ts"], rules: { "no-restricted-imports": "off" } },
  // E2E code evaluated inside the extension's own pages and worker, where `chrome` exists.
  { files: ["tests/e2e/**"], languageOptions: { globals: { chrome: "readonly" } } },
);
