/**
 * The size bound checked before extracting. Readability runs synchronously in the page and
 * cannot be interrupted, so the only way to keep a huge page from freezing its tab (and to
 * answer within the background's 15 s limit) is to refuse it up front, with a sentence.
 * The bound and its measurements: README, "Reliability and security"; bench/robustness.ts.
 */
import { shadowElementCount } from "../extract/composed-tree.js";
import type { ReadTabResult } from "../messages.js";

/** Far above real articles (a heavy news page has 3,000–15,000 elements). */
export const MAX_ELEMENTS = 100_000;

/** About 300,000 words: ten times a long-form feature; a 10 MB page of text is refused. */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * Count through the prototype: a page can shadow `document.getElementsByTagName` with
 * `<img name="getElementsByTagName">` (named properties of Document override built-ins).
 */
export function countElements(doc: Document): number {
  return Document.prototype.getElementsByTagName.call(doc, "*").length;
}

/** The light tree's elements, and those of its shadow roots once the light tree alone is within `max`. */
function countAllElements(doc: Document, max: number): number {
  const light = countElements(doc);
  return light > max ? light : light + shadowElementCount(doc);
}

const tooLarge = (what: string): ReadTabResult => ({
  kind: "error",
  message: `This page is too large for Tidings to read (${what}).`,
});

/** A typed refusal when the page is over either bound, else null. */
export function refuseIfTooLarge(
  doc: Document,
  max = MAX_ELEMENTS,
  maxChars = MAX_TEXT_CHARS,
): ReadTabResult | null {
  // (Shadow roots count: a page built of web components is read composed, composed-tree.ts.)
  const count = countAllElements(doc, max);
  if (count > max)
    return tooLarge(`${count.toLocaleString("en")} elements; the limit is ${max.toLocaleString("en")}`);
  const body = Document.prototype.querySelector.call(doc, "body");
  const chars = body
    ? (Object.getOwnPropertyDescriptor(Node.prototype, "textContent")?.get?.call(body) ?? "").length
    : 0;
  if (chars > maxChars)
    return tooLarge(
      `${(chars / 1e6).toFixed(1)} million characters of text; the limit is ${maxChars / 1e6} million`,
    );
  return null;
}
