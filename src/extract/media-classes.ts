/**
 * Readability weighs an element down (−25) when its class or id contains "media", meant for
 * embeds and galleries; but "media" is also the name of a common layout pattern (the "media
 * object": `.media`, `.media-body`, `.o-media`, an image beside a text), and a story's paragraphs
 * set beside its photo then score below zero and are cleaned away. Where such an element holds
 * paragraphs of prose, the word goes from its class on the clone (the sanitiser drops every
 * class from the output anyway).
 */
import { linkDensity, squashedLength } from "./text";

const MEDIA_TOKEN = /^(?:[\w-]*[-_])?media(?:[-_][\w-]*)?$/i;
/** Paragraphs of prose: at least two of this many characters, not mostly links. */
const PROSE_CHARS = 150;

function holdsProse(el: Element): boolean {
  let found = 0;
  for (const p of Array.from(el.getElementsByTagName("p"))) {
    if (squashedLength(p.textContent) >= PROSE_CHARS && linkDensity(p) < 0.3 && ++found >= 2) return true;
  }
  return false;
}

export function unweighMediaLayouts(doc: Document): void {
  for (const el of Array.from(doc.body?.querySelectorAll('[class*="media" i]') ?? [])) {
    if (!holdsProse(el)) continue;
    const names = el.getAttribute("class") ?? "";
    const kept = names.split(/\s+/).filter((token) => token && !MEDIA_TOKEN.test(token));
    el.setAttribute("class", kept.join(" "));
  }
}
