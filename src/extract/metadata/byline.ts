/**
 * The authors: JSON-LD author(s), meta author, rel=author, [itemprop=author], .byline — cleaned
 * of "By", dates and roles, joined with ", ". Never from a related-headline rail.
 */
import { classTokens, metaContent, squash, textOf } from "../text";
import { mainArticle, namesOf, type JsonLdItem } from "./json-ld";

const LEAD_IN = /^(?:by|von|par|por|di|da|door|av|yazan|written by|text|texto|autor(?:in)?|author)\s*:?\s+/i;
const TRAILING =
  /\s*(?:[|•·–—-]\s*|,\s*)?(?:(?:published|updated|posted|veröffentlicht|aktualisiert|publié|publicado)\b.*|\d{1,2}[./]\d{1,2}[./]\d{2,4}.*|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}.*|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*.*)$/i;
const ROLE =
  /\s*[,|–—-]\s*(?:staff writer|senior \w+|correspondent|reporter|editor|contributor|redakteur(?:in)?|korrespondent(?:in)?|journaliste|periodista|corrispondente)\b.*$/i;
const RAIL = /\b(related|recommend|explore|more|most|popular|trending|teaser|promo|comment|sidebar)/;

/** "By Jane Doe, Senior Editor | March 21, 2025" → "Jane Doe". */
export function cleanByline(raw: string | null | undefined): string | null {
  let s = squash(raw);
  if (!s || /^https?:\/\//i.test(s)) return null;
  s = s.replace(LEAD_IN, "").replace(TRAILING, "").replace(ROLE, "");
  s = s.replace(/\s+(?:and|und|et|y|e|&)\s+/gi, ", ").replace(/\s*,\s*/g, ", ");
  s = s.replace(/^[\s,|-]+|[\s,|-]+$/g, "");
  if (s.length < 3 || s.length > 100 || !/\p{L}/u.test(s)) return null;
  return s;
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
  const meta = metaContent(doc, "dc:creator", "dc.creator", "dcterm:creator", "author", "parsely-author");
  if (meta) return meta;
  const articleAuthor = metaContent(doc, "article:author");
  return articleAuthor && !/^https?:\/\//i.test(articleAuthor) ? articleAuthor : null;
}
