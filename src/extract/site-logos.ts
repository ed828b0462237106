/**
 * The site's own logo left in the story: a print edition's masthead ("print-header-logo.png"), a
 * footer's or a header's logo ("thehill-logo-footer.png", "mix1_logo_top.png"), one that names the
 * site ("Cayman Compass Logo"). Never the story's picture, and the lead image would fall to it. A
 * logo the story shows ("Mozilla_dinosaur_head_logo.png" on a page about Mozilla) names another.
 */
import { removeWithEmptyWrappers } from "./empty-wrappers";

/** Where on a page its own logo sits, written into the file's name. */
const PLACE = /print|header|footer|masthead|[_-]top[_.-]/i;

/** The letters and digits of a name, lower-cased: "Cayman Compass" → "caymancompass". */
const compact = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The host's own name: "www.thehill.com" → "thehill", "www.ndr.de" → "ndr". */
function hostLabel(url: string): string {
  try {
    const parts = new URL(url).hostname.replace(/^www\d*\./, "").split(".");
    return compact(parts.length > 1 ? parts[parts.length - 2]! : (parts[0] ?? ""));
  } catch {
    return "";
  }
}

/** Removes the site's logos from `root` (and the wrappers they leave empty). */
export function dropSiteLogos(root: Element, url: string, siteName: string | null): void {
  const names = [hostLabel(url), compact(siteName ?? "")].filter((name) => name.length >= 3);
  for (const img of Array.from(root.querySelectorAll("img"))) {
    const alt = img.getAttribute("alt") ?? "";
    const file = (img.getAttribute("src") ?? "").split(/[?#]/)[0]!.split("/").pop() ?? "";
    if (!/logo/i.test(alt) && !/logo/i.test(file)) continue;
    const said = compact(`${alt} ${file}`);
    if (!PLACE.test(file) && !names.some((name) => said.includes(name))) continue;
    removeWithEmptyWrappers(img, root);
  }
}
