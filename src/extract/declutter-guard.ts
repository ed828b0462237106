/**
 * The declutter guard: how much of the page's prose each element holds, so that no rule removes a
 * block holding a real share of the article. Counts are kept between rules and mended on removal.
 */
import { isAttached, linkedLength, metaContent, squash, squashedLength } from "./text";

/** The guard's prose counts, kept true by hearing of every removal. */
export interface ProseCounts {
  prose(el: Element): number;
  /** Before an element leaves the document. */
  forget(el: Element): void;
}

/**
 * Characters of prose under a node: paragraphs of 80+ characters that are not mostly links, and
 * runs of 80+ characters of bare text in a block (posts written as text with <br> line breaks).
 * Counted once per element and kept (a Prose per declutter run): a removal forgets only the counts
 * of the removed element's ancestors, the only ones it changes.
 */
export class Prose {
  /** Prose of an element's descendants (the element's own bare text left out). */
  private readonly inner = new Map<Element, number>();
  /** What an element's own paragraph or bare text adds to its ancestors' count. */
  private readonly own = new Map<Element, number>();

  of(el: Element): number {
    return this.below(el) + bareText(el);
  }

  /** Before `el` leaves the document: its ancestors' counts change, no one else's. */
  forget(el: Element): void {
    for (let node = el.parentElement; node; node = node.parentElement) {
      this.inner.delete(node);
      this.own.delete(node);
    }
  }

  private ownShare(el: Element): number {
    let share = this.own.get(el);
    if (share === undefined) {
      share = 0;
      const name = el.localName.toLowerCase();
      if (name === "p") {
        const length = squashedLength(el.textContent);
        // (linkDensity(el) < 0.3, without reading the paragraph's text a second time.)
        if (length >= 80 && linkedLength(el) / length < 0.3) share = length;
      } else if (BLOCKS.has(name)) share = bareText(el);
      this.own.set(el, share);
    }
    return share;
  }

  private below(el: Element): number {
    const known = this.inner.get(el);
    if (known !== undefined) return known;
    // Children before parents, without recursion (page trees can be thousands deep): `path` is
    // the walk's way down from `el`, `sums` what the steps above the current one have counted.
    const path: Element[] = [el];
    const sums: number[] = [];
    let sum = 0;
    let next = firstOpened(el);
    for (;;) {
      if (next) {
        const counted = this.inner.get(next);
        if (counted === undefined) {
          path.push(next);
          sums.push(sum);
          sum = 0;
          next = firstOpened(next);
        } else {
          sum += this.ownShare(next) + counted;
          next = next.nextElementSibling;
        }
        continue;
      }
      const done = path.pop()!;
      this.inner.set(done, sum);
      if (!path.length) return sum;
      sum = sums.pop()! + this.ownShare(done) + sum;
      next = done.nextElementSibling;
    }
  }
}

const BLOCKS = new Set(["div", "td", "article", "section", "blockquote"]);
/** The first child element, as querySelectorAll walks them (it does not look inside <template>). */
const firstOpened = (el: Element): Element | null =>
  el.localName.toLowerCase() === "template" ? null : el.firstElementChild;

/**
 * Phrasing a run of bare text goes on through: "<br>text <b>bold</b> text<br>", and every run of a
 * page Chrome has translated, which it wraps in two <font>s. A link's words go on with the run but
 * are not counted: a list of links set apart by <br>s is no prose.
 */
const RUN_INLINE = /^(?:font|span|b|strong|i|em|u|small|mark|abbr|cite|q|sub|sup|time|code|s|del|ins)$/;

/** Runs of 80+ characters of text directly in an element that has <br> children. */
function bareText(el: Element): number {
  let br = false;
  // A loop over the children, not an array of them: this runs on every block of the page.
  for (let c = el.firstElementChild; c && !br; c = c.nextElementSibling)
    br = c.localName.toLowerCase() === "br";
  if (!br) return 0;
  let total = 0;
  let run = 0;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) run += squashedLength(node.nodeValue);
    if (node.nodeType !== 1) continue;
    const name = (node as Element).localName.toLowerCase();
    if (RUN_INLINE.test(name)) run += squashedLength(node.textContent);
    else if (name !== "a") {
      // A <br> or a block ends the run.
      if (run >= 80) total += run;
      run = 0;
    }
  }
  return run >= 80 ? total + run : total;
}

export interface Guard extends ProseCounts {
  totalProse: number;
  /** True when removing the element could lose the article. */
  protects(el: Element): boolean;
  /**
   * The same for a dialog over the page (a consent notice, a sign-up modal): an `<h1>` in it is
   * the dialog's own title ("Ihre Privatsphäre ist uns wichtig") unless the page is named by it.
   */
  protectsDialog(el: Element): boolean;
}

export function guardFor(doc: Document): Guard {
  const body = doc.body;
  const counts = new Prose();
  const prose = (el: Element): number => counts.of(el);
  const totalProse = body ? prose(body) : 0;
  const holdsProse = (el: Element) => totalProse > 0 && prose(el) > Math.max(0.3 * totalProse, 160);
  let titles: string[] | undefined;
  const namesPage = (h1: Element): boolean => {
    titles ??= [doc.title, metaContent(doc, "og:title"), metaContent(doc, "twitter:title")]
      .map((t) => squash(t).toLowerCase())
      .filter(Boolean);
    const text = squash(h1.textContent).toLowerCase();
    return !!text && titles.some((title) => title.includes(text));
  };
  return {
    totalProse,
    prose,
    protects(el) {
      if (el === body || el === doc.documentElement || el.querySelector("h1")) return true;
      return holdsProse(el);
    },
    protectsDialog(el) {
      if (el === body || el === doc.documentElement || holdsProse(el)) return true;
      return Array.from(el.getElementsByTagName("h1")).some(namesPage);
    },
    forget: (el) => counts.forget(el),
  };
}

/** Remove the element, telling the counts first (the rule has decided it goes). */
export function drop(el: Element, counts: ProseCounts): void {
  counts.forget(el);
  el.remove();
}

/** Remove the element unless the guard protects it (or it has left the document already). */
export function removeGuarded(el: Element, guard: Guard): void {
  if (isAttached(el) && !guard.protects(el)) drop(el, guard);
}

/** Remove a dialog over the page unless the guard protects it as a dialog (protectsDialog). */
export function removeDialog(el: Element, guard: Guard): void {
  if (isAttached(el) && !guard.protectsDialog(el)) drop(el, guard);
}
