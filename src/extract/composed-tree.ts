/**
 * Pages built of web components keep their text in shadow roots, which a document's clone
 * (cloneNode) leaves behind: it copies the light tree only, and such a page read as "no article"
 * (MSN's articles). When a page's shadow roots hold more of its text than its light tree, the
 * extractor reads the composed tree instead, the page as it is rendered: each host's shadow content
 * in place of its children, each <slot> filled with the light nodes assigned to it (or its
 * fallback), nested hosts alike. Open shadow roots of a live page and declarative ones
 * (`<template shadowrootmode>`) of a saved page count the same.
 *
 * A page with a few widgets in shadow roots (a player's buttons, a share bar, a chat bubble) is read
 * as before: their text is no part of its story, and the light tree holds more.
 *
 * Every read of the page's own nodes goes through the built-in getters: a form can shadow its
 * `childNodes` or `shadowRoot` with a field of that name (unclobber.ts).
 * https://dom.spec.whatwg.org/#concept-slotable-find-slot (slot assignment)
 */
import { callBuiltIn, cloneUnclobbered, readBuiltIn, unclobber } from "./unclobber";

/** Elements whose text is not read (the template's is a declarative shadow root's, counted apart). */
const UNREAD = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);

const childrenOf = (node: Node): Node[] =>
  Array.from(readBuiltIn<NodeListOf<Node>>(node, "childNodes") ?? []);
const typeOf = (node: Node): number => readBuiltIn<number>(node, "nodeType") ?? 0;
const tagOf = (node: Node): string =>
  typeOf(node) === 1 ? (readBuiltIn<string>(node, "tagName") ?? "").toUpperCase() : "";
const attribute = (el: Node, name: string): string | null =>
  callBuiltIn(el, "getAttribute", name) as string | null;

/** A declarative shadow root's template, as a page parsed without running it keeps it. */
const isShadowTemplate = (node: Node): boolean =>
  tagOf(node) === "TEMPLATE" && (attribute(node, "shadowrootmode") ?? attribute(node, "shadowroot")) !== null;

interface ShadowContent {
  root: DocumentFragment;
  /** An attached shadow root assigns its slots itself; a template's are assigned by name here. */
  live: boolean;
}

function shadowOf(el: Element): ShadowContent | null {
  const attached = readBuiltIn<ShadowRoot | null>(el, "shadowRoot");
  if (attached) return { root: attached, live: true };
  const template = childrenOf(el).find(isShadowTemplate) as HTMLTemplateElement | undefined;
  const content = template && readBuiltIn<DocumentFragment>(template, "content");
  return content ? { root: content, live: false } : null;
}

/**
 * Characters of text under `node`, its shadow roots left out (each is counted as a root of its
 * own), counted until past `limit`.
 */
function textLength(node: Node, limit = Infinity): number {
  if (typeOf(node) === 3) return (node.nodeValue ?? "").trim().length;
  if (UNREAD.has(tagOf(node))) return 0;
  let length = 0;
  for (const child of childrenOf(node)) {
    length += textLength(child, limit - length);
    if (length > limit) break;
  }
  return length;
}

/** Every shadow root in `scope` and in the shadow roots within it. */
function shadowRootsIn(scope: Document | DocumentFragment): DocumentFragment[] {
  const all = (selector: string) =>
    Array.from(callBuiltIn(scope, "querySelectorAll", selector) as ArrayLike<Element>);
  const roots: DocumentFragment[] = [];
  for (const el of all("*")) {
    const attached = readBuiltIn<ShadowRoot | null>(el, "shadowRoot");
    if (attached) roots.push(attached);
  }
  // (A live page's declarative roots are attached by its parser: a saved page's are templates.)
  for (const template of all("template")) {
    const content = isShadowTemplate(template) && readBuiltIn<DocumentFragment>(template, "content");
    if (content) roots.push(content);
  }
  return roots.flatMap((root) => [root, ...shadowRootsIn(root)]);
}

/**
 * Elements in the page's shadow roots, nested ones too: the content script's size bound counts
 * them with the light tree's, since a composed page is read whole.
 */
export function shadowElementCount(doc: Document): number {
  return shadowRootsIn(doc).reduce(
    (sum, root) => sum + (callBuiltIn(root, "querySelectorAll", "*") as ArrayLike<Element>).length,
    0,
  );
}

/** Whether the page's shadow roots hold more text than its light tree: then it is read composed. */
export function readsComposed(doc: Document): boolean {
  const roots = shadowRootsIn(doc);
  if (!roots.length) return false;
  const body = callBuiltIn(doc, "querySelector", "body") as Element | null;
  const shadowChars = roots.reduce((sum, root) => sum + textLength(root), 0);
  // (The light tree's count stops once past the shadows': on most pages a widget's few words.)
  return shadowChars > 0 && shadowChars > (body ? textLength(body, shadowChars) : 0);
}

/** The nodes a slot shows: those assigned to it, as the browser assigns them or by name. */
function assignedTo(slot: Element, light: Node[], live: boolean): Node[] {
  if (live) return Array.from(callBuiltIn(slot, "assignedNodes") as ArrayLike<Node>);
  const name = attribute(slot, "name") ?? "";
  return light.filter((node) =>
    typeOf(node) === 1 ? (attribute(node, "slot") ?? "") === name : typeOf(node) === 3 && name === "",
  );
}

/**
 * Makes `copy` (a copy of `orig` whose light children are copies of `orig`'s, in order) the
 * composed tree of `orig`, its new nodes made by `into`. `slots` fills the slots of the shadow
 * tree `orig` is in.
 */
function compose(
  orig: Node,
  copy: Node,
  slots: ((slot: Element) => Node[] | null) | null,
  into: Document,
): void {
  const origKids = childrenOf(orig);
  const copyKids = childrenOf(copy);
  /** Each child's composed form: itself, or a filled slot's assigned nodes. */
  const composedOf = new Map<Node, Node[]>();
  origKids.forEach((o, i) => {
    const c = copyKids[i];
    if (!c) return;
    composedOf.set(o, [c]);
    // (A declarative root's template is read as its host's shadow below, not as a child.)
    if (typeOf(o) !== 1 || isShadowTemplate(o)) return;
    if (slots && tagOf(o) === "SLOT") {
      // A slot shows its assigned nodes, or else its fallback content; it is no element of its own.
      const filled = slots(o as Element);
      if (!filled?.length) compose(o, c, slots, into);
      const shown = filled?.length ? filled : childrenOf(c);
      (c as Element).replaceWith(...shown);
      composedOf.set(o, shown);
      return;
    }
    compose(o, c, slots, into);
  });
  if (typeOf(orig) !== 1) return;
  const shadow = shadowOf(orig as Element);
  if (!shadow) return;
  const light = origKids.filter((o) => !isShadowTemplate(o));
  const holder = into.createDocumentFragment();
  for (const node of childrenOf(shadow.root)) holder.append(into.importNode(node, true));
  const fill = (slot: Element) =>
    assignedTo(slot, light, shadow.live).flatMap((node) => composedOf.get(node) ?? []);
  compose(shadow.root, holder, fill, into);
  (copy as Element).replaceChildren(holder);
}

/**
 * The document to read: the light tree's clone, or when the page's text lives in its shadow roots
 * (readsComposed) the composed tree's, stripped of shadowing names either way (unclobber.ts; the
 * shadow trees' forms too).
 */
export function cloneForReading(doc: Document): Document {
  if (!readsComposed(doc)) return cloneUnclobbered(doc);
  const clone = callBuiltIn(doc, "cloneNode", true) as Document;
  compose(doc, clone, null, clone);
  return unclobber(clone);
}
