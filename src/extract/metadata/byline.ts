/**
 * The authors: JSON-LD author(s), meta author, rel=author, [itemprop=author], .byline — cleaned
 * of "By", dates and roles, joined with ", ". Never from a related-headline rail.
 */
import { classAndId, classTokens, metaContent, nextInOrder, squash, textOf } from "../text";
import { mainArticle, namesOf, type JsonLdItem } from "./json-ld";
import { findHeadline, inRail as inPageRail } from "./page-layout";

const LEAD_IN =
  /^(?:(?:by|von|par|por|di|da|door|av|af|yazan|yazar|oleh|penulis|written by|text|texto|tekst|autor(?:in|ka|zy)?|author|szerző|автор|kirjoittaja|του|της|των|लेखक|بقلم|بواسطة|كتبت?|מאת|نوشته|نویسنده)\s*:?\s+|(?:作者|撰文|记者|記者|文)\s*[:：]\s*)/iu;
const EMAIL = /\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const KOREAN_ROLE = /\s+(?:기자|특파원|객원기자|인턴기자|선임기자|논설위원)(?=\s|$).*$/u;
const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const TRAILING =
  /\s*(?:[|•·–—-]\s*|,\s*)?(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day\b.*|(?:published|updated|posted|veröffentlicht|aktualisiert|publié|publicado|अपडेटेड|प्रकाशित)(?![\p{L}\p{N}_]).*|\d{4}\s*年.*|\d{1,3}\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago\b.*|(?:vor|il y a|hace|há)\s+\d{1,3}\s+\p{L}+.*|\d{1,2}[./]\d{1,2}[./]\d{2,4}.*|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}.*|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*.*)$/iu;
const ROLE =
  /\s*[,|–—-]\s*(?:staff writer|senior \w+|correspondent|reporter|editor|contributor|redakteur(?:in)?|korrespondent(?:in)?|journaliste|periodista|corrispondente)\b.*$/i;
/** Credits after the author's name that are not authorship: "Edited by …", "Photos by …", "Bearbeitet von …". */
const OTHER_CREDITS =
  /(?<=[\p{L}.)])\s*[,;|·•–—-]?\s*(?:edited|editing|photos?|photographs?|photography|pictures?|illustrations?|graphics|video|fact[- ]checked|(?:medically )?reviewed|additional reporting|bearbeitet|fotos?|édité)\s+(?:by|von|par)\s.*$/iu;
const RAIL = /\b(related|recommend|explore|more|most|popular|trending|teaser|promo|comment|sidebar)/;

/**
 * A byline line: "By Jane Doe", "by: Jane Doe", "di Mario Rossi", "Autor: Jan Kowalski", not "By
 * 2030 the city…"; or the lead-in alone ("Von"), its name on the next line.
 */
export const BYLINE_LINE =
  /^(?:(?:By|BY|Von|Par|Por|Door|di|Av|Af|Oleh|Yazan|Przez)\s+\p{Lu}|(?:بقلم|بواسطة|מאת)\s+\S|(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|Autor(?:in|ka|zy)?|Author|Автор|Text|Texto|Tekst|Szerző)\s*:\s*\p{Lu}|(?:Του|Της|Των)\s+\p{Lu}|लेखक\s*:\s*\S|(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v|[Aa]f)$)/u;

/** A link to an author's page: "/autor/juan-perez/", "/author/jane-doe", "/journalist/anna-berg". */
const AUTHOR_PAGE =
  /\/(?:authors?|autor(?:es|en|in|innen|zy|ka)?|autore|autori|auteurs?|journalist(?:s|en|e|er)?|redakteur(?:in|e)?|reporters?|writers?|columnists?|yazar(?:lar)?|staff)\/[^/?#]+/i;
/** A name as written in a byline: two to four words, each capitalised ("Juan Pérez", "Jan de Vries"). */
const NAME =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|da|van|von|der|den|del|la|le|di|du|dos|bin|al)\s+)?\p{Lu}[\p{L}.'’-]*){1,3}$/u;

/** "By Jane Doe, Senior Editor | March 21, 2025" → "Jane Doe". */
export function cleanByline(raw: string | null | undefined): string | null {
  let s = squash(raw);
  if (!s || /^https?:\/\//i.test(s)) return null;
  const ledIn = LEAD_IN.test(s);
  s = s.replace(LEAD_IN, "");
  // "Last updated: January 7, 2025" in a byline slot is a date line, not a name.
  if (/^(?:last\s+)?(?:updated|published|posted)\b/i.test(s)) return null;
  s = s.replace(TRAILING, "").replace(ROLE, "").replace(OTHER_CREDITS, "");
  // "홍길동 기자 hong@news.example": the address, and the Korean role after the name.
  s = s.replace(EMAIL, "").replace(KOREAN_ROLE, "");
  // "and" in the languages of the pages: "Jane Doe and John Roe", "Jan Nowak i Anna Kowalska".
  s = s
    .replace(/\s+(?:and|und|et|y|e|i|en|og|och|ja|és|ve|dan|và|и|і|та|&)\s+/giu, ", ")
    .replace(/\s*,\s*/g, ", ");
  s = s.replace(/^[\s,|-]+|[\s,|-]+$/g, "");
  // Chinese and Korean names are often two characters: taken so short only after "作者：" and the like.
  const shortest = ledIn && CJK.test(s) ? 2 : 3;
  if (s.length < shortest || s.length > 100 || !/\p{L}/u.test(s)) return null;
  return s;
}

/**
 * The byline shown just under the headline when the page marks it no way Readability knows: a
 * line led in by "By", "di", "Autor:" ("di Mario Rossi" in a span.writer), or names linking to
 * their author pages ("/autor/juan-perez/"). Read from the headline on, up to the story's first
 * long paragraph or the twelfth line; null when none.
 */
export function bylineNearHeadline(headline: Element | null): string | null {
  let lines = 0;
  for (let el = nextInOrder(headline, true); el && lines < 12; el = nextInOrder(el, false)) {
    if (/^(?:ASIDE|NAV|FOOTER|SCRIPT|STYLE|TEMPLATE)$/.test(el.tagName)) {
      el = lastInside(el);
      continue;
    }
    const links = el.tagName === "A" ? [el] : [];
    if (!links.length && el.querySelector("p, div, li, h1, h2, h3")) continue;
    const text = squash(el.textContent);
    if (!text) continue;
    if (text.length >= 120) return null;
    lines++;
    if (!links.length && BYLINE_LINE.test(text)) return cleanByline(text);
    const authors = (links.length ? links : Array.from(el.querySelectorAll("a[href]")))
      .filter((a) => AUTHOR_PAGE.test(a.getAttribute("href") ?? ""))
      .map((a) => squash(a.textContent))
      .filter((name) => NAME.test(name));
    if (authors.length) return join(authors);
    // The line's own elements have been read with it.
    el = lastInside(el);
  }
  return null;
}

/** The last element inside `el` in document order (`el` itself when it has none). */
function lastInside(el: Element): Element {
  let last = el;
  while (last.lastElementChild) last = last.lastElementChild;
  return last;
}

/**
 * The byline without the publisher after its authors ("Max Mustermann, DER SPIEGEL", "Rob Picheta,
 * CNN" → the names): the page shows the publisher apart. A byline that opens with the publisher
 * ("SPIEGEL ONLINE, Hamburg, Germany": an address) or names nothing else stays as it is.
 */
export function withoutPublisher(byline: string | null, publisher: string | null): string | null {
  if (!byline || !publisher) return byline;
  const names = byline.split(/\s*,\s*/);
  const last = names[names.length - 1]!;
  if (names.length < 2 || squash(last).toLowerCase() !== squash(publisher).toLowerCase()) return byline;
  return names.slice(0, -1).join(", ");
}

function inRail(el: Element): boolean {
  // <body> and <html> classes describe the page ("comments-open"), not a rail.
  for (let node: Element | null = el; node && node.parentElement?.parentElement; node = node.parentElement) {
    if (/^(ASIDE|NAV|FOOTER)$/.test(node.tagName)) return true;
    if (classTokens(node).some((t) => RAIL.test(t))) return true;
  }
  return false;
}

function join(names: string[]): string | null {
  const cleaned = [...new Set(names.map(cleanByline).filter((n): n is string => !!n))];
  return cleaned.length ? cleaned.join(", ") : null;
}

function fromDom(doc: Document): string | null {
  const selectors = [
    '[itemprop="author" i] [itemprop="name" i]',
    '[itemprop="author" i]',
    'a[rel="author" i]',
    '[class~="byline" i], [class*="byline" i], [class*="author-name" i], [class~="author" i], [class~="autor" i], [class~="auteur" i], [class~="autore" i]',
  ];
  for (const selector of selectors) {
    const els = Array.from(doc.querySelectorAll(selector)).filter((el) => !inRail(el));
    const names = els.map((el) => el.getAttribute("content") ?? textOf(el)).filter((t) => t.length < 120);
    const joined = join(names.slice(0, 4));
    if (joined) return joined;
  }
  return null;
}

/** Authors joined with ", ", or null. `doc` should already be decluttered (rails gone). */
export function findByline(doc: Document, items: JsonLdItem[]): string | null {
  const main = mainArticle(items);
  const publisher = main ? namesOf(main["publisher"]) : [];
  const authors = main ? namesOf(main["author"]).filter((a) => !publisher.includes(a)) : [];
  return (
    join(authors) ??
    join([metaContent(doc, "author", "article:author", "parsely-author", "sailthru.author") ?? ""]) ??
    fromDom(doc)
  );
}

/**
 * The authors a page's meta tags name under the first of `keys` it uses (by name, or by any of
 * the space-separated names in a property): one tag per author is common (dc.creator,
 * author), so every tag counts, joined with ", " ("; " when a name is written "Surname, Given").
 */
function declaredMeta(doc: Document, ...keys: string[]): string | null {
  // Each tag's keys and content read once, not once per key asked about.
  // Asked after the clutter rules and Readability ran (the page's tags as they left them), so not
  // from the list the metadata stage read.
  const metas = Array.from(doc.querySelectorAll("meta"), (meta) => ({
    keys: [
      ...(meta.getAttribute("property") ?? "").toLowerCase().split(/\s+/),
      (meta.getAttribute("name") ?? "").toLowerCase().trim(),
    ],
    content: squash(meta.getAttribute("content")),
  }));
  for (const key of keys) {
    const names = new Set<string>();
    for (const meta of metas) if (meta.content && meta.keys.includes(key)) names.add(meta.content);
    if (names.size) return [...names].join([...names].some((n) => n.includes(",")) ? "; " : ", ");
  }
  return null;
}

/**
 * The byline a page declares, as Readability reads it: the article JSON-LD's authors, else
 * dc:creator, author, parsely-author, article:author (not a URL). Kept as written.
 */
export function declaredByline(doc: Document, items: JsonLdItem[]): string | null {
  const main = mainArticle(items);
  // An author that is the publisher itself is no byline.
  const publisher = main ? namesOf(main["publisher"]) : [];
  const authors = main ? namesOf(main["author"]).filter((a) => !publisher.includes(a)) : [];
  if (authors.length) return squash(authors.join(", ")) || null;
  if (main && namesOf(main["author"]).length) return null;
  const meta = declaredMeta(doc, "dc:creator", "dc.creator", "dcterm:creator", "author", "parsely-author");
  if (meta) return meta;
  const articleAuthor = metaContent(doc, "article:author");
  return articleAuthor && !/^https?:\/\//i.test(articleAuthor) ? articleAuthor : null;
}

// Readability 0.6's byline rule (Readability.js _isValidByline, _grabArticle): the first visible
// element, in document order outside the blocks it drops as unlikely, that is rel=author,
// itemprop~author or class/id byline|author|dateline|writtenby|p-author, with under 100 characters.
const BYLINE_HINT = /byline|author|dateline|writtenby|p-author/i;
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;
const UNLIKELY_ROLES = /^(?:menu|menubar|complementary|navigation|alert|alertdialog|dialog)$/;

function hidden(el: Element): boolean {
  const style = el.getAttribute("style") ?? "";
  return (
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) ||
    el.hasAttribute("hidden") ||
    (el.getAttribute("aria-hidden") === "true" &&
      !(el.getAttribute("class") ?? "").includes("fallback-image"))
  );
}

/** Of a visible element (the walk has tested hidden()); `classAndId` is its class and id, read once. */
function dropped(el: Element, classAndId: string): boolean {
  if (el.getAttribute("aria-modal") === "true" && el.getAttribute("role") === "dialog") return true;
  if (UNLIKELY_ROLES.test(el.getAttribute("role") ?? "")) return true;
  return (
    UNLIKELY.test(classAndId) &&
    !MAYBE.test(classAndId) &&
    !/^(BODY|A)$/.test(el.tagName) &&
    !el.closest("table, code")
  );
}

function isBylineElement(el: Element, classAndId: string): boolean {
  const hinted =
    el.getAttribute("rel") === "author" ||
    (el.getAttribute("itemprop") ?? "").includes("author") ||
    BYLINE_HINT.test(classAndId);
  // The text last: reading it for every element on the way is the cost.
  if (!hinted) return false;
  const text = (el.textContent ?? "").trim();
  return text.length > 0 && text.length < 100 && !AUTHOR_BIO.test(text);
}

/** "Jane Doe is a reporter covering …": the author's note (class "author-bio"), a sentence, not a byline. */
const AUTHOR_BIO =
  /[\p{L}.]\s+(?:is|was|ist|war|est|était|es|era|è|jest|é)\s+(?:an?|the|ein(?:e|er)?|freie?r?|un|une|una|uno|um|uma)\s/iu;

function firstBylineElement(el: Element): Element | null {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    // Most elements carry no attribute at all: none of the tests below can hold for them, and
    // each attribute read is a call into the DOM.
    if (child.hasAttributes()) {
      if (hidden(child)) continue;
      const names = classAndId(child);
      if (isBylineElement(child, names)) return child;
      if (dropped(child, names)) continue;
    }
    const found = firstBylineElement(child);
    if (found) return found;
  }
  return null;
}

/**
 * The byline the page shows where Readability looks for it, without its "By" and, when it
 * carries them, without dates and roles. Read from the page before decluttering; none from a
 * rail beside the story (a related teaser's author), though decluttering may later drop the
 * story's own facts box that holds it.
 */
export function shownByline(doc: Document, headline = findHeadline(doc)): string | null {
  const el = doc.body ? firstBylineElement(doc.body) : null;
  if (!el || inPageRail(el, headline)) return null;
  const named = el.querySelector('[itemprop*="name"]') ?? el;
  const raw = squash(named.textContent);
  const light = raw.replace(LEAD_IN, "");
  // "Last updated: January 7, 2025" in a byline slot is a date line, not a name.
  if (!light || /^https?:\/\//i.test(light) || /^(?:last\s+)?(?:updated|published|posted)\b/i.test(light))
    return null;
  if ([TRAILING, ROLE, OTHER_CREDITS, EMAIL, KOREAN_ROLE].some((extra) => extra.test(light)))
    return cleanByline(raw);
  // Several authors joined with ", " ("A and B" → "A, B"); a parenthesis is kept as written.
  return light
    .split(/(\([^)]*\))/)
    .map((part, i) => (i % 2 ? part : part.replace(/\s+(?:and|und|et|y|e|&)\s+/gi, ", ")))
    .join("");
}
