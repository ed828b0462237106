/**
 * Removes page furniture before Readability scores the page: navigation, site header and footer,
 * asides, dialogs, related/"Explore"/"More from" rails, newsletter, cookie and feedback banners,
 * share bars, comments. Conservative: nothing holding a real share of the page's prose goes.
 */
import { classTokens, isAttached, linkDensity, squash, squashedLength, textOf } from "./text";
import {
  isRailLabel,
  isInlinePromo,
  isBannerText,
  isFurnitureLine,
  isEndNote,
  isPitch,
} from "./clutter-words";
import {
  hasCamelCaptionClass,
  keepEmbeddedPosts,
  markCaptionShapes,
  removeHoverCards,
  removeReaderNotices,
  removeTeaserArticles,
  removeTagLists,
  removeTitledRails,
} from "./declutter-shapes";

const ALWAYS =
  "script, style, template, iframe, dialog, [role=dialog], [role=alertdialog], [aria-modal=true], " +
  "nav, [role=navigation], [role=search], [role=complementary], aside, [hidden]";
/** JSON-LD stays: Readability reads its metadata from it (and removes scripts itself). */
const isJsonLd = (el: Element) => el.tagName === "SCRIPT" && /ld\+json/i.test(el.getAttribute("type") ?? "");
const OUTSIDE_ARTICLE = "header, footer, [role=banner], [role=contentinfo]";

/** Class or id tokens of blocks that are never the article's own text. */
const CLUTTER_TOKENS = new Set([
  "related",
  "explore",
  "recommended",
  "recommendations",
  "recirculation",
  "mostread",
  "most-read",
  "popular",
  "trending",
  "newsletter",
  "subscribe",
  "subscription",
  "feedback",
  "survey",
  "cookie",
  "cookies",
  "consent",
  "gdpr",
  "share",
  "sharing",
  "sharebar",
  "social",
  "comments",
  "comment",
  "disqus",
  "tags",
  "taglist",
  "breadcrumb",
  "breadcrumbs",
  "promo",
  "outbrain",
  "taboola",
  "advert",
  "advertisement",
  "ad",
  "ads",
  "sponsored",
  "modal",
  "popup",
  "toolbar",
  "sidebar",
  "widget",
  "readmore",
  "read-more",
  "also-read",
  "more-from",
  "see-also",
  "skip-link",
  "paywall",
  "signup",
]);

/**
 * Characters of prose under a node: paragraphs of 80+ characters that are not mostly links, and
 * runs of 80+ characters of bare text in a block (posts written as text with <br> line breaks).
 */
function prose(el: Element): number {
  let total = 0;
  for (const p of Array.from(el.querySelectorAll("p"))) {
    const text = textOf(p);
    if (text.length >= 80 && linkDensity(p) < 0.3) total += text.length;
  }
  for (const block of [el, ...Array.from(el.querySelectorAll("div, td, article, section, blockquote"))]) {
    if (!block.querySelector(":scope > br")) continue;
    for (const node of Array.from(block.childNodes)) {
      if (node.nodeType !== 3) continue;
      const length = squash(node.nodeValue).length;
      if (length >= 80) total += length;
    }
  }
  return total;
}

interface Guard {
  totalProse: number;
  /** True when removing the element could lose the article. */
  protects(el: Element): boolean;
}

function guardFor(doc: Document): Guard {
  const body = doc.body;
  const totalProse = body ? prose(body) : 0;
  return {
    totalProse,
    protects(el) {
      if (el === body || el === doc.documentElement || el.querySelector("h1")) return true;
      return totalProse > 0 && prose(el) > Math.max(0.3 * totalProse, 160);
    },
  };
}

function remove(el: Element, guard: Guard): void {
  if (isAttached(el) && !guard.protects(el)) el.remove();
}

function byTokens(doc: Document, guard: Guard): void {
  for (const el of Array.from(doc.body?.querySelectorAll("[class], [id]") ?? [])) {
    if (!isAttached(el) || el.closest("h1")) continue;
    if (!classTokens(el).some((t) => CLUTTER_TOKENS.has(t))) continue;
    // The class alone is not proof: only short, link-dense or prose-free blocks go.
    const text = textOf(el).length;
    if (text < 200 || linkDensity(el) > 0.5 || prose(el) < 160) remove(el, guard);
  }
}

/** A heading saying "Explore", "Lesen Sie auch"…: remove the rail it titles. */
function byLabels(doc: Document, guard: Guard): void {
  const labels = Array.from(
    doc.body?.querySelectorAll("h2, h3, h4, h5, h6, header, strong, span, p, div") ?? [],
  );
  for (const label of labels) {
    if (label.children.length > 2 || squashedLength(label.textContent) > 60) continue;
    if (!isAttached(label) || !isRailLabel(textOf(label))) continue;
    let target: Element = label;
    for (let node = label.parentElement; node && node !== doc.body; node = node.parentElement) {
      if (node.querySelector("h1") || prose(node) - prose(target) > 160) break;
      target = node;
    }
    if (target === label) {
      // The rail sits in the article's flow: take the link lists that follow the label.
      for (let next = label.nextElementSibling; next && linkDensity(next) > 0.5;) {
        const after = next.nextElementSibling;
        remove(next, guard);
        next = after;
      }
    }
    remove(target, guard);
  }
}

/**
 * A paragraph that is one link to another story ("TAYLOR SWIFT CLEARED TO PERFORM…"), or a list
 * whose every item is one: inline promos between the paragraphs of a story.
 */
function isLinkedHeadline(el: Element, text: string): boolean {
  if (el.tagName === "P")
    return (
      text.length < 160 &&
      text.split(" ").length >= 4 &&
      el.querySelectorAll("a").length === 1 &&
      linkDensity(el) >= 0.9
    );
  if (el.tagName !== "LI" || !el.parentElement || !/^(?:UL|OL)$/.test(el.parentElement.tagName)) return false;
  const items = Array.from(el.parentElement.children);
  return (
    items.length >= 2 &&
    items.every(
      (li) => textOf(li).length < 120 && li.querySelectorAll("a").length === 1 && linkDensity(li) >= 0.9,
    )
  );
}

/** "Lesen Sie auch: <a>…</a>" paragraphs and short banners ("Share your feedback!", cookies). */
function byText(doc: Document, guard: Guard): void {
  for (const el of Array.from(doc.body?.querySelectorAll("p, div, section, li") ?? [])) {
    // Length first: squashing the text of every page-wide wrapper only to skip it is the cost.
    if (squashedLength(el.textContent) > 300 || !isAttached(el)) continue;
    const text = textOf(el);
    if (isInlinePromo(text) && el.querySelector("a") && linkDensity(el) > 0.3) {
      remove(el, guard);
    } else if (isLinkedHeadline(el, text) || isPitch(text)) {
      remove(el, guard);
    } else if (isBannerText(text)) {
      // Not a paragraph in the middle of prose (an article about cookies keeps its text).
      const siblings = Array.from(el.parentElement?.children ?? []);
      if (siblings.filter((s) => s.tagName === "P" && textOf(s).length >= 80).length < 2) remove(el, guard);
    }
  }
}

/** "Image 1 of 5", "Photo: Jane Doe, AP", "Advertisement", "Close": gallery and ad furniture. */
function byFurniture(doc: Document, guard: Guard): void {
  for (const el of Array.from(
    doc.body?.querySelectorAll("p, div, span, li, small, a, em, strong, figcaption") ?? [],
  )) {
    if (isAttached(el) && !el.querySelector("figure, picture, video") && isFurnitureLine(textOf(el)))
      remove(el, guard);
  }
}

/**
 * Captions and photo credits styled as such by the page ("wp-caption-text", "image-credit") become
 * <figcaption>: the article keeps them with its figures, but they are not its running text (see
 * extractArticle). A tag, because Readability rebuilds the blocks it scores and drops attributes.
 */
const CAPTION_TOKENS = new Set([
  "caption",
  "credit",
  "credits",
  "photocredit",
  "wp-caption-text",
  "image-credit",
]);

const MEDIA = "img, picture, video, svg";
const holdsMedia = (n: Node): boolean =>
  n.nodeType === 1 && ((n as Element).matches(MEDIA) || !!(n as Element).querySelector(MEDIA));

function markCaptions(doc: Document): void {
  for (const el of Array.from(doc.body?.querySelectorAll("[class]") ?? [])) {
    if (el.tagName === "FIGCAPTION") continue;
    if (!classTokens(el).some((t) => CAPTION_TOKENS.has(t)) && !hasCamelCaptionClass(el)) continue;
    if (textOf(el).length > 400 || el.querySelector("p p, h1, h2, figcaption")) continue;
    const caption = doc.createElement("figcaption");
    if (el.querySelector(MEDIA)) {
      // The image and its caption in one box: the caption is what holds no media.
      caption.append(...Array.from(el.childNodes).filter((n) => !holdsMedia(n)));
      if (textOf(caption)) el.append(caption);
    } else {
      caption.append(...Array.from(el.childNodes));
      el.replaceWith(caption);
    }
  }
}

/** Declutter the document in place (call it on a clone). */
export function declutter(doc: Document): void {
  const guard = guardFor(doc);
  for (const el of Array.from(doc.querySelectorAll(ALWAYS))) if (!isJsonLd(el)) remove(el, guard);
  for (const el of Array.from(doc.querySelectorAll(OUTSIDE_ARTICLE))) {
    if (!el.parentElement?.closest("article, main, [role=main]")) remove(el, guard);
  }
  // Clutter told by its shape: see declutter-shapes.ts.
  keepEmbeddedPosts(doc);
  removeTagLists(doc);
  removeHoverCards(doc);
  removeTitledRails(doc, prose);
  removeReaderNotices(doc);
  removeTeaserArticles(doc, (el) => guard.protects(el), prose);
  byLabels(doc, guard);
  byTokens(doc, guard);
  byText(doc, guard);
  byFurniture(doc, guard);
  markCaptions(doc);
  markCaptionShapes(doc);
}

/** Innermost blocks of the article, in order. */
function leafBlocks(root: Element): Element[] {
  return Array.from(root.querySelectorAll("ul, ol, div, section, p")).filter(
    (el) => !el.querySelector("ul, ol, div, section, p"),
  );
}

/** A short legal line: "© 2019 Example Corp.", "All rights reserved", "This document is subject to copyright". */
const LEGAL =
  /©|\bcopyright\b|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados/i;

/** After Readability: drop link-dense headline blocks and legal lines left at the end of the article. */
export function trimTrailingLinks(root: Element): void {
  for (;;) {
    const blocks = leafBlocks(root);
    const last = blocks[blocks.length - 1];
    if (!last || blocks.length < 3) return;
    const text = textOf(last);
    const links = last.querySelectorAll("a").length >= 2 && linkDensity(last) >= 0.7;
    if (!links && !(text.length <= 300 && LEGAL.test(text)) && !isEndNote(text)) return;
    if (isRailLabel(textOf(last.previousElementSibling))) last.previousElementSibling?.remove();
    last.remove();
  }
}

/** "Published: 10:48, Tue, Nov 19, 2019", "Updated …; Posted …", "By Jane Doe - 11/18/19": not the story's text. */
const META_LINE =
  /^(?:published|first published|updated|posted|last updated|modified|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato)\b/i;
/** "By Jane Doe", not "By 2030 the city…". */
const BYLINE = /^(?:By|BY|Von|Par|Por)\s+\p{Lu}/u;
const DATE_ONLY = /^[\p{L}\s,.:;|/-]{0,40}\d{1,4}[\s,./:-]+[\p{L}\d\s,./:;|-]{0,50}$/u;

/** After Readability: drop the date and byline lines above the story's first paragraph. */
export function trimLeadingMeta(root: Element, isDate: (text: string) => boolean): void {
  for (const block of leafBlocks(root).slice(0, 10)) {
    const text = textOf(block);
    if (text.length >= 120) return;
    if (!text || block.querySelector("img, picture, figure")) continue;
    const meta = META_LINE.test(text) || BYLINE.test(text) || /^https?:\/\/\S+$/.test(text);
    if (meta ? text.length <= 100 : DATE_ONLY.test(text) && isDate(text)) block.remove();
  }
}
