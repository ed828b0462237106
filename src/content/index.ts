/**
 * The injected bundle (IIFE, via scripting.executeScript files:["content.js"]): a bootstrap only.
 * It defines one global the background then calls with a second executeScript, whose return value
 * is structured-cloned back. Injecting twice just redefines the same function.
 */
import { extractArticle } from "../extract/index.js";
import type { ReadTabResult } from "../messages.js";

declare global {
  var __tidingsExtract: (() => ReadTabResult) | undefined;
}

globalThis.__tidingsExtract = (): ReadTabResult => {
  try {
    return extractArticle(document, { url: location.href });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: "error", message: `Tidings could not read this page: ${detail}` };
  }
};
