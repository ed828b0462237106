/**
 * Runs Tidings and plain Readability.js on the same linkedom DOM of each page, interleaved,
 * timing each. Readability gets a clone (parse() mutates); Tidings clones by itself.
 */
import { JSDOM } from "jsdom";
import { Readability } from "@mozilla/readability";
import { extractArticle, type ExtractResult } from "../src/extract/index.js";
import { parseHtmlDocument } from "../src/cli/parse-html.js";
import type { StageMs } from "../src/extract/stopwatch.js";
import { timed } from "./timing.js";
import { outputOf, type Output } from "./output.js";

export type Runner = "tidings" | "readability";

export interface Run {
  outputs: (Output | null)[];
  ms: number[];
  /** Tidings only: each page's milliseconds by stage of the pipeline (src/extract/stopwatch.ts). */
  stageMs?: StageMs[];
}

// DOMPurify needs a DOM linkedom lacks; one jsdom window sanitises for every page.
const sanitizerWindow = new JSDOM("").window as unknown as Window & typeof globalThis;

export function parsePage(html: string, url: string): Document {
  const document = parseHtmlDocument(html);
  // linkedom has no document URL; Readability resolves links against <base>.
  if (!document.querySelector("base[href]") && document.head) {
    const base = document.createElement("base");
    base.setAttribute("href", url);
    document.head.prepend(base);
  }
  return document;
}

function runReadability(doc: Document): Output | null {
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  if (!parsed) return null;
  return {
    text: parsed.textContent ?? "",
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
    excerpt: parsed.excerpt ?? null,
  };
}

function runTidings(doc: Document, url: string, stageMs: StageMs): Output | null {
  return outputOf(extractArticle(doc, { url, sanitizerWindow, stageMs }));
}

/** Tidings alone on one page, parsed as the CLI parses it: what bench:parity compares the browsers with. */
export function tidingsInNode(html: string, url: string): ExtractResult {
  return extractArticle(parsePage(html, url), { url, sanitizerWindow });
}

/**
 * Between pages, back to the event loop: a WeakRef's target lives until the current job ends, and
 * jsdom holds each NodeIterator (DOMPurify makes one per call) by WeakRef, so a loop that never
 * yields keeps every sanitised document alive (the heap +75 MB after article-bodies' 92 pages,
 * +540 MB after the next corpus), and the garbage collector's growing work lands in the timings.
 * The CLI yields at each file it reads. (bench:parity's Node run yields the same way.)
 */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Both extractors once on a fresh parse of the page (untimed), in turn; which runs first alternates
 * with the page and the round, so warm caches favour neither. A throw counts as no output.
 */
async function runPage(
  page: { html: string; url: string },
  turn: number,
  stages: StageMs,
): Promise<Record<Runner, { value: Output | null; ms: number }>> {
  await nextTask();
  const doc = parsePage(page.html, page.url);
  const order: Runner[] = turn % 2 ? ["readability", "tidings"] : ["tidings", "readability"];
  const times = {} as Record<Runner, { value: Output | null; ms: number }>;
  for (const runner of order) {
    times[runner] = timed(() => {
      try {
        return runner === "tidings" ? runTidings(doc, page.url, stages) : runReadability(doc);
      } catch {
        return null;
      }
    });
  }
  return times;
}

/** Runs both extractors on every page; a throw counts as no output. */
export async function runExtractors(pages: { html: string; url: string }[]): Promise<Record<Runner, Run>> {
  const stageMs: StageMs[] = [];
  const runs: Record<Runner, Run> = {
    tidings: { outputs: [], ms: [], stageMs },
    readability: { outputs: [], ms: [] },
  };
  for (const [i, page] of pages.entries()) {
    const stages: StageMs = {};
    stageMs.push(stages);
    const times = await runPage(page, i, stages);
    for (const runner of ["tidings", "readability"] as const) {
      runs[runner].outputs.push(times[runner].value);
      runs[runner].ms.push(times[runner].ms);
    }
  }
  return runs;
}

/**
 * Each page's least milliseconds per extractor over the first pass (`runs`) and `rounds` more
 * interleaved timing-only passes: the per-page figure least moved by the shared machine's noise and
 * by a garbage collection that lands on one run (a single pass's medians have moved ±15–30% between
 * runs of unchanged code).
 */
export async function minimumTimes(
  pages: { html: string; url: string }[],
  runs: Record<Runner, Run>,
  rounds: number,
): Promise<Record<Runner, number[]>> {
  const least: Record<Runner, number[]> = {
    tidings: [...runs.tidings.ms],
    readability: [...runs.readability.ms],
  };
  for (let round = 1; round <= rounds; round++) {
    for (const [i, page] of pages.entries()) {
      const times = await runPage(page, i + round, {});
      for (const runner of ["tidings", "readability"] as const)
        least[runner][i] = Math.min(least[runner][i] ?? Infinity, times[runner].ms);
    }
  }
  return least;
}
