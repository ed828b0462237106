/** Small text and DOM helpers shared by the extractor's rules. */

/**
 * A run of whitespace (\s, NBSP, zero-width space) that is not a single plain space: a lone space
 * is already what a run becomes, and leaving it alone halves the time of squash, which reads much
 * of a page's text several times over (~3% of a page's extraction in Node).
 */
const WHITESPACE_TO_SQUASH =
  /[\t\n\v\f\r\u00a0\u200b\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff][\s\u200b]*| [\s\u200b]+/g;

/** Collapse runs of whitespace (including NBSP) into one space and trim. */
export function squash(text: string | null | undefined): string {
  return (text ?? "").replace(WHITESPACE_TO_SQUASH, " ").trim();
}

/**
 * A labelled value up to the next separator or label: "新华社" of "新华社 作者：王伟", "Jan Kowalski"
 * of "Jan Kowalski | Kategorie: Politik".
 */
export const beforeNextLabel = (text: string): string =>
  text.split(/\s*[|·•]\s*|\s+(?=\S+\s*[:：])/)[0] ?? "";

/** The squashed text of an element, or "" for null. */
export function textOf(el: Element | null | undefined): string {
  return squash(el?.textContent);
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element): number {
  const total = squashedLength(el.textContent);
  if (total === 0) return 0;
  return Math.min(1, linkedLength(el) / total);
}

/** Characters of an element's text inside its links (squashed, link by link). */
export function linkedLength(el: Element): number {
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll("a"))) linked += squashedLength(a.textContent);
  return linked;
}

/**
 * Does one of the element's own text nodes (not its children's) match `pattern`? A `<mark>`'s text
 * is its own too: a highlight (a site's search terms, a highlighter extension's marks on every
 * other run) sets none of the element's words apart from it.
 */
export function hasOwnText(el: Element, pattern: RegExp): boolean {
  // Sibling by sibling, up to the first match: a code listing's <pre> has tens of thousands of
  // children, and listing them all for each question was quadratic.
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && pattern.test(n.textContent ?? "")) return true;
    // (One level: a highlight's own text nodes.)
    if (n.nodeType === 1 && (n as Element).localName === "mark")
      for (let m = n.firstChild; m; m = m.nextSibling)
        if (m.nodeType === 3 && pattern.test(m.textContent ?? "")) return true;
  }
  return false;
}

/** Does the element hold any text (what textOf would not answer "" for)? */
export function hasText(el: Element | null | undefined): boolean {
  // Up to the first text that is not space: the whole page's text is not built to learn that.
  return !!el && eachText(el, (data) => NOT_SPACE.test(data));
}

const NOT_SPACE = /[^\s\u00a0\u200b]/;

/** A running squashed length: `gap` is a pending space, counted only if more text follows. */
interface Squashed {
  length: number;
  gap: boolean;
}

/** Adds the text's squashed length to `into`, stopping once it passes `limit` (read no further). */
function addSquashed(text: string, into: Squashed, limit = Infinity): void {
  for (let i = 0; i < text.length && into.length <= limit; i++) {
    if (isSpace(text.charCodeAt(i))) {
      into.gap = into.length > 0;
    } else {
      if (into.gap) into.length++;
      into.gap = false;
      into.length++;
    }
  }
}

/** squash(text).length, without building the string. */
export function squashedLength(text: string | null | undefined): number {
  if (!text) return 0;
  const run = { length: 0, gap: false };
  addSquashed(text, run);
  return run.length;
}

/**
 * squashedLength(node.textContent), read only as far as needed: any length over `limit` comes back
 * as limit + 1. A page-wide wrapper is not read whole to learn that it is long. Elements `skip`
 * accepts are left out with their text (scripts, styles).
 */
export function squashedLengthUpTo(node: Node, limit: number, skip?: (el: Element) => boolean): number {
  const run = { length: 0, gap: false };
  const stopped = eachText(
    node,
    (data) => {
      addSquashed(data, run, limit);
      return run.length > limit;
    },
    skip,
  );
  return stopped ? limit + 1 : run.length;
}

/** The first `limit` characters of squash(node.textContent), read no further. */
export function squashedStart(node: Node, limit: number): string {
  let out = "";
  let gap = false;
  eachText(node, (data) => {
    for (let i = 0; i < data.length; i++) {
      if (isSpace(data.charCodeAt(i))) {
        gap = out.length > 0;
        continue;
      }
      if (gap) out += " ";
      gap = false;
      out += data[i];
      if (out.length >= limit) return true;
    }
    return false;
  });
  return out.slice(0, limit);
}

/**
 * Calls `visit` with the data of each text node inside `node`, in document order, until it
 * answers true (then answers true). Elements `skip` accepts are not entered.
 */
function eachText(node: Node, visit: (data: string) => boolean, skip?: (el: Element) => boolean): boolean {
  for (let at: Node | null = node.firstChild; at;) {
    if ((at.nodeType === 3 || at.nodeType === 4) && visit((at as CharacterData).data)) return true;
    // Document order inside `node`: down first, else along, else up and along.
    let next: Node | null = at.nodeType === 1 && !skip?.(at as Element) ? at.firstChild : null;
    while (!next && at && at !== node) {
      next = at.nextSibling;
      if (!next) at = at.parentNode;
    }
    at = next;
  }
  return false;
}

/** A code unit squash() collapses: JavaScript's \s, NBSP and the zero-width space. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Resolve a URL against a base; null when either is unusable or the result is not http(s). */
export function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** A URL's host name, or "" when it is no URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

const metaLists = new WeakMap<Document, Element[]>();

/**
 * The document's <meta> elements, found once: the metadata stage reads them four ways (keys and
 * three kinds of date), and a whole-document query each time was a walk of the page each time. For
 * the page before any rule ran: read later, a list may hold a <meta> a rule removed since.
 */
export function metaTags(doc: Document): Element[] {
  let metas = metaLists.get(doc);
  if (!metas) {
    metas = Array.from(doc.querySelectorAll("meta"));
    metaLists.set(doc, metas);
  }
  return metas;
}

/** Each <meta> key's first non-empty content, by lower-cased name, property, itemprop or http-equiv. */
const metaIndexes = new WeakMap<Document, Map<string, string>>();

function metaIndex(doc: Document): Map<string, string> {
  let index = metaIndexes.get(doc);
  if (!index) {
    index = new Map();
    for (const meta of metaTags(doc)) {
      const name = (
        meta.getAttribute("name") ??
        meta.getAttribute("property") ??
        meta.getAttribute("itemprop") ??
        meta.getAttribute("http-equiv") ??
        ""
      ).toLowerCase();
      const content = squash(meta.getAttribute("content"));
      if (content && !index.has(name)) index.set(name, content);
    }
    // Read once per document: the extractor reads a dozen keys, and no rule touches the <meta>s.
    metaIndexes.set(doc, index);
  }
  return index;
}

/**
 * The content attribute of the first matching <meta>, by name, property or itemprop: the first
 * key (in the order given) that some <meta> with content carries wins.
 */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  const index = metaIndex(doc);
  for (const key of keys) {
    const content = index.get(key.toLowerCase());
    if (content) return content;
  }
  return null;
}

/** Class and id of an element as lower-case tokens ("related-news" → related, news, related-news). */
export function classTokens(el: Element): string[] {
  return nameTokens(classAndId(el));
}

/** An element's class and id attributes as one string ("class id"), read once. */
export function classAndId(el: Element): string {
  return `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
}

/** classTokens of a class and id already read as one string ("class id"). */
export function nameTokens(classAndId: string): string[] {
  const whole = classAndId.toLowerCase().split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  // Lower-cased, so only "-" and "_" split a token further (a camelCase boundary is gone).
  for (const w of whole) {
    if (w.includes("-") || w.includes("_")) parts.push(...w.split(/[-_]+/));
    else parts.push(w);
  }
  return [...whole, ...parts];
}

/**
 * A test of a "class id" string equal to nameTokens(classAndId).some((t) => tokens.has(t)), as one
 * regular expression: the rules run it on every classed element of a page, and splitting each
 * name into arrays was the cost. A token is a whole word, or (when it has no "-" or "_" of its
 * own) a part of one between "-" and "_".
 */
export function nameTokenTest(tokens: Iterable<string>): (classAndId: string) => boolean {
  const words: string[] = [];
  const parts: string[] = [];
  for (const token of tokens) (/[-_]/.test(token) ? words : parts).push(escapeRegExp(token.toLowerCase()));
  const alternatives = [
    parts.length ? `(?:^|[\\s_-])(?:${parts.join("|")})(?![^\\s_-])` : "",
    words.length ? `(?:^|\\s)(?:${words.join("|")})(?!\\S)` : "",
  ].filter(Boolean);
  if (!alternatives.length) return () => false;
  const pattern = new RegExp(alternatives.join("|"));
  // Lower-cased as nameTokens does (a case-insensitive pattern folds a few letters differently).
  return (classAndId) => pattern.test(classAndId.toLowerCase());
}

/** `text` as a pattern matching itself. */
/** A sentence's end, before any closing quotation marks. */
export const SENTENCE_END = /[.!?…]["'”’»]*$/;

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A letter of Chinese, Japanese or Korean: scripts that write no spaces between words (Korean aside) and no capitals. */
export const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The element after `el` in document order: its first child unless `skipInside`, else what follows it. */
export function nextInOrder(el: Element | null, skipInside: boolean): Element | null {
  if (!el) return null;
  if (!skipInside && el.firstElementChild) return el.firstElementChild;
  for (let node: Element | null = el; node; node = node.parentElement)
    if (node.nextElementSibling) return node.nextElementSibling;
  return null;
}

/** Still in the document? (linkedom's isConnected is false for every node of a cloned document.) */
export function isAttached(el: Element): boolean {
  let top: Element = el;
  while (top.parentElement) top = top.parentElement;
  return top.tagName === "HTML";
}

/** Tags of phrasing (inline) elements: words inside a sentence's block, not a block of their own. */
export const PHRASING = /^(?:A|SPAN|EM|STRONG|B|I|U|ABBR|CITE|Q|DFN|MARK|SMALL|SUB|SUP|FONT)$/;

/** The nearest ancestor of `el` that is no phrasing element: the block whose text its sentence is. */
export function sentenceBlock(el: Element): Element | null {
  let block = el.parentElement;
  while (block && PHRASING.test(block.tagName)) block = block.parentElement;
  return block;
}
