/**
 * Blocks of the story that decluttering would leave in the wrong place: captions and credits
 * styled or written as running text (made <figcaption>s), a standfirst kept in the story's header.
 */
import { hasCamelCaptionClass, toCaption } from "./declutter-shapes";
import {
  classAndId,
  isAttached,
  linkDensity,
  nameTokenTest,
  squashedLength,
  squashedLengthUpTo,
  textOf,
} from "./text";

const MEDIA = "img, picture, video, svg";
const holdsMedia = (n: Node): boolean =>
  n.nodeType === 1 && ((n as Element).matches(MEDIA) || !!(n as Element).querySelector(MEDIA));

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
  "imagedescription",
  "image-description",
  "img-metadata",
  "bildunterschrift",
  "didascalia",
  "dida",
  "legende",
]);

/** The story's own sign-off, styled as a credit: "Reporting by …; Editing by …" names its source. */
const STORY_CREDIT = /^\(?(?:additional reporting|reporting|writing|editing) by\b/i;

/** The cheap test before the exact one: any caption token appears in the raw string. */
const MAY_BE_CAPTION = new RegExp([...CAPTION_TOKENS].join("|"), "i");
const hasCaptionToken = nameTokenTest(CAPTION_TOKENS);

export function markCaptions(doc: Document): void {
  for (const el of Array.from(doc.body?.querySelectorAll("[class]") ?? [])) {
    if (el.tagName === "FIGCAPTION") continue;
    const names = classAndId(el);
    if (!MAY_BE_CAPTION.test(names)) continue;
    if (!hasCaptionToken(names) && !hasCamelCaptionClass(el)) continue;
    // An image named for the caption it carries ("caption-media") is the picture, not its caption.
    if (el.matches(MEDIA)) continue;
    if (textOf(el).length > 400 || el.querySelector("p p, h1, h2, figcaption")) continue;
    if (STORY_CREDIT.test(textOf(el))) continue;
    if (el.querySelector(MEDIA)) {
      // The image and its caption in one box: the caption is what holds no media.
      const caption = doc.createElement("figcaption");
      caption.append(...Array.from(el.childNodes).filter((n) => !holdsMedia(n)));
      if (textOf(caption)) el.append(caption);
    } else {
      toCaption(doc, el);
    }
  }
}

/**
 * A <figure> with an image: its text-only children beside the image and its caption ("Jane
 * Roe/AP") are captions too.
 */
export function markFigureText(doc: Document): void {
  for (const figure of Array.from(doc.body?.querySelectorAll("figure") ?? [])) {
    if (figure.querySelector("blockquote, p p") || !figure.querySelector(MEDIA)) continue;
    markTextBeside(figure, doc);
  }
}

function markTextBeside(parent: Element, doc: Document): void {
  for (const child of Array.from(parent.children)) {
    if (child.tagName === "FIGCAPTION") continue;
    // A wrapper of the caption and its credit ("<figcaption>…</figcaption><cite>Jane Roe/AP</cite>").
    if (child.querySelector("figcaption")) {
      markTextBeside(child, doc);
      continue;
    }
    // A paragraph beside the image is a teaser's text more often than a caption.
    if (child.tagName === "P" || holdsMedia(child) || !textOf(child) || textOf(child).length > 200) continue;
    toCaption(doc, child);
  }
}

/** "Abbildung 4: …", "Fig. 2.", "Rys. 3 –": a numbered caption written as a paragraph. */
const NUMBERED_CAPTION =
  /^(?:abbildung|abb\.|figure|fig\.|grafik|schaubild|illustration|figura|rys\.|rycina|ilustración|illustrazione)\s*\d+[a-z]?\s*[:.–-]/i;

export function markNumberedCaptions(doc: Document): void {
  for (const p of Array.from(doc.body?.querySelectorAll("p") ?? [])) {
    if (squashedLengthUpTo(p, 300) > 300 || !NUMBERED_CAPTION.test(textOf(p))) continue;
    toCaption(doc, p);
  }
}

/** Class or id tokens of a story's standfirst ("ts-intro", "a-lead", "article-standfirst"). */
const hasLeadToken = nameTokenTest([
  "lead",
  "intro",
  "standfirst",
  "dek",
  "deck",
  "summary",
  "abstract",
  "teaser",
]);

/**
 * A standfirst kept in the story's <header> (which Readability drops as a "header", or leaves out
 * as a sibling of the body it picks) moves down to the top of the block holding the body's first
 * paragraph. A dek in other blocks stays where it is (sites differ on whether it is story text).
 */
export function keepStandfirst(doc: Document): void {
  for (const lead of Array.from(doc.body?.querySelectorAll("p[class], div[class], p[id], div[id]") ?? [])) {
    if (!hasLeadToken(classAndId(lead))) continue;
    if (lead.querySelector("p p, div div, h1, h2, h3, img, ul, ol") || !isAttached(lead)) continue;
    const text = squashedLength(lead.textContent);
    if (text < 40 || text > 600 || linkDensity(lead) > 0.3) continue;
    const scope = lead.closest("article, main, [role=main]");
    const header = lead.closest("header");
    if (!scope || !header || !scope.contains(header)) continue;
    // Document order without compareDocumentPosition (not every DOM we run on has it right).
    lead.setAttribute("data-tidings-lead", "");
    const inOrder = Array.from(scope.querySelectorAll("p, [data-tidings-lead]"));
    lead.removeAttribute("data-tidings-lead");
    const isProse = (p: Element) => squashedLength(p.textContent) >= 80 && linkDensity(p) < 0.3;
    const at = inOrder.indexOf(lead);
    // Only above the story: a teaser after a paragraph of prose is another story's.
    if (inOrder.slice(0, at).some(isProse)) continue;
    const first = inOrder.slice(at + 1).find((p) => !lead.contains(p) && isProse(p));
    const body = first?.parentElement;
    // Not when the story repeats it (an "abstract" block of its own).
    if (!body || body === lead.parentElement || textOf(scope).split(textOf(lead)).length > 2) continue;
    const moved = doc.createElement("p");
    moved.append(...Array.from(lead.childNodes));
    body.prepend(moved);
    lead.remove();
  }
}
