// LazyRanking (src/extract/ranked-lazily.ts): the order a sort of every item gives, with only the
// items built that the places read need.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LazyRanking } from "../../src/extract/ranked-lazily";

/** An item: its bound, and what building it gives (its rank, at least the bound; or none). */
const item = fc
  .record({
    bound: fc.integer({ min: -5, max: 5 }),
    above: fc.integer({ min: 0, max: 6 }),
    kept: fc.boolean(),
  })
  .map(({ bound, above, kept }) => ({ bound, rank: kept ? bound + above : null }));

function ranking(items: { bound: number; rank: number | null }[]) {
  const built: number[] = [];
  const ranked = new LazyRanking(
    items.map((i) => i.bound),
    (index) => {
      built.push(index);
      const rank = items[index]!.rank;
      return rank === null ? null : { rank, value: index };
    },
  );
  return { ranked, built };
}

/** Every place read in turn, to the end. */
function readAll(ranked: LazyRanking<number>): number[] {
  const out: number[] = [];
  for (let k = 0, v = ranked.at(0); v !== undefined; v = ranked.at(++k)) out.push(v);
  return out;
}

describe("LazyRanking", () => {
  it("gives the order of a stable sort by rank, whatever the places are read in", () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 40 }),
        fc.array(fc.nat(45), { maxLength: 8 }),
        (items, reads) => {
          const sorted = items
            .map((it, index) => ({ ...it, index }))
            .filter((it) => it.rank !== null)
            .sort((a, b) => a.rank! - b.rank!)
            .map((it) => it.index);
          const { ranked } = ranking(items);
          // Places read out of order first (as the date rules ask again of an earlier place), then all.
          for (const k of reads) expect(ranked.at(k)).toBe(sorted[k]);
          expect(readAll(ranked)).toEqual(sorted);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("builds no item whose bound ranks it after the places read", () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 40 }), fc.nat(10), (items, k) => {
        const { ranked, built } = ranking(items);
        const value = ranked.at(k);
        const kept = items.filter((it) => it.rank !== null).map((it) => it.rank!);
        kept.sort((a, b) => a - b);
        // The k-th place's rank: an item bound above it cannot come before it, nor beside it.
        const limit = value === undefined ? Infinity : kept[k]!;
        for (const index of built) expect(items[index]!.bound).toBeLessThanOrEqual(limit);
        // And each item is built once.
        expect(new Set(built).size).toBe(built.length);
      }),
      { numRuns: 300 },
    );
  });

  it("reads one item of a long list when the first it builds ranks at its bound", () => {
    const bounds = Array.from({ length: 1000 }, (_, i) => i);
    const built: number[] = [];
    const ranked = new LazyRanking(bounds, (i) => (built.push(i), { rank: i, value: i }));
    expect(ranked.at(0)).toBe(0);
    expect(built).toEqual([0]);
    expect(ranked.at(2)).toBe(2);
    expect(built).toEqual([0, 1, 2]);
  });

  it("refuses an item ranked under its bound: it would have been placed too late", () => {
    const ranked = new LazyRanking([0, 3], (i) => ({ rank: i === 1 ? 1 : 2, value: i }));
    expect(() => ranked.at(1)).toThrow(RangeError);
  });
});
