/**
 * Lazy-loaded images: move data-src / data-srcset into src / srcset, and replace placeholders
 * with the <noscript> fallback the page ships for readers without JavaScript.
 */
const SRC_ATTRS = [
  "data-src",
  "data-lazy-src",
  "data-original",
  "data-url",
  "data-hi-res-src",
  "data-lazy",
  "data-img-src",
];
const SRCSET_ATTRS = ["data-srcset", "data-lazy-srcset", "data-original-set"];
const PLACEHOLDER =
  /^data:|placeholder|blank\.|spacer|transparent|lazy[-_]?load|1x1|pixel\.gif|grey\.gif|[-_](?:holder|empty)\.(?:png|gif|svg)/i;

/** No image, or a stand-in a lazy loader swaps out ("penci2-holder.png", "jeg-empty.png"). */
export function isPlaceholder(src: string | null): boolean {
  return !src || !src.trim() || PLACEHOLDER.test(src);
}

/**
 * The lazy loader's own name for the real address, beyond the common ones: any data attribute
 * ending in "src" or "srcset" ("data-wpfc-original-src", a caching plugin's).
 */
const OTHER_SRC = /^data-[\w-]*[-_]src$/i;
const OTHER_SRCSET = /^data-[\w-]*[-_]srcset$/i;

function promote(el: Element, from: string[], to: string): void {
  for (const attr of from) {
    const value = el.getAttribute(attr)?.trim();
    if (value && !value.startsWith("data:")) {
      if (to !== "src" || isPlaceholder(el.getAttribute("src"))) el.setAttribute(to, value);
      return;
    }
  }
  const other = to === "src" ? OTHER_SRC : OTHER_SRCSET;
  for (const attr of Array.from(el.attributes)) {
    const value = attr.value.trim();
    if (!other.test(attr.name) || !value || value.startsWith("data:")) continue;
    if (to !== "src" || isPlaceholder(el.getAttribute("src"))) el.setAttribute(to, value);
    return;
  }
}

/** Attributes of the first <img> in a noscript's markup (its content is text while scripting is on). */
function imgFromMarkup(doc: Document, markup: string): Element | null {
  const tag = /<img\b([^>]*)>/i.exec(markup);
  if (!tag) return null;
  const img = doc.createElement("img");
  for (const m of tag[1]!.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    const name = m[1]!.toLowerCase();
    if (/^(src|srcset|alt|title|width|height|sizes)$/.test(name)) {
      img.setAttribute(name, (m[2] ?? m[3] ?? m[4] ?? "").replace(/&amp;/g, "&").replace(/&quot;/g, '"'));
    }
  }
  return img.getAttribute("src") ? img : null;
}

function unwrapNoscript(doc: Document, noscript: Element): void {
  const parsed = noscript.querySelector("img");
  const fallback = parsed ?? imgFromMarkup(doc, noscript.textContent ?? "");
  if (!fallback || isPlaceholder(fallback.getAttribute("src"))) return;
  const prev = noscript.previousElementSibling;
  const placeholder =
    prev?.tagName === "IMG" ? prev : (noscript.parentElement?.querySelector("img:not(noscript img)") ?? null);
  if (placeholder && isPlaceholder(placeholder.getAttribute("src"))) {
    // The fallback is often bare markup: the words describing the picture are the placeholder's.
    for (const name of ["alt", "title"]) {
      const value = placeholder.getAttribute(name);
      if (value && !fallback.getAttribute(name)) fallback.setAttribute(name, value);
    }
    placeholder.replaceWith(fallback);
    noscript.remove();
  } else if (!placeholder) {
    noscript.replaceWith(fallback);
  } else {
    noscript.remove();
  }
}

/**
 * Pictures drawn by other means than an <img>, as <img>s: an AMP page's <amp-img> (its script
 * draws the <img>; no reader runs it), and a figure's picture set as a box's background
 * ("style='background-image:url(…)'", named by its aria-label). A background elsewhere is
 * decoration. One query for both; the <amp-img>s first, as a figure holding one has its picture.
 */
function imagesAsImg(doc: Document): void {
  const found = Array.from(doc.querySelectorAll('amp-img, figure [style*="background" i]'));
  for (const amp of found) {
    const src = amp.localName === "amp-img" ? amp.getAttribute("src") : null;
    if (!src || amp.querySelector("img")) continue;
    amp.replaceWith(imageLike(doc, amp, src));
  }
  for (const box of found) {
    if (box.localName === "amp-img") continue;
    const url = /background(?:-image)?\s*:[^;]*url\(\s*(['"]?)([^'")]+)\1\s*\)/i.exec(
      box.getAttribute("style") ?? "",
    )?.[2];
    // (No figure around it any more: it was inside an <amp-img> now replaced.)
    const figure = box.closest("figure");
    if (!url || url.startsWith("data:") || !figure || figure.querySelector("img")) continue;
    // The box alone is the picture; a box holding words keeps them, the picture first.
    if (!box.firstElementChild && !box.textContent?.trim()) box.replaceWith(imageLike(doc, box, url));
    else box.prepend(imageLike(doc, box, url));
  }
}

/** An <img> of `src` with the words that name the picture on `from` (alt, or its aria-label). */
function imageLike(doc: Document, from: Element, src: string): Element {
  const img = doc.createElement("img");
  img.setAttribute("src", src);
  for (const name of ["srcset", "width", "height"]) {
    const value = from.getAttribute(name);
    if (value) img.setAttribute(name, value);
  }
  const alt = from.getAttribute("alt") ?? from.getAttribute("aria-label");
  if (alt) img.setAttribute("alt", alt);
  return img;
}

/** Fix lazy images in place (call it on a clone, before Readability drops <noscript>). */
export function fixLazyImages(doc: Document): void {
  for (const noscript of Array.from(doc.querySelectorAll("noscript"))) unwrapNoscript(doc, noscript);
  imagesAsImg(doc);
  // One pass over images and <picture> sources (each is fixed on its own attributes alone).
  for (const el of Array.from(doc.querySelectorAll("img, picture source"))) {
    if (el.tagName.toUpperCase() !== "IMG") {
      promote(el, SRCSET_ATTRS, "srcset");
      continue;
    }
    promote(el, SRC_ATTRS, "src");
    promote(el, SRCSET_ATTRS, "srcset");
    if (isPlaceholder(el.getAttribute("src"))) {
      // Keep a real candidate from srcset as src so readers without srcset support see it: the
      // image's own, else its <picture>'s first source's (fixed before it, in document order),
      // which a browser shows while an export or a saved copy kept the placeholder.
      const first =
        firstCandidate(el) ??
        (el.parentElement?.localName === "picture"
          ? firstCandidate(el.parentElement.querySelector("source[srcset]"))
          : null);
      if (first) el.setAttribute("src", first);
    }
  }
}

/** The first web address an element's srcset offers, or null. */
function firstCandidate(el: Element | null): string | null {
  const first = el?.getAttribute("srcset")?.split(",")[0]?.trim().split(/\s+/)[0];
  return first && !first.startsWith("data:") ? first : null;
}
