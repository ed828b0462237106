import { describe, expect, it } from "vitest";
import { parseHtmlDocument } from "../../src/cli/parse-html";

describe("parseHtmlDocument", () => {
  it("gives an empty file a document with head and body", () => {
    const doc = parseHtmlDocument("");
    expect(doc.documentElement?.tagName).toBe("HTML");
    expect(doc.head).toBeTruthy();
    expect(doc.body?.textContent).toBe("");
  });

  it("wraps a bare fragment in a body", () => {
    const doc = parseHtmlDocument("<p>Only a paragraph</p>");
    expect(doc.body?.querySelector("p")?.textContent).toBe("Only a paragraph");
  });

  it("moves a script before <head> into the head", () => {
    const doc = parseHtmlDocument(
      "<html><script>1</script><head><title>T</title></head><body><p>x</p></body></html>",
    );
    expect(doc.head?.querySelector("script")).toBeTruthy();
    expect(doc.body?.textContent).toBe("x");
  });
});

describe("parseHtmlDocument with content before <html>", () => {
  it("keeps the page's <html> and moves the stray content into the body", () => {
    const doc = parseHtmlDocument(
      '<br /><b>Warning</b>: something deprecated<html lang="de"><head><title>T</title></head><body><p>Text</p></body></html>',
    );
    expect(doc.documentElement.getAttribute("lang")).toBe("de");
    expect(doc.head?.querySelector("title")?.textContent).toBe("T");
    expect(doc.body?.textContent).toContain("Warning");
    expect(doc.body?.querySelector("p")?.textContent).toBe("Text");
  });
});

describe("parseHtmlDocument with a broken page skeleton", () => {
  it("merges the extra <html> tags of IE conditional comments", () => {
    const doc = parseHtmlDocument(
      '<!DOCTYPE html><!--[if IE 8]><!--><html lang="en" class="ie8"><!--<![endif]--><html lang="en"><head><title>T</title></head><body><p>Story text</p></body></html>',
    );
    expect(doc.documentElement.getAttribute("lang")).toBe("en");
    expect(doc.body?.textContent).toBe("Story text");
  });

  it("moves body content out of an unclosed <head>", () => {
    const doc = parseHtmlDocument(
      "<html><head><title>T</title><meta charset=utf-8><div><p>Story text</p></div></html>",
    );
    expect(doc.head?.querySelector("title")).toBeTruthy();
    expect(doc.body?.textContent).toBe("Story text");
  });
});
