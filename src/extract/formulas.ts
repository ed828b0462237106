/**
 * Formulas stay in the story, as their text. MathML itself is kept out by the sanitiser (a
 * namespace that mutation-XSS has used, and little of the news), so each <math> becomes a span of
 * its symbols, "a x 2 + b x + c = 0", a block one for a displayed formula.
 *
 * MathJax also wraps each formula in a container classed "MathJax CtxtMenu_Attached_0", which
 * Readability 0.6 reads as a menu and removes ("menu" is one of its unlikely-candidate words;
 * later versions spare "mathjax"). The class is presentation only (the sanitiser drops classes
 * anyway), so it goes from the formula's own wrappers.
 */
import { squash } from "./text";

/** Wrappers this close above a <math> element are the formula's own. */
const OWN_WRAPPERS = 3;
const FORMULA_CLASS = /\b(?:mathjax|katex|math)/i;
/** MathML's token elements: identifiers, numbers, operators, text, string literals. */
const TOKENS = "mi, mn, mo, mtext, ms";

export function keepFormulas(doc: Document): void {
  for (const math of Array.from(doc.querySelectorAll("math"))) {
    let node = math.parentElement;
    for (let depth = 0; node && depth < OWN_WRAPPERS; depth++, node = node.parentElement) {
      if (node.tagName.includes("-") || FORMULA_CLASS.test(node.getAttribute("class") ?? ""))
        node.removeAttribute("class");
    }
    const tokens = Array.from(math.querySelectorAll(TOKENS), (t) => squash(t.textContent)).filter(Boolean);
    const text = tokens.length ? tokens.join(" ") : squash(math.textContent);
    const block = math.getAttribute("display") === "block";
    const span = doc.createElement(block ? "div" : "span");
    span.textContent = text;
    math.replaceWith(span);
  }
}
