/** The lossless export: every stored field of every article; importing it gives the same library. */
import { TIDINGS_EXPORT_VERSION, TIDINGS_FORMAT } from "../import/tidings-json.js";
import type { SavedArticle } from "../types.js";
import type { ExportFile } from "./types.js";

export function exportTidingsJson(articles: SavedArticle[], now = Date.now()): ExportFile {
  // One part per article: a 20,000-article library never becomes one giant string.
  const parts: string[] = [
    `{"format":"${TIDINGS_FORMAT}","version":${TIDINGS_EXPORT_VERSION},"exportedAt":"${new Date(now).toISOString()}","articles":[\n`,
  ];
  articles.forEach((a, i) => parts.push((i ? ",\n" : "") + JSON.stringify(a)));
  parts.push("\n]}\n");
  const day = new Date(now).toISOString().slice(0, 10);
  return {
    name: `tidings-library-${day}.json`,
    type: "application/json",
    blob: new Blob(parts, { type: "application/json" }),
  };
}
