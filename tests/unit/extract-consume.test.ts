/** consumeDocument: the CLI's way to spare the clone gives the same Article, and lending never mutates. */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index";
import { doc, NOW, page, sanitizerWindow } from "./extract-helpers";

const url = "https://news.example/politics/water-plan";
const html = page({
  head: `<meta property="og:site_name" content="News Example"><meta name="author" content="Jane Doe">`,
  before: `<nav><a href="/">Home</a><a href="/world">World</a></nav>`,
  inside: `<p class="dateline">Published March 21, 2025</p><img data-src="/img/lead.jpg" src="data:image/gif;base64,R0lGOD">`,
  after: `<aside class="related"><h2>Related</h2><a href="/x">Another story</a></aside>`,
});

describe("consumeDocument", () => {
  it("extracts the same Article from the document itself as from a clone", () => {
    const lent = extractArticle(doc(html), { url, now: NOW, sanitizerWindow });
    const consumed = extractArticle(doc(html), { url, now: NOW, sanitizerWindow, consumeDocument: true });
    expect(lent.kind).toBe("article");
    expect(consumed).toEqual(lent);
  });

  it("leaves a lent document untouched, and works on a handed-over one", () => {
    const lent = doc(html);
    const before = lent.documentElement.outerHTML;
    extractArticle(lent, { url, now: NOW, sanitizerWindow });
    expect(lent.documentElement.outerHTML).toBe(before);

    const given = doc(html);
    extractArticle(given, { url, now: NOW, sanitizerWindow, consumeDocument: true });
    expect(given.querySelector("nav")).toBeNull();
  });
});
