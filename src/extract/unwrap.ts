/**
 * Elements taken out of the page with their content left in place, and the text runs they split
 * joined again (a rule reading a block's own text sees one run, as before the wrapping). In
 * document order: a wrapper inside another moves up with its content and is unwrapped in its turn.
 */
export function unwrapAll(elements: Iterable<Element>): void {
  const parents = new Set<Node>();
  for (const el of elements) {
    const parent = el.parentNode;
    if (!parent) continue;
    el.replaceWith(...Array.from(el.childNodes));
    parents.add(parent);
  }
  for (const parent of parents) if (parent.isConnected) parent.normalize();
}
