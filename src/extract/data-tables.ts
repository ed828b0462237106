/**
 * Readability scores every table cell as a paragraph, commas included, so a long table of short
 * entries (the signatories of an open letter, a directory of names and addresses) can outscore
 * the story it belongs to: the story is then dropped and the table alone comes out. On a page
 * with prose of its own, such tables sit out Readability's choice behind a marker paragraph and
 * come back where their marker ends up: inside the story when they were part of it, nowhere when
 * Readability's pick leaves their place aside.
 */
import { absoluteHttpUrl, linkDensity, squash, squashedLength, squashedLengthUpTo } from "./text";

/** A marker paragraph's text: too short for Readability to score, kept as a paragraph with text. */
const MARK = "\u2063tidings-table-";
/** Entries of at most this many characters on average make a table of entries, not a layout table. */
const ENTRY_CHARS = 80;
/**
 * A table of entries can outscore a story it is at least half as long as (and this long): a
 * shorter one (a score box beside a match report) only adds to the story's block, and sits in.
 */
const TABLE_CHARS = 1000;
const TABLE_SHARE = 0.5;
/** Prose of its own: at least this many paragraphs of PROSE_CHARS, outside tables. */
const PROSE_PARAGRAPHS = 3;
const PROSE_CHARS = 150;

/** Cells and line breaks: the entries a table is made of. */
function entries(table: Element): number {
  return table.querySelectorAll("td, th, br, li").length || 1;
}

function isEntryTable(table: Element, prose: number): boolean {
  // Nested tables are judged as part of the outermost one.
  if (table.parentElement?.closest("table")) return false;
  const chars = squashedLength(table.textContent);
  if (chars < Math.max(TABLE_CHARS, prose * TABLE_SHARE) || chars / entries(table) > ENTRY_CHARS)
    return false;
  // A layout table holding the story has paragraphs of prose in its cells.
  return !Array.from(table.querySelectorAll("p")).some((p) => squashedLength(p.textContent) >= PROSE_CHARS);
}

/** The characters of the page's paragraphs of prose outside tables; 0 for fewer than PROSE_PARAGRAPHS. */
function proseChars(doc: Document): number {
  let found = 0;
  let chars = 0;
  for (const p of Array.from(doc.body.getElementsByTagName("p"))) {
    const length = squashedLength(p.textContent);
    if (length < PROSE_CHARS || p.closest("table") || linkDensity(p) > 0.3) continue;
    found++;
    chars += length;
  }
  return found >= PROSE_PARAGRAPHS ? chars : 0;
}

/** Swaps the page's tables of entries for markers, when the page has prose; returns them in order. */
export function setTablesAside(doc: Document): Element[] {
  if (!doc.body) return [];
  const all = Array.from(doc.body.getElementsByTagName("table"));
  // Most pages have no table long enough: the prose is not measured for them (nor any table's
  // text read past that length).
  if (!all.some((t) => squashedLengthUpTo(t, TABLE_CHARS) >= TABLE_CHARS)) return [];
  const prose = proseChars(doc);
  const tables = prose ? all.filter((t) => isEntryTable(t, prose)) : [];
  if (!tables.length) return [];
  tables.forEach((table, i) => {
    const marker = doc.createElement("p");
    marker.textContent = `${MARK}${i}`;
    table.replaceWith(marker);
  });
  return tables;
}

/**
 * Puts each table back in place of its marker in Readability's output, its links and images made
 * absolute as Readability makes the rest; a table whose marker is not there stays out.
 */
export function putTablesBack(root: Element, tables: Element[], base: string): void {
  if (!tables.length) return;
  for (const p of Array.from(root.getElementsByTagName("p"))) {
    const text = squash(p.textContent);
    if (!text.startsWith(MARK)) continue;
    const table = tables[Number(text.slice(MARK.length))];
    if (table) {
      absolutize(table, base);
      cleanStyles(table);
      p.replaceWith(table);
    } else p.remove();
  }
}

/** Readability's _cleanStyles, which the tables set aside missed: presentational attributes go. */
const PRESENTATIONAL = [
  "align",
  "background",
  "bgcolor",
  "border",
  "cellpadding",
  "cellspacing",
  "frame",
  "hspace",
  "rules",
  "style",
  "valign",
  "vspace",
];
const SIZED = new Set(["TABLE", "TH", "TD", "HR", "PRE"]);

export function cleanStyles(table: Element): void {
  for (const el of [table, ...Array.from(table.querySelectorAll("*"))]) {
    if (el.closest("svg")) continue;
    for (const name of PRESENTATIONAL) el.removeAttribute(name);
    if (SIZED.has(el.tagName)) {
      el.removeAttribute("width");
      el.removeAttribute("height");
    }
  }
}

export function absolutize(table: Element, base: string): void {
  // Other schemes (mailto:, tel:) stay as written; the sanitiser judges them.
  const resolve = (value: string): string => absoluteHttpUrl(value, base) ?? value;
  for (const el of Array.from(table.querySelectorAll("[href], [src], [srcset], [poster]"))) {
    for (const name of ["href", "src", "poster"]) {
      const value = el.getAttribute(name);
      // Fragment links stay: they point into the page itself.
      if (value && !value.startsWith("#")) el.setAttribute(name, resolve(value));
    }
    const srcset = el.getAttribute("srcset");
    if (srcset)
      el.setAttribute(
        "srcset",
        srcset.replace(/(^|,\s*)(\S+)/g, (_, lead: string, url: string) => lead + resolve(url)),
      );
  }
}
