/**
 * Long pages that once made the extractor super-linear. Found by bench/robustness.ts: textStats
 * once iterated Intl.Segmenter over the whole text, which is super-linear in Node 20's V8 (41 KB
 * 0.8 s, 82 KB 3 s, 165 KB 47 s) and stalled the CLI on long pages. Spaced scripts are now counted
 * with a regex; text with any Chinese, Japanese or Thai in it (a long Japanese story, a source
 * listing with one Han string in it: 13 s for 114 KB) goes to Segmenter in pieces. Found by
 * running extract --batch over this machine's documentation, and by doubling made-up shapes: a
 * long highlighted code listing (declutter) and a story closed by thousands of date lines (trims).
 * No timing assertion here (timings belong to the benchmarks): a quadratic regression shows as a
 * test hitting the suite's timeout.
 */
import { describe, expect, it } from "vitest";
import { segmentPieces, textStats } from "../../src/extract/stats";
import { article, page } from "./extract-helpers";

const JAPANESE = "東京都は十日、新しい橋の工事を始めると発表した。住民の説明会は来月開かれる。\n";

function segmenterWords(text: string): number {
  let words = 0;
  for (const seg of new Intl.Segmenter("ja", { granularity: "word" }).segment(text))
    if (seg.isWordLike) words++;
  return words;
}

describe("textStats on a long text", () => {
  it("counts 300 KB of spaced text exactly", () => {
    const text = "The committee heard evidence from engineers and residents. ".repeat(5_000);
    expect(textStats(text, "en").wordCount).toBe(40_000);
  });

  it("counts 300 KB of Japanese text, piece by piece, as Segmenter counts one paragraph at a time", () => {
    const text = JAPANESE.repeat(8_000);
    expect(text.length).toBeGreaterThan(300_000);
    expect(textStats(text, "ja").wordCount).toBe(segmenterWords(JAPANESE) * 8_000);
  });

  it("counts a mixed text in pieces as Segmenter counts it whole", () => {
    // Short enough for Segmenter to take whole: the pieces must not change its count.
    const text = Array.from({ length: 120 }, (_, i) =>
      i % 3 ? JAPANESE.trim() + ` version ${i}.2 of the “Bridge” plan, 3,400 m` : `${JAPANESE}\n`,
    ).join(" ");
    expect(text.length).toBeGreaterThan(8_000);
    expect(textStats(text, "ja").wordCount).toBe(segmenterWords(text));
  });
});

describe("segmentPieces", () => {
  it("gives back the whole text, cut after a space or an ideographic stop", () => {
    const text = `${"word ".repeat(1_500)}${"橋の工事。".repeat(1_500)}`;
    const pieces = [...segmentPieces(text)];
    expect(pieces.join("")).toBe(text);
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeLessThanOrEqual(1_000);
      expect(piece).toMatch(/[ 。]$/);
    }
  });

  it("cuts a run with no place to cut at the limit, never inside a surrogate pair", () => {
    const text = "𠀀".repeat(6_000); // an astral Han character: two UTF-16 units each
    const pieces = [...segmentPieces(text)];
    expect(pieces.join("")).toBe(text);
    for (const piece of pieces) expect(piece).toMatch(/^(?:𠀀)+$/u);
  });

  it("leaves a short text whole", () => {
    expect([...segmentPieces("短い文。")]).toEqual(["短い文。"]);
  });
});

describe("a long code listing", () => {
  it("keeps 20,000 highlighted comments, asking about their block once", () => {
    // Each <span class="comment"> has a clutter word for a class; whether it sits in a sentence
    // was once learnt by listing all of the <pre>'s children, for each span: quadratic.
    const lines = Array.from(
      { length: 20_000 },
      (_, i) => `<span class="comment">// step ${i}</span>\nlet x${i} = ${i};`,
    );
    const text = article(page({ inside: `<pre><code>${lines.join("\n")}</code></pre>` })).textContent;
    expect(text).toContain("// step 0");
    expect(text).toContain("// step 19999");
  });
});

describe("a story closed by thousands of date lines", () => {
  it("trims 8,000 of them, each found from the end", () => {
    // Each trimmed line was looked for by reading every element's text: 33 s for this page.
    const lines = Array.from(
      { length: 8_000 },
      (_, i) =>
        `<div class="meta">Published ${(i % 28) + 1} March 2024, 10:${String(i % 60).padStart(2, "0")}</div>`,
    );
    const text = article(page().replace("</article>", `${lines.join("")}</article>`)).textContent;
    expect(text).toContain("groundwater levels");
    expect(text).not.toContain("Published");
  });
});
