/**
 * What a browser's or an extension's page translation did to the page's text, undone in a copy.
 *
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
 *
 * A bilingual tool (Immersive Translate) leaves the text in place and writes its translation after
 * each block's own text, in a `<font class="notranslate immersive-translate-target-wrapper"
 * lang="zh-CN">`. Every line then read as two: a rail's "You may also like" was no longer the
 * phrase the clutter rules know, a byline ran on into its translation ("Jane Roe 简·罗"). Those
 * copies go with their content: the page reads in the language it was written in (a translation
 * that replaced the text, as Chrome's does, is all there is to read, and stays).
 */
import { removeAll, unwrapAll } from "./unwrap";

const TRANSLATION_STYLE = /^\s*vertical-align:\s*inherit;?\s*$/i;

/** Edge's (Microsoft Translator's) mark on the `<font>` it wraps a block's translated content in. */
const EDGE_MARK = "_mstmutation";

/** Immersive Translate's class on the `<font>` holding its translation of a line (its parts inside). */
const COPY_CLASS = /(?:^|\s)immersive-translate-target-wrapper(?:\s|$)/;

const isTranslationFont = (font: Element): boolean =>
  font.hasAttribute(EDGE_MARK) || TRANSLATION_STYLE.test(font.getAttribute("style") ?? "");

export function undoTranslationFonts(doc: Document): void {
  const fonts = Array.from(doc.getElementsByTagName("font"));
  // (A short translation set inside a line, after a link, split its text in two runs: one again.)
  removeAll(fonts.filter((font) => COPY_CLASS.test(font.getAttribute("class") ?? "")));
  unwrapAll(fonts.filter(isTranslationFont));
}
