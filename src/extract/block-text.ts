/** Plain text of article HTML with a blank line between blocks, as a reader expects. */
import { DROPPED_WITH_CONTENT } from "./sanitize";

const BLOCK = new Set(
  "P DIV SECTION ARTICLE H1 H2 H3 H4 H5 H6 LI UL OL BLOCKQUOTE PRE FIGURE FIGCAPTION TABLE TR HEADER FOOTER DL DT DD HR BR".split(
    " ",
  ),
);
/** Whether an element of this tag ends the line before it (and its own). */
export const breaksLine = (tagName: string): boolean => BLOCK.has(tagName.toUpperCase());

/** Table cells: words apart, on one line (a row is one line). */
const CELL = new Set(["TD", "TH"]);
/** Not text: scripts, and what the sanitiser drops with its content (the reader never shows it). */
const SKIP = new Set(["SCRIPT", ...DROPPED_WITH_CONTENT.map((tag) => tag.toUpperCase())]);

// Soft hyphens are invisible break hints: plain text (search, exports) reads without them.
const plain = (node: Node): string =>
  (node.nodeValue ?? "").replace(/\u00ad/g, "").replace(/[\s\u00a0]+/g, " ");

/**
 * The lines of blockText(root), in order, read only as far as the caller goes: a line ends at each
 * block's start and end; empty lines are left out.
 */
export function* blockLines(root: Element): Generator<string> {
  let parts: string[] = [];
  /** The line read so far ("" when none), and a new one begun. */
  const flush = (): string => {
    if (!parts.length) return "";
    const line = parts.join("").replace(/ +/g, " ").trim();
    parts = [];
    // One spelling for the same letters ("য়" precomposed or not), so search and comparisons match.
    return line.normalize("NFC");
  };
  // Document order without recursion: `open` holds the elements entered, for the way back up.
  const open: Element[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) parts.push(plain(node));
    else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === "PRE") {
        // Laid out by the page: one block of lines, its spaces kept.
        const line = flush();
        if (line) yield line;
        const code = preText(el);
        if (code) yield code;
      } else if (!SKIP.has(tag)) {
        if (BLOCK.has(tag)) {
          const line = flush();
          if (line) yield line;
        } else if (CELL.has(tag)) parts.push(" ");
        if (el.firstChild) {
          open.push(el);
          node = el.firstChild;
          continue;
        }
      }
    }
    // Along, else up (ending each block left) and along.
    let at: Node | null = node;
    while (at && !at.nextSibling) {
      at = open.pop() ?? null;
      if (at && BLOCK.has((at as Element).tagName.toUpperCase())) {
        const line = flush();
        if (line) yield line;
      }
    }
    node = at ? at.nextSibling : null;
  }
  const line = flush();
  if (line) yield line;
}

/** How deep preText reads a <pre>'s markup before taking the rest as plain text (a hostile nesting). */
const PRE_DEPTH = 100;

/**
 * A <pre>'s text as the page lays it out (code, verse, a table drawn in text): its spaces,
 * indentation and line breaks kept, a <br> or a block inside it (a highlighter's line) a line
 * break; blank lines at its edges and spaces at its lines' ends left out.
 */
function preText(pre: Element): string {
  let text = "";
  const breakLine = () => {
    if (text && !text.endsWith("\n")) text += "\n";
  };
  const read = (el: Element, depth: number): void => {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) text += node.nodeValue ?? "";
      if (node.nodeType !== 1) continue;
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === "BR") text += "\n";
      else if (SKIP.has(tag)) continue;
      else if (depth >= PRE_DEPTH) text += node.textContent ?? "";
      else {
        const block = BLOCK.has(tag);
        if (block) breakLine();
        read(node as Element, depth + 1);
        if (block) breakLine();
      }
    }
  };
  read(pre, 0);
  return text
    .replace(/\u00ad/g, "")
    .replace(/\u00a0/g, " ")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/^\n+|\s+$/g, "")
    .replace(/\n{3,}/g, "\n\n")
    .normalize("NFC");
}

/** Plain text of article HTML with a blank line between blocks (blockLines joined). */
export function blockText(root: Element): string {
  return Array.from(blockLines(root)).join("\n\n");
}

/**
 * The last line of blockText(root), read from the end: the rules that look at how an article
 * closes need not build its whole text.
 */
export function lastBlockLine(root: Element): string {
  const parts: string[] = [];
  let seen = false;
  /** The last line when it is a <pre>'s, read whole (see preText). */
  let code = "";
  /** Walks `node` backwards; true once the line is whole (a block's edge with text after it). */
  const back = (node: Node): boolean => {
    if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() === "PRE") {
      if (seen) return true;
      code = preText(node as Element);
      return !!code;
    }
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
    if (CELL.has(tag)) parts.push(" ");
    return block && seen;
  };
  for (let child = root.lastChild; child; child = child.previousSibling) if (back(child)) break;
  if (code) return code;
  return parts.reverse().join("").replace(/ +/g, " ").trim().normalize("NFC");
}
