/** The headline: Readability's title, unless the page declares a cleaner one without " | Site". */
import { CJK_LETTER, escapeRegExp, squash, squashedLength, textOf } from "./text";

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

/**
 * A title that is only the site's name names the site, not the story: Readability takes a JSON-LD
 * article's `name` over its `headline` unless the <title> resembles the headline, and a CMS may
 * fill `name` with the site's ("Wochenblatt für Landwirtschaft & Landleben" over "Heinen-Esser
 * offen für …"). The page's declared headline then, if it has another; else the title stands (a
 * page that calls itself only by its site's name, as a front page does).
 */
export function storyOverSiteName(title: string, siteName: string | null, declared: string[]): string {
  if (!siteName || normal(title) !== normal(siteName)) return title;
  return declared.find((candidate) => normal(candidate) !== normal(siteName)) ?? title;
}

/**
 * Readability takes a declared title before the page's own (a Dublin Core title, the last of two
 * og:titles, a JSON-LD article's `name`), and some pages declare the site's name, a section's or
 * a slug there ("Diario El Dia de La Plata www.eldia.com", "Aktuelle", "d-161500790"). A title
 * the page shows nowhere, neither in its <title> nor as a heading, gives way to a declared one it
 * shows, when there is one.
 */
export function titleThePageShows(
  title: string,
  declared: string[],
  documentTitle: string | null,
  headings: string[],
): string {
  const shown = (candidate: string) =>
    (!!documentTitle && similarityAnyScript(documentTitle, candidate) >= 0.75) ||
    headings.some(
      (heading) =>
        similarityAnyScript(heading, candidate) >= 0.75 && similarityAnyScript(candidate, heading) >= 0.75,
    );
  if (!title || (!documentTitle && !headings.length) || shown(title)) return title;
  return declared.find((candidate) => normal(candidate) !== normal(title) && shown(candidate)) ?? title;
}

/**
 * A site name that is the page's title ("Headline | MLUK" in og:site_name: a CMS filling one field
 * from the other) is cut to the part beside the declared headline ("MLUK"): the reader shows the
 * site under the headline, which would be read twice.
 */
export function siteNameBesideTitle(siteName: string, declared: string[]): string {
  const site = squash(siteName);
  const lower = site.toLowerCase();
  for (const candidate of declared) {
    const title = squash(candidate).toLowerCase();
    if (!title || title.length >= site.length) continue;
    const after = lower.startsWith(title) ? LEADING_SEPARATOR.exec(site.slice(title.length)) : null;
    if (after) return site.slice(title.length + after[0].length);
    const before = lower.endsWith(title)
      ? TRAILING_SEPARATOR.exec(site.slice(0, site.length - title.length))
      : null;
    if (before) return site.slice(0, before.index);
  }
  return siteName;
}
const LEADING_SEPARATOR = new RegExp(`^${SEPARATOR.source}`);
const TRAILING_SEPARATOR = new RegExp(`${SEPARATOR.source}$`);

/**
 * Separators Readability's rule does not cut at (documentTitle): those of Chinese and Japanese
 * titles, written with no space ("…｜毎日新聞", "…_新浪新闻", "…-新华网", "…：朝日新聞デジタル"),
 * and "::", "«", "·", "•", "~" between spaces; and its own ("Headline | Site").
 */
const SITE_SEPARATOR = "(\\s*[｜＿_－|\\-–—:：]\\s*|\\s+(?:::|«|·|•|~)\\s+)";
/** Readability's own separators: where it cut or chose not to. */
const READABILITYS_SEPARATOR = /^\s[|\-–—]\s$/;

/**
 * The title without the declared site name Readability's rule left on it ("Headline｜毎日新聞",
 * "Headline :: Daily Example"): the reader shows the site apart. At Readability's own separators
 * its choice stands (it keeps a site name after a headline of four words or fewer), but in
 * Chinese, Japanese and Korean, whose headlines its word count cannot measure. What is left must
 * still hold a headline's worth of text.
 */
export function withoutSiteName(title: string, siteName: string | null): string {
  const cut = withoutName(title, siteName);
  if (cut !== title || !siteName) return cut;
  // A declared name with its tagline ("au Webポータル|最新のニュースをお届け！"): the title may end
  // with the name alone. (Only its end: a site "declared" as the page's own title starts with the
  // headline, and would cut the headline off.)
  const [name, ...tagline] = siteName.split(TAGLINE_SEPARATOR);
  const cutName = tagline.length ? withoutName(title, name!) : title;
  return title.startsWith(cutName) ? cutName : title;
}

/** Between a site's name and its tagline: a bar, or a dash between spaces. */
const TAGLINE_SEPARATOR = /\s*[|｜]\s*|\s+[-–—]\s+/;

function withoutName(title: string, siteName: string | null): string {
  const site = squash(siteName ?? "");
  if (!site || site.length >= title.length) return title;
  const name = escapeRegExp(site);
  const suffix = new RegExp(`${SITE_SEPARATOR}${name}\\s*$`, "iu").exec(title);
  const prefix = suffix ? null : new RegExp(`^\\s*${name}${SITE_SEPARATOR}`, "iu").exec(title);
  const found = suffix ?? prefix;
  if (!found) return title;
  const separator = found[1]!;
  const left = squash(suffix ? title.slice(0, found.index) : title.slice(found[0].length));
  // A hyphen inside a word is no separator ("Wiki-Example"), but between Chinese characters.
  const inWord = /^[-_]/.test(separator) && !CJK_LETTER.test(suffix ? left.slice(-1) : left[0]!);
  const readabilitys = READABILITYS_SEPARATOR.test(separator) && !CJK_LETTER.test(left);
  return inWord || readabilitys || squashedLength(left) < 8 ? title : left;
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

/**
 * Readability drops the first <h1>/<h2> that repeats the title, judged by how many of the heading's
 * words the title holds. When the page's own title heading sits in a block it removes unseen (a
 * WordPress "entry-header"), the first heading it meets can be a subheading made of some of the
 * title's words ("Ab wann legen Hühner Eier?" under "Ab wann und wie lange legen Hühner Eier?",
 * "Liebeshoroskop Löwe" under "Liebeshoroskop Januar 2023: …"). Before the story's first paragraph
 * of prose Readability's measure stands (the title with its site name or kicker); after it, a
 * repeat must also hold most of the title's words, or of one of its parts ("The new tram line" of
 * "The new tram line | City Paper"): the same measure, the other way. Overrides more of
 * Readability's underscored members (tests/unit/extract-title.test.ts guards their names).
 */
export function keepSubheadings(reader: object, doc: Document): void {
  const internals = reader as {
    _headerDuplicatesTitle?: (node: Element) => boolean;
    _textSimilarity?: (a: string, b: string) => number;
    _articleTitle?: string;
  };
  const repeats = internals._headerDuplicatesTitle;
  const similarity = internals._textSimilarity;
  if (typeof repeats !== "function" || typeof similarity !== "function") return;
  const leading = leadingHeadings(doc);
  // Readability's answer stands; in other scripts, ours may find the repeat its own cannot see.
  const measure = (a: string, b: string): number => {
    const readabilitys = similarity.call(reader, a, b);
    return NON_LATIN_LETTER.test(a) || NON_LATIN_LETTER.test(b)
      ? Math.max(readabilitys, similarityAnyScript(a, b))
      : readabilitys;
  };
  const holdsTitle = (heading: string): boolean => {
    const title = internals._articleTitle ?? "";
    return [title, ...title.split(SEPARATOR)].some((part) => measure(heading, part) > 0.75);
  };
  // Readability's own test first; in other scripts, the repeat only words of any script can see.
  const repeatsTitle = (node: Element, heading: string): boolean => {
    if (repeats.call(reader, node)) return true;
    const title = internals._articleTitle ?? "";
    return (
      /^H[12]$/.test(node.tagName) &&
      (NON_LATIN_LETTER.test(title) || NON_LATIN_LETTER.test(heading)) &&
      similarityAnyScript(title, heading) > 0.75
    );
  };
  // Readability asks this of every element it walks; only an <h1> or <h2> can be the repeat (its
  // own first test), so the others are answered before their text is read.
  internals._headerDuplicatesTitle = (node) => {
    if (node.tagName !== "H1" && node.tagName !== "H2") return false;
    const heading = readingText(node);
    return repeatsTitle(node, heading) && (leading.has(node) || holdsTitle(heading));
  };
}

/** The heading's text as read: a ruby's reading ("市議会<rt>しぎかい</rt>") left out. */
function readingText(node: Element): string {
  if (!node.querySelector("rt")) return textOf(node);
  const copy = node.cloneNode(true) as Element;
  for (const el of Array.from(copy.querySelectorAll("rt, rp"))) el.remove();
  return textOf(copy);
}

/** A letter of another script than Latin: Readability's word pattern (`\W+`) finds no words in it. */
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/**
 * Readability's similarity of two texts (the share of `b`'s words, by length, that `a` holds), with
 * words of any script: its own splits at every letter outside A–Z, so an Arabic, Cyrillic, Greek or
 * Chinese heading never matched its title and the title stayed in the story twice.
 */
function similarityAnyScript(a: string, b: string): number {
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const wordsA = words(a);
  const wordsB = words(b);
  if (!wordsA.length || !wordsB.length) return 0;
  const unmatched = wordsB.filter((word) => !wordsA.includes(word));
  return 1 - unmatched.join(" ").length / wordsB.join(" ").length;
}

/** The <h1>s and <h2>s before the body's first paragraph of 80 or more characters. */
function leadingHeadings(doc: Document): Set<Element> {
  const found = new Set<Element>();
  for (const el of Array.from(doc.body?.querySelectorAll("h1, h2, p") ?? [])) {
    if (el.tagName !== "P") found.add(el);
    else if (squashedLength(el.textContent) >= 80) break;
  }
  return found;
}
