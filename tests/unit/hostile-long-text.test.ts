/**
 * Found by bench/robustness.ts: textStats once iterated Intl.Segmenter over the whole text, which
 * is super-linear in Node 20's V8 (41 KB 0.8 s, 82 KB 3 s, 165 KB 47 s) and stalled the CLI on
 * long pages. Spaced scripts are now counted with a regex. No timing assertion here (timings
 * belong to the benchmarks): a quadratic regression shows as this test hitting the suite's timeout.
 */
import { describe, expect, it } from "vitest";
import { textStats } from "../../src/extract/stats";

describe("textStats on a long text", () => {
  it("counts 300 KB of spaced text exactly", () => {
    const text = "The committee heard evidence from engineers and residents. ".repeat(5_000);
    expect(textStats(text, "en").wordCount).toBe(40_000);
  });
});
