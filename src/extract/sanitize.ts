/**
 * The one DOMPurify profile for article HTML: used by the extractor before an Article leaves it,
 * and again by every extension page before article HTML reaches the DOM (stored data may come
 * from an import, so pages never trust it).
 */
import createDOMPurify, { type Config, type DOMPurify } from "dompurify";

/**
 * The forbidden elements that go with their content (DOMPurify's own list holds most of them):
 * styles, frames, templates, SVG, MathML, no-script fallbacks, and controls' labels and options and
 * a modal's content, which are page furniture. The others (a form wrapping a story, an object's
 * fallback text) leave their content in place. Not part of the article's text either.
 */
export const DROPPED_WITH_CONTENT = [
  "style",
  "iframe",
  "frameset",
  "template",
  "svg",
  "math",
  "noscript",
  "button",
  "select",
  "option",
  "textarea",
  "dialog",
] as const;

/** Article markup only: no scripts, forms, frames, styles or event handlers. */
export const ARTICLE_PROFILE: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    "style",
    "link",
    "meta",
    "base",
    "form",
    "input",
    "button",
    "select",
    "option",
    "textarea",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "dialog",
    "template",
    "slot",
    "portal",
    "svg",
    "math",
    "noscript",
  ],
  ADD_FORBID_CONTENTS: [...DROPPED_WITH_CONTENT],
  FORBID_ATTR: ["style", "class", "id", "name", "srcdoc", "formaction", "action", "ping", "background"],
  // http(s), mail and phone links, fragment and relative URLs; data: only for images (below).
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
};

type PurifyWindow = NonNullable<Parameters<typeof createDOMPurify>[0]>;

const cache = new WeakMap<object, DOMPurify>();

function purifierFor(win: PurifyWindow): DOMPurify {
  let purify = cache.get(win);
  if (!purify) {
    purify = createDOMPurify(win);
    if (!purify.isSupported) {
      // DOMPurify hands input back untouched when the DOM lacks what it needs (linkedom does):
      // refuse rather than pass unsanitised HTML on.
      throw new Error("DOMPurify is not supported by this DOM; pass a browser or jsdom window");
    }
    purify.addHook("afterSanitizeAttributes", (node) => {
      if (node.nodeName === "A" && node.getAttribute("href")) {
        node.setAttribute("rel", "noopener noreferrer");
        node.setAttribute("target", "_blank");
      }
      for (const attr of ["src", "srcset"]) {
        const value = node.getAttribute(attr);
        // data: URLs survive only as raster images (inline thumbnails), never as documents.
        if (value && /^\s*data:/i.test(value) && !/^\s*data:image\/(png|jpe?g|gif|webp|avif);/i.test(value)) {
          node.removeAttribute(attr);
        }
      }
    });
    // The profile is parsed once here, not on every call (every call uses the same one).
    purify.setConfig({ ...ARTICLE_PROFILE, RETURN_TRUSTED_TYPE: false });
    cache.set(win, purify);
  }
  return purify;
}

/** Sanitise article HTML with the window's DOM. Throws if that DOM cannot sanitise. */
export function sanitizeArticleHtml(html: string, win: PurifyWindow): string {
  return purifierFor(win).sanitize(html) as string;
}
