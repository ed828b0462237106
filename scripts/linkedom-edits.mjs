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
// 6. mixin/parent-node.js and shared/utils.js: every querySelector(All) walked all the nodes from
//    where it was asked, attributes, texts and end marks included (~3,300 nodes per article-bodies
//    page, five for each element), and the extractor asks ~36 queries of the whole document and
//    ~33 of its <html> or <body> per page, ~75% of the document's with no link in the tree changed
//    since the last one. A query now keeps the elements it walked (of a document, or of an element
//    with 64 or more) with a count of link changes, which knownAdjacent and setAdjacent bump: the
//    next query of the same node, while the count stands, tests that list instead of walking.
//    3–7% off a batch's extraction (A/Bs in both orders; a list is made on every walk, kept only
//    from the larger ones), the same Article on every corpus key. Only those two set links between
//    nodes (and the code that makes a node, or clears a node's links after setAdjacent took it
//    out): the build checks every linkedom file for link setters (checkLinkSetters) and stops at
//    one it does not know, where a change could go uncounted.
import { readFile } from "node:fs/promises";

/**
 * Per file of linkedom's esm/ folder, by its path there: the edits (text before and after; `count` times the text
 * must occur, `occurrence` the one to replace), and what must not be left in the edited file (if anything).
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
      {
        before: "export const knownAdjacent = (prev, next) => {\n",
        after:
          "// Counts changes to any tree's links (edit 6): the elements a query walked are still the\n" +
          "// ones there while the count stands.\n" +
          "export const links = { changes: 0 };\n\n" +
          "export const knownAdjacent = (prev, next) => {\n  links.changes++;\n",
      },
      {
        before: "export const setAdjacent = (prev, next) => {\n",
        after: "export const setAdjacent = (prev, next) => {\n  links.changes++;\n",
      },
    ],
    // Any toUpperCase() but the edit's own, which closes its set() call: "toUpperCase()));".
    leftOver: { pattern: /\.toUpperCase\(\)(?!\)\);)/, what: "uppercases a name somewhere new" },
  },
  "mixin/parent-node.js": {
    edits: [
      {
        before: "import {NodeList} from '../interface/node-list.js';\n",
        after:
          "import {NodeList} from '../interface/node-list.js';\n" +
          "import {links} from '../shared/utils.js';\n\n" +
          "// Edit 6: the elements a query walked, in its order (a template's content left out), kept\n" +
          "// by the node walked from with the count of link changes at the time. A document's query\n" +
          "// walks an object made for it, with the document as its owner (interface/document.js).\n" +
          "const listed = new WeakMap;\n" +
          "const LISTED_AT_LEAST = 64;\n" +
          "const walkedFrom = walk =>\n" +
          "  walk.ownerDocument && walk[END] === walk.ownerDocument[END] ? walk.ownerDocument : walk;\n" +
          "const listedElements = walk => {\n" +
          "  const kept = listed.get(walkedFrom(walk));\n" +
          "  return kept && kept.changes === links.changes ? kept.elements : null;\n" +
          "};\n",
      },
      {
        before:
          "  querySelector(selectors) {\n" +
          "    const matches = prepareMatch(this, selectors);\n" +
          "    let {[NEXT]: next, [END]: end} = this;\n",
        after:
          "  querySelector(selectors) {\n" +
          "    const matches = prepareMatch(this, selectors);\n" +
          "    const kept = listedElements(this);\n" +
          "    if (kept) {\n" +
          "      for (const element of kept)\n" +
          "        if (matches(element))\n" +
          "          return element;\n" +
          "      return null;\n" +
          "    }\n" +
          "    let {[NEXT]: next, [END]: end} = this;\n",
      },
      {
        before:
          "  querySelectorAll(selectors) {\n" +
          "    const matches = prepareMatch(this, selectors);\n" +
          "    const elements = new NodeList;\n" +
          "    let {[NEXT]: next, [END]: end} = this;\n" +
          "    while (next !== end) {\n" +
          "      if (next.nodeType === ELEMENT_NODE && matches(next))\n" +
          "        elements.push(next);\n",
        after:
          "  querySelectorAll(selectors) {\n" +
          "    const matches = prepareMatch(this, selectors);\n" +
          "    const elements = new NodeList;\n" +
          "    const kept = listedElements(this);\n" +
          "    if (kept) {\n" +
          "      for (const element of kept)\n" +
          "        if (matches(element))\n" +
          "          elements.push(element);\n" +
          "      return elements;\n" +
          "    }\n" +
          "    const all = [];\n" +
          "    const changes = links.changes;\n" +
          "    let {[NEXT]: next, [END]: end} = this;\n" +
          "    while (next !== end) {\n" +
          "      if (next.nodeType === ELEMENT_NODE) {\n" +
          "        all.push(next);\n" +
          "        if (matches(next))\n" +
          "          elements.push(next);\n" +
          "      }\n",
      },
      {
        before:
          "      next = next.nodeType === ELEMENT_NODE && next.localName === 'template' ? next[END] : next[NEXT];\n" +
          "    }\n" +
          "    return elements;\n",
        after:
          "      next = next.nodeType === ELEMENT_NODE && next.localName === 'template' ? next[END] : next[NEXT];\n" +
          "    }\n" +
          "    // Kept if worth keeping, and if the tests changed no links while the walk went on.\n" +
          "    if (all.length >= LISTED_AT_LEAST && changes === links.changes)\n" +
          "      listed.set(walkedFrom(this), { changes, elements: all });\n" +
          "    return elements;\n",
      },
    ],
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
  if (leftOver?.pattern.test(source)) throw new Error(`linkedom's ${path} ${leftOver.what}: review the edit`);
  return source;
}

/**
 * Where linkedom sets a node's links to its neighbours (by file in esm/, how many times), as edit 6
 * knows them: in knownAdjacent and setAdjacent, which count each change, and where a node is made
 * or taken out after setAdjacent. A link set anywhere else could change a document's elements
 * without the count, so the build stops at it.
 */
const LINK_SETTERS = {
  "shared/utils.js": 4,
  "mixin/child-node.js": 2,
  "mixin/parent-node.js": 1,
  "shared/attributes.js": 2,
  "interface/node.js": 2,
};
const LINK_SET = /\[(?:NEXT|PREV)\]\s*=(?!=)/g;

/** Throws if a file of linkedom (by its path in esm/) sets links where edit 6 does not know it to. */
export function checkLinkSetters(path, source) {
  const found = source.match(LINK_SET)?.length ?? 0;
  if (found !== (LINK_SETTERS[path] ?? 0)) {
    throw new Error(
      `linkedom's ${path} sets node links ${found} times (edit 6 counts on ${LINK_SETTERS[path] ?? 0}): ` +
        "review scripts/linkedom-edits.mjs against the new version",
    );
  }
}

export const linkedomEdits = {
  name: "linkedom-edits",
  setup(build) {
    build.onLoad({ filter: /[\\/]linkedom[\\/]esm[\\/].*\.js$/ }, async ({ path }) => {
      // The path under esm/ ("interface/element.js": html/ and svg/ have an element.js too).
      const file = path.replace(/^.*[\\/]linkedom[\\/]esm[\\/]/, "").replace(/\\/g, "/");
      const source = await readFile(path, "utf8");
      checkLinkSetters(file, source);
      // Files without edits load as they are (the text already read for the check).
      return { contents: FILES[file] ? editLinkedom(file, source) : source, loader: "js" };
    });
  },
};
