/**
 * The injected bundle (IIFE, via scripting.executeScript files:["content.js"]): a bootstrap only.
 * It defines one global the background then calls with a second executeScript, whose return value
 * is structured-cloned back. Injecting twice just redefines the same function.
 */
import { extractArticle } from "../extract/index.js";
import type { ReadTabResult } from "../messages.js";
import { refuseIfTooLarge } from "./page-size.js";

declare global {
  var __tidingsExtract: (() => ReadTabResult) | undefined;
}

globalThis.__tidingsExtract = (): ReadTabResult => {
  try {
    // Refuse before the synchronous extraction rather than freeze the tab past the time limit.
    const refusal = refuseIfTooLarge(document);
    if (refusal) return refusal;
    // Our own window to sanitise with: `document.defaultView` can be shadowed by the page
    // (`<iframe name="defaultView">` is a named property of Document).
    return extractArticle(document, { url: location.href, sanitizerWindow: window });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: "error", message: `Tidings could not read this page: ${detail}` };
  }
};
