/**
 * The story's lead figure: the photograph between the headline and the story's first paragraph.
 * The most common news layout is a header (headline, standfirst, byline), the figure, then the
 * story's container; Readability takes the container and leaves the figure beside it out, so the
 * reader showed the story without its picture. Found on the page before Readability runs (which
 * moves and strips what it leaves), put back at the top of the story after, unless the story
 * already shows that image.
 */
import { absolutize, cleanStyles } from "./data-tables";
import { isPlaceholder } from "./lazy-images";
import { HEADSHOT_SIDE, sizedBelow } from "./lead-image";
import { absoluteHttpUrl, classTokens, isAttached, nextInOrder, squashedLength } from "./text";

/** A paragraph this long after the headline is the story's start: the lead figure comes before it. */
const STORY_START_CHARS = 80;
/** Elements read after the headline before giving up (a header of share and follow buttons is long). */
const MAX_STEPS = 400;
/** A caption this long, or of paragraphs, is a gallery's text, which the story's text would then hold. */
const MAX_CAPTION_CHARS = 300;

/** Names of what is not the story's picture: a headshot, a logo, an advertisement, a teaser. */
const NOT_LEAD = new Set([
  "author",
  "authors",
  "byline",
  "avatar",
  "headshot",
  "profile",
  "logo",
  "sponsor",
  "sponsored",
  "ad",
  "ads",
  "advert",
  "advertisement",
  "promo",
  "teaser",
  "related",
]);

/**
 * A copy of the photograph figure that follows `headline` before the story's first paragraph, with
 * its URLs made absolute against `base`; null when the first figure there is no such photograph
 * (a video, a gallery's slides, a headshot, a linked teaser) or there is none.
 */
export function findLeadFigure(headline: Element | null, base: string): Element | null {
  if (!headline || !isAttached(headline)) return null;
  let el = nextInOrder(headline, true);
  for (let steps = 0; el && steps < MAX_STEPS; steps++) {
    const name = el.localName.toLowerCase();
    if (name === "p" && squashedLength(el.textContent) >= STORY_START_CHARS) return null;
    if ((name === "figure" || isNamedLeadImage(el)) && isLeadPhoto(el)) {
      const copy = asFigure(el);
      absolutize(copy, base);
      cleanStyles(copy);
      return copy;
    }
    // The first figure decides (a video or a headshot there means no lead photograph); a named
    // box that is no photograph (a gallery's: "featured-media") is read into, for its first slide.
    if (name === "figure") return null;
    el = nextInOrder(el, false);
  }
  return null;
}

/** Puts `figure` at the top of the story, unless the story shows its image already. */
export function putLeadFigureBack(root: Element, figure: Element | null, base: string): void {
  if (!figure) return;
  const src = imageUrl(figure.querySelector("img"), base);
  const shown = Array.from(root.querySelectorAll("img")).some((img) => imageUrl(img, base) === src);
  if (!src || shown) return;
  // Readability's content is a page <div> in its root: the figure goes into it, before the story.
  const page = root.firstElementChild?.localName.toLowerCase() === "div" ? root.firstElementChild : root;
  page.prepend(figure);
}

/**
 * A box the page names as the story's picture ("post-thumbnail", a WordPress post's featured
 * image; "hero-image", "lead-media", "article-image"), holding an image: the same as a <figure>.
 */
const LEAD_NAMES =
  /(?:^|\s)(?:post-thumbnail|featured(?:-|__)(?:image|media|img)|(?:hero|lead|main|top|article|story|entry)(?:-|__)(?:image|img|media|photo|picture|figure)|media__image|wp-post-image)(?:\s|$)/i;

function isNamedLeadImage(el: Element): boolean {
  const name = el.localName.toLowerCase();
  return (
    (name === "div" || name === "picture" || name === "img" || name === "span") &&
    LEAD_NAMES.test(el.getAttribute("class") ?? "") &&
    (name === "img" || !!el.querySelector("img"))
  );
}

/** A copy of the photograph as a <figure> (a named box's or an image's own markup inside it). */
function asFigure(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  if (el.localName.toLowerCase() === "figure") return copy;
  const figure = el.ownerDocument.createElement("figure");
  figure.append(copy);
  return figure;
}

function isLeadPhoto(figure: Element): boolean {
  const images =
    figure.localName.toLowerCase() === "img" ? [figure] : Array.from(figure.querySelectorAll("img"));
  if (images.length !== 1 || figure.querySelector("video, audio, iframe, object, embed")) return false;
  const img = images[0]!;
  // A lazy loader's stand-in its script never replaced (on this copy of the page) is no picture.
  if (sizedBelow(img, HEADSHOT_SIDE) || isPlaceholder(img.getAttribute("src"))) return false;
  // A link to another page makes it a teaser; a link to the full-size picture is a photograph's.
  const link = img.closest("a");
  if (link && !/\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(link.getAttribute("href") ?? "")) return false;
  for (let n: Element | null = figure, depth = 0; n && depth < 4; n = n.parentElement, depth++)
    if (classTokens(n).some((token) => NOT_LEAD.has(token))) return false;
  // Its only text a caption, and a short one: a credit outside the caption, or a gallery's text,
  // would enter the story's running text (captions stay out of it).
  const caption = figure.querySelector("figcaption");
  const captionChars = caption ? squashedLength(caption.textContent) : 0;
  if (squashedLength(figure.textContent) !== captionChars) return false;
  // (Two paragraphs in a caption read as a gallery slide's text, kept in the running text: a caption
  // paragraph and a credit paragraph would be.)
  return captionChars <= MAX_CAPTION_CHARS && (caption?.querySelectorAll("p").length ?? 0) < 2;
}

function imageUrl(img: Element | null, base: string): string | null {
  return img ? absoluteHttpUrl(img.getAttribute("src"), base) : null;
}
