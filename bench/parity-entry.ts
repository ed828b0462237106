/**
 * Injected into each corpus page by bench/parity.ts (bundled as an IIFE with the content bundle's
 * plugins): the extractor on the page's own DOM, as the content script runs it on a click.
 */
import { extractArticle } from "../src/extract/index.js";
import { outputOf, verdictOf, type Output } from "./output.js";

export type PageAnswer = { output: Output | null; kind: string } | { error: string };

declare global {
  var __tidingsParity: ((url: string) => PageAnswer) | undefined;
}

/** `url` is the page's address in the corpus (it is served from 127.0.0.1), as the CLI is given. */
globalThis.__tidingsParity = (url: string): PageAnswer => {
  try {
    const result = extractArticle(document, { url, sanitizerWindow: window });
    return { output: outputOf(result), kind: verdictOf(result) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
};
