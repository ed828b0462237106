/**
 * Words the page's style keeps apart and its markup does not: a copy of the text runs them into one.
 * - A credit or a label set in an element of its own and closed by a bracket or a colon, the next
 *   word right after it: a wire's dateline in a `<cite>` ("<cite>London (CNN)</cite>It was …"), a
 *   data sheet's "<span>Sprachen:</span>Deutsch", spaced by a margin or a pseudo-element's space,
 *   read "London (CNN)It was". A bracket or a colon that closes is never a word's first letters.
 *   A superscript or subscript (a footnote's "(1)", a formula's index) is no such element.
 * - Links to different places side by side, each a button in the page's style: a reference's
 *   "Crossref", "Medline", "Google Scholar" read "CrossrefMedlineGoogle Scholar". Two links to the
 *   same place are one link split (a word broken across them, "Arte" "mis m" "ission"): left.
 * A space goes between them, in the content and so in the text.
 */

/** Inline elements a page sets a credit or a label in. */
const INLINE = new Set("cite span strong b em i a small time abbr label q".split(" "));
const CLOSES = /[)\]:]$/;
const WORD_FIRST = /^\p{L}/u;
const STARTS_ALNUM = /^[\p{L}\p{N}]/u;

/** Whether `el` (an inline element) runs into the word after it: a text or another link. */
function runsOn(el: Element): boolean {
  const next = el.nextSibling;
  if (next?.nodeType === 3) return WORD_FIRST.test(next.nodeValue ?? "") && CLOSES.test(el.textContent ?? "");
  if (el.localName !== "a" || next?.nodeType !== 1) return false;
  const link = next as Element;
  return (
    link.localName === "a" &&
    link.getAttribute("href") !== el.getAttribute("href") &&
    STARTS_ALNUM.test(link.textContent ?? "")
  );
}

/** Puts a space after each element in `root` that runs into the next word. */
export function spaceRunOnWords(root: Element): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 1);
  const runOn: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (INLINE.has(el.localName) && runsOn(el)) runOn.push(el);
  }
  for (const el of runOn) el.after(doc.createTextNode(" "));
}
