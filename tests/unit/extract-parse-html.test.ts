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

describe("parseHtmlDocument: attribute names as a browser reads them", () => {
  it("lowercases attribute names on HTML elements (React's dateTime, old pages' HREF)", () => {
    const doc = parseHtmlDocument(
      '<html LANG="de"><head><META NAME="description" CONTENT="Summary"></head><body>' +
        '<A HREF="/next">Next</A><time dateTime="2022-05-04">4 May</time><img srcSet="a.jpg 2x" src="a.jpg"></body></html>',
    );
    expect(doc.documentElement.getAttribute("lang")).toBe("de");
    expect(doc.querySelector('meta[name="description"]')?.getAttribute("content")).toBe("Summary");
    expect(doc.querySelector("a")?.getAttribute("href")).toBe("/next");
    expect(doc.querySelector("time[datetime]")?.getAttribute("datetime")).toBe("2022-05-04");
    expect(doc.querySelector("img")?.getAttribute("srcset")).toBe("a.jpg 2x");
  });

  it("keeps the first of two spellings of one attribute, and SVG's own case", () => {
    const doc = parseHtmlDocument(
      '<body><a href="/first" HREF="/second">x</a><svg viewBox="0 0 1 1"></svg></body>',
    );
    expect(doc.querySelector("a")?.getAttribute("href")).toBe("/first");
    expect(doc.querySelector("a")?.getAttributeNames()).toEqual(["href"]);
    expect(doc.querySelector("svg")?.getAttribute("viewBox")).toBe("0 0 1 1");
  });
});

describe("parseHtmlDocument: a whole page pasted into a story", () => {
  it("carries on after a stray </body></html>, with every element still open, as a browser does", () => {
    const doc = parseHtmlDocument(
      "<html><body><main><div class=story><p>a</p></body></html></div><p class=after>b</p></main><footer>f</footer></body></html>",
    );
    expect(doc.body.innerHTML).toBe(
      '<main><div class="story"><p>a</p></div><p class="after">b</p></main><footer>f</footer>',
    );
  });

  it("ignores a stray </body> in a page without <html> too", () => {
    const doc = parseHtmlDocument("<div><p>a</p></body><p>b</p></div>");
    expect(doc.body.innerHTML).toBe("<div><p>a</p><p>b</p></div>");
  });

  it("makes no element of a <body> or <head> inside the body; the inner <body> lends its attributes", () => {
    const doc = parseHtmlDocument(
      '<html><body class="site"><article><html><head><title>T</title></head><body dir="rtl" class="inner"><p>Story</p></body></html></article></body></html>',
    );
    expect(doc.querySelectorAll("body, head")).toHaveLength(2);
    expect(doc.querySelector("article > p")?.textContent).toBe("Story");
    expect([doc.body.getAttribute("class"), doc.body.getAttribute("dir")]).toEqual(["site", "rtl"]);
  });

  it("lets the first of several pasted <body>s lend an attribute, its name lowercased, the page's own winning", () => {
    const doc = parseHtmlDocument(
      '<html><body CLASS="site"><section><body DIR="rtl" ID="one"><p>One</p></body></section>' +
        '<section><body dir="ltr" id="two" data-x="2"><head><title>T</title></head><p>Two</p></body></section></body></html>',
    );
    expect(doc.querySelectorAll("body, head")).toHaveLength(2);
    expect(doc.body.getAttributeNames().sort()).toEqual(["class", "data-x", "dir", "id"]);
    expect(["class", "dir", "id", "data-x"].map((name) => doc.body.getAttribute(name))).toEqual([
      "site",
      "rtl",
      "one",
      "2",
    ]);
    expect(Array.from(doc.querySelectorAll("section > p"), (p) => p.textContent)).toEqual(["One", "Two"]);
  });
});

describe("parseHtmlDocument: elements made by script, as in a browser", () => {
  it("names an element made with createElement('P') in lowercase, in the document and its clones", () => {
    const doc = parseHtmlDocument("<body><div id=a></div></body>").cloneNode(true) as Document;
    doc.getElementById("a")!.append(doc.createElement("P"), doc.createElement("DIV"));
    expect(doc.getElementsByTagName("p")).toHaveLength(1);
    expect(doc.getElementById("a")!.innerHTML).toBe("<p></p><div></div>");
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
