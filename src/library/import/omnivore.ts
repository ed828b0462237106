/**
 * Omnivore's export ZIP: metadata_<n>_to_<m>.json (arrays of {id, slug, title, author, url,
 * state, labels, savedAt, publishedAt, description}), content/<slug>.html (the article, kept and
 * sanitised on import) and highlights/<slug>.md (kept with it).
 */
import { normalizeParsed, webUrl } from "../normalize-url.js";
import { ImportFormatError, linkItem, type ParseResult } from "./types.js";

type Files = Record<string, string>;

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

function isoTime(value: unknown, where: string): number | null {
  if (value === null || value === undefined || value === "") return null;
  const t = typeof value === "number" ? value : Date.parse(String(value));
  if (!Number.isFinite(t)) throw new ImportFormatError(`${where}: “${String(value)}” is not a date.`);
  return t;
}

function labelsOf(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ImportFormatError(`${where}: labels is not a list.`);
  const names = value.map((l) => (typeof l === "string" ? l : str((l as { name?: unknown })?.name)));
  return [...new Set(names.filter((n): n is string => !!n && !!n.trim()).map((n) => n.trim()))];
}

/** `files`: every text file in the ZIP by path; only metadata, content/ and highlights/ are read. */
export function parseOmnivore(files: Files, zipName = "Omnivore export"): ParseResult {
  const out: ParseResult = { items: [], skipped: [] };
  const metadata = Object.keys(files)
    .filter((p) => /(^|\/)metadata_[^/]*\.json$/.test(p))
    .sort();
  if (!metadata.length)
    throw new ImportFormatError(`${zipName}: no metadata_*.json — not an Omnivore export.`);
  const byBase = new Map(
    Object.entries(files).map(([p, text]) => [p.replace(/^.*?(content|highlights)\//, "$1/"), text]),
  );
  for (const path of metadata) {
    let entries: unknown;
    try {
      entries = JSON.parse(files[path]!);
    } catch (error) {
      throw new ImportFormatError(`${zipName}/${path}: not valid JSON (${(error as Error).message}).`);
    }
    if (!Array.isArray(entries)) throw new ImportFormatError(`${zipName}/${path}: expected a list of items.`);
    entries.forEach((entry: Record<string, unknown>, i) => {
      const origin = `${path} entry ${i + 1}`;
      if (!entry || typeof entry !== "object") throw new ImportFormatError(`${origin}: not an object.`);
      const url = str(entry.url) ?? "";
      const state = (str(entry.state) ?? "").toUpperCase();
      if (state === "DELETED") return void out.skipped.push({ origin, reason: "deleted in Omnivore" });
      const parsed = webUrl(url);
      if (!parsed) {
        out.skipped.push({ origin, reason: url ? `not a web address: ${url}` : "no URL" });
        return;
      }
      const slug = str(entry.slug);
      const content = slug ? (byBase.get(`content/${slug}.html`) ?? null) : null;
      const highlights = slug ? (byBase.get(`highlights/${slug}.md`) ?? null) : null;
      const published = isoTime(entry.publishedAt, `${origin} publishedAt`);
      out.items.push(
        linkItem({
          url,
          normUrl: normalizeParsed(parsed),
          origin,
          title: str(entry.title) ?? "",
          byline: str(entry.author),
          excerpt: str(entry.description),
          savedAt: isoTime(entry.savedAt, `${origin} savedAt`),
          publishedTime: published === null ? null : new Date(published).toISOString(),
          archived: state === "ARCHIVED",
          tags: labelsOf(entry.labels, origin),
          content: content && content.trim() ? content : null,
          highlights: highlights && highlights.trim() ? highlights : null,
        }),
      );
    });
  }
  return out;
}
