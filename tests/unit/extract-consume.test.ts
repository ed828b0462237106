/** consumeDocument: the CLI's way to spare the clone gives the same Article (reparse gives it a second copy), and lending never mutates. */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index";
import { doc, NOW, page, productPage, sanitizerWindow } from "./extract-helpers";

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

  it("reads the page again from reparse when the clutter rules left no story, as a lent one is cloned again", () => {
    const shop = "https://shop.example/produkte/katzendecke";
    const lent = extractArticle(doc(productPage), { url: shop, now: NOW, sanitizerWindow });
    const options = { url: shop, now: NOW, sanitizerWindow, consumeDocument: true };
    const reparsed = extractArticle(doc(productPage), { ...options, reparse: () => doc(productPage) });
    expect(lent.kind).toBe("article");
    expect(reparsed).toEqual(lent);
    // Without a way to a second copy, a consumed document gets one reading.
    expect(extractArticle(doc(productPage), options).kind).toBe("no-article");
  });
});
