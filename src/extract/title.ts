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

/** The separators Readability cuts a site's name off at; en and em dashes included (see below). */
const CUT_AT = "|\\-–—\\\\/>»";
const CUT_SEPARATOR = new RegExp(`\\s[${CUT_AT}]\\s`, "g");
const wordCount = (s: string): number => s.split(/\s+/).length;

/**
 * Readability's title rule (_getArticleTitle) as its main branch has it after the 0.6.0 release:
 * the same rule, with en and em dashes as separators too, so "Headline – My site" (WordPress's
 * default <title>) loses its site name as "Headline | My site" does. 0.6.0 is the latest
 * release; when a newer one ships, this goes.
 */
export function documentTitle(doc: Document): string {
  const origTitle = (doc.title ?? "").trim();
  let title = origTitle;
  let hierarchical = false;
  const separators = [...origTitle.matchAll(CUT_SEPARATOR)];
  if (separators.length) {
    hierarchical = /\s[\\/>»]\s/.test(origTitle);
    title = origTitle.slice(0, separators[separators.length - 1]!.index);
    // Too short: the first part goes instead.
    if (wordCount(title) < 3) title = origTitle.replace(new RegExp(`^[^${CUT_AT}]*[${CUT_AT}]`), "");
  } else if (title.includes(": ")) {
    // A heading with this exact text makes the whole of it the title.
    const headings = Array.from(doc.querySelectorAll("h1, h2"));
    if (!headings.some((h) => (h.textContent ?? "").trim() === title.trim())) {
      title = origTitle.slice(origTitle.lastIndexOf(":") + 1);
      if (wordCount(title) < 3) title = origTitle.slice(origTitle.indexOf(":") + 1);
      else if (wordCount(origTitle.slice(0, origTitle.indexOf(":"))) > 5) title = origTitle;
    }
  } else if (title.length > 150 || title.length < 15) {
    const h1s = doc.getElementsByTagName("h1");
    if (h1s.length === 1) title = (h1s[0]!.textContent ?? "").trim().replace(/\s{2,}/g, " ");
  }
  title = title.trim().replace(/\s{2,}/g, " ");
  // Four words or fewer left: the whole title, unless only one word went with a hierarchical cut.
  const words = wordCount(title);
  if (
    words <= 4 &&
    (!hierarchical || words !== wordCount(origTitle.replace(new RegExp(`[${CUT_AT}]+`, "g"), "")) - 1)
  ) {
    title = origTitle;
  }
  return title;
}

/**
 * Has a Readability instance read the page's <title> with documentTitle. Readability keeps the
 * rule in an underscored method; tests/unit/extract-title.test.ts fails if a release renames it.
 */
export function useDocumentTitle(reader: object, doc: Document): void {
  const internals = reader as { _getArticleTitle?: () => string };
  if (typeof internals._getArticleTitle === "function") internals._getArticleTitle = () => documentTitle(doc);
}
