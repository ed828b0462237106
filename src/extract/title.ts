/** The headline: Readability's title, unless the page declares a cleaner one without " | Site". */
import { squash } from "./text";

const SEPARATOR = /\s+[|\-–—·»]+\s+/;

function normal(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s'’"“”]+/g, " ")
    .trim();
}

export function chooseTitle(readabilityTitle: string, declared: string[], siteName: string | null): string {
  const title = squash(readabilityTitle);
  const site = siteName ? normal(siteName) : null;
  // A declared title that Readability's one contains plus a suffix or prefix is the clean one.
  for (const candidate of declared) {
    const clean = stripSite(candidate, site);
    if (
      title &&
      normal(title) !== normal(clean) &&
      normal(title).includes(normal(clean)) &&
      SEPARATOR.test(title)
    ) {
      return clean;
    }
  }
  if (title) return stripSite(title, site);
  return declared[0] ? stripSite(declared[0], site) : "";
}

/** "Headline | TRT World" → "Headline" when the part cut off is the site's name. */
function stripSite(title: string, site: string | null): string {
  if (!site) return title;
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  if (normal(last) === site || normal(last).replace(/\s/g, "") === site.replace(/\s/g, "")) {
    return title.slice(0, title.length - last.length).replace(/\s+[|\-–—·:»/\\]+\s*$/, "");
  }
  if (normal(first) === site) return title.slice(first.length).replace(/^\s*[|\-–—·:»/\\]+\s+/, "");
  return title;
}
