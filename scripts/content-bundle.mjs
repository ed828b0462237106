// How the content script is bundled: by the build (scripts/build.mjs) into dist/*/content.js, and
// by bench:browser, which times loading that same bundle into a page (what a click costs).
import { chronoEdits } from "./chrono-edits.mjs";

/** esbuild options shared by every bundle the extension ships. */
export const EXTENSION_BUNDLE = {
  bundle: true,
  minify: false,
  sourcemap: false,
  legalComments: "none",
  target: ["chrome120", "firefox140"],
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
};

/**
 * The content bundle is injected with scripting.executeScript: a classic script, so IIFE. Its free
 * `window` is one whose document the page cannot shadow (src/content/dompurify-window.ts).
 * `root` is the project's directory.
 */
export const contentBundle = (root) => ({
  ...EXTENSION_BUNDLE,
  absWorkingDir: root,
  entryPoints: { content: "src/content/index.ts" },
  format: "iife",
  inject: ["src/content/dompurify-window.ts"],
  plugins: [chronoEdits],
});
