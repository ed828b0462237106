/**
 * A story's video, kept as a link: the extractor loads nothing from other sites, so a player's
 * <iframe> (YouTube, Vimeo, Dailymotion) cannot stay, but the reader should know a video was
 * there and be able to open it. The clutter rules leave these frames for Readability to place (it
 * keeps video frames by name); after it, each becomes a figure whose caption links to the video's
 * own page. The caption is no running text (index.ts), so the story's text and word count are
 * unchanged; its words are the address alone, in no language of ours.
 */

/** A player's frame address → the video's own page, or null for any other frame. */
export function videoPage(src: string | null): string | null {
  if (!src) return null;
  let url: URL;
  try {
    url = new URL(src, "https://example.invalid/");
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^www\./, "");
  const path = url.pathname;
  let m: RegExpMatchArray | null;
  if (
    (host === "youtube.com" || host === "youtube-nocookie.com") &&
    (m = path.match(/^\/embed\/([\w-]{6,})/))
  )
    return `https://www.youtube.com/watch?v=${m[1]}`;
  if (host === "player.vimeo.com" && (m = path.match(/^\/video\/(\d+)/))) return `https://vimeo.com/${m[1]}`;
  if (host === "dailymotion.com" && (m = path.match(/^\/embed\/video\/(\w+)/)))
    return `https://www.dailymotion.com/video/${m[1]}`;
  return null;
}

/** The video page of a frame's address, a lazy one's too ("data-src": the "src" may be a blank). */
const frameVideo = (frame: Element): string | null =>
  videoPage(frame.getAttribute("src")) ??
  videoPage(frame.getAttribute("data-src")) ??
  videoPage(frame.getAttribute("data-lazy-src"));

/** Whether the clutter rules should leave this frame for Readability: a video player's. */
export const isVideoFrame = (frame: Element): boolean => frame.tagName === "IFRAME" && !!frameVideo(frame);

/** Turn the video frames left in the article into figures linking to the videos. */
export function videoFramesToLinks(root: Element): void {
  const doc = root.ownerDocument;
  for (const frame of Array.from(root.querySelectorAll("iframe"))) {
    const page = frameVideo(frame);
    if (!page) continue;
    const figure = doc.createElement("figure");
    const caption = doc.createElement("figcaption");
    const link = doc.createElement("a");
    link.setAttribute("href", page);
    link.textContent = `▶ ${page.replace(/^https:\/\/(?:www\.)?/, "")}`;
    caption.append(link);
    figure.append(caption);
    frame.replaceWith(figure);
  }
}
