/**
 * The one way article HTML reaches a page's DOM: sanitised again with this window (stored data may
 * come from an import, so it is never trusted), parsed inertly, then moved in as nodes.
 *
 * With `remoteImages: false` no element that would fetch from the network is left with a remote
 * URL before the nodes go live (the inert document never loads anything), so the page makes no
 * request: images keep their alt text and captions and are marked `data-blocked`.
 */
import { sanitizeArticleHtml } from "../extract/sanitize.js";

export interface RenderOptions {
  /** Load http(s) images and media (default true). */
  remoteImages?: boolean;
}

const REMOTE = /^\s*(?:https?:)?\/\//i;
const FETCHING = "img, picture source, video, audio, source, track";

/** Remove remote URLs from anything that would fetch; answers how many images were blocked. */
export function stripRemoteMedia(root: ParentNode): number {
  let blocked = 0;
  for (const el of root.querySelectorAll<HTMLElement>(FETCHING)) {
    let remote = false;
    for (const attr of ["src", "srcset", "poster"]) {
      const value = el.getAttribute(attr);
      if (value && (REMOTE.test(value) || (attr === "srcset" && /(?:^|,)\s*(?:https?:)?\/\//i.test(value)))) {
        el.removeAttribute(attr);
        remote = true;
      }
    }
    if (remote) {
      el.setAttribute("data-blocked", "");
      if (el.tagName === "IMG") blocked++;
    }
  }
  return blocked;
}

/** Render sanitised article HTML into `target`; answers the number of images blocked. */
export function renderArticleHtml(
  target: Element,
  html: string,
  win: Window & typeof globalThis = window,
  { remoteImages = true }: RenderOptions = {},
): number {
  const clean = sanitizeArticleHtml(html, win);
  const parsed = new win.DOMParser().parseFromString(clean, "text/html");
  const blocked = remoteImages ? 0 : stripRemoteMedia(parsed.body);
  // Snapshot first: adopting a node removes it from the live childNodes list.
  const nodes = [...parsed.body.childNodes];
  target.replaceChildren(...nodes.map((node) => win.document.adoptNode(node)));
  return blocked;
}
