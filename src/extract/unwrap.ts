/**
 * Elements taken out of the page with their content left in place, and the text runs they split
 * joined again (a rule reading a block's own text sees one run, as before the wrapping). In
 * document order: a wrapper inside another moves up with its content and is unwrapped in its turn.
 */
export function unwrapAll(elements: Iterable<Element>): void {
  takeOut(elements, (el) => el.replaceWith(...Array.from(el.childNodes)));
}

/** Elements taken out of the page with their content, and the text runs on either side joined. */
export function removeAll(elements: Iterable<Element>): void {
  takeOut(elements, (el) => el.remove());
}

function takeOut(elements: Iterable<Element>, take: (el: Element) => void): void {
  const parents = new Set<Node>();
  for (const el of elements) {
    const parent = el.parentNode;
    if (!parent) continue;
    take(el);
    parents.add(parent);
  }
  // (Each, attached or not: linkedom's isConnected is false for every node of a cloned document,
  // which left the runs split in Node alone.)
  for (const parent of parents) parent.normalize();
}

/** Attributes that only style an element (a highlight's or a bold letter's class, a colour, a tool's data). */
const LOOK = /^(?:class|style|data-[\w.:-]*)$/i;

/** Whether every attribute of the element is one of its look's: none a rule reads (`itemprop`, `datetime`, a role). */
export const hasLookOnly = (el: Element): boolean =>
  Array.from(el.attributes).every((attr) => LOOK.test(attr.name));
