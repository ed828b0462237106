/**
 * Chrome's page translation wraps every run of text it translates in two `<font style=
 * "vertical-align: inherit;">`. The rules ask about a block's own text and the words beside a
 * phrase ("he <a class=popup>rather elderly</a> man": a glossary link inside a sentence), which
 * the wrappers hide: a translated blog's text set apart by `<br>`s read as no prose, and the whole
 * post went with its "widget" class. Unwrapped, with the text runs they split joined again, the
 * page reads as it came. A page's own `<font>`s stay: old pages set a date line in one.
 *
 * Edge's translation (Microsoft Translator) marks the elements it translates with `_msthash` and
 * `_msttexthash`, and wraps the content of a block that mixes text and inline elements (the
 * sentence and its links) in one `<font _mstmutation="1">`: the block's words were no longer its
 * own (glossary links inside sentences went, an embedded tweet's text leaked), and Readability
 * weighed the blocks anew. Unwrapped too; the attributes are left, no rule reads them.
 */
import { unwrapAll } from "./unwrap";

const TRANSLATION_STYLE = /^\s*vertical-align:\s*inherit;?\s*$/i;

/** Edge's (Microsoft Translator's) mark on the `<font>` it wraps a block's translated content in. */
const EDGE_MARK = "_mstmutation";

const isTranslationFont = (font: Element): boolean =>
  font.hasAttribute(EDGE_MARK) || TRANSLATION_STYLE.test(font.getAttribute("style") ?? "");

export function unwrapTranslationFonts(doc: Document): void {
  unwrapAll(Array.from(doc.getElementsByTagName("font")).filter(isTranslationFont));
}
