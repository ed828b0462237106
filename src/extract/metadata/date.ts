/**
 * The publication date. Machine statements come first (JSON-LD, meta tags, itemprop), checked
 * against the date the page shows next to its headline (a <time> or a short date line): when
 * the shown day is the modified date, or the same moment in the page's own time zone, the page's
 * day wins. Without a published statement: weak meta, the shown date, the URL path, modified
 * dates last. Every candidate must be a real, non-future date (options.now).
 */
import { findCommentThreads } from "../comment-threads";
import { readsAsSentence, wordsBesideDays } from "../date-words";
import { follows } from "../document-order";
import {
  classAndId,
  metaTags,
  nameTokenTest,
  squash,
  squashedLengthUpTo,
  squashedStart,
  textOf,
} from "../text";
import { mainArticle, type JsonLdItem } from "./json-ld";
import { parseDate, dateFromUrl, saysTimeAgo, withoutTimeAgo } from "./date-parse";
import { mayCountOneBack } from "./time-ago";
import { findHeadline, inRail } from "./page-layout";
import { precompile } from "../precompiled";
import { LazyRanking, type Built } from "../ranked-lazily";

const PUBLISHED_META = [
  "article:published_time",
  "og:published_time",
  "article:published",
  "published_time",
  "datepublished",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dcterms.issued",
  "citation_publication_date",
  "publication_date",
  "publish-date",
  "publish_date",
  "publishdate",
  "pubdate",
  "og:pubdate",
  "article.published",
  "cxenseparse:recs:publishtime",
  "rnews:datepublished",
];
/** Generic names that CMSs also fill with the day the page was generated or edited. */
const WEAK_META = [
  "og:article:published_time",
  "dc.date",
  "dcterms.created",
  "dcterms.date",
  "dc.date.created",
  "citation_date",
  "date",
  "created",
  "release_date",
  "timestamp",
];
const MODIFIED_META = [
  "article:modified_time",
  "og:updated_time",
  "datemodified",
  "dcterms.modified",
  "last-modified",
];

const DATE_HINT = /date|time|publish|posted|dateline|byline|meta|stamp|datum|fecha|data|info/;
const UPDATED_WORDS =
  "updated|last updated|modified|aktualisiert|zuletzt aktualisiert|stand|zuletzt geändert|geändert|mis à jour|modifié|" +
  "actualizado|modificado|atualizado|aggiornato|modificato|güncelleme|güncellenme|" +
  // Polish, Czech, Hungarian, Danish, Norwegian, Swedish, Finnish, Romanian, Greek, Dutch, Indonesian,
  // Russian, Ukrainian, Vietnamese, Arabic, Persian, Hebrew, Hindi, Bengali, Korean, Japanese and Chinese.
  "zaktualizowano|aktualizacja|aktualizováno|frissítve|opdateret|oppdatert|uppdaterad|päivitetty|" +
  "actualizat|actualizare|ενημερώθηκε|ενημέρωση|τελευταία ενημέρωση|" +
  "bijgewerkt|laatst gewijzigd|gewijzigd|diperbarui|обновлено|изменено|оновлено|cập nhật|" +
  "آخر تحديث|تحديث|به‌روزرسانی|بروزرسانی|עודכן|עדכון|अपडेट|আপডেট|수정|最終更新|更新";
const UPDATED = new RegExp(`^(?:${UPDATED_WORDS})`, "i");
/**
 * A line that opens with an update word, a stamp wherever it stands: "Stand: 14.07.2003, 09:30 Uhr"
 * or "Updated March 22, 2025" after the story's last paragraph, however long the story.
 */
const OPENS_UPDATED = new RegExp(`^\\s*(?:${UPDATED_WORDS})(?![\\p{L}])`, "iu");
/** An update word inside a line: "By Umair Irfan Updated Nov 13, 2019, 10:28am EST". */
const UPDATED_INSIDE = new RegExp(`(?<![\\p{L}])(?:${UPDATED_WORDS})(?![\\p{L}])`, "iu");
/**
 * A class that names the element an update, as the hAtom microformat WordPress themes follow does
 * ("<time class=updated>" beside "<time class='entry-date published'>"); not when it also says
 * published (a story never edited is written "published updated").
 */
const UPDATED_CLASS = nameTokenTest(["updated", "modified", "datemodified", "lastmod"]);
const PUBLISHED_CLASS = nameTokenTest(["published", "datepublished", "entry-date"]);
const classSaysUpdated = (el: Element): boolean => {
  const names = classAndId(el);
  return UPDATED_CLASS(names) && !PUBLISHED_CLASS(names);
};
/** The words just before a <time> or date span that say it is an update: "Updated <time>…</time>". */
const UPDATED_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${UPDATED_WORDS})(?:\\s+(?:on|am|le|el|em|il))?\\s*:?\\s*$`,
  "iu",
);
/** An update word after the date it names, as Japanese and Chinese write it: "3月22日更新", "14:05 更新". */
const UPDATED_AFTER_DATE = /[\d日分]\s*(?:最終更新|更新|修正)[于於]?(?![日时時：:])/u;
/**
 * A story's opening dateline: "Karlsruhe, (12.11.2021). Traditionell …", or the date alone before
 * the first sentence ("01.02.2022 „Der Arbeitsmarkt …", "01.02.2022 – Die Zahl …").
 */
const DATELINE =
  /^(?:[\p{Lu}][\p{L} ./-]{1,40}[,–—-]\s*\(?[\d. ]{6,12}\d\)?|\(?\d{1,2}\. ?\d{1,2}\. ?\d{4}\)?(?=\s*[-–—:|„"“«]|\s+\p{Lu}))/u;
/** A line that says it is the publication date: found anywhere on the page, not only near the headline. */
const PUBLISHED_WORD_LIST =
  "published|posted|publiziert|veröffentlicht|erstveröffentlichung|erstellt|erschienen|gespeichert|publié|mis en ligne|" +
  "publicado|publicada|pubblicato|gepubliceerd|geplaatst|yayınlanma|yayın tarihi|datum|erscheinungsdatum|" +
  // Polish (its "Publikacja:" as a label only), Czech, Slovak, Hungarian, Danish, Norwegian, Swedish,
  // Finnish, Romanian and Catalan, Indonesian, Russian, Ukrainian, Bulgarian, Greek, Vietnamese,
  // Arabic, Persian, Hebrew, Hindi, Bengali, Korean.
  "opublikowano|data publikacji|publikacja(?=\\s*:)|publikováno|publikované|megjelent|közzétéve|létrehozva|oluşturulma|" +
  "publiceret|udgivet|publisert|publicerad|julkaistu|publicat|diterbitkan|dipublikasikan|" +
  "опубликовано|дата публикации|опубліковано|публикувано|δημοσιεύθηκε|đăng ngày|ngày đăng|đăng lúc|đăng(?=\\s*:)|" +
  "تاريخ النشر|نشر في|تاریخ انتشار|منتشر شده|פורסם|תאריך פרסום|प्रकाशित|প্রকাশিত|প্রকাশ|입력|등록|게시";
/**
 * The same in scripts without spaces between words, where a word's edges are not letters' ends
 * (Japanese "公開" as a label only: after a date it is a film's release).
 */
const PUBLISHED_CJK = "公開日|公開(?=[：:])|投稿日|掲載日|发布时间|發布時間|发表于|發表於|发布于|發佈於";
// Word edges as lookarounds: `\b` counts only ASCII letters as a word's, so "publié" never ended one.
const PUBLISHED_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${PUBLISHED_WORD_LIST})(?![\\p{L}\\p{N}_])|${PUBLISHED_CJK}|\\bon\\s*:`,
  "iu",
);

/** PUBLISHED_WORDS in the raw text, where elements may run words together: a superset, for skipping. */
const MAY_SAY_PUBLISHED = new RegExp(`(?:${PUBLISHED_WORD_LIST}|${PUBLISHED_CJK})|on\\s*:`, "iu");

function fromJsonLd(items: JsonLdItem[], key: string, now: Date): string | null {
  const main = mainArticle(items);
  const ordered = main ? [main, ...items.filter((i) => i !== main)] : items;
  for (const item of ordered) {
    const value = item[key];
    const date =
      typeof value === "string"
        ? parseDate(value, now)
        : typeof value === "number"
          ? fromEpoch(value, now)
          : null;
    if (date) return date;
  }
  return null;
}

/**
 * A date given as a number, which schema.org does not allow but some CMSs write: seconds since
 * 1970 (ten digits), or milliseconds (thirteen). The moment in UTC, or null for any other number.
 */
function fromEpoch(value: number, now: Date): string | null {
  const ms = value >= 1e9 && value < 1e10 ? value * 1000 : value >= 1e12 && value < 1e13 ? value : NaN;
  if (!Number.isInteger(value) || Number.isNaN(ms)) return null;
  // Read as the ISO string it stands for, so that it comes out as every other date does.
  return parseDate(new Date(ms).toISOString().replace(/\.000Z$/, "Z"), now);
}

/** datePublished from a JSON-LD script that does not parse (trailing commas, raw newlines). */
function fromBrokenJsonLd(doc: Document, now: Date): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const m = /"datePublished"\s*:\s*"([^"]{8,40})"/.exec(script.textContent ?? "");
    const date = m ? parseDate(m[1], now) : null;
    if (date) return date;
  }
  return null;
}

function metaDates(doc: Document, names: string[], now: Date): string[] {
  const metas = metaTags(doc).map((meta) => ({
    meta,
    key: (meta.getAttribute("property") ?? meta.getAttribute("name") ?? meta.getAttribute("itemprop") ?? "")
      .trim()
      .toLowerCase(),
  }));
  const found: string[] = [];
  for (const name of names) {
    for (const { meta, key } of metas) {
      if (key !== name) continue;
      const date = parseDate(meta.getAttribute("content"), now, "");
      if (date) found.push(date);
    }
  }
  return found;
}

function machineValue(el: Element): string {
  return el.getAttribute("datetime") ?? el.getAttribute("content") ?? el.getAttribute("title") ?? textOf(el);
}

/** Microdata items whose dates are a reader's, not the page's: a review, a comment, an answer. */
const CONTRIBUTION = /\b(?:Review|Comment|Answer)\b|^(?:reviews?|comments?|answers?)$/i;
const isContribution = (item: Element | null): boolean =>
  !!item &&
  CONTRIBUTION.test(`${item.getAttribute("itemtype") ?? ""} ${item.getAttribute("itemprop") ?? ""}`.trim());

function fromItemprop(doc: Document, now: Date, lang: string): string | null {
  for (const el of Array.from(
    doc.querySelectorAll('[itemprop="datePublished" i], [itemprop="dateCreated" i]'),
  )) {
    if (isContribution(el.closest("[itemscope]"))) continue;
    const date = parseDate(machineValue(el), now, lang);
    if (date) return date;
  }
  return null;
}

interface Shown {
  iso: string;
  /** From a <time> element, a date-classed element or a "Published …" line, not just any text. */
  confident: boolean;
  /** The line says it is the publication date ("Published 21 March", "Erscheinungsdatum …"). */
  labelled: boolean;
  /** The line says it is an update ("Last updated …"): never a reason to leave the published date. */
  updated: boolean;
  /** Whether another of the page's date lines, not an update, states this day too (read on demand: rarely asked). */
  alsoShows(day: string): boolean;
}

const LINE_TAGS = new Set(
  "h1 h2 h3 h4 h5 h6 p span div time abbr li small em strong dd td a b i font header".split(" "),
);
const BLOCK_TAGS = new Set(["DIV", "P", "UL", "OL", "SECTION", "ARTICLE", "TABLE", "BLOCKQUOTE"]);

/** Leaf-ish elements with a short text: where a visible "March 21, 2025" line lives. */
function shortLines(doc: Document): Element[] {
  const body = doc.body;
  if (!body) return [];
  // One walk and a name lookup: cheaper than matching a 21-part selector against every element.
  return Array.from(body.querySelectorAll("*")).filter((el) => {
    if (!LINE_TAGS.has(el.localName.toLowerCase())) return false;
    // Structure first: squashing the text of every page-wide wrapper only to drop it is the cost.
    // (One with a date written loose beside its blocks is a line of its loose parts: see looseParts.)
    for (let c = el.firstElementChild; c; c = c.nextElementSibling)
      if (BLOCK_TAGS.has(c.tagName)) return holdsLooseDigits(el);
    const length = squashedLengthUpTo(el, 400);
    // A <time datetime> states its date in the attribute, whatever it shows ("07:59", "2h").
    if (length < 6) return el.localName.toLowerCase() === "time" && el.hasAttribute("datetime");
    // A long line counts only as a story's opening dateline: its start is all that is read.
    return !(length > 400 && !DATELINE.test(squashedStart(el, 120)));
  });
}

/**
 * The headline's line and those of its copies for other screens: headings of its own level and very
 * words, none a link (a series' teaser may repeat a column's name: "<h1><a>Wochenrückblick</a></h1>").
 */
function headlineCopies(lines: Element[], headline: Element, anchor: number): number[] {
  const words = textOf(headline);
  const copies = [anchor];
  if (!words || !/^H[1-6]$/.test(headline.tagName)) return copies;
  lines.forEach((el, i) => {
    if (
      i !== anchor &&
      el.tagName === headline.tagName &&
      el !== headline &&
      !el.closest("a") &&
      !el.querySelector("a") &&
      textOf(el) === words
    )
      copies.push(i);
  });
  return copies;
}

/** Whether a text node right inside the element has a digit: a date written loose beside its blocks. */
function holdsLooseDigits(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 3 && /\p{Nd}/u.test(n.textContent ?? "")) return true;
  return false;
}

/**
 * The blocks to leave out of a line's text: a line holding blocks is read from what stands loose
 * between them ("<div><h2>Site update</h2> 24. März 2004, 19:49 | Genesis <p>Kapitel 121 …</p></div>",
 * "<div class=section><div class=comment-bubble>0</div> Publicado el 27 Marzo, 2020 por ACN</div>").
 */
function looseParts(el: Element): Set<Element> | undefined {
  let blocks: Set<Element> | undefined;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling)
    if (BLOCK_TAGS.has(c.tagName)) (blocks ??= new Set()).add(c);
  return blocks;
}

/** Elements whose text is code, never shown: an ad's script beside a date, its comments dated too ("Erstellt 22.01.09"). */
const CODE = /^(?:SCRIPT|STYLE|TEMPLATE)$/;

/** The text with a space between elements: "News24" + "13 Jan 2020" must not read "News2413 Jan". */
function spacedText(el: Element, skip?: Set<Element>): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.textContent ?? "");
      else if (
        child.nodeType === 1 &&
        !skip?.has(child as Element) &&
        !CODE.test((child as Element).tagName)
      ) {
        parts.push(" ");
        walk(child);
        parts.push(" ");
      }
    }
  };
  walk(el);
  return squash(parts.join(""));
}

const MAY_BE_DATE = /[\p{Nd}\p{Script=Han}]/u;
const CLOCK_LINE =
  /^(?:it is (?:currently|now)|the time (?:is )?now|current (?:date|time)|today is|today's date|aktuelles datum|aktuelle (?:zeit|uhrzeit)|heute ist|es ist (?:jetzt|derzeit)|nous sommes le|il est actuellement|date et heure actuelles|hoy es|fecha y hora actual|oggi è|data e ora attuali|hoje é|vandaag is|huidige datum)(?![\p{L}\d])/iu;

const hinted = (el: Element): boolean => {
  for (let n: Element | null = el, depth = 0; n && depth < 3; n = n.parentElement, depth++) {
    const tokens = classAndId(n).toLowerCase();
    if (DATE_HINT.test(tokens)) return true;
  }
  return false;
};

/** The text right before the element in its parent ("Updated " before a <time>) says it is an update. */
function saysUpdatedBefore(el: Element): boolean {
  let before = "";
  for (let n = el.previousSibling; n && before.length < 40; n = n.previousSibling) {
    if (n.nodeType === 3) before = (n.textContent ?? "") + before;
    else if (n.nodeType === 1) before = (n.textContent ?? "") + " " + before;
  }
  return before.trim() !== "" && UPDATED_BEFORE.test(before);
}

/** The date of the one <time datetime> inside a line, or null (none, or several to choose from). */
function innerMachineDate(el: Element, now: Date, lang: string): string | null {
  const times = el.querySelectorAll("time[datetime]");
  return times.length === 1 ? parseDate(times[0]!.getAttribute("datetime"), now, lang) : null;
}

/**
 * A line whose first date follows an update word, with no word saying "published": the date read
 * is the update ("By Umair Irfan Updated Nov 13, 2019"; not "By Jane Doe, May 2, 2025, updated May 5").
 */
function updateOpensDates(text: string, now: Date, lang: string): boolean {
  const m = UPDATED_INSIDE.exec(text);
  return !!m && m.index > 0 && !PUBLISHED_WORDS.test(text) && !parseDate(text.slice(0, m.index), now, lang);
}

/** A header cell's words for a date in general: "Date", "Datum", "Fecha", "日期"… */
const DATE_LABEL = /(?<![\p{L}])(?:date|datum|fecha|data|dátum|tarih|дата)(?![\p{L}])|日期|时间|時間|日付/iu;

/**
 * A date in a table of facts whose row names what it is the date of ("Founded | February 28,
 * 1998", "Born", "Released"): a header cell or term that is neither a date's nor a publication's.
 */
function inFactRow(el: Element): boolean {
  const cell = el.closest("td, dd");
  let label: Element | null | undefined = null;
  if (cell?.tagName === "TD") label = cell.parentElement?.querySelector(":scope > th");
  else if (cell)
    for (label = cell.previousElementSibling; label && label.tagName !== "DT";)
      label = label.previousElementSibling;
  const words = label ? squash(label.textContent ?? "") : "";
  return words !== "" && !PUBLISHED_WORDS.test(words) && !DATE_LABEL.test(words) && !UPDATED.test(words);
}

/** The words of a reference's access date: "Retrieved 5 January 2023", "abgerufen am 5. Januar 2023". */
const CITATION =
  /\b(?:retrieved|accessed|archived from)\b|abgerufen am|zugegriffen am|consulté le|consultado (?:el|em)|accesso (?:il|effettuato)/i;

/** A short line that may state the page's date, with what its ranking read of it. */
interface Candidate {
  el: Element;
  /** From a <time>, a date-classed element or a "Published …" line (see Shown). */
  confident: boolean;
  labelled: boolean;
  /** The line's text as read for its date (a story's dateline alone). */
  text: string;
}

/**
 * Lines beyond this distance from the headline rank as if this far; only a <time> or a stamp
 * counts there. A <time>, a date-classed line or a story's dateline ranks HINTED closer, a
 * "Published" line LABELLED closer: together the most a line's marks take off its distance.
 */
const FAR = 60;
const HINTED = 15;
const LABELLED = 25;

/** A dash after a dateline's date: "Feb. 23, 2015 -- Life-threatening …", "March 3, 2019 — The …". */
const DATELINE_DASH = /\s(?:--|[–—-])\s/;

/** Does the line open with a date alone, a dash after it, before its first sentence? */
function datedBeforeDash(text: string, now: Date, lang: string): boolean {
  const dash = DATELINE_DASH.exec(text);
  if (!dash || dash.index > 40) return false;
  const head = text.slice(0, dash.index);
  return !/\p{Ll}{3}/u.test(wordsBesideDays(head)) && !!parseDate(head, now, lang);
}

/** A line's date as the page writes it, whether its text wrote another day than its machine date, whether it is an update. */
interface LineDate {
  iso: string;
  fromText: boolean;
  updated: boolean;
}

/** The date the page shows for itself: the best-placed <time> or date line near the headline. */
export function shownDate(
  doc: Document,
  now: Date,
  lang: string,
  headline = findHeadline(doc),
): Shown | null {
  const lines = shortLines(doc);
  const threads = findCommentThreads(doc);
  // The headline's place among the lines: itself or a line around it, else the first line inside or
  // after it (a headline holding a block is no line: "<h1><div class=section>Local News</div>Story</h1>").
  let anchor = headline ? lines.findIndex((el) => el.contains(headline)) : -1;
  if (headline && anchor < 0)
    anchor = lines.findIndex((el) => headline.contains(el) || follows(el, headline));
  const at = anchor >= 0 ? anchor : 0;
  // A template that repeats its headline for another screen ("<h1 class=hidden-lg>" in the column
  // beside the story's date, "<h1 class=visible-lg>" over the picture) has a date line near either
  // copy: a line's distance is from the nearer one.
  const anchors = headline && anchor >= 0 ? headlineCopies(lines, headline, anchor) : [at];
  const distances = lines.map((_, i) => {
    let best = Infinity;
    for (const a of anchors) best = Math.min(best, i >= a ? i - a : (a - i) * 2);
    return best;
  });
  // The lines share their ancestors: each block's rail verdict is read once.
  const verdicts = new Map<Element, boolean | null>();
  /** The i-th line as a candidate, ranked (the lower the better), or null for a line that is none. */
  const candidateOf = (i: number): Built<Candidate> | null => {
    const el = lines[i]!;
    // Every date parseDate reads has a digit or a CJK numeral, or counts one unit back in words
    // ("an hour ago", "vor einer Stunde"): a line with none is no candidate.
    const raw = el.textContent ?? "";
    if (el.tagName !== "TIME" && el.tagName !== "ABBR" && !MAY_BE_DATE.test(raw) && !mayCountOneBack(raw))
      return null;
    const isTime = el.tagName === "TIME";
    const distance = distances[i]!;
    // Far from the headline only a <time> or a stamp ("Published …", "Stand: …") counts: most
    // lines of a long page go here, before their spaced text is built.
    if (distance > FAR && !isTime && !MAY_SAY_PUBLISHED.test(raw) && !OPENS_UPDATED.test(raw)) return null;
    let text = spacedText(el, looseParts(el));
    // A dateline opening the story: "Karlsruhe, (12.11.2021). Traditionell …".
    const dateline = i > at && i - at <= 15 ? DATELINE.exec(text) : null;
    if (dateline) text = dateline[0];
    // The clock of the page's rendering ("It is currently Tue Feb 11, 2020 7:22 pm", a forum's
    // "Aktuelles Datum und Uhrzeit: …", a masthead's "Today is …"): the day it was served, never
    // the day it was written.
    if (CLOCK_LINE.test(text)) return null;
    // A reader's comment's time ("2 hours ago", its <time datetime>), in a thread told by its shape.
    if (threads.length && threads.some((thread) => thread.contains(el))) return null;
    // A reader's review, comment or answer marked up as such, not the story's own item (a critic's
    // review page is a Review holding the headline).
    const item = el.closest("[itemscope]");
    if (item && isContribution(item) && !(headline && item.contains(headline))) return null;
    // A quoted or embedded post's time ("<blockquote class=instagram-media>… <time>Apr 21, 2019</time>",
    // a tweet's "— Name (@handle) January 1, 2020"): the post's day, not the page's.
    if (el.closest("blockquote")) return null;
    // A reference's access date ("Retrieved 2023-01-05"), or the date of a work a list of
    // references cites (a <cite> alone may be a byline: "<cite class=byline>By … March 11</cite>").
    const published = PUBLISHED_WORDS.test(text);
    if (CITATION.test(text) || (!published && el.closest("li")?.querySelector("cite"))) return null;
    if (!published && inFactRow(el)) return null;
    if (text.length > 160 && !published) return null;
    // A sentence of the story that holds a date ("On March 3, 2019, the first leak was found."):
    // the day it tells of, not the day it was written; a stamp's words are few (date-words.ts). A
    // date set before the first sentence with a dash is a dateline ("Feb. 23, 2015 -- Life-…").
    if (!isTime && !published && !dateline && readsAsSentence(text) && !datedBeforeDash(text, now, lang))
      return null;
    if (distance > FAR && !published && !isTime && !OPENS_UPDATED.test(text)) return null;
    if (inRail(el, headline, verdicts, { storyEdges: true })) return null;
    const linked = !!el.closest("a");
    const hint = isTime || hinted(el);
    // "3 weeks ago" with no year and no machine date beside it is a day counted back from whenever
    // the page was rendered (a saved page's is unknown): any line that writes its day says more,
    // and so does a date in the URL.
    const countedBack =
      saysTimeAgo(text, lang) &&
      !/\d{4}/.test(text) &&
      !(isTime && el.hasAttribute("datetime")) &&
      !el.querySelector("time[datetime]");
    const rank =
      Math.min(distance, FAR) -
      (hint || dateline ? HINTED : 0) -
      (published ? LABELLED : 0) +
      (UPDATED.test(text) || classSaysUpdated(el) ? 30 : 0) +
      (linked && !hint ? 20 : 0) +
      (el === headline ? 10 : 0) +
      (countedBack ? 40 : 0);
    return { rank, value: { el, confident: (hint || published) && !countedBack, labelled: published, text } };
  };
  // The lines in order of rank, each read only when the lines before it gave no date: a line's rank
  // is its distance less its marks at most, and most lines of a long page stand too far below the
  // best one to be read at all (ranking every line was ~5% of a page's extraction in a Node
  // profile, about 40% less read so; in Chromium no difference showed).
  const candidates = new LazyRanking(
    distances.map((distance) => Math.min(distance, FAR) - HINTED - LABELLED),
    candidateOf,
  );
  /** The date of a candidate line (see LineDate), or null. */
  const readLine = (el: Element, line: string): LineDate | null => {
    // "<time class=updated>April 2</time><time class='entry-date published'>March 21</time>": a
    // line holding a part its class names the update is read without it, if a date is left.
    const stale =
      el.tagName === "TIME" ? [] : Array.from(el.querySelectorAll("[class]")).filter(classSaysUpdated);
    let onlyUpdate = false;
    let leftTime: string | null = null;
    if (stale.length) {
      const skip = new Set(stale);
      const rest = spacedText(el, skip);
      // (A day left, not a time ago alone: "3 weeks ago <span class=updated>April 17</span>".)
      if (parseDate(saysTimeAgo(rest, lang) ? withoutTimeAgo(rest) : rest, now, lang)) {
        line = rest;
        const times = Array.from(el.querySelectorAll("time[datetime]")).filter((t) => !skip.has(t));
        if (times.length === 1) leftTime = times[0]!.getAttribute("datetime");
      } else onlyUpdate = true;
    }
    // A long "This entry was posted on … and filed under …" line: the words around "posted".
    const at = line.length > 200 ? Math.max(0, line.search(PUBLISHED_WORDS) - 100) : 0;
    let text = line.slice(at, at + 200);
    // "Güncelleme: 22.03.2025 09:00 | Yayınlanma: 21.03.2025 14:05", "Door Jan de Vries ·
    // Laatst gewijzigd: 22-03-2025 Geplaatst: 21-03-2025": a line that names its update before
    // the publication is read from the publication on.
    const updateAt = UPDATED.test(text) ? 0 : (UPDATED_INSIDE.exec(text)?.index ?? -1);
    const publishedAt = updateAt >= 0 ? text.search(PUBLISHED_WORDS) : -1;
    if (publishedAt > updateAt) text = text.slice(publishedAt);
    // "2025年3月22日更新（2025年3月21日公開）": Japanese and Chinese may write the word after its
    // date; a line whose first date is so named an update, with another date after, is read from it.
    const updatedAfter = UPDATED_AFTER_DATE.exec(text);
    const rest = updatedAfter ? text.slice(updatedAfter.index + updatedAfter[0].length) : "";
    const publishedAfterUpdate = !!rest && !!parseDate(rest, now, lang);
    if (publishedAfterUpdate) text = rest;
    // "2025年3月21日 14:05 更新" with no date after it: the line's date is the update.
    const updatedBeforeWord = !!updatedAfter && !publishedAfterUpdate;
    const ago = saysTimeAgo(text, lang);
    const machine =
      el.tagName === "TIME"
        ? el.getAttribute("datetime")
        : el.tagName === "ABBR"
          ? el.getAttribute("title")
          : // "Alex Perry <time datetime=…>1 day ago</time>": the line's day is its <time>'s.
            ago
            ? (el.querySelector("time[datetime]")?.getAttribute("datetime") ?? null)
            : leftTime;
    // "3 weeks ago · October 17, 2023": the day the line writes, before one counted back from now.
    const fromText = machine
      ? null
      : ((ago ? parseDate(withoutTimeAgo(text), now, lang) : null) ?? parseDate(text, now, lang));
    const inner = fromText && el.tagName !== "TIME" ? innerMachineDate(el, now, lang) : null;
    const iso =
      (machine && parseDate(machine, now, lang)) ||
      // "02/11/2023 <time datetime=2023-11-02…>" on a British page (lang "en": read month first):
      // the line's machine date settles which number is the month; "Veröffentlicht am <time
      // datetime=2025-03-21T14:05+01:00>21. März 2025</time>": the time it states of the same day.
      (fromText && inner && (monthAndDaySwapped(fromText, inner) || statesTimeOfDay(inner, fromText))
        ? inner
        : fromText) ||
      // "Published <time datetime=…>March 21</time>": a line whose words state no whole day has its
      // one <time>'s.
      innerMachineDate(el, now, lang);
    if (!iso) return null;
    const updated =
      UPDATED.test(text) ||
      classSaysUpdated(el) ||
      onlyUpdate ||
      saysUpdatedBefore(el) ||
      updateOpensDates(text, now, lang) ||
      updatedBeforeWord;
    // A <time datetime> in UTC stating another day than its own text: the text is the page's day.
    // Not a time ago ("1 day ago"): counted from whenever the page was rendered, it says no day.
    // (Not its numbers read the other way round: "08/11/2023" for <time datetime="2023-11-08">.)
    const written = machine && !ago ? parseDate(text, now, lang) : null;
    if (written && day(written) !== day(iso) && !monthAndDaySwapped(written, iso))
      return { iso: written, fromText: true, updated };
    return { iso, fromText: false, updated };
  };
  // A line is read once: the best-placed, a later "Published" one and alsoShows may each ask again.
  const reads = new Map<Element, LineDate | null>();
  const read = (el: Element, line: string): LineDate | null => {
    if (!reads.has(el)) reads.set(el, readLine(el, line));
    return reads.get(el) ?? null;
  };
  /** A candidate after the i-th that says "Published" and reads a date that is no update. */
  const publishedAfter = (i: number) => {
    for (let j = i + 1, c = candidates.at(j); c; c = candidates.at(++j)) {
      const found = c.labelled ? read(c.el, c.text) : null;
      if (found && !found.updated) return { i: j, found };
    }
    return null;
  };
  for (let best = 0, candidate = candidates.at(0); candidate; candidate = candidates.at(++best)) {
    const bestFound = read(candidate.el, candidate.text);
    if (!bestFound) continue;
    // The best-placed line is an update: a line further down that says "Published" and reads a
    // date that is no update is the publication ("Updated <time>…</time>", then "Published <time>…").
    const { i, found } = (bestFound.updated && publishedAfter(best)) || { i: best, found: bestFound };
    const { confident, labelled } = candidates.at(i)!;
    const alsoShows = (shown: string): boolean => {
      for (let j = i + 1, c = candidates.at(j); c; c = candidates.at(++j)) {
        const other = read(c.el, c.text);
        if (other && !other.updated && day(other.iso) === shown) return true;
      }
      return false;
    };
    return {
      iso: found.iso,
      confident: confident || found.fromText,
      labelled,
      updated: found.updated,
      alsoShows,
    };
  }
  return null;
}

const day = (iso: string): string => iso.slice(0, 10);
/** Does `machine` state the day `written` states, and its time too? */
const statesTimeOfDay = (machine: string, written: string): boolean =>
  machine.length > 10 && written.length === 10 && day(machine) === written;
/** "2023-08-11" and "2023-11-08": one day's numbers read day first and month first. */
const monthAndDaySwapped = (a: string, b: string): boolean =>
  day(a) !== day(b) &&
  a.slice(0, 4) === b.slice(0, 4) &&
  a.slice(5, 7) === b.slice(8, 10) &&
  a.slice(8, 10) === b.slice(5, 7);
const isUtc = (iso: string): boolean => /T.*(?:Z|[+-]00:00)$/.test(iso);
const daysApart = (a: string, b: string): number =>
  Math.abs(Date.parse(`${day(a)}T00:00:00Z`) - Date.parse(`${day(b)}T00:00:00Z`)) / 86_400_000;

/** The publication date as ISO 8601 (date only, or with time and the page's offset), or null. */
export function findPublishedTime(
  doc: Document,
  items: JsonLdItem[],
  url: string,
  now: Date,
  lang: string,
  headline = findHeadline(doc),
): string | null {
  const publishedMetas = metaDates(doc, PUBLISHED_META, now);
  const published =
    fromJsonLd(items, "datePublished", now) ??
    fromBrokenJsonLd(doc, now) ??
    publishedMetas[0] ??
    fromItemprop(doc, now, lang) ??
    fromJsonLd(items, "dateCreated", now);
  const shown = shownDate(doc, now, lang, headline);
  const modified = [fromJsonLd(items, "dateModified", now), ...metaDates(doc, MODIFIED_META, now)].filter(
    (d): d is string => !!d,
  );
  const weak = metaDates(doc, WEAK_META, now);
  const alternatives = [...publishedMetas, ...weak, ...modified];

  if (published) {
    if (!shown || shown.updated || day(shown.iso) === day(published)) return published;
    // The page shows another of its own machine dates (an update, a second published tag): that one.
    const agreeing = alternatives.find((d) => day(d) === day(shown.iso));
    if (agreeing) return agreeing;
    // The same moment stated in UTC falls on the neighbouring day: the page's day is the shown one,
    // unless another of its date lines shows the machine date's own day (the best-placed one was
    // then some other date: "writes this piece (posted this morning, 14 Oct. 15)").
    if (isUtc(published) && daysApart(published, shown.iso) === 1 && !shown.alsoShows(day(published)))
      return shown.iso;
    return published;
  }
  if (weak[0]) return shown?.confident && day(shown.iso) !== day(weak[0]) ? shown.iso : weak[0];
  if (shown?.confident) return shown.iso;
  return dateFromUrl(url, now) ?? shown?.iso ?? modified[0] ?? selfTeaserDate(doc, url, now, lang);
}

/**
 * The date of a teaser that links to this very page ("Aktuell" beside the story lists it with its
 * day): the page's own date as the site states it, when the page states none of its own.
 */
function selfTeaserDate(doc: Document, url: string, now: Date, lang: string): string | null {
  const here = pathOf(url.replace(/#.*$/, ""), url);
  if (!here || here.endsWith("/")) return null;
  for (const link of Array.from(doc.querySelectorAll("a[href]"))) {
    // A teaser's link names the story: not an empty href (an archive's toolbar, "51 captures 14 Oct
    // 2014"), nor an icon.
    const href = link.getAttribute("href")!.trim();
    if (!href || pathOf(href, url) !== here || squashedLengthUpTo(link, 15) < 15) continue;
    // The link's teaser: the link, or up to two blocks around it, still short.
    let teaser: Element | null = link;
    for (let up = 0; teaser && up < 3 && squashedLengthUpTo(teaser, 400) <= 400; up++) {
      for (const el of [teaser, ...Array.from(teaser.querySelectorAll("*"))]) {
        if (el.firstElementChild && el.localName !== "time") continue;
        const text = textOf(el);
        if (text.length > 40 || !MAY_BE_DATE.test(text)) continue;
        const date = parseDate(el.getAttribute("datetime") ?? text, now, lang);
        if (date) return date;
      }
      teaser = teaser.parentElement;
    }
  }
  return null;
}

/** The page a link opens (host, path and query, the trailing slash aside); null for a place within a page. */
function pathOf(href: string, base: string): string | null {
  try {
    const u = new URL(href, base);
    if (u.hash || href.includes("#")) return null;
    return u.host.replace(/^www\./, "") + (u.pathname.replace(/\/+$/, "") || "/") + u.search;
  } catch {
    return null;
  }
}

// The long patterns every page's reading runs, compiled as the module loads (precompiled.ts).
precompile(UPDATED_INSIDE, UPDATED_BEFORE, PUBLISHED_WORDS, OPENS_UPDATED);
