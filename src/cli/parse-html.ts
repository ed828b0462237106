/**
 * HTML text → Document with linkedom, repaired where it reads a page otherwise than a browser's
 * parser would (each repair is explained where it is made): linkedom takes the first element as
 * the root and document.head / .body only look at <html>'s first children, so a page with scripts
 * or PHP warnings before <html>, several <html> tags (IE conditional comments), or body content
 * before </head> would read as an empty body; it closes everything at a stray </body>; it makes
 * elements of a <body> or <head> inside the body; it keeps attribute names as written, where a
 * browser lowercases them on HTML elements (React's `<time dateTime>`, old pages' `<A HREF>`);
 * and its createElement("P") is not a <p>.
 */
import { parseHTML } from "linkedom";

const HEAD_ONLY = /^(?:META|LINK|TITLE|SCRIPT|STYLE|BASE|NOSCRIPT|TEMPLATE)$/;

const LOWERCASED = Symbol("createElement lowercases");

/**
 * document.createElement("P") makes a <p> in an HTML document (the name is lowercased, per the DOM
 * standard); linkedom makes an element named "P", which getElementsByTagName("p") never finds and
 * which serialises as <P>. Readability renames blocks with createElement("P") and ("DIV"), then
 * counts a block's paragraphs with getElementsByTagName("p") to judge it: under linkedom it
 * undercounted and dropped blocks a browser keeps. Set once on linkedom's HTMLDocument.
 */
function lowerCaseCreatedElements(document: Document): void {
  const proto = Object.getPrototypeOf(document) as Document & { [LOWERCASED]?: true };
  if (proto[LOWERCASED]) return;
  const create = proto.createElement;
  proto.createElement = function (this: Document, localName: string, options?: ElementCreationOptions) {
    return create.call(this, String(localName).toLowerCase(), options);
  } as Document["createElement"];
  proto[LOWERCASED] = true;
}

const SVG_NAMESPACE = "http://www.w3.org/2000/svg";
const UPPER = /[A-Z]/;

/**
 * Attribute names lowercased on the HTML elements, as the HTML parser does; an attribute already
 * there in lowercase wins, as the first of two duplicates does in a browser. SVG keeps its own
 * case (viewBox), which linkedom leaves as written.
 */
function lowerCaseAttributeNames(el: Element): void {
  if (!el.hasAttributes() || el.namespaceURI === SVG_NAMESPACE) return;
  for (const name of el.getAttributeNames()) {
    if (!UPPER.test(name)) continue;
    const value = el.getAttribute(name) ?? "";
    el.removeAttribute(name);
    const lower = name.toLowerCase();
    if (!el.hasAttribute(lower)) el.setAttribute(lower, value);
  }
}

/** Elements the skeleton's repairs look for below the root, found in the walk that lowercases attribute names. */
interface Skeleton {
  /** <html> elements below the root (IE conditional comments make them). */
  htmls: Element[];
  /** <body> and <head> elements: beyond the page's own, a whole page pasted into a story. */
  bodiesAndHeads: Element[];
}

function walkOnce(root: Element): Skeleton {
  const skeleton: Skeleton = { htmls: [], bodiesAndHeads: [] };
  lowerCaseAttributeNames(root);
  for (const el of Array.from(root.querySelectorAll("*"))) {
    lowerCaseAttributeNames(el);
    const name = el.localName;
    if (name === "html") skeleton.htmls.push(el);
    else if (name === "body" || name === "head") skeleton.bodiesAndHeads.push(el);
  }
  return skeleton;
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

/**
 * A browser's parser ignores `</body>` and `</html>` (it notes them and carries on in the body with
 * every element still open); linkedom closes everything there, and what follows — a CMS that
 * pasted a whole page into its story, `</body></html>` and all — lands outside the story. Dropped
 * before parsing, they build the tree a browser builds. (Inside a script or comment they are text
 * the extractor never reads.)
 */
const BODY_OR_HTML_END = /<\/(?:body|html)\s*>/gi;

export function parseHtmlDocument(html: string): Document {
  const source = html.replace(BODY_OR_HTML_END, "");
  let { document } = parseHTML(source) as unknown as { document: Document };
  lowerCaseCreatedElements(document);
  const first = document.documentElement;
  let root = first?.tagName === "HTML" ? first : document.querySelector("html");
  if (!root) {
    ({ document } = parseHTML(`<html><head></head><body>${source}</body></html>`) as unknown as {
      document: Document;
    });
    root = document.documentElement;
    if (!root) return document;
  }
  // Top-level strays before <html> go to the start of the page.
  const strays = Array.from(document.childNodes).filter((n) => n !== root && n.nodeType === 1);
  if (strays.length) {
    document.prepend(root);
    root.prepend(...strays);
  }
  // One walk for what follows: attribute names lowercased (first, so that a pasted <body> lends
  // its attributes under their lowercase names and the page's own win) and the elements below.
  const { htmls, bodiesAndHeads } = walkOnce(root);
  // A second <html> (IE conditional comments) only adds attributes in a browser.
  for (const inner of htmls) unwrap(inner);

  const children = Array.from(root.children);
  let head = children.find((c) => c.tagName === "HEAD");
  let body = children.find((c) => c.tagName === "BODY");
  if (!head) {
    head = document.createElement("head");
    root.prepend(head);
  }
  if (!body) {
    body = document.createElement("body");
    root.append(body);
  }
  // Everything but head and body (all before <body>: with no </body> to close it, nothing comes
  // after it): head-only elements to the head, the rest to the body.
  const before = Array.from(root.children).filter((child) => child !== head && child !== body);
  const firstContent = before.findIndex((el) => !HEAD_ONLY.test(el.tagName));
  const toHead = firstContent < 0 ? before : before.slice(0, firstContent);
  const toBody = firstContent < 0 ? [] : before.slice(firstContent);
  // Body content inside an unclosed <head>: from the first such element on, it belongs to the body.
  const headKids = Array.from(head.children);
  const leak = headKids.findIndex((el) => !HEAD_ONLY.test(el.tagName));
  const fromHead = leak < 0 ? [] : headKids.slice(leak);
  head.append(...toHead);
  body.prepend(...fromHead, ...toBody);
  root.prepend(head);
  // A <body> or <head> inside the body (a whole page pasted into a story) makes no element in a
  // browser: a second <body> only lends its attributes to the first (in the order the page now
  // has them, which the moves above may have changed: asked again when there are several).
  let inner = bodiesAndHeads.filter((el) => el !== body && body.contains(el));
  if (inner.length > 1) inner = Array.from(body.querySelectorAll("body, head"));
  for (const el of inner) {
    if (el.tagName === "BODY")
      for (const name of el.getAttributeNames())
        if (!body.hasAttribute(name)) body.setAttribute(name, el.getAttribute(name) ?? "");
    unwrap(el);
  }
  return document;
}
