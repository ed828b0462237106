/**
 * Titles left alone: a box of other stories ("Ook interessant", "Luetuimmat", "संबंधित खबरें")
 * whose cards or links Readability's cleaning took leaves its heading behind, in the story or
 * closing it, in whatever language it is written. Boxes that held a heading and more are noted
 * before Readability runs; those it left holding the heading alone go after it. A heading alone in
 * its box from the start (a page builder's heading widget over the next text widget) stays.
 */
import { squashedLength } from "./text";

const HEADINGS = "h2, h3, h4, h5, h6";
/** Content other than words: a box holding any of these is no title alone. */
const MEDIA = "img, picture, video, audio, iframe, svg, canvas, object, embed, table, form, math";

const isEmpty = (el: Element): boolean => squashedLength(el.textContent) === 0 && !el.querySelector(MEDIA);
const isHeading = (el: Element): boolean => /^h[2-6]$/i.test(el.tagName);

/** The boxes holding a heading and something else with content, before Readability. */
export function titledBoxes(doc: Document): Set<Element> {
  const boxes = new Set<Element>();
  for (const heading of Array.from(doc.body?.querySelectorAll(HEADINGS) ?? [])) {
    const box = heading.parentElement;
    if (!box || box === doc.body || boxes.has(box)) continue;
    for (let c = box.firstElementChild; c; c = c.nextElementSibling)
      if (c !== heading && !isEmpty(c)) {
        boxes.add(box);
        break;
      }
  }
  return boxes;
}

/** Whether a box holds one heading and nothing else (empty children aside). */
function holdsHeadingAlone(box: Element): boolean {
  let heading: Element | null = null;
  for (let c = box.firstElementChild; c; c = c.nextElementSibling) {
    if (isEmpty(c)) continue;
    if (heading || !isHeading(c)) return false;
    heading = c;
  }
  return (
    !!heading &&
    !heading.querySelector(MEDIA) &&
    squashedLength(box.textContent) === squashedLength(heading.textContent)
  );
}

/** Remove the noted boxes in Readability's `root` left holding their heading alone. */
export function dropOrphanTitles(root: Element, boxes: Set<Element>): void {
  for (const box of boxes) if (box !== root && root.contains(box) && holdsHeadingAlone(box)) box.remove();
}
