/**
 * Pages that are not one article: home pages, section fronts and search results (many short
 * linked teasers), empty pages and text too short to be a story.
 */
import type { NoArticle } from "./types";
import { linkDensity, squashedLengthUpTo, textOf } from "./text";

/**
 * Below this, Readability's pick is a stray line, not a story, when the page holds more text than
 * the pick: a page that is short as a whole is shown as it is (a one-line note, a photo post).
 */
const MIN_CHARS = 100;
/** Paragraphs of prose a page at a site root or search URL needs to count as one article. */
const LISTING_PARAGRAPHS = 3;

export function noArticle(reason: NoArticle["reason"]): NoArticle {
  const message = {
    "empty-page": "This page has no text to read.",
    "not-an-article":
      "This page looks like a list of stories (a home page, section or search page), not one article. Open a story and try again.",
    "too-short": "The text on this page is too short to be an article.",
  }[reason];
  return { kind: "no-article", reason, message };
}

/** A site root or search URL, which is a list unless the page says it is an article. */
export function isListingUrl(url: string): boolean {
  try {
    const u = new URL(url);
    // "/?p=123" is a WordPress post; "/" alone is a front page.
    if (/^\/(?:index\.\w+|home|[a-z]{2}(?:-[a-z]{2})?)?\/?$/i.test(u.pathname) && !u.search) return true;
    return /\/search\b/i.test(u.pathname) || /[?&](?:q|s|query|search)=/i.test(u.search);
  } catch {
    return false;
  }
}

/**
 * Judge Readability's result: too short, or a grid of linked teasers rather than prose.
 * `pageChars` is the length of the page's own text (scripts and styles aside) before any clutter
 * was removed; `listing` marks a site root or search URL, which must hold prose to be an article.
 */
export function judgeContent(
  content: Element,
  declaresArticle: boolean,
  pageChars: number,
  listing = false,
): NoArticle | null {
  const text = textOf(content);
  if (text.length === 0) return noArticle("empty-page");
  const paragraphs = Array.from(content.querySelectorAll("p")).filter(
    (p) => textOf(p).length >= 80 && linkDensity(p) < 0.5,
  );
  const linkedHeadings = content.querySelectorAll("h2 a, h3 a, h4 a, a h2, a h3, a h4").length;
  // A grid of teasers has no prose of its own; a story with many links still has paragraphs.
  if (!declaresArticle && paragraphs.length < 2 && (linkDensity(content) > 0.5 || linkedHeadings >= 5))
    return noArticle("not-an-article");
  if (listing && (paragraphs.length < LISTING_PARAGRAPHS || linkDensity(content) > 0.3))
    return noArticle("not-an-article");
  if (text.length < MIN_CHARS && text.length < pageChars / 2) return noArticle("too-short");
  return null;
}

const NOT_PAGE_TEXT = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

/**
 * Length of the squashed text a reader sees in `body` (script, style and template text aside), read
 * only as far as judgeContent needs: twice the shortest story.
 */
export function pageTextLength(body: Element): number {
  return squashedLengthUpTo(body, 2 * MIN_CHARS, (el) => NOT_PAGE_TEXT.test(el.tagName));
}
