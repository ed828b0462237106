// An esbuild plugin for the CLI bundle: edits to linkedom (the CLI's DOM), each checked
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
//    of every page. Compiled tests are kept by selector (not for :scope, which binds an element),
//    compiled without css-select's memo of answers per element (which :has and :contains use):
//    kept across calls, it would give an answer from before a change to the page after it.
// 3. shared/matches.js: css-select asks the element's name once per type selector of a list
//    ("h2, h3, h4, h5, h6" asks five times) of every element a query walks, and linkedom answered
//    each time with a new lowercased copy of the name (toLowerCase allocates even when nothing
//    changes): 4–6% of `tidings extract --batch`'s extraction over article-bodies. The lowercased name is kept
//    per name instead (a thousand at most: a page may make up names); the answer is the same.
// 4. interface/element.js and shared/parse-from-string.js: the parser made a class list (a Set
//    of the tokens) for every element with a class, and getAttribute("class") and className
//    joined that list into a new string at every call, so every class test of a selector and
//    every rule reading a class paid for a join: 5–7% more off a batch's extraction. The list is made when
//    first asked for (from the attribute, as before), and both read the attribute itself, as a
//    browser does: its text as written (the list's, once a change to the list writes it back),
//    and getAttribute gives null, not "", when there is none. The same Article on all 1,190 keys.
// 5. shared/utils.js: tagName and nodeName uppercased the element's name into a new string at every
//    read, and the rules read tagName of most elements they look at: the uppercased name is kept
//    per name, as (3) keeps the lowercased one (~1.5% of a batch's extraction).
import { readFile } from "node:fs/promises";

/**
 * Per file of linkedom's esm/ folder, by its path there: the edits (text before and after; `count` times the text
 * must occur, `occurrence` the one to replace), and what must not be left in the edited file.
 */
const FILES = {
  "interface/event-target.js": {
    edits: [
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
    leftOver: {
      pattern: /wm\.get\(this\)(?!;\n\s+if \(!?map)/,
      what: "reads its listener map somewhere new",
    },
  },
  "shared/matches.js": {
    edits: [
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
          "    // Kept across calls, so without css-select's per-element memo (:has, :contains).\n" +
          "    options = { ...options, cacheResults: false };\n" +
          "    compiled.set(key, (test = CSSselect.compile(selectors, options)));\n" +
          "  }\n" +
          "  return test;\n" +
          "};\n\n" +
          "export const prepareMatch = (element, selectors) => cachedCompile(",
      },
      {
        before:
          "const getName = (element) => {\n  const {localName} = element;\n" +
          "  return ignoreCase(element) ? localName.toLowerCase() : localName;\n};",
        after:
          "const lowerNames = new Map;\n" +
          "const getName = (element) => {\n  const {localName} = element;\n" +
          "  if (!ignoreCase(element)) return localName;\n" +
          "  let lower = lowerNames.get(localName);\n" +
          "  if (lower === undefined) {\n" +
          "    if (lowerNames.size >= 1000) lowerNames.clear();\n" +
          "    lowerNames.set(localName, (lower = localName.toLowerCase()));\n" +
          "  }\n" +
          "  return lower;\n};",
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
    leftOver: {
      pattern: /CSSselect\.(?!compile\(selectors, options\))\w+\(/,
      what: "calls css-select somewhere new",
    },
  },
  "shared/utils.js": {
    edits: [
      {
        before:
          "export const localCase = ({localName, ownerDocument}) => {\n" +
          "  return ownerDocument[MIME].ignoreCase ? localName.toUpperCase() : localName;\n};",
        after:
          "const upperNames = new Map;\n" +
          "export const localCase = ({localName, ownerDocument}) => {\n" +
          "  if (!ownerDocument[MIME].ignoreCase) return localName;\n" +
          "  let upper = upperNames.get(localName);\n" +
          "  if (upper === undefined) {\n" +
          "    if (upperNames.size >= 1000) upperNames.clear();\n" +
          "    upperNames.set(localName, (upper = localName.toUpperCase()));\n" +
          "  }\n" +
          "  return upper;\n};",
      },
    ],
    // Any toUpperCase() but the edit's own, which closes its set() call: "toUpperCase()));".
    leftOver: { pattern: /\.toUpperCase\(\)(?!\)\);)/, what: "uppercases a name somewhere new" },
  },
  "shared/parse-from-string.js": {
    edits: [
      {
        before:
          "  knownSiblings(end[PREV], attribute, end);\n  if (attribute.name === 'class')\n" +
          "    element.className = value;\n",
        after: "  knownSiblings(end[PREV], attribute, end);\n",
      },
    ],
    leftOver: { pattern: /className/, what: "sets a class somewhere new" },
  },
  "interface/element.js": {
    edits: [
      {
        before: "  get className() { return this.classList.value; }",
        after:
          "  get className() {\n    const attribute = this.getAttributeNode('class');\n" +
          "    return attribute ? attribute.value : '';\n  }",
      },
      {
        before: "  getAttribute(name) {\n    if (name === 'class')\n      return this.className;\n",
        after: "  getAttribute(name) {\n",
      },
    ],
    leftOver: {
      pattern: /classList\.value|\[\.\.\.this\.classList\]/,
      what: "reads the class list's joined value somewhere new",
    },
  },
};

/** A file of linkedom (by its path in esm/) with its edits made; throws if the text is not the one the edits expect. */
export function editLinkedom(path, source) {
  const { edits, leftOver } = FILES[path];
  for (const { before, after, count = 1, occurrence = 1 } of edits) {
    const parts = source.split(before);
    if (parts.length !== count + 1) {
      throw new Error(
        `linkedom's ${path} changed (not ${count} of "${before.split("\n")[0].trim()}"): ` +
          "review scripts/linkedom-edits.mjs against the new version",
      );
    }
    source = parts.slice(0, occurrence).join(before) + after + parts.slice(occurrence).join(before);
  }
  if (leftOver.pattern.test(source)) throw new Error(`linkedom's ${path} ${leftOver.what}: review the edit`);
  return source;
}

export const linkedomEdits = {
  name: "linkedom-edits",
  setup(build) {
    build.onLoad({ filter: /[\\/]linkedom[\\/]esm[\\/].*\.js$/ }, async ({ path }) => {
      // The path under esm/ ("interface/element.js": html/ and svg/ have an element.js too).
      const file = path.replace(/^.*[\\/]linkedom[\\/]esm[\\/]/, "").replace(/\\/g, "/");
      // Files without edits load as they are (undefined: esbuild's own loader).
      if (!FILES[file]) return undefined;
      return { contents: editLinkedom(file, await readFile(path, "utf8")), loader: "js" };
    });
  },
};
