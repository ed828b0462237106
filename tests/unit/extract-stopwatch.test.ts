import { describe, expect, it, vi } from "vitest";
import { extractArticle } from "../../src/extract/index";
import { STAGES, stageTimer, type StageMs } from "../../src/extract/stopwatch";
import { doc, NOW, page, sanitizerWindow } from "./extract-helpers";

describe("stage timings (benchmarks only)", () => {
  it("adds each lap to its stage, counting from the previous lap", () => {
    const clock = vi.spyOn(performance, "now");
    for (const t of [100, 103, 110, 111]) clock.mockReturnValueOnce(t);
    const into: StageMs = {};
    const lap = stageTimer(into);
    lap("clone");
    lap("metadata");
    lap("clone");
    clock.mockRestore();
    expect(into).toEqual({ clone: 4, metadata: 7 });
  });

  it("reads no clock without a record to fill", () => {
    const clock = vi.spyOn(performance, "now");
    stageTimer(undefined)("clone");
    expect(clock).not.toHaveBeenCalled();
    clock.mockRestore();
  });

  it("times every stage of an article's extraction, and no more than the whole call", () => {
    const stageMs: StageMs = {};
    const d = doc(page({ before: `<nav><a href="/">Home</a></nav>` }));
    const start = performance.now();
    const result = extractArticle(d, { url: "https://news.example/a", now: NOW, sanitizerWindow, stageMs });
    const whole = performance.now() - start;
    expect(result.kind).toBe("article");
    expect(Object.keys(stageMs).sort()).toEqual([...STAGES].sort());
    const sum = Object.values(stageMs).reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThanOrEqual(whole);
  });
});
