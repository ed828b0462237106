// How the content script is bundled: by the build (scripts/build.mjs) into dist/*/content.js, and
// by bench:browser, which times loading that same bundle into a page (what a click costs).
import { createHash } from "node:crypto";
import { build } from "esbuild";
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
  define: { ...EXTENSION_BUNDLE.define, __TIDINGS_CONTENT_BUILD__: JSON.stringify(BUILD_PLACEHOLDER) },
});

/** Stands for the bundle's hash while the bundle is made: the hash is of the code around it. */
const BUILD_PLACEHOLDER = "tidings-content-build-placeholder";

/**
 * The content bundle as the extension ships it: built, hashed, and stamped with its hash (src/shared/
 * content-build.ts), which the background is given too (`define` of buildContentBundle's `build`).
 * The same code gives the same stamp, so a tab's resident extractor is reused exactly when it is
 * the code the background would inject.
 */
export async function buildContentBundle(root) {
  const out = await build({ ...contentBundle(root), write: false, outdir: "out" });
  const file = out.outputFiles.find((f) => f.path.endsWith(".js"));
  const code = file.text;
  const quoted = JSON.stringify(BUILD_PLACEHOLDER);
  if (code.split(quoted).length !== 2) throw new Error(`content.js should name its build once (${quoted})`);
  const id = createHash("sha256").update(code).digest("hex").slice(0, 16);
  return { code: code.replace(quoted, JSON.stringify(id)), build: id };
}
