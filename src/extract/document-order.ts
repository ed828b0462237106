/**
 * Document order, for the rules that ask which of two elements comes first. Not by
 * compareDocumentPosition: linkedom, the CLI's and the benches' DOM, answers it wrongly for nested
 * elements (an element of the site's navigation "follows" a headline far below it).
 */

/** Whether `el` comes after `ref` in the document and is not inside it (nor `ref` itself, nor an ancestor of it). */
export function follows(el: Element, ref: Element): boolean {
  const path = new Set<Node>();
  for (let n: Node | null = ref; n; n = n.parentNode) path.add(n);
  // Up from `el` to the nearest ancestor it shares with `ref`, keeping the child of it on el's side.
  let child: Node = el;
  let common: Node | null = el;
  while (common && !path.has(common)) [child, common] = [common, common.parentNode];
  // Inside `ref` (or `ref` itself), an ancestor of `ref`, or in another tree.
  if (!common || common === ref || common === el) return false;
  let refChild: Node = ref;
  while (refChild.parentNode !== common) refChild = refChild.parentNode!;
  for (let n = refChild.nextSibling; n; n = n.nextSibling) if (n === child) return true;
  return false;
}
