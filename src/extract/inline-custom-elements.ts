/**
 * Custom elements set inside a run of text: an annotation extension's highlights (Hypothesis wraps
 * each highlighted run in a `<hypothesis-highlight>`), a site's inline component around a name. An
 * element whose tag the HTML standard does not know is no phrasing content to Readability, which
 * splits a `<div>`'s text into paragraphs at each one ("the Antarctic" / ", and" / "Tokelau"), and
 * the rules that ask for a block's own words beside a link ("I <a class=popup>rather elderly</a>
 * man") found none when every run between the links was highlighted. The sanitiser drops these
 * elements in the end, their text kept; here they go before the rules read the page, the runs they
 * split joined again. Only wrappers of words: nothing but text and phrasing inside, no attribute a
 * rule reads (`itemprop`, `datetime`, a role: a date or a name stated in one stays), and text or
 * phrasing beside them, a paragraph around them, or alone in their box (one of several components
 * laid out as blocks keeps its place).
 * https://html.spec.whatwg.org/multipage/custom-elements.html#valid-custom-element-name
 */
import { squashedLength, squashedLengthUpTo } from "./text";
import { hasLookOnly, unwrapAll } from "./unwrap";

/** Phrasing content (https://html.spec.whatwg.org/multipage/dom.html#phrasing-content), as tags. */
const PHRASING = new Set(
  "A ABBR B BDI BDO BR CITE CODE DATA DEL DFN EM FONT I IMG INS KBD MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR WBR".split(
    " ",
  ),
);
/** Blocks whose content is a run of text: a wrapper inside one sits in a sentence. */
const TEXT_BLOCKS = new Set("P LI DD DT TD TH H1 H2 H3 H4 H5 H6 BLOCKQUOTE FIGCAPTION CAPTION".split(" "));

const tagOf = (el: Element): string => el.tagName.toUpperCase();
const isCustom = (el: Element): boolean => el.localName.includes("-");
/** How deep wrappers inside wrappers are looked into (a hostile page nests thousands). */
const NESTING_MAX = 8;

const isPhrasing = (el: Element, depth = 0): boolean =>
  PHRASING.has(tagOf(el)) || (isCustom(el) && holdsPhrasingOnly(el, depth + 1));

function holdsPhrasingOnly(el: Element, depth = 0): boolean {
  if (depth > NESTING_MAX) return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling)
    if (!isPhrasing(child, depth)) return false;
  return true;
}

const isWrapper = (el: Element): boolean => hasLookOnly(el) && holdsPhrasingOnly(el);

/**
 * Inside a paragraph, a phrasing element or a wrapper found before it; else with text or a phrasing
 * element beside it, or the only words of its box.
 */
function isInRun(el: Element, wrappers: ReadonlySet<Element>): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  const parentTag = tagOf(parent);
  if (TEXT_BLOCKS.has(parentTag) || PHRASING.has(parentTag) || wrappers.has(parent)) return true;
  // The box's only words (a caption's text after its "enlarge" link's empty box).
  // (Read up to one character past the wrapper's own: a page of many wrappers in one big box.)
  const own = squashedLength(el.textContent);
  if (own > 0 && squashedLengthUpTo(parent, own + 1) === own) return true;
  return [neighbour(el, "previousSibling"), neighbour(el, "nextSibling")].some(
    (node) => !!node && (node.nodeType === 3 || (node.nodeType === 1 && isPhrasing(node as Element))),
  );
}

/** The nearest sibling that is no comment and no run of spaces ("By<!-- --> <!-- -->Reuters"). */
function neighbour(el: Element, way: "previousSibling" | "nextSibling"): Node | null {
  let node = el[way];
  while (node && (node.nodeType === 8 || (node.nodeType === 3 && !/\S/.test(node.textContent ?? ""))))
    node = node[way];
  return node;
}

export function unwrapInlineCustomElements(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const wrappers = new Set<Element>();
  // Every element is looked at (a tag name is no selector's), its name read only.
  const walker = doc.createTreeWalker(body, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (isCustom(el) && isWrapper(el) && isInRun(el, wrappers)) wrappers.add(el);
  }
  unwrapAll(wrappers);
}
