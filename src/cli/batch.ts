/**
 * `--batch MANIFEST --out RESULTS`: every page of a manifest, one failure never stopping the rest.
 * Each result is written as soon as it is read, to RESULTS.partial, which becomes RESULTS when the
 * last one is in: the batch holds one page at a time (it held every Article until the end: 3.3 GB
 * for 1,500 local pages), and a batch stopped half-way (killed, out of memory, a full disk) leaves
 * the results it had read in RESULTS.partial instead of nothing.
 */
import { open, readFile, rename } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Article } from "../extract/types";
import { savedAtDate } from "./args";
import { extractFile } from "./extract-file";

type Manifest = Record<string, { file: string; url?: string; savedAt?: string }>;
/** A page's result: its Article, or why there is none. */
type BatchResult = Article | { error: string };

/** `savedAt`: when the pages were saved, unless an entry says (its own savedAt). */
export async function runBatch(manifestPath: string, outPath: string, savedAt?: Date): Promise<string> {
  const manifest = await readManifest(manifestPath);
  const dir = dirname(resolve(manifestPath));
  const partialPath = `${outPath}.partial`;
  const out = await open(partialPath, "w");
  let total = 0;
  let articles = 0;
  const started = performance.now();
  try {
    await out.write("{");
    for (const [id, entry] of Object.entries(manifest)) {
      const result = await readEntry(dir, entry, savedAt);
      if (!("error" in result)) articles++;
      // The text JSON.stringify(results, null, 2) gives, one member at a time.
      const member = `${JSON.stringify(id)}: ${JSON.stringify(result, null, 2).replace(/\n/g, "\n  ")}`;
      await out.write(`${total++ ? "," : ""}\n  ${member}`);
    }
    await out.write(total ? "\n}\n" : "}\n");
  } finally {
    await out.close();
  }
  await rename(partialPath, outPath);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `${articles}/${total} articles, ${total - articles} without, in ${seconds} s → ${outPath}`;
}

/** The manifest, checked before any output is made: a malformed one names itself and what it lacks. */
async function readManifest(path: string): Promise<Manifest> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    if (error instanceof SyntaxError) throw new Error(`${path} is not JSON: ${error.message}`);
    throw error;
  }
  if (!manifest || typeof manifest !== "object" || Array.isArray(manifest))
    throw new Error(`${path} is not a manifest: it must be a JSON object of {"id": {"file": …, "url": …}}`);
  return manifest as Manifest;
}

async function readEntry(
  dir: string,
  entry: Manifest[string] | undefined,
  savedAt: Date | undefined,
): Promise<BatchResult> {
  try {
    if (!entry || typeof entry.file !== "string") throw new Error("manifest entry has no file");
    const saved = entry.savedAt === undefined ? savedAt : savedAtDate(entry.savedAt, "savedAt");
    const result = await extractFile(resolve(dir, entry.file), entry.url, saved);
    return result.kind === "article" ? result.article : { error: `${result.reason}: ${result.message}` };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
