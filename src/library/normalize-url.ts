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
  u.hash = "";
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  if ([...u.searchParams.keys()].length === 0) u.search = "";
  return u.toString();
}

/** Only web pages can be saved or opened: http(s) with a host. */
export function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
  } catch {
    return false;
  }
}
