/**
 * Words a reading aid has split: "bionic reading" extensions set the first letters of every word in
 * bold (`<b>Nov</b>ember <b>1</b>8, <b>20</b>19`), most of them each text they rewrite in a `<span>`
 * of its own. The text reads the same, but a date line became a dozen elements, and the rules that
 * read a line with no element inside it, or a block's own words, found neither: the date changed
 * or went on 29 of 222 pages, and "More Great WIRED Stories" stayed. Joined again here, before the
 * rules read the page: an inline element holding only the start of a word (letters or digits right
 * after it, none of its attributes but its look), then each attribute-less `<span>` that held one
 * (the aid's wrapper: a page's own bare `<span>` may be a line a rule reads, a date beside a
 * toolbar). A drop cap (`<span class="dropcap">T</span>he`) is joined to its word alike.
 */
import { hasLookOnly, unwrapAll } from "./unwrap";

/** The tags a reading aid sets a word's start in. */
const WORD_START_TAGS = new Set(["b", "strong", "span"]);
const WORD = /^[\p{L}\p{N}]+$/u;
const GOES_ON = /^[\p{L}\p{N}]/u;
/**
 * Scripts written without spaces between words: a bold or marked phrase there runs on into the
 * next one's letters ("<strong>重要</strong>的是"), a word start of no reading aid.
 */
const UNSPACED_LETTER =
  "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}]";
const ENDS_UNSPACED = new RegExp(`${UNSPACED_LETTER}$`, "u");
const STARTS_UNSPACED = new RegExp(`^${UNSPACED_LETTER}`, "u");

const onlyText = (el: Element): boolean => {
  const first = el.firstChild;
  return !!first && first === el.lastChild && first.nodeType === 3;
};

/** An element holding a word's first letters, the rest of the word right after it. */
function isWordStart(el: Element): boolean {
  const start = el.textContent ?? "";
  if (!onlyText(el) || !WORD.test(start) || ENDS_UNSPACED.test(start)) return false;
  const next = el.nextSibling;
  const rest = next?.nodeValue ?? "";
  if (next?.nodeType !== 3 || !GOES_ON.test(rest) || STARTS_UNSPACED.test(rest)) return false;
  return hasLookOnly(el);
}

/** A `<span>` with no attribute, holding text and phrasing only (a reading aid's wrapper of a text). */
function isBareSpan(el: Element): boolean {
  if (el.attributes.length > 0) return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling)
    if (!/^(?:B|STRONG|EM|I|U|A|SPAN|BR|SUB|SUP|SMALL|MARK|CODE)$/.test(child.tagName.toUpperCase()))
      return false;
  return true;
}

export function joinSplitWords(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  // One walk over the elements, their names read (three searches by tag took four times as long).
  const starts: Element[] = [];
  const walker = doc.createTreeWalker(body, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (WORD_START_TAGS.has(el.localName) && isWordStart(el)) starts.push(el);
  }
  if (!starts.length) return;
  // The attribute-less <span>s that held split words: a reading aid's wrappers of the texts it rewrote.
  const wrappers = new Set<Element>();
  for (const el of starts) {
    const parent = el.parentElement;
    if (parent?.localName === "span" && parent.attributes.length === 0) wrappers.add(parent);
  }
  unwrapAll(starts);
  unwrapAll(Array.from(wrappers).filter(isBareSpan));
}
