// An esbuild plugin for the CLI bundle: two edits to linkedom (the CLI's DOM), each checked
// against linkedom's exact text, so that an upgrade that changes a file stops the build instead
// of shipping a half-applied edit. The extension itself runs in a browser and never loads linkedom.
//
// 1. interface/event-target.js: linkedom gives every node it creates (every element, text and
//    comment) a WeakMap entry holding an empty Map for event listeners, in the constructor. The
//    extractor never listens for events on a parsed page, and those hundreds of thousands of weak
//    entries per batch were most of what the garbage collector did in `tidings extract --batch`
//    (scavenges ~1.45 s → ~0.9 s over article-bodies, --trace-gc). The Map is made when the first
//    listener is added instead; every read of it already accepts a node without one, except
//    removeEventListener, which is taught to.
// 2. shared/matches.js: querySelector(All), closest and matches compile their selector with
//    css-select on every call; the extractor asks the same few dozen selectors of every element
//    of every page. Compiled tests are kept by selector (not for :scope, which binds an element).
import { readFile } from "node:fs/promises";

const FILES = {
  "event-target.js": [
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
  ],
  "matches.js": [
    {
      before: "export const prepareMatch = (element, selectors) => CSSselect.compile(",
      after:
        "const compiled = new Map;\n" +
        "const cachedCompile = (selectors, options) => {\n" +
        "  if (options.context) return CSSselect.compile(selectors, options);\n" +
        "  const key = `${options.strict ? 's' : ''}${options.xmlMode ? 'x' : 'h'} ${selectors}`;\n" +
        "  let test = compiled.get(key);\n" +
        "  if (!test) {\n" +
        "    if (compiled.size >= 1000) compiled.clear();\n" +
        "    compiled.set(key, (test = CSSselect.compile(selectors, options)));\n" +
        "  }\n" +
        "  return test;\n" +
        "};\n\n" +
        "export const prepareMatch = (element, selectors) => cachedCompile(",
    },
    {
      before: "export const matches = (element, selectors) => CSSselect.is(\n  element,\n  selectors,\n  {",
      after: "export const matches = (element, selectors) => cachedCompile(\n  selectors,\n  {",
    },
    {
      before: "    xmlMode: !ignoreCase(element),\n    adapter\n  }\n);\n",
      after: "    xmlMode: !ignoreCase(element),\n    adapter\n  }\n)(element);\n",
      // The second of the two identical option blocks: matches() applies the compiled test.
      count: 2,
      occurrence: 2,
    },
  ],
};

/** A file of linkedom with its edits made; throws if the text is not the one the edits expect. */
export function editLinkedom(name, source) {
  for (const { before, after, count = 1, occurrence = 1 } of FILES[name] ?? []) {
    const parts = source.split(before);
    if (parts.length !== count + 1) {
      throw new Error(
        `linkedom's ${name} changed (not ${count} of "${before.split("\n")[0].trim()}"): ` +
          "review scripts/linkedom-edits.mjs against the new version",
      );
    }
    source = parts.slice(0, occurrence).join(before) + after + parts.slice(occurrence).join(before);
  }
  if (name === "event-target.js" && /wm\.get\(this\)(?!;\n\s+if \(!?map)/.test(source)) {
    throw new Error("linkedom's event-target.js reads its listener map somewhere new: review the edit");
  }
  if (name === "matches.js" && /CSSselect\.(?!compile\(selectors, options\))\w+\(/.test(source)) {
    throw new Error("linkedom's matches.js calls css-select somewhere new: review the edit");
  }
  return source;
}

export const linkedomEdits = {
  name: "linkedom-edits",
  setup(build) {
    build.onLoad(
      { filter: /[\\/]linkedom[\\/]esm[\\/](?:interface[\\/]event-target|shared[\\/]matches)\.js$/ },
      async ({ path }) => ({
        contents: editLinkedom(path.replace(/^.*[\\/]/, ""), await readFile(path, "utf8")),
        loader: "js",
      }),
    );
  },
};
