/**
 * Tidings' own export: {format: "tidings-library", version: 2, articles: SavedArticle[]}. Each
 * entry is checked field by field; a bad one names its index and field.
 */
import { normalizeUrl } from "../normalize-url.js";
import type { SavedArticle } from "../types.js";
import { ImportFormatError, linkItem, type ParseResult } from "./types.js";

export const TIDINGS_FORMAT = "tidings-library";
export const TIDINGS_EXPORT_VERSION = 2;

type Check = "string" | "string?" | "number" | "boolean" | "tags";
const FIELDS: Record<keyof SavedArticle, Check> = {
  id: "string",
  url: "string",
  title: "string",
  byline: "string?",
  siteName: "string?",
  source: "string?",
  publishedTime: "string?",
  lang: "string?",
  dir: "string?",
  excerpt: "string?",
  content: "string",
  textContent: "string",
  wordCount: "number",
  readingMinutes: "number",
  leadImage: "string?",
  savedAt: "number",
  updatedAt: "number",
  normUrl: "string",
  tags: "tags",
  archived: "boolean",
  favourite: "boolean",
  progress: "number",
  linkOnly: "boolean",
  highlights: "string?",
};

function ok(value: unknown, check: Check): boolean {
  switch (check) {
    case "string":
      return typeof value === "string";
    case "string?":
      return value === null || typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "tags":
      return Array.isArray(value) && value.every((t) => typeof t === "string");
  }
}

/** Fields a version-1 export (before tags and states) lacks get their defaults. */
function withDefaults(entry: Record<string, unknown>): Record<string, unknown> {
  return {
    normUrl: typeof entry.url === "string" ? normalizeUrl(entry.url) : undefined,
    tags: [],
    archived: false,
    favourite: false,
    progress: 0,
    linkOnly: false,
    highlights: null,
    ...entry,
  };
}

export function parseTidingsJson(text: string, fileName = "Tidings JSON"): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportFormatError(`${fileName}: not valid JSON (${(error as Error).message}).`);
  }
  const root = data as { format?: unknown; version?: unknown; articles?: unknown };
  if (root?.format !== TIDINGS_FORMAT || !Array.isArray(root.articles)) {
    throw new ImportFormatError(
      `${fileName}: not a Tidings library export (no "format": "${TIDINGS_FORMAT}").`,
    );
  }
  if (typeof root.version !== "number" || root.version > TIDINGS_EXPORT_VERSION) {
    throw new ImportFormatError(
      `${fileName}: export version ${String(root.version)} is newer than this Tidings.`,
    );
  }
  const items = root.articles.map((raw: unknown, i: number) => {
    const where = `${fileName} article ${i + 1}`;
    if (!raw || typeof raw !== "object") throw new ImportFormatError(`${where}: not an object.`);
    const entry = withDefaults(raw as Record<string, unknown>);
    for (const [field, check] of Object.entries(FIELDS)) {
      if (!ok(entry[field], check)) {
        throw new ImportFormatError(
          `${where}: field “${field}” is missing or not a ${check.replace("?", " or null")}.`,
        );
      }
    }
    const whole = Object.fromEntries(
      Object.keys(FIELDS).map((k) => [k, entry[k]]),
    ) as unknown as SavedArticle;
    return linkItem({ url: whole.url, origin: `${where} (${whole.url})`, title: whole.title, whole });
  });
  return { items, skipped: [] };
}
