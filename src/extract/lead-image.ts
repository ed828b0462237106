/** The lead image: og:image / JSON-LD image, else the first real image of the article. */
import { absoluteHttpUrl } from "./text";

/**
 * Below this many pixels a side, an image the page sizes itself is a spacer, a tracking pixel or
 * an icon ("clearpixel.gif" WIDTH=1 in a layout table, a 20px share button), not a picture.
 */
const MIN_SIDE = 50;

/** Below this many pixels a side, as the page sizes it, an image is an icon or a headshot, not a story's photograph. */
export const HEADSHOT_SIDE = 150;

/** A link's or a source's path to an image file. */
export const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/** Whether the page sizes `img` below `min` pixels on a side (its width or height attribute). */
export function sizedBelow(img: Element, min: number): boolean {
  return ["width", "height"].some((side) => {
    const px = parseInt(img.getAttribute(side) ?? "", 10);
    return px >= 0 && px < min;
  });
}

/** An image of its own size: not a spacer, pixel or icon the page sizes below MIN_SIDE. */
export const isPicture = (img: Element): boolean => !sizedBelow(img, MIN_SIDE);

export function findLeadImage(declared: string | null, content: Element, base: string): string | null {
  if (declared) return declared;
  for (const img of Array.from(content.querySelectorAll("img"))) {
    if (!isPicture(img)) continue;
    const src = absoluteHttpUrl(img.getAttribute("src"), base);
    if (src) return src;
  }
  return null;
}
