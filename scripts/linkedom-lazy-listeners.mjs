// An esbuild plugin for the CLI bundle: linkedom gives every node it creates (every element, text
// and comment) a WeakMap entry holding an empty Map for event listeners, in the constructor. The
// extractor never listens for events on a parsed page, and those hundreds of thousands of weak
// entries per batch are most of what the garbage collector does in `tidings extract --batch`
// (scavenges: ~1.45 s → ~0.9 s over article-bodies, --trace-gc). Here the Map is made when the
// first listener is added instead; every read of it already accepts a node without one, except
// removeEventListener, which is taught to.
//
// The edit is checked against linkedom's exact text: when an upgrade changes the file, the build
// stops here instead of shipping a half-applied change. (The extension itself runs in a browser
// and never loads linkedom.)
import { readFile } from "node:fs/promises";

const EDITS = [
  {
    before: "  constructor() {\n    wm.set(this, new Map);\n  }",
    after: "  constructor() {}",
  },
  {
    before: "  addEventListener(type, listener, options) {\n    const map = wm.get(this);\n",
    after:
      "  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n" +
      "    if (!map) wm.set(this, (map = new Map));\n",
  },
  {
    before:
      "  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {",
    after:
      "  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {",
  },
];

/** linkedom's event-target.js with the listener map made on demand; throws if the text differs. */
export function lazyListeners(source) {
  for (const { before, after } of EDITS) {
    if (source.split(before).length !== 2) {
      throw new Error(
        `linkedom's event-target.js changed (no single "${before.split("\n")[0].trim()}"): ` +
          "review scripts/linkedom-lazy-listeners.mjs against the new version",
      );
    }
    source = source.replace(before, after);
  }
  if (/wm\.get\(this\)(?!;\n\s+if \(!?map)/.test(source)) {
    throw new Error("linkedom's event-target.js reads its listener map somewhere new: review the edit");
  }
  return source;
}

export const linkedomLazyListeners = {
  name: "linkedom-lazy-listeners",
  setup(build) {
    build.onLoad(
      { filter: /[\\/]linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/ },
      async ({ path }) => ({
        contents: lazyListeners(await readFile(path, "utf8")),
        loader: "js",
      }),
    );
  },
};
