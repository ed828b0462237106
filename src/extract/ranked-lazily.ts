/**
 * A ranking whose items are built only as far as it is read. Each item has a bound known before
 * it is built (its rank will be no lower), and building is the cost: the date rules rank every
 * short line of a page, most of them far from the headline, and read the ranking from its top
 * until a line gives a date. Reading the k-th item builds only the items whose bounds do not rule
 * them out of the first k + 1 places; the order is the one a sort of all the items would give
 * (by rank, ties in the items' given order).
 */
export interface Built<T> {
  rank: number;
  value: T;
}

export class LazyRanking<T> {
  /** Item indices by bound (ties in index order): the order in which they are built. */
  private readonly byBound: number[];
  /** How many of byBound are built. */
  private builtCount = 0;
  /** Built items not yet placed: a lower rank may still come from an item not built. */
  private waiting: (Built<T> & { index: number })[] = [];
  /** The ranking's first places, final. */
  private readonly placed: T[] = [];

  constructor(
    private readonly bounds: readonly number[],
    /** The item's rank and value, or null for an item left out of the ranking. */
    private readonly build: (index: number) => Built<T> | null,
  ) {
    this.byBound = bounds.map((_, i) => i).sort((a, b) => bounds[a]! - bounds[b]! || a - b);
  }

  /** The item in the k-th place (from 0), or undefined past the last. */
  at(k: number): T | undefined {
    while (this.placed.length <= k && this.placeMore());
    return this.placed[k];
  }

  /**
   * Builds the items of the next bound, then places every waiting item that no unbuilt one can
   * come before. False when every item is built and placed.
   */
  private placeMore(): boolean {
    const { byBound, bounds } = this;
    if (this.builtCount === byBound.length && this.waiting.length === 0) return false;
    if (this.builtCount < byBound.length) {
      const bound = bounds[byBound[this.builtCount]!]!;
      while (this.builtCount < byBound.length && bounds[byBound[this.builtCount]!] === bound) {
        const index = byBound[this.builtCount++]!;
        const item = this.build(index);
        if (!item) continue;
        // A rank under its bound would have been placed too late: the bound is the caller's promise.
        if (!(item.rank >= bound))
          throw new RangeError(`item ${index} ranks ${item.rank}, under its bound ${bound}`);
        this.waiting.push({ ...item, index });
      }
    }
    const next = this.builtCount < byBound.length ? bounds[byBound[this.builtCount]!]! : Infinity;
    const ready = this.waiting.filter((item) => item.rank < next);
    if (ready.length) {
      this.waiting = this.waiting.filter((item) => item.rank >= next);
      ready.sort((a, b) => a.rank - b.rank || a.index - b.index);
      for (const item of ready) this.placed.push(item.value);
    }
    return true;
  }
}
