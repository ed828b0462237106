/**
 * extractArticle: (Document, {url}) → Article | NoArticle. Pure: works on a clone of the
 * document, reads metadata from the untouched clone, declutters, runs Readability, fixes
 * images, sanitises; when the clutter rules leave no story, reads a second clone without them.
 * See docs/architecture.md.
 */
import { Readability } from "@mozilla/readability";
import type { Article, ExtractOptions, ExtractResult, NoArticle } from "./types";
import { pageBase, setBase } from "./base-url";
import { dropOrphanTitles, titledBoxes } from "./orphan-titles";
import { dropStoryCopy } from "./story-copies";
import { EMBED_HOSTS, ampPlayersToFrames, embedsToLinks } from "./embed-links";
import { dropFollowingStories } from "./other-stories";
import { blockText } from "./block-text";
import { putTablesBack, setTablesAside } from "./data-tables";
import { declutter, dropRepeatedTitle, trimLeadingMeta, trimTrailingLinks, writersAmong } from "./declutter";
import { keepFormulas } from "./formulas";
import { dropSiteLogos } from "./site-logos";
import {
  trimClosingBoilerplate,
  trimEdgeLines,
  trimNoticeLines,
  trimTrailingLabels,
} from "./declutter-shapes";
import { undoTranslationFonts } from "./font-tags";
import { dropIconNames } from "./icon-names";
import { unwrapInlineCustomElements } from "./inline-custom-elements";
import { fixLazyImages } from "./lazy-images";
import { unweighMediaLayouts } from "./media-classes";
import { unwrapNamedAnchors } from "./named-anchors";
import { keepQuoteFooters } from "./quote-footers";
import { unfoldSections } from "./folded-sections";
import { findLeadImage } from "./lead-image";
import { findLeadFigure, putLeadFigureBack } from "./lead-figure";
import {
  declaredByline,
  findByline,
  cleanByline,
  namesInByline,
  referencedByline,
  withoutPublisher,
} from "./metadata/byline";
import { unescapeReferences } from "./metadata/char-refs";
import { parseDate } from "./metadata/date-parse";
import { readMetadata, type PageMetadata } from "./metadata/index";
import { creditInMetaLines, findWireSource, wireInByline } from "./metadata/source";
import { isListingUrl, judgeContent, noArticle, pageTextLength } from "./no-article";
import { DROPPED_WITH_CONTENT, sanitizeArticleHtml } from "./sanitize";
import { textStats } from "./stats";
import { stageTimer, type Stage } from "./stopwatch";
import { hasText, hostOf, linkDensity, squash, squashedLength } from "./text";
import { cloneForReading, readsComposed } from "./composed-tree";
import { findInCopy } from "./in-view";
import { keepScrolledStory } from "./scrolled-story";
import { joinSplitWords } from "./split-words";
import { spaceRunOnWords } from "./run-on-words";
import {
  chooseTitle,
  keepSubheadings,
  siteNameBesideTitle,
  storyOverSiteName,
  titleThePageShows,
  useDocumentTitle,
  withoutSiteName,
} from "./title";
import { excerptOfStory, namesOnlyThePage } from "./excerpt";

export type { Article, ExtractOptions, ExtractResult, NoArticle } from "./types";

/** Elements the sanitiser drops with their content: not part of the article's text either. */
const NOT_TEXT = DROPPED_WITH_CONTENT.join(", ");

/** Characters of text the page as it came must give to overrule the clutter rules' "no article". */
const RESCUE_CHARS = 500;
/**
 * The second reading doubles the work, which a user waits for on a large page; the pages it rescues
 * are single items (a product, a catalogue entry), and the corpora's largest page has about 10,000
 * elements. A front page of 8,000 teasers took 2.6 s to its verdict in Node, 5.2 s read twice.
 */
const RESCUE_MAX_ELEMENTS = 10_000;

/**
 * What the reader's browser and extensions wrapped the page's text in, taken out of a copy: a
 * translation's <font>s, a bilingual tool's copy of each line in another language, an annotation
 * tool's highlights, a reading aid's half-bold words. The page reads as it came.
 */
function undoReadersTools(copy: Document): void {
  undoTranslationFonts(copy);
  unwrapInlineCustomElements(copy);
  joinSplitWords(copy);
}

export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  const lap = stageTimer(options.stageMs);
  const now = options.now ?? new Date();
  const sanitizerWindow = options.sanitizerWindow ?? doc.defaultView;
  if (!sanitizerWindow)
    throw new Error("extractArticle needs a window to sanitise with (options.sanitizerWindow)");

  // Through the prototype, and without the names a page can shadow DOM members with; the CLI
  // hands over a document of its own parsing (linkedom, no shadowing) to be consumed as is, unless
  // its text is in declarative shadow roots (composed-tree.ts).
  const clone = options.consumeDocument && !readsComposed(doc) ? doc : cloneForReading(doc);
  if (!clone.documentElement || !clone.body || !hasText(clone.body)) return noArticle("empty-page");
  // Where the reader is, in each copy read: the page's own elements when the page itself is read,
  // found again by their places in a copy of its light tree, none in a copy composed of shadow roots.
  const seen = options.inView ?? [];
  const composed = seen.length > 0 && readsComposed(doc);
  const inView = (copy: Document): readonly Element[] =>
    composed ? [] : copy === doc ? seen : findInCopy(copy, seen);
  keepScrolledStory(clone, options.url, inView(clone));
  // (After the places of the elements in view were read in it.)
  undoReadersTools(clone);
  // (Before the metadata rules: an icon's name beside a byline or a date reads as a word of it.)
  dropIconNames(clone);
  lap("clone");
  const base = pageBase(clone, options.url);
  const meta = readMetadata(clone, options.url, now);
  const listing = !meta.declaresArticle && isListingUrl(options.url);
  lap("metadata");

  const page: PageFacts = { url: options.url, now, base, meta, listing, lap };
  let story = readStory(clone, page, true);
  if (story.kind === "no-article" && story.reason !== "empty-page") {
    // The clutter rules can take a story with its clutter (a product's description inside its
    // order form, a catalogue's one table): Readability on the page as it came, judged the same,
    // when it finds a story's length (not a stray notice the rules rightly took).
    const fresh =
      options.consumeDocument && clone === doc ? (options.reparse?.() ?? null) : cloneForReading(doc);
    if (fresh) {
      keepScrolledStory(fresh, options.url, inView(fresh));
      undoReadersTools(fresh);
      dropIconNames(fresh);
    }
    lap("clone");
    // (querySelectorAll: linkedom counts no elements for getElementsByTagName("*")).
    const small = !!fresh && fresh.querySelectorAll("*").length <= RESCUE_MAX_ELEMENTS;
    const again = fresh && small ? readStory(fresh, page, false) : story;
    if (again.kind === "story" && squashedLength(again.root.textContent) >= RESCUE_CHARS) story = again;
  }
  if (story.kind === "no-article") return story;
  const { parsed, root, byline, legalLines, metaLines, excerptFromStory } = story;

  embedsToLinks(root);
  spaceRunOnWords(root);
  const content = sanitizeArticleHtml(root.innerHTML, sanitizerWindow);
  lap("sanitize");
  if (NOT_TEXT) for (const el of Array.from(root.querySelectorAll(NOT_TEXT))) el.remove();
  // A ruby's reading ("市議会<rt>しぎかい</rt>") is shown over its word, not read after it: the
  // content keeps it, the text does not (nor the excerpt Readability read with it).
  for (const el of Array.from(root.querySelectorAll("rt, rp"))) el.remove();
  // Captions stay in the content with their figures, but are not the story's running text (its
  // word count and reading time, the plain text search indexes and exports carry).
  for (const el of Array.from(root.querySelectorAll("figcaption"))) if (!isSlideText(el)) el.remove();
  const textContent = blockText(root);
  const lang = meta.lang ?? (squash(parsed.lang) || null);
  const readabilitysSite = squash(parsed.siteName);
  const siteName = readabilitysSite
    ? siteNameBesideTitle(readabilitysSite, meta.declaredTitles)
    : meta.siteName;
  const parsedDir = squash(parsed.dir).toLowerCase();
  // A wire named in the byline is the source when the text credits none.
  const credit = wireInByline(byline);
  // Readability's choices of title, byline, site and excerpt come first (metadata, then the
  // page); ours fill the gaps.
  // A page without a <title> or a declared one is named by its heading (Readability's rule
  // keeps a <title> of four words or fewer whole, and so turns an empty one into none).
  // (Unescaped: a CMS may escape a headline twice, "14&nbsp;septembre".)
  const title = storyOverSiteName(
    withoutSiteName(
      squash(
        unescapeReferences(
          titleThePageShows(squash(parsed.title), meta.declaredTitles, meta.documentTitle, meta.headings) ||
            chooseTitle("", meta.declaredTitles, meta.siteName) ||
            meta.headline ||
            "",
        ),
      ),
      meta.siteName,
    ),
    siteName,
    meta.declaredTitles,
  );
  const article: Article = {
    url: meta.canonicalUrl ?? options.url,
    title,
    byline: withoutPublisher(credit.byline, siteName),
    siteName,
    // The legal lines went from the end in turn, the last first: back in the order they stood.
    source:
      findWireSource([textContent, ...legalLines.reverse()].join("\n")) ??
      creditInMetaLines(metaLines) ??
      credit.wire,
    publishedTime: declaredTime(parsed.publishedTime, meta.publishedTime, now),
    lang,
    // Readability reads the direction off the story's nearest ancestor (a <body dir=rtl> in an
    // <html dir=ltr>); the page-wide one fills the gap.
    dir: parsedDir === "rtl" || parsedDir === "ltr" ? parsedDir : meta.dir,
    excerpt:
      // Read off the story as trimmed when Readability read it off the story: its first paragraph
      // may have been a credit or a date line the trims took ("Associated Press", "January 22, 2014"),
      // a table's marker, or a ruby's readings run into its words.
      // A description that only repeats the title or names the site says nothing the header does not.
      (excerptFromStory ||
      isWordless(parsed.excerpt) ||
      namesOnlyThePage(parsed.excerpt, [title, siteName, hostOf(options.url)])
        ? firstParagraph(root)
        : excerptOfStory(squash(parsed.excerpt), meta.descriptions, textContent)) ||
      squash(meta.description) ||
      null,
    content,
    textContent,
    ...textStats(textContent, lang),
    leadImage: findLeadImage(meta.image, root, base),
  };
  lap("text");
  return { kind: "article", article };
}

/** What reading the story needs of the page, read once from its untouched copy. */
interface PageFacts {
  url: string;
  now: Date;
  base: string;
  meta: PageMetadata;
  /** A site root or search URL: a list unless the page says otherwise (it must hold prose). */
  listing: boolean;
  lap: (stage: Stage) => void;
}

interface Story {
  kind: "story";
  parsed: NonNullable<ReturnType<Readability<Element>["parse"]>>;
  /** Readability's content, trimmed of the story's leading meta lines and closing junk. */
  root: Element;
  byline: string | null;
  /** The legal lines trimmed off its end ("Copyright 2025 The Associated Press"): they may credit the wire. */
  legalLines: string[];
  /** The date and byline lines trimmed off its start ("2025-03-21 14:05 来源：新华社"): they may credit the wire. */
  metaLines: string[];
  /** Readability's excerpt was its content's first paragraph (the page declared no description). */
  excerptFromStory: boolean;
}

/**
 * The story in `clone` (consumed): the clutter rules (unless `clutterRules` is false), Readability,
 * the trims and the judgement of what is left.
 */
function readStory(clone: Document, page: PageFacts, clutterRules: boolean): Story | NoArticle {
  const { meta, base, now, lap } = page;
  fixLazyImages(clone);
  ampPlayersToFrames(clone);
  unwrapNamedAnchors(clone);
  keepQuoteFooters(clone);
  unfoldSections(clone);
  const pageChars = pageTextLength(clone.body);
  if (clutterRules) {
    dropFollowingStories(clone, meta.headingElement);
    declutter(clone, base);
  }
  keepFormulas(clone);
  setBase(clone, base);
  // Looked for once the clutter rules ran (a rail's picture is gone by then), in this document only.
  const heading = meta.headingElement;
  // (Not ownerDocument: linkedom's clone of a document leaves the original as its elements' owner.)
  const leadFigure =
    heading && clone.documentElement.contains(heading) ? findLeadFigure(heading, base) : null;
  lap("declutter");
  const domByline = meta.shownByline ?? findByline(clone, meta.items);
  lap("metadata");
  unweighMediaLayouts(clone);
  const tablesAside = setTablesAside(clone);
  const boxes = titledBoxes(clone);
  const reader = new Readability<Element>(clone, {
    serializer: (el) => el as Element,
    allowedVideoRegex: EMBED_HOSTS,
  });
  useDocumentTitle(reader, clone);
  keepSubheadings(reader, clone);
  const parsed = reader.parse();
  lap("readability");
  const root = parsed?.content;
  if (!parsed || !root) return noArticle("not-an-article");
  const excerptFromStory = !!squash(parsed.excerpt) && squash(parsed.excerpt) === firstParagraph(root);
  putTablesBack(root, tablesAside, base);
  dropOrphanTitles(root, boxes);
  const isDate = (text: string) => parseDate(text, now, meta.lang ?? "en") !== null;
  const day = meta.publishedTime?.slice(0, 10);
  const isPublicationDay = (text: string) =>
    !!day && parseDate(text, now, meta.lang ?? "en")?.slice(0, 10) === day;
  const metaLines = trimLeadingMeta(root, isDate, isPublicationDay);
  const byline =
    declaredByline(clone, meta.items) ??
    domByline ??
    cleanByline(parsed.byline) ??
    (writersAmong(metaLines)
      .map(cleanByline)
      .find((name) => name) ||
      null) ??
    meta.headlineByline ??
    referencedByline(meta.items);
  trimNoticeLines(root);
  // The story's closing junk, pass after pass: one pass's removal can bare another's line.
  const authors = byline ? namesInByline(byline) : [];
  const legalLines: string[] = [];
  while (
    trimTrailingLinks(root, page.url, legalLines) ||
    trimClosingBoilerplate(root, authors) ||
    trimTrailingLabels(root, isDate)
  );
  const knownBylines = [byline, parsed.byline, meta.shownByline, meta.shownBylineText];
  trimEdgeLines(root, {
    bylines: knownBylines.filter((b): b is string => !!b),
    sites: [parsed.siteName, meta.siteName].filter((s): s is string => !!s),
  });
  dropRepeatedTitle(root, [parsed.title, meta.headline, ...meta.declaredTitles]);
  dropStoryCopy(root);
  dropSiteLogos(root, page.url, meta.siteName);
  const rejected = judgeContent(root, meta.declaresArticle, pageChars, page.listing);
  if (!rejected) putLeadFigureBack(root, leadFigure, base);
  lap("trim");
  return rejected ?? { kind: "story", parsed, root, byline, legalLines, metaLines, excerptFromStory };
}

/** Readability's excerpt rule: the first paragraph's text. */
function firstParagraph(root: Element): string {
  return squash(root.querySelector("p")?.textContent);
}

/** Text with no letter or digit in it: a description left as a placeholder ("...", "-"). */
function isWordless(text: string | null | undefined): boolean {
  return !!squash(text) && !/[\p{L}\p{N}]/u.test(text ?? "");
}

/**
 * A gallery slide's caption written as paragraphs ("What you need: …") is the story told slide by
 * slide: it stays in the running text.
 */
function isSlideText(caption: Element): boolean {
  return (
    caption.querySelectorAll("p").length >= 2 &&
    squashedLength(caption.textContent) >= 150 &&
    // A teaser card's caption is a link to another story.
    !caption.closest("a") &&
    linkDensity(caption) < 0.5
  );
}

/** The page's own ISO string (Readability's pick) when it states the same day as ours, or fills a gap. */
function declaredTime(declared: string | null | undefined, ours: string | null, now: Date): string | null {
  const raw = squash(declared);
  if (!raw || !/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/i.test(raw)) return ours;
  const parsed = parseDate(raw, now);
  return parsed && (ours === null || parsed.slice(0, 10) === ours.slice(0, 10)) ? raw : ours;
}
