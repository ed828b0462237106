/** Shared by the extractor's unit tests: parse a page string, extract it with a fixed clock. */
import { JSDOM } from "jsdom";
import { expect } from "vitest";
import { parseHtmlDocument } from "../../src/cli/parse-html";
import { extractArticle, type ExtractResult } from "../../src/extract/index";
import type { Article } from "../../src/extract/types";

export const NOW = new Date("2025-06-01T12:00:00Z");
export const sanitizerWindow = new JSDOM("").window as unknown as Window & typeof globalThis;
export const doc = (html: string): Document => parseHtmlDocument(html);

const PROSE = [
  "The regional parliament approved the new water management plan on Thursday after a debate that lasted well into the evening, with a large majority in favour.",
  "Under the plan, farmers will receive support to install more efficient irrigation systems, and towns will have to repair leaking pipes within the next five years.",
  "Opposition members said the budget was too small for the scale of the problem, but they supported the measures on pipes and on monitoring of groundwater levels.",
];

/** A plausible article page: `head` goes into <head>, `before`/`after` around the article. */
export function page(
  opts: { head?: string; before?: string; inside?: string; after?: string; lang?: string } = {},
): string {
  return `<!DOCTYPE html><html lang="${opts.lang ?? "en"}"><head><title>Parliament approves water plan</title>${opts.head ?? ""}</head>
  <body>${opts.before ?? ""}<article><h1>Parliament approves water plan</h1>${opts.inside ?? ""}
  ${PROSE.map((p) => `<p>${p}</p>`).join("\n")}</article>${opts.after ?? ""}</body></html>`;
}

export function run(html: string, url = "https://news.example/politics/water-plan"): ExtractResult {
  return extractArticle(doc(html), { url, now: NOW, sanitizerWindow });
}

export function article(html: string, url?: string): Article {
  const result = run(html, url);
  if (result.kind !== "article") throw new Error(`expected an article, got ${result.reason}`);
  return result.article;
}

/** The standard page with `inside` before its story: the story stays whole and `leak` is gone. */
export function expectRemoved(_kind: string, inside: string, leak: string): void {
  const a = article(page({ inside }));
  expect(a.textContent).not.toContain(leak);
  expect(a.textContent).toContain("water management plan");
}
