/**
 * A story's embeds, kept as links: the extractor loads nothing from other sites, so a player's or
 * a chart's <iframe> cannot stay, nor a social post's script-built card, but the reader should know
 * something was there and be able to open it. The clutter rules leave these frames for Readability
 * to place (it keeps the frames its `allowedVideoRegex` names, where they sit); after it, each
 * becomes a figure whose caption links to the embed's own page, as does a social post's card left
 * empty (an Instagram post's fallback is links only, which the clutter rules take). The caption is
 * no running text (index.ts), so the story's text and word count are unchanged; its words are the
 * address alone, in no language of ours: "▶" before what plays, "↗" before what is looked at.
 */

/** What an embed is: a player (video, audio) or something to look at (a chart, a map, a post). */
type EmbedKind = "plays" | "shows";

interface EmbedPage {
  url: string;
  kind: EmbedKind;
  /** The caption's words when the address would read badly: a map's place, as the page names it. */
  label?: string;
}

/**
 * The hosts whose frames are embeds of a story's own matter: Readability's own video hosts, and
 * the charts, maps and audio players newsrooms embed. Readability keeps frames whose attributes
 * match, and never cleans away a block holding one.
 */
export const EMBED_HOSTS =
  /\/\/(?:www\.)?(?:(?:dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq|bilibili|live\.bilibili)\.com|(?:archive|upload\.wikimedia)\.org|player\.twitch\.tv|datawrapper\.dwcdn\.net|flo\.uri\.sh|e\.infogram\.com|google\.com\/maps\/embed|openstreetmap\.org\/export\/embed|open\.spotify\.com\/embed)/i;

/** An embed's frame address → the embed's own page, or null for any other frame. */
export function embedPage(src: string | null): EmbedPage | null {
  if (!src) return null;
  let url: URL;
  try {
    url = new URL(src, "https://example.invalid/");
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^www\./, "");
  const path = url.pathname;
  const plays = (page: string): EmbedPage => ({ url: page, kind: "plays" });
  const shows = (page: string): EmbedPage => ({ url: page, kind: "shows" });
  let m: RegExpMatchArray | null;
  if (
    (host === "youtube.com" || host === "youtube-nocookie.com") &&
    (m = path.match(/^\/embed\/([\w-]{6,})/))
  )
    return plays(`https://www.youtube.com/watch?v=${m[1]}`);
  if (host === "player.vimeo.com" && (m = path.match(/^\/video\/(\d+)/)))
    return plays(`https://vimeo.com/${m[1]}`);
  if (host === "dailymotion.com" && (m = path.match(/^\/embed\/video\/(\w+)/)))
    return plays(`https://www.dailymotion.com/video/${m[1]}`);
  if (host === "open.spotify.com" && (m = path.match(/^\/embed\/(episode|show|track|album|playlist)\/(\w+)/)))
    return plays(`https://open.spotify.com/${m[1]}/${m[2]}`);
  // A Datawrapper chart's frame is its page too: "https://datawrapper.dwcdn.net/AbC12/3/".
  if (host === "datawrapper.dwcdn.net" && (m = path.match(/^\/(\w+)(?:\/\d+)?\/?/)))
    return shows(`https://datawrapper.dwcdn.net/${m[1]}/`);
  if (host === "flo.uri.sh" && (m = path.match(/^\/(visualisation|story)\/(\d+)/)))
    return shows(`https://public.flourish.studio/${m[1]}/${m[2]}/`);
  if (host === "e.infogram.com" && (m = path.match(/^\/([\w-]+)/)))
    return shows(`https://infogram.com/${m[1]}`);
  // A place map's page by its query (the embed's own address carries the site's key), else the map's.
  if (host === "google.com" && path.startsWith("/maps/embed")) {
    const place = url.searchParams.get("q");
    if (!place) return shows(url.href);
    const page = `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(place)}`;
    return { url: page, kind: "shows", label: `google.com/maps · ${place}` };
  }
  if (host === "openstreetmap.org" && path.startsWith("/export/embed")) return shows(url.href);
  return null;
}

/** The embed page of a frame's address, a lazy one's too ("data-src": the "src" may be a blank). */
const frameEmbed = (frame: Element): EmbedPage | null =>
  embedPage(frame.getAttribute("src")) ??
  embedPage(frame.getAttribute("data-src")) ??
  embedPage(frame.getAttribute("data-lazy-src"));

/** Whether the clutter rules should leave this frame for Readability: an embed's of ours. */
export const isEmbedFrame = (frame: Element): boolean => frame.tagName === "IFRAME" && !!frameEmbed(frame);

/**
 * The post a social card links to when its text is gone: Instagram's permalink, TikTok's and
 * others' cite. Only an empty card: a tweet's card keeps its text, which is the story's quote.
 */
function emptyPostPage(quote: Element): EmbedPage | null {
  if ((quote.textContent ?? "").trim()) return null;
  const address = quote.getAttribute("data-instgrm-permalink") ?? quote.getAttribute("cite");
  if (!address || !/^https:\/\//i.test(address)) return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  url.search = "";
  return { url: url.href, kind: "shows" };
}

/**
 * AMP's players as the frames they stand for (a YouTube video by its id), so that the clutter
 * rules and Readability keep them as they keep an embed's frame. Call it on a clone, before both.
 */
export function ampPlayersToFrames(doc: Document): void {
  for (const amp of Array.from(doc.querySelectorAll("amp-youtube[data-videoid], amp-iframe[src]"))) {
    const id = amp.getAttribute("data-videoid");
    const frame = doc.createElement("iframe");
    frame.setAttribute(
      "src",
      id ? `https://www.youtube.com/embed/${encodeURIComponent(id)}` : amp.getAttribute("src")!,
    );
    const title = amp.getAttribute("title");
    if (title) frame.setAttribute("title", title);
    amp.replaceWith(frame);
  }
}

/** Turn the embeds left in the article into figures linking to their pages. */
export function embedsToLinks(root: Element): void {
  // The cards first: a card emptied of all but a frame goes whole, frame and all.
  for (const quote of Array.from(root.querySelectorAll("blockquote")))
    replaceWithLink(quote, emptyPostPage(quote));
  for (const frame of Array.from(root.querySelectorAll("iframe"))) replaceWithLink(frame, frameEmbed(frame));
}

/** `el` becomes a figure whose caption links to the embed's page. */
function replaceWithLink(el: Element, page: EmbedPage | null): void {
  if (!page) return;
  const doc = el.ownerDocument;
  const figure = doc.createElement("figure");
  const caption = doc.createElement("figcaption");
  const link = doc.createElement("a");
  link.setAttribute("href", page.url);
  const words = page.label ?? page.url.replace(/^https:\/\/(?:www\.)?/, "");
  link.textContent = `${page.kind === "plays" ? "▶" : "↗"} ${words}`;
  caption.append(link);
  figure.append(caption);
  el.replaceWith(figure);
}
