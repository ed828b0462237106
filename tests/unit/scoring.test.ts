import { describe, expect, it } from "vitest";
import { pageCounts, shingleScore, shingles, tokenize } from "../../bench/scoring/shingles.js";
import { countSnippets, snippetScore } from "../../bench/scoring/snippets.js";
import { calendarDay, dateScore, tallyDate } from "../../bench/scoring/dates.js";
import { withoutDeclaredDates } from "../../bench/undeclared-dates.js";

describe("shingle scoring", () => {
  it("tokenises Unicode words, digits and marks", () => {
    expect(tokenize("Héllo, wörld_1 — 東京 2025!")).toEqual(["Héllo", "wörld_1", "東京", "2025"]);
  });

  it("makes one shingle of a text under four tokens", () => {
    expect([...shingles("a b c")]).toEqual([["a b c", 1]]);
  });

  it("counts repeated 4-grams", () => {
    expect(shingles("a b c d a b c d").get("a b c d")).toBe(2);
  });

  it("computes per-page counts by hand", () => {
    // truth: a b c d e → {abcd, bcde}; prediction: a b c d x → {abcd, bcdx}
    // tp 1, fp 1, fn 1 → each divided by 3
    const c = pageCounts("a b c d e", "a b c d x");
    expect(c.tp).toBeCloseTo(1 / 3);
    expect(c.fp).toBeCloseTo(1 / 3);
    expect(c.fn).toBeCloseTo(1 / 3);
    expect(shingleScore([c])).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it("averages precision and recall over pages, then takes F1", () => {
    const perfect = pageCounts("a b c d e", "a b c d e");
    const empty = pageCounts("a b c d e", "");
    const s = shingleScore([perfect, empty]);
    // precision over pages with tp+fp > 0: only the perfect page → 1; recall: (1 + 0) / 2
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3);
  });
});

describe("snippet scoring", () => {
  it("normalises whitespace and counts with/without snippets", () => {
    const c = countSnippets(
      "Body  text\nhere. Read more",
      ["Body text here.", "missing"],
      ["Read more", "Subscribe"],
    );
    expect(c).toEqual({ tp: 1, fn: 1, fp: 1, tn: 1 });
    expect(snippetScore(c)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, accuracy: 0.5, leakRate: 0.5 });
  });
});

describe("date scoring", () => {
  it("reads the calendar day as written, without a time-zone shift", () => {
    expect(calendarDay("2025-03-21T23:30:00-05:00")).toBe("2025-03-21");
    expect(calendarDay(null)).toBeNull();
  });

  it("counts accuracy over pages and precision over dates given", () => {
    let t = { pages: 0, given: 0, correct: 0 };
    t = tallyDate(t, "2025-03-21", "2025-03-21");
    t = tallyDate(t, "2025-03-20T10:00Z", "2025-03-21");
    t = tallyDate(t, null, "2025-03-21");
    expect(dateScore(t)).toEqual({ accuracy: 1 / 3, precision: 1 / 2 });
  });
});

describe("withoutDeclaredDates: a page as if it declared no date", () => {
  it("takes JSON-LD, date <meta>s and itemprop dates away, and nothing a reader sees", () => {
    const html = `<html><head><title>Water plan</title>
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-21"}</script>
      <meta property="article:published_time" content="2025-03-21T14:05:00Z">
      <meta property="og:updated_time" content="2025-03-22">
      <meta name="DC.date.issued" content="2025-03-21">
      <meta itemprop="dateModified" content="2025-03-22">
      <meta name="description" content="A plan in time for the dry season, dated to the day.">
      <script>var published = "2025-03-21";</script>
      </head><body><span itemprop="datePublished" class="date">21 March 2025</span>
      <time datetime="2025-03-21">21 March 2025</time></body></html>`;
    const bare = withoutDeclaredDates(html);
    expect(bare).not.toMatch(/ld\+json|article:published_time|og:updated_time|DC\.date|itemprop/);
    expect(bare).toContain(
      '<meta name="description" content="A plan in time for the dry season, dated to the day.">',
    );
    expect(bare).toContain('var published = "2025-03-21";');
    expect(bare).toContain('<span class="date">21 March 2025</span>');
    expect(bare).toContain('<time datetime="2025-03-21">21 March 2025</time>');
  });
});
