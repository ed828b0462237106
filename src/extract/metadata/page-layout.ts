/**
 * Where things sit on the page, for the metadata rules: the headline, and whether an element is
 * in a rail (related links, comments, site header and footer) rather than in the story.
 */
import { isTitledAsRail } from "../clutter-words";
import { follows } from "../document-order";
import { classAndId, squash, textOf } from "../text";

const RAIL =
  /^(?:related|recommend\w*|more|most|popular|trending|explore|comments?|sidebar|footer|promo|widget|nav|navigation|menu|breadcrumbs?|topbar|masthead)$/;
const META = /^(?:meta|metadata|info|date|time|byline|dateline|author)$/;
/** WordPress and Drupal put the post's taxonomy in classes ("category-popular", "node-promoted"). */
const TAXONOMY = /^(?:category|tag|post|format|type|status|node|page|path|hentry|has)-/;

/**
 * Elementor, a WordPress page builder, wraps every block of a page ("elementor-widget-container",
 * "elementor-widget-post-info"): in its class names "widget" says nothing of what the block holds.
 */
const BUILDER_WRAPPER = /^elementor-/i;

function railTokens(el: Element): string[] {
  return classAndId(el)
    .split(/\s+/)
    .filter((w) => w && !TAXONOMY.test(w.toLowerCase()))
    .flatMap((w) => {
      const parts = w.split(/[-_]+|(?<=[a-z])(?=[A-Z])/).map((part) => part.toLowerCase());
      return BUILDER_WRAPPER.test(w) ? parts.filter((part) => part !== "widget") : parts;
    });
}

const normal = (s: string): string => squash(s).toLowerCase();
/** Words with letters ("27.01.2022Mineralöl" glues a date to the first one). */
const words = (s: string): string[] =>
  (normal(s).match(/[\p{L}\p{N}]{2,}/gu) ?? []).filter((w) => /\p{L}/u.test(w));

const LESSER_HEADLINES =
  "h3, h4, [class*=headline i], [class*=title i], [id*=headline i], [id*=title i], [class*=titulo i], [class*=titel i]";
const BLOCKS = "div, p, section, article, ul, ol, table, h1, h2, h3, h4";

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
  /** How much of a text's words are the title's, and the length of those. */
  const share = (text: string): { ratio: number; chars: number } => {
    const own = words(text);
    const shared = own.filter((w) => titleWords.has(w));
    return { ratio: own.length ? shared.length / own.length : 0, chars: shared.join("").length };
  };
  const overlap = (h: Element): number => {
    const { ratio, chars } = share(h.textContent ?? "");
    return ratio >= 0.6 ? chars : 0;
  };
  // A headline the page marks as such ("<h3 itemprop=headline>" under a logo's <h1>) competes too.
  const marked = Array.from(doc.querySelectorAll("h1, h2, [itemprop~=headline i]")).filter(
    (h) => textOf(h).length >= 3,
  );
  const heads = marked.filter((h) => h.tagName === "H1" || h.tagName === "H2");
  // The site's name as a heading is its logo, however the title ends ("Aren't we all …? | Site": the
  // story's words are fewer than the site's).
  const site = normal(doc.querySelector('meta[property="og:site_name" i]')?.getAttribute("content") ?? "");
  const namesSite = (h: Element) => (!!site && normal(h.textContent ?? "") === site) || linksHome(h);
  // Never a logo's heading; a hidden copy (a sticky bar's "hidden-xs" reminder of the title) or a
  // dialog's only when no other heading states the title.
  const notLogo = marked.filter((h) => !wrappedAs(h, LOGO));
  const shown = notLogo.filter((h) => !wrappedAs(h, NOT_STORY));
  for (const pool of [shown, notLogo]) {
    let best: Element | null = null;
    let bestScore = 0;
    for (const h of pool) {
      const score = overlap(h) + (h.tagName === "H1" ? 0.5 : 0);
      // (The site's name asked only of a heading that would win: its link test reads the DOM.)
      if (score > bestScore && !namesSite(h)) [best, bestScore] = [h, score];
    }
    if (best && bestScore >= 1) return best;
  }
  // No <h1>/<h2> states the title: a lesser heading or a block named for it that does (Blogger's
  // "<h2 class=date-header>" over its "<h3 class=post-title>", "<div class=headline>"): the one
  // most of whose words are the title's, the first of those (a share box's copy of the whole
  // <title> comes after the story's own; "Artiklen: …" in a send-to-a-friend box has a word more).
  let fallback: Element | null = null;
  let fallbackRatio = 0;
  for (const el of Array.from(doc.querySelectorAll(LESSER_HEADLINES))) {
    const text = textOf(el);
    if (text.length < 3 || text.length > 300 || el.querySelector(BLOCKS)) continue;
    const { ratio, chars } = share(text);
    if (ratio >= 0.8 && ratio > fallbackRatio && chars >= 10 && !linksHome(el))
      [fallback, fallbackRatio] = [el, ratio];
  }
  if (fallback) return fallback;
  // Nothing states the title (a saved page whose <title> is the site's, a script's page before it
  // ran): the first <h1> (else <h2>) in the story, else the first one, of those that can be a story's
  // headline at all, if any is.
  const h1s = heads.filter((h) => h.tagName === "H1");
  const candidates = heads.filter((h) => !namesSite(h) && mayHeadStory(h));
  const likely = candidates.filter((h) => h.tagName === "H1");
  const pool = [likely, candidates, h1s].find((p) => p.length) ?? heads;
  return (
    pool.find((h) => h.closest("article, main, [role=main], [itemprop=articleBody]")) ??
    pool.find((h) => !h.closest("header")) ??
    pool[0] ??
    null
  );
}

/**
 * A heading that is one link to a site's front page ("<h1 class=title><a href='https://x.blogspot.com/'>
 * Silicon Exposed</a></h1>" over a post's "<h3 class=post-title>"): the site's name, as a logo is.
 */
function linksHome(h: Element): boolean {
  const links = h.querySelectorAll("a[href]");
  if (links.length !== 1 || textOf(links[0]!) !== textOf(h)) return false;
  try {
    const u = new URL(links[0]!.getAttribute("href")!, "https://host.invalid/page");
    return u.pathname === "/" && !u.search && !u.hash;
  } catch {
    return false;
  }
}

/** Class names of what is not shown or not the story ("aural", "navSkip", a dialog's). */
const NOT_STORY =
  /^(?:hidden|aural|sr|visually|screen|skip|navskip|offscreen|invisible|modal|popup|overlay|brand|logo)$/;
/** A logo's class names: a heading in one is the site's name, whatever the title says. */
const LOGO = /^logo$/;

/**
 * Whether a heading can be a story's: not a link (a teaser, an ad's "Visit …"), not in the site's
 * navigation, footer, a side column or a dialog ("Log ind" in a "modal_box"), not hidden
 * ("Hauptnavigation" for screen readers), not a logo. Its own class names and its wrappers' up to
 * three levels say so.
 */
function mayHeadStory(h: Element): boolean {
  if (
    h.closest("a, nav, footer, aside, dialog, [role=dialog], [aria-modal=true], [hidden], [aria-hidden=true]")
  )
    return false;
  return !railTokens(h).some((token) => RAIL.test(token)) && !wrappedAs(h, NOT_STORY);
}

/** Whether a heading is a logo's (its class names or its wrappers' say "logo"): the site's name. */
export const inLogo = (h: Element): boolean => wrappedAs(h, LOGO);

/** Whether a class name token of a heading or of its wrappers (three levels up) is one of `tokens`. */
function wrappedAs(h: Element, tokens: RegExp): boolean {
  for (let el: Element | null = h, depth = 0; el && depth < 4; el = el.parentElement, depth++)
    if (railTokens(el).some((token) => tokens.test(token))) return true;
  return false;
}

/**
 * In a rail: inside <aside>/<nav>/<footer>, a site <header>, a related/comments/menu block, or a
 * block titled like a rail ("Explore", "Lesen Sie auch").
 * Only the element's own blocks count, up to the first one that also holds the headline: the
 * wrappers around the story say nothing about it (a theme's "#sidebar" column, "node-promoted").
 * With `storyEdges`, the story's own footer, header and side column are not rails (its date sits
 * there: "<article><h1>…<footer><time>…"); the byline rules leave them out, where an author box
 * may stand whose every line (a name, a link to a web site) would be read as one.
 */
export function inRail(
  el: Element,
  headline: Element | null,
  verdicts: Map<Element, boolean | null> = new Map(),
  { storyEdges = false } = {},
): boolean {
  for (let node: Element | null = el; node && node.parentElement; node = node.parentElement) {
    let verdict = verdicts.get(node);
    if (verdict === undefined) verdicts.set(node, (verdict = railVerdict(node, headline, storyEdges)));
    if (verdict !== null) return verdict;
  }
  return false;
}

/** What one block says: in a rail (true), in the story (false), or nothing (null: ask its parent). */
function railVerdict(node: Element, headline: Element | null, storyEdges: boolean): boolean | null {
  if (headline && node.contains(headline)) return false;
  // Asked only of a footer, a header or an edge's class name: the walk up is the cost.
  const storysOwn = (): boolean =>
    storyEdges && !!headline && (inStoryBlock(node, headline) || namesStoryEdge(node));
  if (node.tagName === "NAV") return true;
  // The page's footer; the story's own (its date, its tags) is no rail of itself.
  if (node.tagName === "FOOTER") return storysOwn() ? null : true;
  // An <aside> beside the story; one inside the story's <article> holds its facts ("Datum …").
  if (node.tagName === "ASIDE" && !(headline && node.closest("article")?.contains(headline))) return true;
  // The site's header; an <article>'s own <header> holds its date and byline, and so does a
  // <header> the page sets after the headline ("<h1>…</h1><header id=page-header>…<time>"): the
  // site's comes before the story.
  if (
    node.tagName === "HEADER" &&
    !node.parentElement?.closest("article, main, [role=main]") &&
    !storysOwn() &&
    !(storyEdges && headline && follows(node, headline))
  )
    return true;
  const tokens = railTokens(node);
  // "nav meta", "post-info menu": a list of the story's own facts, styled like a menu.
  const rails = tokens.filter((t) => RAIL.test(t));
  if (rails.length && !tokens.some((t) => META.test(t))) {
    // "article-footer", "article__sidebar-left": the story's own edge, holding its date and byline.
    if (rails.every((t) => EDGE.test(t)) && storysOwn()) return null;
    // "<div class=st-sidebar__main>" around the story's text, its headline above: a layout's column
    // holding most of the page's paragraphs is the story's, whatever its name.
    return storyEdges && holdsMostParagraphs(node) ? null : true;
  }
  if (isTitledAsRail(node)) return true;
  return null;
}

/**
 * Whether a block holds most of its page's paragraphs, three at least: the story's text. (Counted
 * at each call: the page changes as the extraction goes; few blocks have a rail's name and three.)
 */
function holdsMostParagraphs(node: Element): boolean {
  const own = node.querySelectorAll("p").length;
  return own >= 3 && own > node.ownerDocument.querySelectorAll("p").length / 2;
}

/** Words naming a block by where it sits, not by what it holds. */
const EDGE = /^(?:footer|sidebar)$/;
/** Words naming the story's own block: "article", "post", "entry", "story". */
const STORY = /^(?:article|post|entry|story)$/;

/**
 * A block whose own name says it is the story's edge ("article__sidebar-left", "entry-footer"):
 * the story's, wherever its headline stands (above the story's box, in a block of its own).
 */
const namesStoryEdge = (node: Element): boolean => railTokens(node).some((t) => STORY.test(t));

/**
 * Whether the block nearest around `node` that is a story's (an <article>, or a block so named)
 * holds the headline: `node` is then a part of the story's own (its footer, its side column), not
 * of the page. The nearest only: a comment's <article> inside the story's is the comment's.
 */
function inStoryBlock(node: Element, headline: Element): boolean {
  for (let up = node.parentElement; up && up.tagName !== "BODY"; up = up.parentElement)
    if (up.tagName === "ARTICLE" || railTokens(up).some((t) => STORY.test(t))) return up.contains(headline);
  return false;
}
