/**
 * The document's elements in document order, read once for the declutter rules that only remove:
 * a rule asks for the elements of some tags instead of walking the whole tree again. (linkedom,
 * the CLI's DOM, walks every node and tests every element against each selector of a list on
 * every querySelectorAll: a dozen such walks were a tenth of an extraction in Node.)
 *
 * Removed elements stay in the lists until prune(), as they would in a list a rule read before
 * removing: every rule skips what has left the document (isAttached). Moving an element keeps the
 * order true only when it keeps its place among the others (a post replacing its own wrapper);
 * rules that add elements run after the index is done with.
 */
export class ElementIndex {
  private all: Element[];
  /** Where the body's descendants start in `all` (the head's elements come first). */
  private bodyStart = 0;

  constructor(private readonly doc: Document) {
    this.all = Array.from(doc.querySelectorAll("*"));
    this.findBody();
  }

  /**
   * Forget the elements that have left the document, after rules that removed large parts of it
   * (the next rules would only skip them). One look at each element's parent: parents come first.
   */
  prune(): void {
    const root = this.doc.documentElement;
    const attached = new Set<Element>();
    this.all = this.all.filter((el) => {
      const parent = el.parentElement;
      const kept = el === root || (parent !== null && attached.has(parent));
      if (kept) attached.add(el);
      return kept;
    });
    this.findBody();
  }

  private findBody(): void {
    const body = this.doc.body ? this.all.indexOf(this.doc.body) : -1;
    this.bodyStart = body >= 0 ? body + 1 : this.all.length;
  }

  /** The body's elements with one of these (lower-case) tag names, in document order. */
  tagged(...names: string[]): Element[] {
    const wanted = new Set(names);
    return this.inBody((el) => wanted.has(el.localName));
  }

  /** The body's elements that have any attribute at all, in document order. */
  withAttributes(): Element[] {
    return this.inBody((el) => el.hasAttributes());
  }

  /** The body's elements that pass the test, in document order. */
  inBody(test: (el: Element) => boolean): Element[] {
    const found: Element[] = [];
    for (let i = this.bodyStart; i < this.all.length; i++) if (test(this.all[i]!)) found.push(this.all[i]!);
    return found;
  }

  /** The document's elements (head, html and body too) that pass the test, in document order. */
  anywhere(test: (el: Element) => boolean): Element[] {
    return this.all.filter(test);
  }
}
