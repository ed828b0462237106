/**
 * Where things sit on the page, for the metadata rules: the headline, and whether an element is
 * in a rail (related links, comments, site header and footer) rather than in the story.
 */
import { squash, textOf } from "../text";

const RAIL =
  /^(?:related|recommend\w*|more|most|popular|trending|explore|comments?|sidebar|footer|promo|teaser|widget|nav|navigation|menu|breadcrumbs?|topbar|masthead)$/;
/** WordPress and Drupal put the post's taxonomy in classes ("category-popular", "node-promoted"). */
const TAXONOMY = /^(?:category|tag|post|format|type|status|node|page|path|hentry|has)-/;

function railTokens(el: Element): string[] {
  const raw = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  return raw
    .split(/\s+/)
    .filter((w) => w && !TAXONOMY.test(w.toLowerCase()))
    .flatMap((w) => w.split(/[-_]+|(?<=[a-z])(?=[A-Z])/))
    .map((w) => w.toLowerCase());
}

const normal = (s: string): string => squash(s).toLowerCase();

/** The story's headline: the <h1> (else <h2>) that the page's title names, else the first in the story. */
export function findHeadline(doc: Document): Element | null {
  const titles = [
    doc.querySelector("title")?.textContent,
    doc.querySelector('meta[property="og:title" i]')?.getAttribute("content"),
  ]
    .map((t) => normal(t ?? ""))
    .filter(Boolean);
  for (const tag of ["h1", "h2"]) {
    const heads = Array.from(doc.querySelectorAll(tag)).filter((h) => textOf(h).length >= 3);
    if (!heads.length) continue;
    const named = heads.find((h) => titles.some((t) => t.includes(normal(h.textContent ?? ""))));
    if (named) return named;
    const inStory = heads.find((h) => h.closest("article, main, [role=main], [itemprop=articleBody]"));
    return inStory ?? heads[0]!;
  }
  return null;
}

/**
 * In a rail: inside <aside>/<nav>/<footer>, a site <header>, or a related/comments/menu block.
 * Only the element's own blocks count, up to the first one that also holds the headline: the
 * wrappers around the story say nothing about it (a theme's "#sidebar" column, "node-promoted").
 */
export function inRail(el: Element, headline: Element | null): boolean {
  for (let node: Element | null = el; node && node.parentElement; node = node.parentElement) {
    if (headline && node.contains(headline)) return false;
    if (/^(ASIDE|FOOTER|NAV|HEADER)$/.test(node.tagName)) return true;
    if (railTokens(node).some((t) => RAIL.test(t))) return true;
  }
  return false;
}
