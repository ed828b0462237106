/**
 * The DOM-clobbering guard at the top of the extractor. A page can shadow DOM members by naming
 * elements after them: `<form><input name="parentNode"></form>` makes `form.parentNode` the input
 * (whose parent is the form, so an ancestor walk never ends), `<img name="cloneNode">` makes
 * `document.cloneNode` an element. Named properties of Document and HTMLFormElement win over the
 * built-ins ([LegacyOverrideBuiltIns]), so the page is cloned through the prototype and the clone
 * loses those names before anything reads it. The sanitiser drops every id and name anyway.
 * https://html.spec.whatwg.org/multipage/forms.html#the-form-element (named properties)
 */

/** The built-in `key` of `target`'s prototype chain, called on `target` whatever it shadows. */
export function callBuiltIn(target: object, key: string, ...args: unknown[]): unknown {
  for (let proto = Object.getPrototypeOf(target); proto; proto = Object.getPrototypeOf(proto)) {
    const found = Object.getOwnPropertyDescriptor(proto, key)?.value as unknown;
    if (typeof found === "function") return (found as (...a: unknown[]) => unknown).apply(target, args);
  }
  throw new TypeError(`${key} is not a built-in method of this node`);
}

const getters = new Map<object, Map<string, (() => unknown) | null>>();

/**
 * The built-in getter `key` of `target`'s prototype chain, read on `target` whatever it shadows (a
 * form's `childNodes` field); cached per prototype, since walks call it on every node.
 */
export function readBuiltIn<T>(target: object, key: string): T | undefined {
  const proto = Object.getPrototypeOf(target) as object | null;
  if (!proto) return undefined;
  let own = getters.get(proto);
  if (!own) getters.set(proto, (own = new Map()));
  let getter = own.get(key);
  if (getter === undefined) {
    getter = null;
    for (let p: object | null = proto; p && !getter; p = Object.getPrototypeOf(p) as object | null)
      getter = (Object.getOwnPropertyDescriptor(p, key)?.get as (() => unknown) | undefined) ?? null;
    own.set(key, getter);
  }
  // (linkedom keeps some members as plain fields of each node: nodeType, localName.)
  return (getter ? getter.call(target) : (target as Record<string, unknown>)[key]) as T | undefined;
}

/** Elements a form exposes by id or name (its listed elements, and images). */
const FORM_NAMED = "button, fieldset, input, object, output, select, textarea, img";

/** Elements a document exposes by name; objects and images by id too. */
const DOCUMENT_NAMED = "img, form, iframe, embed, object";
const DOCUMENT_NAMED_BY_ID = new Set(["img", "object"]);

// Type selectors only, the attributes read in the loop: linkedom compiles a selector at every call
// and tests each element of the page against it, and attribute tests made it the clone's largest
// cost after the copy itself.
function queryAll(root: Document | Element, selector: string): Element[] {
  return Array.from(callBuiltIn(root, "querySelectorAll", selector) as ArrayLike<Element>);
}

/** Removes the id and name attributes that name a member of `owner` (a form or the document). */
function dropShadowingNames(owner: object, elements: Element[], byId: (el: Element) => boolean): void {
  const proto = Object.getPrototypeOf(owner) as object;
  for (const el of elements) {
    for (const attr of byId(el) ? ["id", "name"] : ["name"]) {
      const value = el.getAttribute(attr);
      if (value && value in proto) el.removeAttribute(attr);
    }
  }
}

/** Clone `doc` through the built-in cloneNode and strip the clone of shadowing names. */
export function cloneUnclobbered(doc: Document): Document {
  return unclobber(callBuiltIn(doc, "cloneNode", true) as Document);
}

/** Strips `clone` (a copy of a page's tree, ours to change) of the names that shadow DOM members. */
export function unclobber(clone: Document): Document {
  const named = queryAll(clone, DOCUMENT_NAMED);
  dropShadowingNames(clone, named, (el) => DOCUMENT_NAMED_BY_ID.has(el.localName.toLowerCase()));
  for (const form of named.filter((el) => el.localName.toLowerCase() === "form"))
    dropShadowingNames(form, queryAll(form, FORM_NAMED), () => true);
  return clone;
}
