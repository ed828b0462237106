/** Removing an element with the wrappers it leaves empty, so no blank block stays in the story. */
import { hasText } from "./text";

/** What a block without text may still show. */
export const MEDIA = "img, picture, video, audio, iframe, svg, object, embed, canvas";

/** No text and no media inside. */
export const isBlank = (el: Element): boolean =>
  !hasText(el) && !el.matches(MEDIA) && !el.querySelector(MEDIA);

/** `el` holds nothing but `child`, empty elements and blank text: no media, no other words. */
function isEmptyBesides(el: Element, child: Element): boolean {
  for (const node of Array.from(el.childNodes)) {
    if (node === child) continue;
    if (
      node.nodeType === 3 ? /\S/.test(node.nodeValue ?? "") : node.nodeType === 1 && !isBlank(node as Element)
    )
      return false;
  }
  return true;
}

/** Removes `el` and the wrappers up to `root` it leaves holding nothing. */
export function removeWithEmptyWrappers(el: Element, root: Element): void {
  let gone = el;
  for (let up = el.parentElement; up && up !== root && isEmptyBesides(up, gone); up = up.parentElement)
    gone = up;
  gone.remove();
}
