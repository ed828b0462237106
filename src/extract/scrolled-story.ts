/**
 * The story the reader scrolled into, on a page an endless scroll has filled with several. A news
 * site loads the next story below the one the reader opened, and as the reader scrolls into it most
 * sites move the address (history.pushState) to the new story's, but seldom the page's head: its
 * <title>, og: and article: tags and JSON-LD still describe the story the page was opened for.
 *
 * A page holds several stories when several <h1>s each head a block of a story's prose that holds
 * no other <h1>, blocks of one template. The story read is the one the reader's view lies in (the
 * browser's content script says where that is; a saved page has no view), else the one that alone
 * carries the address as its own (in a data attribute, a share link's query, a <link> or <meta>
 * inside it, its headline's link or permalink: not a plain link, which a "Next" box may hold to
 * another story). The other stories are taken out of the page read, and if the head describes
 * another story than that one, the head's words about a story are taken away too: what is left is
 * read from the story itself (its heading, byline line, date line), the site's name and language
 * kept. A single story's page, a page whose stories neither the view nor the address picks out,
 * and a document's sections under its own <h1> (a book's chapter) are read as before.
 */
import { isArticleItem, readJsonLd, scriptItems, typesOf, type JsonLdItem } from "./metadata/json-ld";
import { follows } from "./document-order";
import { inLogo } from "./metadata/page-layout";
import { proseOf, STORY_CHARS } from "./other-stories";
import { hostOf, squash } from "./text";

interface StoryBlock {
  heading: Element;
  /** The widest block around the heading that holds no other <h1>. */
  root: Element;
}

/** The stories of the page: each <h1> with the widest block around it that holds no other, when that holds a story's prose. */
function storyBlocks(doc: Document): StoryBlock[] {
  // Most pages have one <h1>: they are done here, on every click.
  const h1s = doc.querySelectorAll("h1");
  if (h1s.length < 2) return [];
  // (A logo's <h1> is the site's name, heading no story: a page may put one in each story's header.)
  const headings = Array.from(h1s).filter((h) => !inLogo(h));
  if (headings.length < 2) return [];
  // How many <h1>s each ancestor holds, counted once up each heading's line of ancestors.
  const held = new Map<Element, number>();
  for (const h of headings)
    for (let n = h.parentElement; n; n = n.parentElement) held.set(n, (held.get(n) ?? 0) + 1);
  const blocks: StoryBlock[] = [];
  for (const heading of headings) {
    let root: Element | null = null;
    for (let n = heading.parentElement; n && n !== doc.body && held.get(n) === 1; n = n.parentElement)
      root = n;
    if (root && proseOf(root) > STORY_CHARS) blocks.push({ heading, root });
  }
  return blocks;
}

const decoded = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/**
 * The address's path, as a page writes it in links to the story, when it names one page: not the
 * site's root or a short section ("/news"). Query strings are left out (tracking parameters come
 * and go), so a script's path with a query ("article.php?id=…"), the same for every story of its
 * site, names none.
 */
function pathOf(url: string, base?: string): string | null {
  let address: URL;
  try {
    address = new URL(url, base);
  } catch {
    return null;
  }
  const path = decoded(address.pathname).replace(/\/+$/, "");
  const last = path.slice(path.lastIndexOf("/") + 1);
  if (address.search && /\.(?:php\d?|aspx?|jsp|cfm|cgi|pl)$/i.test(last)) return null;
  return path.length >= 8 && (last.length >= 6 || /\d/.test(last)) ? path : null;
}

/** Whether `value` holds `path` whole: "/news/story-12" is not in "/news/story-123". */
function holdsPath(value: string, path: string): boolean {
  for (let at = value.indexOf(path); at >= 0; at = value.indexOf(path, at + 1)) {
    const next = value[at + path.length];
    if (next === undefined || /[/?#&\s"']/.test(next)) return true;
  }
  return false;
}

/** Whether the story carries the address as its own (see the module's comment). */
function carriesAddress(block: StoryBlock, path: string, host: string): boolean {
  for (const el of [block.root, ...Array.from(block.root.querySelectorAll("*"))]) {
    const link = (el.tagName === "A" || el.tagName === "AREA") && el.hasAttribute("href");
    for (const { name, value } of Array.from(el.attributes)) {
      if (!value.includes("/")) continue;
      const text = decoded(value);
      // (A form posts to the page it is on, whichever story it follows.)
      if (!holdsPath(text, path) || name === "action") continue;
      if (name !== "href" || !link || linkIsOwn(el, text, block, path, host)) return true;
    }
  }
  return false;
}

const bare = (host: string): string => host.replace(/^www\./i, "").toLowerCase();

/**
 * Whether a link that holds the address names its story as its own: the headline's link, a
 * permalink (rel=bookmark), a link to a part of the story (its comments, "#respond", a share
 * button's "?share=facebook"), or a share link to another site with the address in its query. A
 * plain link to the address is a "Next" or "Read more" box's, in another story of the page; a link
 * to a login page of the site may carry it as where to return to.
 */
function linkIsOwn(link: Element, href: string, block: StoryBlock, path: string, host: string): boolean {
  if (link.contains(block.heading) || block.heading.contains(link)) return true;
  if (/(?:^|\s)bookmark(?:\s|$)/i.test(link.getAttribute("rel") ?? "")) return true;
  let url: URL;
  try {
    url = new URL(href, `https://${host}/`);
  } catch {
    return false;
  }
  if (/^https?:$/.test(url.protocol) && bare(url.hostname) === bare(host))
    return (
      decoded(url.pathname).replace(/\/+$/, "") === path &&
      (url.hash.length > 1 || /(?:^|[?&])(?:share|comments?|reply|replytocom|print)\b/i.test(url.search))
    );
  const query = href.search(/[?#]/);
  return query >= 0 && holdsPath(href.slice(query), path);
}

/**
 * Stories of one template, as an endless scroll adds them: the same element with the same classes
 * around them (numbers aside: "story-123"), or headings of the same classes.
 */
function samePlace(a: StoryBlock, b: StoryBlock): boolean {
  // (Classes only: the first story's id may say "main-article" where the next ones have none.)
  const classes = (el: Element) =>
    squash(el.getAttribute("class"))
      .split(" ")
      .filter((t) => t && !/\d/.test(t))
      .sort();
  const shape = (el: Element) => `${el.tagName} ${classes(el).join(" ")}`;
  return (
    shape(a.root) === shape(b.root) ||
    (classes(a.heading).length > 0 && shape(a.heading) === shape(b.heading))
  );
}

const norm = (s: string | null | undefined): string => squash(s).toLowerCase();

/** The head's names for the page's story: <title>, og: and twitter: titles, JSON-LD headlines. */
function headTitles(doc: Document): string[] {
  const metas = Array.from(
    doc.querySelectorAll('head meta[property="og:title" i], head meta[name="twitter:title" i]'),
  ).map((m) => m.getAttribute("content"));
  const headlines = readJsonLd(doc)
    .filter(isArticleItem)
    .map((item) => item["headline"] ?? item["name"]);
  return [doc.title, ...metas, ...headlines.filter((h): h is string => typeof h === "string")]
    .map(norm)
    .filter((t) => t.length >= 8);
}

/**
 * Whether the page's head describes the story: the story carries its canonical address or og:url,
 * or it names a story by its titles, this one and no other (a site may retitle the page as the
 * reader scrolls, seldom more: a <title> naming this story beside an og:title naming another is
 * a head about the other).
 */
function headDescribes(
  doc: Document,
  story: StoryBlock,
  others: StoryBlock[],
  url: string,
  titles: string[],
): boolean {
  const host = hostOf(url);
  const addresses = [
    doc.querySelector('head link[rel~="canonical" i]')?.getAttribute("href"),
    doc.querySelector('head meta[property="og:url" i]')?.getAttribute("content"),
  ]
    .map((a) => (a ? pathOf(a, url) : null))
    .filter((a): a is string => !!a);
  if (addresses.some((a) => carriesAddress(story, a, host))) return true;
  return namedBy(titles, story) && !others.some((other) => namedBy(titles, other));
}

/** Whether one of the head's titles names the story (holds its heading, or is held in it). */
function namedBy(titles: string[], block: StoryBlock): boolean {
  const heading = norm(block.heading.textContent);
  return heading.length > 0 && titles.some((t) => t.includes(heading) || heading.includes(t));
}

/** The story the page was opened for: the one the head's titles name, else the first. */
function openedStory(blocks: StoryBlock[], titles: string[]): StoryBlock {
  return blocks.find((block) => namedBy(titles, block)) ?? blocks[0]!;
}

/** <meta> keys that describe the site, not a story: kept when the head describes another story. */
const SITE_KEYS = new Set([
  "og:site_name",
  "application-name",
  "og:locale",
  "og:type",
  "content-language",
  "language",
  "dc.language",
  "twitter:site",
  "viewport",
  "theme-color",
  "color-scheme",
  "robots",
  "referrer",
  "generator",
]);
/** JSON-LD types that describe the site: kept whole. An article item keeps only its publisher. */
const SITE_TYPES = /^(?:Organization|NewsMediaOrganization|Corporation|WebSite)$/i;

/** Takes the head's words about another story away: the story's own heading names the page. */
function forgetHeadStory(doc: Document, story: StoryBlock): void {
  const outside = (el: Element) => !story.root.contains(el);
  for (const meta of Array.from(doc.querySelectorAll("meta")).filter(outside)) {
    const key = meta.getAttribute("name") ?? meta.getAttribute("property") ?? meta.getAttribute("itemprop");
    if (key && !SITE_KEYS.has(key.toLowerCase())) meta.remove();
  }
  const links = 'link[rel~="canonical" i], link[rel~="shortlink" i], link[rel~="amphtml" i], link[hreflang]';
  for (const link of Array.from(doc.querySelectorAll(links)).filter(outside)) link.remove();
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')).filter(
    outside,
  )) {
    const kept = scriptItems(script).flatMap((item): JsonLdItem[] => {
      if (isArticleItem(item))
        return item["publisher"] ? [{ "@type": typesOf(item), publisher: item["publisher"] }] : [];
      return typesOf(item).some((t) => SITE_TYPES.test(t)) ? [item] : [];
    });
    script.textContent = JSON.stringify({ "@context": "https://schema.org", "@graph": kept });
  }
  const title = doc.querySelector("title");
  if (title) title.textContent = squash(story.heading.textContent);
}

/**
 * Whether the blocks are sections of one document under its own <h1> (a book's chapter, a long
 * report: "<section><h1>Monitoring</h1><p>…<section><h1>Definitions</h1>…"), not stories: an
 * <h1> heading none of them comes before them all in the element that holds them. An endless
 * scroll's stories follow each other in a feed; a section's title above the feed ("Politics") sits
 * outside it, and a logo's heading is no title.
 */
function sectionsOfOne(blocks: StoryBlock[], group: StoryBlock[]): boolean {
  const first = blocks.find((block) => group.includes(block))!;
  let holder: Element | null = first.root.parentElement;
  while (holder && !group.every((block) => holder!.contains(block.root))) holder = holder.parentElement;
  if (!holder) return false;
  return Array.from(holder.querySelectorAll("h1")).some(
    (h) => !inLogo(h) && !group.some((block) => block.root.contains(h)) && follows(first.root, h),
  );
}

/** The story the view lies in, when it lies in one only. */
function storyInView(blocks: StoryBlock[], inView: readonly Element[]): StoryBlock | null {
  const seen = blocks.filter((block) => inView.some((el) => block.root.contains(el)));
  return seen.length === 1 ? seen[0]! : null;
}

/** The story alone among them to carry the address as its own. */
function storyAtAddress(blocks: StoryBlock[], url: string): StoryBlock | null {
  const path = pathOf(url);
  if (!path) return null;
  const host = hostOf(url);
  const named = blocks.filter((block) => carriesAddress(block, path, host));
  return named.length === 1 ? named[0]! : null;
}

/**
 * On a page of several stories, keeps the one the reader is on (see the module's comment): `doc`
 * is the extractor's own copy, `inView` its elements in the middle of the reader's view, if known.
 */
export function keepScrolledStory(doc: Document, url: string, inView: readonly Element[] = []): void {
  const blocks = storyBlocks(doc);
  if (blocks.length < 2) return;
  // The head's titles, read once and only for a page that has a candidate story.
  let titles: string[] | null = null;
  const namesInHead = (): string[] => (titles ??= headTitles(doc));
  // A story with others of its template, the one the page was opened for among them: not a teaser
  // of a rail below the story (long as teasers may be), where the reader may have scrolled.
  const peersOf = (story: StoryBlock | null): StoryBlock[] => {
    const others = story ? blocks.filter((block) => block !== story && samePlace(block, story)) : [];
    if (!others.length) return others;
    const opened = openedStory(blocks, namesInHead());
    return story === opened || others.includes(opened) ? others : [];
  };
  let story = storyInView(blocks, inView);
  let others = peersOf(story);
  if (!others.length) {
    story = storyAtAddress(blocks, url);
    others = peersOf(story);
  }
  if (!story || !others.length || sectionsOfOne(blocks, [story, ...others])) return;
  const describesStory = headDescribes(doc, story, others, url, namesInHead());
  for (const other of others) other.root.remove();
  if (!describesStory) forgetHeadStory(doc, story);
}
