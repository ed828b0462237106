import { describe, expect, it } from "vitest";
import { ElementIndex } from "../../src/extract/element-index";
import { doc } from "./extract-helpers";

const PAGE = `<html><head><title>T</title><script id=s></script></head><body>
  <nav id=nav><p id=n1>Menu</p><div id=n2><p id=n3>More</p></div></nav>
  <div id=wrap><p id=a class=x>One</p><span id=b>Two</span></div>
  <section id=sec><blockquote id=post><p id=c>Quoted</p></blockquote></section>
  <p id=d>Three</p></body></html>`;

const ids = (els: Element[]) => els.map((el) => el.id);

describe("ElementIndex", () => {
  it("answers the body's elements by tag, in document order; the whole document on request", () => {
    const page = doc(PAGE);
    const index = new ElementIndex(page);
    expect(ids(index.tagged("p", "span"))).toEqual(["n1", "n3", "a", "b", "c", "d"]);
    expect(ids(index.tagged("p", "span"))).toEqual(ids(Array.from(page.body.querySelectorAll("p, span"))));
    expect(ids(index.withAttributes())).toEqual(ids(Array.from(page.body.querySelectorAll("[id], [class]"))));
    expect(ids(index.anywhere((el) => el.localName === "script" || el.localName === "nav"))).toEqual([
      "s",
      "nav",
    ]);
  });

  it("keeps removed elements until pruned, then forgets them and everything inside them", () => {
    const page = doc(PAGE);
    const index = new ElementIndex(page);
    page.getElementById("nav")!.remove();
    expect(ids(index.tagged("p"))).toEqual(["n1", "n3", "a", "c", "d"]);
    // A post takes its wrapper's place: still in the document, in the same order.
    page.getElementById("sec")!.replaceWith(page.getElementById("post")!);
    index.prune();
    expect(ids(index.tagged("p"))).toEqual(["a", "c", "d"]);
    expect(ids(index.tagged("section", "blockquote"))).toEqual(["post"]);
    expect(ids(index.tagged("p"))).toEqual(ids(Array.from(page.body.querySelectorAll("p"))));
  });
});
