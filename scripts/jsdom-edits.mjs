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
