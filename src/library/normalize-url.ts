/**
 * The key duplicates merge on: the URL without its fragment, tracking parameters (utm_*, fbclid,
 * gclid…), default port or trailing "?"; host lower-cased. Anything unparseable is kept as given.
 */
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi)$/i;

export function normalizeUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  return normalizeParsed(u);
}

/** normalizeUrl for a URL already parsed (an import parses each once); `u` is changed. */
export function normalizeParsed(u: URL): string {
  u.hash = "";
  // Most saved URLs have no query: no parameters to look at (20,000 imported rows pass here).
  if (u.search) {
    const params = u.searchParams;
    for (const key of [...params.keys()]) if (TRACKING.test(key)) params.delete(key);
    if (params.size === 0) u.search = "";
  } else u.search = ""; // a bare trailing "?"
  return u.href;
}

/** The URL if it is a web page (http(s) with a host), else null. */
export function webUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "" ? u : null;
  } catch {
    return null;
  }
}

/** Only web pages can be saved or opened: http(s) with a host. */
export function isWebUrl(url: string): boolean {
  return webUrl(url) !== null;
}

/** A host already in the form URL gives it: lower-case ASCII labels ending in a letter-only TLD. */
const PLAIN_HOST = /^https?:\/\/((?:[a-z0-9-]+\.)+[a-z]{2,63})(?::\d*)?(?:[/?#]|$)/;

/**
 * The host without "www.", "" when there is none. A plain http(s) URL is read with a regular
 * expression (the library works out 20,000 sites); anything else goes through URL.
 */
export function hostOfUrl(url: string): string {
  const plain = PLAIN_HOST.exec(url)?.[1];
  if (plain !== undefined) return plain.replace(/^www\./, "");
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}
