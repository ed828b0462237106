/**
 * The size bound checked before extracting. Readability runs synchronously in the page and
 * cannot be interrupted, so the only way to keep a huge page from freezing its tab (and to
 * answer within the background's 15 s limit) is to refuse it up front, with a sentence.
 * The bound and its measurements: README, "Reliability and security"; bench/robustness.ts.
 */
import type { ReadTabResult } from "../messages.js";

/** Far above real articles (a heavy news page has 3,000–15,000 elements). */
export const MAX_ELEMENTS = 100_000;

/**
 * Count through the prototype: a page can shadow `document.getElementsByTagName` with
 * `<img name="getElementsByTagName">` (named properties of Document override built-ins).
 */
export function countElements(doc: Document): number {
  return Document.prototype.getElementsByTagName.call(doc, "*").length;
}

/** A typed refusal when the page is over the bound, else null. */
export function refuseIfTooLarge(doc: Document, max = MAX_ELEMENTS): ReadTabResult | null {
  const count = countElements(doc);
  if (count <= max) return null;
  return {
    kind: "error",
    message: `This page is too large for Tidings to read (${count.toLocaleString("en")} elements; the limit is ${max.toLocaleString("en")}).`,
  };
}
