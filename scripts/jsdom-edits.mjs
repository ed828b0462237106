// An esbuild plugin that lets the CLI bundle carry jsdom (the sanitiser's DOM) instead of loading
// it from node_modules: jsdom and css-tree read a few files beside their own modules at load time,
// which a bundle cannot. Each edit is checked against the exact text it replaces, so an upgrade
// that changes a file stops the build instead of shipping a bundle that fails when it starts.
//
// Why bundle jsdom at all: loading it from node_modules is ~940 files (resolving, reading and
// compiling each), most of the CLI's start-up; one file can be compiled from V8's code cache
// (see src/cli/launcher.ts).
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";

const CREATE_REQUIRE = [
  // css-tree (ESM) reads its JSON data through a require() of its own making, which esbuild
  // cannot follow; without it, the plain require() calls are bundled like any other.
  { before: "import { createRequire } from 'module';\n", after: "" },
  { before: "const require = createRequire(import.meta.url);\n", after: "" },
];

/**
 * Per file (the path's end, after node_modules/): the edits, each the exact text before and the
 * text after (or a function of the file's path that returns it).
 */
const FILES = {
  "jsdom/lib/jsdom/living/css/helpers/computed-style.js": [
    {
      before:
        'fs.readFileSync(\n  path.resolve(__dirname, "../../../browser/default-stylesheet.css"),\n  { encoding: "utf-8" }\n)',
      // The user-agent stylesheet, read at build time into the bundle.
      after: async (path) =>
        JSON.stringify(
          await readFile(join(dirname(path), "../../../browser/default-stylesheet.css"), "utf8"),
        ),
    },
    // The two readers of the computed-style cache say they read it (see Document-impl.js below).
    ...[
      "function getComputedStyleDeclaration(elementImpl) {\n",
      "function getInheritedPropertyValue(property, elementImpl, { inherit, initial, isColor }) {\n",
    ].map((head) => ({
      before: `${head}  const styleCache = elementImpl._ownerDocument._styleCache;\n`,
      after: `${head}  const styleCache = elementImpl._ownerDocument._readStyleCache();\n`,
    })),
  ],
  // The computed-style cache, made anew only when it was read. jsdom replaced it with a new
  // WeakMap at every change to an attached tree, a text's too: the parser appends a paragraph's
  // text a word and a space at a time, so a sanitised article made a WeakMap per word, most of
  // the sanitiser's allocations after the mutation records. A cache no one read since it was last
  // made is empty, and an empty one made anew is the same. With the three Node-impl.js edits
  // below: the sanitiser's time over article-bodies' articles 240 → 185–203 ms (per-page least
  // sums, separate processes, alternated), the same HTML out.
  "jsdom/lib/jsdom/living/nodes/Document-impl.js": [
    {
      before: "  _clearStyleCache() {\n    this._styleCache = new WeakMap();\n  }\n",
      after:
        "  _clearStyleCache() {\n" +
        "    if (this._styleCacheRead) {\n" +
        "      this._styleCache = new WeakMap();\n" +
        "      this._styleCacheRead = false;\n" +
        "    }\n" +
        "  }\n\n" +
        "  // The computed-style cache, for its readers (Tidings' bundle edit).\n" +
        "  _readStyleCache() {\n" +
        "    this._styleCacheRead = true;\n" +
        "    return this._styleCache;\n" +
        "  }\n",
    },
  ],
  // A node's changes without the garbage: each change to the tree (every word the parser appends)
  // asked a generator for the Ranges that refer to the node, though none does, walked its
  // ancestors with another, and gave every ancestor a new empty object of memoised queries. Now a
  // node no Range refers to gives an empty list, the walk follows parent links, and an ancestor
  // without memoised queries keeps its empty object: the same versions, ranges and queries.
  "jsdom/lib/jsdom/living/nodes/Node-impl.js": [
    {
      before: 'const NodeList = require("../../../generated/idl/NodeList");\n',
      after:
        'const NodeList = require("../../../generated/idl/NodeList");\n\n' +
        "// What _liveRanges gives for a node no Range refers to (Tidings' bundle edit).\n" +
        "const NO_RANGES = Object.freeze([]);\n",
    },
    {
      before: "  * _liveRanges() {\n",
      after:
        "  _liveRanges() {\n" +
        "    return this._referencedRanges.size === 0 ? NO_RANGES : this._eachLiveRange();\n" +
        "  }\n\n" +
        "  * _eachLiveRange() {\n",
    },
    {
      before:
        "    for (const ancestor of domSymbolTree.ancestorsIterator(this)) {\n      ancestor._version++;\n    }\n",
      // (The iterator's ancestors are inclusive: the node's version goes up twice, as before.)
      after:
        "    for (let ancestor = this; ancestor; ancestor = domSymbolTree.parent(ancestor)) {\n      ancestor._version++;\n    }\n",
    },
    {
      before: "  _clearMemoizedQueries() {\n    this._memoizedQueries = {};\n",
      after:
        "  _clearMemoizedQueries() {\n" +
        "    for (const _ in this._memoizedQueries) {\n" +
        "      this._memoizedQueries = {};\n" +
        "      break;\n" +
        "    }\n",
    },
  ],
  "jsdom/lib/jsdom/living/xhr/XMLHttpRequest-impl.js": [
    {
      before: 'const syncWorkerFile = require.resolve("./xhr-sync-worker.js");',
      // Synchronous XMLHttpRequest runs in a worker file of its own; the sanitiser's window never
      // runs a script, so the bundle goes without it (a synchronous request would throw).
      after: "const syncWorkerFile = null;",
    },
  ],
  // Mutation records without observers. jsdom queues a record for every change to the tree, and
  // queueing one lists the changed node's ancestors to look for observers on each: the parser
  // appends a paragraph's text one word and one space at a time, so every word walked up to
  // <html> and left an array behind. The sanitiser's documents are never observed, and with no
  // observer registered anywhere a record goes to no one (the notifying microtask it would queue
  // then has no one to tell: a slot change queues its own). Sanitising article-bodies' articles:
  // ~28% less time, the garbage collector's share a third of what it was.
  "jsdom/lib/jsdom/living/helpers/mutation-observers.js": [
    {
      before: "let mutationObserverMicrotaskQueueFlag = false;\n",
      after:
        "let mutationObserverMicrotaskQueueFlag = false;\n\n" +
        "// Set by the first MutationObserver.observe() call (Tidings' bundle edit).\n" +
        "const observers = { registered: false };\n",
    },
    {
      before: "  nextSibling\n) {\n  const interestedObservers = new Map();\n",
      after:
        "  nextSibling\n) {\n  if (!observers.registered) {\n    return;\n  }\n\n  const interestedObservers = new Map();\n",
    },
    { before: "  signalSlotList\n};", after: "  signalSlotList,\n\n  observers\n};" },
  ],
  "jsdom/lib/jsdom/living/mutation-observer/MutationObserver-impl.js": [
    {
      before: "      target._registeredObserverList.push({\n",
      after:
        '      require("../helpers/mutation-observers").observers.registered = true;\n' +
        "      target._registeredObserverList.push({\n",
    },
  ],
  "css-tree/lib/data-patch.js": CREATE_REQUIRE,
  "css-tree/lib/data.js": CREATE_REQUIRE,
  "css-tree/lib/version.js": CREATE_REQUIRE,
};

/** The files edited, by their path after node_modules/. */
export const EDITED_FILES = Object.keys(FILES);

const fileKey = (path) => {
  const normal = path.replace(/\\/g, "/");
  return Object.keys(FILES).find((key) => normal.endsWith(`/node_modules/${key}`));
};

/** The file's text with its edits made; throws if the text is not the one the edits expect. */
export async function editForBundle(key, path, source) {
  for (const { before, after } of FILES[key]) {
    const parts = source.split(before);
    if (parts.length !== 2) {
      throw new Error(
        `${key} changed (not once "${before.split("\n")[0].trim()}"): review scripts/jsdom-edits.mjs against the new version`,
      );
    }
    source = parts[0] + (typeof after === "function" ? await after(path) : after) + parts[1];
  }
  return source;
}

export const jsdomEdits = {
  name: "jsdom-edits",
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/](?:jsdom|css-tree)[\\/].*\.js$/ }, async ({ path }) => {
      const key = fileKey(path);
      // Files without edits load as they are (undefined: esbuild's own loader).
      if (!key) return undefined;
      return {
        contents: await editForBundle(key, path, await readFile(path, "utf8")),
        loader: "js",
        resolveDir: dirname(path),
      };
    });
  },
};
