/**
 * The elements the reader is looking at, found again in the extractor's copy of the page: by their
 * places in the tree (each ancestor's index among its parent's child nodes), which a copy of the
 * light tree keeps. A copy composed of shadow roots (composed-tree.ts) keeps no such places: none
 * is found there.
 */
import { readBuiltIn } from "./unclobber";

/** Child-node indexes from the document down to `el`, read through the built-in getters. */
function placeOf(el: Element): number[] | null {
  const place: number[] = [];
  for (let node: Node = el; ;) {
    const parent = readBuiltIn<Node | null>(node, "parentNode");
    if (!parent) return node.nodeType === 9 ? place.reverse() : null;
    const siblings = readBuiltIn<NodeListOf<ChildNode>>(parent, "childNodes");
    if (!siblings) return null;
    place.push(Array.prototype.indexOf.call(siblings, node));
    node = parent;
  }
}

/** `inView`'s elements (of the page) in `copy`, a copy of its light tree; those not found left out. */
export function findInCopy(copy: Document, inView: readonly Element[]): Element[] {
  const found: Element[] = [];
  for (const el of inView) {
    const place = placeOf(el);
    let node: Node | undefined = place ? copy : undefined;
    for (const index of place ?? []) node = node?.childNodes[index];
    if (node?.nodeType === 1) found.push(node as Element);
  }
  return found;
}
