/** Plain text of article HTML with a blank line between blocks, as a reader expects. */
const BLOCK =
  /^(?:P|DIV|SECTION|ARTICLE|H[1-6]|LI|UL|OL|BLOCKQUOTE|PRE|FIGURE|FIGCAPTION|TABLE|TR|HEADER|FOOTER|DL|DT|DD|HR|BR)$/;
const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|BUTTON|FORM|SELECT|TEXTAREA|SVG|IFRAME)$/;

function walk(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    // Soft hyphens are invisible break hints: plain text (search, exports) reads without them.
    out.push((node.nodeValue ?? "").replace(/\u00ad/g, "").replace(/[\s\u00a0]+/g, " "));
    return;
  }
  if (node.nodeType !== 1) return;
  const tag = (node as Element).tagName.toUpperCase();
  if (SKIP.test(tag)) return;
  const block = BLOCK.test(tag);
  if (block) out.push("\n\n");
  for (const child of Array.from(node.childNodes)) walk(child, out);
  if (block) out.push("\n\n");
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
