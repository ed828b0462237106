/**
 * Where things sit on the page, for the metadata rules: the headline, and whether an element is
 * in a rail (related links, comments, site header and footer) rather than in the story.
 */
import { isTitledAsRail } from "../clutter-words";
import { classAndId, squash, textOf } from "../text";

const RAIL =
  /^(?:related|recommend\w*|more|most|popular|trending|explore|comments?|sidebar|footer|promo|widget|nav|navigation|menu|breadcrumbs?|topbar|masthead)$/;
const META = /^(?:meta|metadata|info|date|time|byline|dateline|author)$/;
/** WordPress and Drupal put the post's taxonomy in classes ("category-popular", "node-promoted"). */
const TAXONOMY = /^(?:category|tag|post|format|type|status|node|page|path|hentry|has)-/;

function railTokens(el: Element): string[] {
  return classAndId(el)
    .split(/\s+/)
    .filter((w) => w && !TAXONOMY.test(w.toLowerCase()))
    .flatMap((w) => w.split(/[-_]+|(?<=[a-z])(?=[A-Z])/))
    .map((w) => w.toLowerCase());
}

const normal = (s: string): string => squash(s).toLowerCase();
/** Words with letters ("27.01.2022Mineralöl" glues a date to the first one). */
const words = (s: string): string[] =>
  (normal(s).match(/[\p{L}\p{N}]{2,}/gu) ?? []).filter((w) => /\p{L}/u.test(w));

/** The story's headline: the <h1> (else <h2>) that the page's title names, else the first in the story. */
export function findHeadline(doc: Document): Element | null {
  const titles = [
    doc.querySelector("title")?.textContent,
    doc.querySelector('meta[property="og:title" i]')?.getAttribute("content"),
  ]
    .map((t) => normal(t ?? ""))
    .filter(Boolean);
  const titleWords = new Set(titles.flatMap(words));
  // Mostly title words, and the most of them: "Story | Site" names the story's <h1>, not the logo's.
  const overlap = (h: Element): number => {
    const own = words(h.textContent ?? "");
    const shared = own.filter((w) => titleWords.has(w));
    return own.length && shared.length / own.length >= 0.6 ? shared.join("").length : 0;
  };
  // A headline the page marks as such ("<h3 itemprop=headline>" under a logo's <h1>) competes too.
  const marked = Array.from(doc.querySelectorAll("h1, h2, [itemprop~=headline i]")).filter(
    (h) => textOf(h).length >= 3,
  );
  const heads = marked.filter((h) => h.tagName === "H1" || h.tagName === "H2");
  let best: Element | null = null;
  let bestScore = 0;
  for (const h of marked) {
    const score = overlap(h) + (h.tagName === "H1" ? 0.5 : 0);
    if (score > bestScore) [best, bestScore] = [h, score];
  }
  if (best && bestScore >= 1) return best;
  const h1s = heads.filter((h) => h.tagName === "H1");
  const pool = h1s.length ? h1s : heads;
  return pool.find((h) => h.closest("article, main, [role=main], [itemprop=articleBody]")) ?? pool[0] ?? null;
}

/**
 * In a rail: inside <aside>/<nav>/<footer>, a site <header>, a related/comments/menu block, or a
 * block titled like a rail ("Explore", "Lesen Sie auch").
 * Only the element's own blocks count, up to the first one that also holds the headline: the
 * wrappers around the story say nothing about it (a theme's "#sidebar" column, "node-promoted").
 */
export function inRail(
  el: Element,
  headline: Element | null,
  verdicts: Map<Element, boolean | null> = new Map(),
): boolean {
  for (let node: Element | null = el; node && node.parentElement; node = node.parentElement) {
    let verdict = verdicts.get(node);
    if (verdict === undefined) verdicts.set(node, (verdict = railVerdict(node, headline)));
    if (verdict !== null) return verdict;
  }
  return false;
}

/** What one block says: in a rail (true), in the story (false), or nothing (null: ask its parent). */
function railVerdict(node: Element, headline: Element | null): boolean | null {
  if (headline && node.contains(headline)) return false;
  if (/^(FOOTER|NAV)$/.test(node.tagName)) return true;
  // An <aside> beside the story; one inside the story's <article> holds its facts ("Datum …").
  if (node.tagName === "ASIDE" && !(headline && node.closest("article")?.contains(headline))) return true;
  // The site's header; an <article>'s own <header> holds its date and byline.
  if (node.tagName === "HEADER" && !node.parentElement?.closest("article, main, [role=main]")) return true;
  const tokens = railTokens(node);
  // "nav meta", "post-info menu": a list of the story's own facts, styled like a menu.
  if (tokens.some((t) => RAIL.test(t)) && !tokens.some((t) => META.test(t))) return true;
  if (isTitledAsRail(node)) return true;
  return null;
}
