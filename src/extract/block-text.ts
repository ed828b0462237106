/** Plain text of article HTML with a blank line between blocks, as a reader expects. */
const BLOCK = new Set(
  "P DIV SECTION ARTICLE H1 H2 H3 H4 H5 H6 LI UL OL BLOCKQUOTE PRE FIGURE FIGCAPTION TABLE TR HEADER FOOTER DL DT DD HR BR".split(
    " ",
  ),
);
const SKIP = new Set("SCRIPT STYLE NOSCRIPT TEMPLATE BUTTON FORM SELECT TEXTAREA SVG IFRAME".split(" "));

// Soft hyphens are invisible break hints: plain text (search, exports) reads without them.
const plain = (node: Node): string =>
  (node.nodeValue ?? "").replace(/\u00ad/g, "").replace(/[\s\u00a0]+/g, " ");

/** The text of `node`'s children, with a break mark around each block (a loop: this runs on every node). */
function walk(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      out.push(plain(child));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    const block = BLOCK.has(tag);
    if (block) out.push("\n\n");
    walk(child, out);
    if (block) out.push("\n\n");
  }
}

export function blockText(root: Element): string {
  const out: string[] = [];
  walk(root, out);
  return (
    out
      .join("")
      .split(/\n{2,}/)
      .map((line) => line.replace(/ +/g, " ").trim())
      .filter(Boolean)
      .join("\n\n")
      // One spelling for the same letters ("য়" precomposed or not), so search and comparisons match.
      .normalize("NFC")
  );
}

/**
 * The last line of blockText(root), read from the end: the rules that look at how an article
 * closes need not build its whole text.
 */
export function lastBlockLine(root: Element): string {
  const parts: string[] = [];
  let seen = false;
  /** Walks `node` backwards; true once the line is whole (a block's edge with text after it). */
  const back = (node: Node): boolean => {
    if (node.nodeType === 3) {
      const text = plain(node);
      parts.push(text);
      seen ||= text.trim() !== "";
      return false;
    }
    if (node.nodeType !== 1) return false;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return false;
    const block = BLOCK.has(tag);
    if (block && seen) return true;
    for (let child = node.lastChild; child; child = child.previousSibling) if (back(child)) return true;
    return block && seen;
  };
  for (let child = root.lastChild; child; child = child.previousSibling) if (back(child)) break;
  return parts.reverse().join("").replace(/ +/g, " ").trim().normalize("NFC");
}
