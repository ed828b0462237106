/** `--batch MANIFEST --out RESULTS`: every page of a manifest, one failure never stopping the rest. */
import { readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Article } from "../extract/types";
import { savedAtDate } from "./args";
import { extractFile } from "./extract-file";

type Manifest = Record<string, { file: string; url?: string; savedAt?: string }>;
export type BatchResults = Record<string, Article | { error: string }>;

/** `savedAt`: when the pages were saved, unless an entry says (its own savedAt). */
export async function runBatch(manifestPath: string, outPath: string, savedAt?: Date): Promise<string> {
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as Manifest;
  const dir = dirname(resolve(manifestPath));
  const results: BatchResults = {};
  let articles = 0;
  const started = performance.now();
  for (const [id, entry] of Object.entries(manifest)) {
    try {
      if (!entry || typeof entry.file !== "string") throw new Error("manifest entry has no file");
      const saved = entry.savedAt === undefined ? savedAt : savedAtDate(entry.savedAt, "savedAt");
      const result = await extractFile(resolve(dir, entry.file), entry.url, saved);
      if (result.kind === "article") {
        results[id] = result.article;
        articles++;
      } else {
        results[id] = { error: `${result.reason}: ${result.message}` };
      }
    } catch (error) {
      results[id] = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  await writeFile(outPath, JSON.stringify(results, null, 2) + "\n");
  const total = Object.keys(results).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `${articles}/${total} articles, ${total - articles} without, in ${seconds} s → ${outPath}`;
}
