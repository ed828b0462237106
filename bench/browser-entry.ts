/**
 * Injected into each corpus page by bench/browser.ts (bundled as an IIFE, like the content
 * bundle): times, in the page's own DOM, (a) a document clone plus one full tree walk (the floor),
 * (b) Readability.js alone on a clone and (c) the full Tidings pipeline, interleaved.
 */
import { Readability } from "@mozilla/readability";
import { extractArticle } from "../src/extract/index.js";
import type { StageMs } from "../src/extract/stopwatch.js";

export type Step = "floor" | "readability" | "tidings";
export const STEPS: Step[] = ["floor", "readability", "tidings"];

export interface PageTimes {
  /** Milliseconds per repetition, per step. */
  ms: Record<Step, number[]>;
  /** Tidings' milliseconds by stage of its pipeline, per repetition (src/extract/stopwatch.ts). */
  stages: StageMs[];
  /** What each extractor returned on the last repetition (a sanity check, not a score). */
  readabilityChars: number;
  tidings: string;
  elements: number;
}

declare global {
  var __tidingsBench: ((reps: number, url: string) => PageTimes) | undefined;
}

function floor(): number {
  const clone = document.cloneNode(true) as Document;
  const walker = clone.createTreeWalker(clone, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

function readability(): number {
  const parsed = new Readability(document.cloneNode(true) as Document).parse();
  return parsed?.textContent?.length ?? 0;
}

/** `url` is the page's address in the corpus (it is served from 127.0.0.1), as the CLI is given. */
function tidings(url: string, stageMs: StageMs): string {
  const result = extractArticle(document, { url, sanitizerWindow: window, stageMs });
  return result.kind === "article" ? `article ${result.article.wordCount} words` : result.reason;
}

globalThis.__tidingsBench = (reps: number, url: string): PageTimes => {
  const ms: Record<Step, number[]> = { floor: [], readability: [], tidings: [] };
  const stages: StageMs[] = [];
  let readabilityChars = 0;
  let outcome = "";
  for (let rep = 0; rep < reps; rep++) {
    // Rotate the order each repetition so that warm caches and GC debt favour no step.
    const order = STEPS.map((_, i) => STEPS[(i + rep) % STEPS.length]!);
    for (const step of order) {
      const start = performance.now();
      try {
        if (step === "floor") floor();
        else if (step === "readability") readabilityChars = readability();
        else {
          const stageMs: StageMs = {};
          stages.push(stageMs);
          outcome = tidings(url, stageMs);
        }
      } catch (error) {
        if (step === "tidings") outcome = `error: ${error instanceof Error ? error.message : String(error)}`;
      }
      ms[step].push(performance.now() - start);
    }
  }
  return {
    ms,
    stages,
    readabilityChars,
    tidings: outcome,
    elements: document.getElementsByTagName("*").length,
  };
};
