/**
 * Other stories loaded below the page's own: a news site's endless scroll puts the next article
 * into the page, whole, in an <article> of its own with its own <h1>, after the one that holds the
 * headline. Readability, scoring paragraphs, took both stories as one.
 */
import { squash, squashedLengthUpTo } from "./text";

/** Prose enough for a story, not a teaser: the characters of its paragraphs. */
export const STORY_CHARS = 300;

export const proseOf = (el: Element): number => {
  let chars = 0;
  for (const p of Array.from(el.querySelectorAll("p"))) {
    chars += squashedLengthUpTo(p, STORY_CHARS);
    if (chars > STORY_CHARS) break;
  }
  return chars;
};

/**
 * Removes the <article>s after the headline's own that are whole other stories: each with an
 * <h1> of its own (a live blog's posts have lesser headings) and a story's prose, when the
 * headline's article holds a story's prose too (a page may put its header and its body in two).
 */
export function dropFollowingStories(doc: Document, headline: Element | null): void {
  const own = headline?.tagName === "H1" ? headline.closest("article") : null;
  if (!own || proseOf(own) <= STORY_CHARS) return;
  const title = squash(headline!.textContent);
  let after = false;
  for (const other of Array.from(doc.querySelectorAll("article"))) {
    if (other === own) {
      after = true;
      continue;
    }
    if (!after || own.contains(other) || other.contains(own)) continue;
    const heading = other.querySelector("h1");
    if (!heading || squash(heading.textContent) === title || proseOf(other) <= STORY_CHARS) continue;
    other.remove();
  }
}
