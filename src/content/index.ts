/**
 * The injected bundle (IIFE, via scripting.executeScript files:["content.js"]): a bootstrap only.
 * It defines two globals in the extension's isolated world: the extractor, which the background
 * calls with another executeScript (its return value is structured-cloned back), and the build it
 * belongs to. They stay until the page goes away, so a second read of the tab (the popup, then the
 * reader) calls the extractor already there instead of loading the bundle again. Injecting twice
 * just redefines the same function.
 */
import { extractArticle } from "../extract/index.js";
import { callBuiltIn } from "../extract/unclobber.js";
import type { ReadTabResult } from "../messages.js";
import { CONTENT_BUILD } from "../shared/content-build.js";
import { cleanWindow } from "./clean-window.js";
import { refuseIfTooLarge } from "./page-size.js";

declare global {
  var __tidingsExtract: (() => ReadTabResult) | undefined;
  var __tidingsBuild: string | undefined;
}

let cleaned: (Window & typeof globalThis) | undefined;
/** One clean window per injection: DOMPurify's instance is cached per window object. */
const sanitizerWindow = (): Window & typeof globalThis => (cleaned ??= cleanWindow(globalThis.window));

globalThis.__tidingsExtract = (): ReadTabResult => {
  try {
    // Refuse before the synchronous extraction rather than freeze the tab past the time limit.
    const refusal = refuseIfTooLarge(document);
    if (refusal) return refusal;
    // Our own window to sanitise with: `document.defaultView` and the document's own members
    // can be shadowed by the page (`<iframe name="defaultView">`, `<img name="createElement">`).
    return extractArticle(document, {
      url: location.href,
      sanitizerWindow: sanitizerWindow(),
      inView: elementsInView(),
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: "error", message: `Tidings could not read this page: ${detail}` };
  }
};

/**
 * The elements across the middle of the reader's view, at a third, half and two thirds of its
 * height: on a page an endless scroll filled with stories, the story they lie in is the one read.
 * (Through the built-in: a page can shadow `document.elementFromPoint` with a named image.)
 */
function elementsInView(): Element[] {
  const x = window.innerWidth / 2;
  try {
    return [1 / 3, 1 / 2, 2 / 3]
      .map((f) => callBuiltIn(document, "elementFromPoint", x, window.innerHeight * f) as Element | null)
      .filter((el): el is Element => !!el);
  } catch {
    // A document without layout (no elementFromPoint): the page is read without the view.
    return [];
  }
}

globalThis.__tidingsBuild = CONTENT_BUILD;
