/** What every import parser produces: plain items and the rows it skipped, with reasons. */
import type { SavedArticle } from "../types.js";

export interface ImportedItem {
  url: string;
  /** normalizeUrl(url), when the parser has already parsed the URL (saves parsing it twice). */
  normUrl?: string;
  title: string;
  /** When the user saved it (ms since epoch), if the export says. */
  savedAt: number | null;
  publishedTime: string | null;
  tags: string[];
  archived: boolean;
  favourite: boolean;
  byline: string | null;
  siteName: string | null;
  excerpt: string | null;
  /** Article HTML, unsanitised (the import sanitises it); null = a link only. */
  content: string | null;
  highlights: string | null;
  /** A Tidings export carries the whole stored article: kept as it was (lossless). */
  whole?: SavedArticle;
  /** Where it came from, for messages: "pocket.csv line 4". */
  origin: string;
}

export interface Skipped {
  origin: string;
  reason: string;
}

export interface ParseResult {
  items: ImportedItem[];
  skipped: Skipped[];
}

/** A file that is not what it claims to be; the message names the file and line or entry. */
export class ImportFormatError extends Error {
  override readonly name = "ImportFormatError";
}

export function linkItem(fields: Partial<ImportedItem> & Pick<ImportedItem, "url" | "origin">): ImportedItem {
  return {
    title: "",
    savedAt: null,
    publishedTime: null,
    tags: [],
    archived: false,
    favourite: false,
    byline: null,
    siteName: null,
    excerpt: null,
    content: null,
    highlights: null,
    ...fields,
  };
}

/** Split tag lists ("a|b", "a, b") into clean unique tags. */
export function splitTags(value: string | undefined | null, separator: RegExp): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(separator)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** Unix seconds (Pocket, Instapaper) to ms; throws on anything that is not a number. */
export function unixSeconds(value: string | undefined, where: string): number | null {
  const v = (value ?? "").trim();
  if (!v) return null;
  if (!/^\d{1,12}(\.\d+)?$/.test(v)) throw new ImportFormatError(`${where}: “${v}” is not a Unix time.`);
  return Math.round(Number(v) * 1000);
}
