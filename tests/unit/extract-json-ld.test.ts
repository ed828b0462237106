import { describe, expect, it } from "vitest";
import { mainArticle, readJsonLd, typesOf } from "../../src/extract/metadata/json-ld";
import { doc } from "./extract-helpers";

const ld = (...objs: unknown[]) =>
  doc(
    `<html><head>${objs.map((o) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`).join("")}</head><body></body></html>`,
  );

describe("JSON-LD", () => {
  it("flattens @graph and picks the article-typed item", () => {
    const items = readJsonLd(
      ld({
        "@context": "https://schema.org",
        "@graph": [
          { "@type": "WebPage", name: "page" },
          { "@type": "NewsArticle", headline: "The story", datePublished: "2025-03-21" },
        ],
      }),
    );
    expect(items.length).toBe(3);
    expect(mainArticle(items)?.["headline"]).toBe("The story");
  });

  it("reads @type arrays", () => {
    const items = readJsonLd(ld({ "@type": ["Thing", "ReportageNewsArticle"], headline: "H" }));
    expect(typesOf(items[0]!)).toEqual(["Thing", "ReportageNewsArticle"]);
    expect(mainArticle(items)?.["headline"]).toBe("H");
  });

  it("prefers the main article among several, and skips broken scripts", () => {
    const page = doc(`<html><head><script type="application/ld+json">{broken</script>
      <script type="application/ld+json">${JSON.stringify([
        { "@type": "Article", headline: "Teaser" },
        {
          "@type": "NewsArticle",
          headline: "Main",
          articleBody: "long ".repeat(200),
          datePublished: "2025-01-01",
        },
      ])}</script></head><body></body></html>`);
    expect(mainArticle(readJsonLd(page))?.["headline"]).toBe("Main");
  });

  it("returns null when no item is an article", () => {
    expect(mainArticle(readJsonLd(ld({ "@type": "Organization", name: "X" })))).toBeNull();
  });
});
