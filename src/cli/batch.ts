/** `--batch MANIFEST --out RESULTS`: every page of a manifest, one failure never stopping the rest. */
import { readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Article } from "../extract/types";
import { extractFile } from "./extract-file";

type Manifest = Record<string, { file: string; url?: string }>;
export type BatchResults = Record<string, Article | { error: string }>;

export async function runBatch(manifestPath: string, outPath: string): Promise<string> {
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as Manifest;
  const dir = dirname(resolve(manifestPath));
  const results: BatchResults = {};
  let articles = 0;
  const started = performance.now();
  for (const [id, entry] of Object.entries(manifest)) {
    try {
      if (!entry || typeof entry.file !== "string") throw new Error("manifest entry has no file");
      const result = await extractFile(resolve(dir, entry.file), entry.url);
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
