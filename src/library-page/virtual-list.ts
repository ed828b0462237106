/**
 * A list that renders only the rows in view (plus a few either side) inside a scrolling
 * viewport, at a fixed row height: 20,000 rows cost as much as twenty. Keyboard: ↑/↓ or k/j move,
 * Home/End jump, and the focused row is kept as a roving tabindex (one Tab stop for the list).
 */
export interface VirtualListOptions<T> {
  viewport: HTMLElement;
  list: HTMLElement;
  rowHeight: number;
  key: (item: T) => string;
  render: (item: T, index: number) => HTMLElement;
  /** Extra keys on a focused row (Enter, x, e…); return true when handled. */
  onKey?: (event: KeyboardEvent, item: T) => boolean;
  signal?: AbortSignal;
}

const OVERSCAN = 6;

export class VirtualList<T> {
  private items: T[] = [];
  private rendered = new Map<string, HTMLElement>();
  private focusIndex = 0;
  private frame = 0;

  constructor(private readonly o: VirtualListOptions<T>) {
    const { viewport, list, signal } = o;
    viewport.addEventListener("scroll", () => this.schedule(), { passive: true, signal });
    new ResizeObserver(() => this.schedule()).observe(viewport);
    list.addEventListener("keydown", (e) => this.onKeyDown(e), { signal });
    list.addEventListener(
      "focusin",
      (e) => {
        const row = (e.target as HTMLElement).closest<HTMLElement>("[data-index]");
        if (row && Number(row.dataset.index) !== this.focusIndex) {
          this.focusIndex = Number(row.dataset.index);
          this.renderNow();
        }
      },
      { signal },
    );
  }

  /** New data: every row is rebuilt (the cache is keyed by id, so changed rows must go). */
  setItems(items: T[]): void {
    const hadFocus = this.o.list.contains(document.activeElement);
    this.items = items;
    this.rendered.clear();
    this.o.list.replaceChildren();
    this.focusIndex = Math.min(this.focusIndex, Math.max(0, items.length - 1));
    this.o.list.style.height = `${items.length * this.o.rowHeight}px`;
    this.renderNow();
    // Redrawing after an action (archive, tag…) keeps the keyboard where it was.
    if (hadFocus && items.length)
      this.o.list.querySelector<HTMLElement>(`[data-index="${this.focusIndex}"]`)?.focus();
  }

  get length(): number {
    return this.items.length;
  }

  get focused(): T | undefined {
    return this.items[this.focusIndex];
  }

  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.renderNow());
  }

  renderNow(): void {
    this.frame = 0;
    const { viewport, list, rowHeight, key, render } = this.o;
    const top = Math.max(0, viewport.scrollTop - list.offsetTop);
    const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
    const last = Math.min(this.items.length, Math.ceil((top + viewport.clientHeight) / rowHeight) + OVERSCAN);
    const keep = new Set<string>();
    for (let i = first; i < last; i++) {
      const item = this.items[i]!;
      const k = key(item);
      keep.add(k);
      let el = this.rendered.get(k);
      if (!el) {
        el = render(item, i);
        el.style.transform = `translateY(${i * rowHeight}px)`;
        el.dataset.index = String(i);
        el.setAttribute("aria-posinset", String(i + 1));
        el.setAttribute("aria-setsize", String(this.items.length));
        this.rendered.set(k, el);
        list.append(el);
      }
      // Roving tabindex: the focused row and its controls are the list's only Tab stops.
      const stop = i === this.focusIndex ? 0 : -1;
      if (el.tabIndex !== stop) {
        el.tabIndex = stop;
        for (const c of el.querySelectorAll<HTMLElement>("a, button, input")) c.tabIndex = stop;
      }
    }
    for (const [k, el] of this.rendered) {
      if (keep.has(k) || el.contains(document.activeElement)) continue;
      el.remove();
      this.rendered.delete(k);
    }
  }

  /** Scroll row `index` into view and focus it. */
  focusRow(index: number): void {
    if (!this.items.length) return;
    const i = Math.max(0, Math.min(this.items.length - 1, index));
    this.focusIndex = i;
    const { viewport, list, rowHeight } = this.o;
    const y = list.offsetTop + i * rowHeight;
    if (y < viewport.scrollTop) viewport.scrollTop = y;
    else if (y + rowHeight > viewport.scrollTop + viewport.clientHeight)
      viewport.scrollTop = y + rowHeight - viewport.clientHeight;
    this.renderNow();
    this.rendered.get(this.o.key(this.items[i]!))?.focus();
  }

  private onKeyDown(e: KeyboardEvent): void {
    const row = (e.target as HTMLElement).closest<HTMLElement>("[data-index]");
    if (!row || e.altKey || e.ctrlKey || e.metaKey) return;
    const onRow = e.target === row;
    const i = Number(row.dataset.index);
    const page = Math.max(1, Math.floor(this.o.viewport.clientHeight / this.o.rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: i + 1,
      ArrowUp: i - 1,
      j: i + 1,
      k: i - 1,
      PageDown: i + page,
      PageUp: i - page,
      Home: 0,
      End: this.items.length - 1,
    };
    // j/k/Home/End only on the row itself, so they never steal keys from a focused button.
    if (e.key in moves && (onRow || e.key.startsWith("Arrow"))) {
      e.preventDefault();
      this.focusRow(moves[e.key]!);
    } else if (onRow && this.o.onKey?.(e, this.items[i]!)) {
      e.preventDefault();
    }
  }
}
