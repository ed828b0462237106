/** The lead image: og:image / JSON-LD image, else the first real image of the article. */
import { absoluteHttpUrl } from "./text";

export function findLeadImage(declared: string | null, content: Element, base: string): string | null {
  if (declared) return declared;
  for (const img of Array.from(content.querySelectorAll("img"))) {
    const src = absoluteHttpUrl(img.getAttribute("src"), base);
    if (src) return src;
  }
  return null;
}
