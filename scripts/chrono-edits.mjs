// An esbuild plugin for the bundles that carry the extractor (the content script and the CLI):
// chrono-node builds every language's parsers when it loads. Each language module makes a casual
// and a strict parser at its top level (`export const casual = new Chrono(createCasualConfiguration())`),
// and in the browser that cost is paid on every click, since the content script is loaded anew
// into the page each time. The extractor builds the one strict parser it needs on first use
// (src/extract/metadata/date-parse.ts), so those top-level instances are marked pure here and
// esbuild leaves the unused ones out, with the parsers only they use.
//
// Each file's lines are checked against the exact shape the edit expects, so an upgrade that
// changes them stops the build instead of shipping a bundle that builds them all again.
import { readFile } from "node:fs/promises";

/** A top-level parser instance: `export const casual = new Chrono(createCasualConfiguration(false));`. */
const INSTANCE = /^export const (\w+) = new Chrono\(((?:\w+\.)?\w+)\(([\w, ]*)\)\);$/gm;

/** chrono's language modules (dist/esm/locales/<lang>/index.js and zh's hans/hant). */
const LANGUAGE_MODULE = /[\\/]chrono-node[\\/]dist[\\/]esm[\\/]locales[\\/](?:\w+[\\/])*index\.js$/;

/** A language module with its top-level parser instances marked pure; throws if there is none. */
export function editChronoLanguage(path, source) {
  let count = 0;
  const edited = source.replace(INSTANCE, (_, name, factory, args) => {
    count++;
    return `export const ${name} = /* @__PURE__ */ new Chrono(/* @__PURE__ */ ${factory}(${args}));`;
  });
  if (count === 0 || /^export const \w+ = new Chrono\(/m.test(edited)) {
    throw new Error(
      `chrono-node's ${path} changed (its top-level parsers are not the shape expected): ` +
        "review scripts/chrono-edits.mjs against the new version",
    );
  }
  return edited;
}

export const chronoEdits = {
  name: "chrono-edits",
  setup(build) {
    build.onLoad({ filter: LANGUAGE_MODULE }, async ({ path }) => ({
      contents: editChronoLanguage(path, await readFile(path, "utf8")),
      loader: "js",
    }));
  },
};
