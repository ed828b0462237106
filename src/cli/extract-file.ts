/** One saved page on disk → ExtractResult, with one jsdom window reused for sanitising. */
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { JSDOM } from "jsdom";
import { extractArticle, type ExtractResult } from "../extract/index";
import { decodeHtmlBytes } from "./decode";
import { parseHtmlDocument } from "./parse-html";

let sanitizerWindow: (Window & typeof globalThis) | null = null;

function windowForSanitising(): Window & typeof globalThis {
  // DOMPurify cannot use linkedom (no document.implementation); jsdom can, and one window serves all.
  sanitizerWindow ??= new JSDOM("").window as unknown as Window & typeof globalThis;
  return sanitizerWindow;
}

/** `savedAt`: when the page was saved (relative dates count from it); now when not given. */
export async function extractFile(path: string, url?: string, savedAt?: Date): Promise<ExtractResult> {
  const html = decodeHtmlBytes(new Uint8Array(await readFile(path)));
  return extractArticle(parseHtmlDocument(html), {
    url: url ?? pathToFileURL(path).href,
    sanitizerWindow: windowForSanitising(),
    ...(savedAt ? { now: savedAt } : {}),
    // The document was parsed for this call alone: no need to extract from a copy.
    consumeDocument: true,
    // For the rare second reading (no story left by the clutter rules): the same page parsed again.
    reparse: () => parseHtmlDocument(html),
  });
}
