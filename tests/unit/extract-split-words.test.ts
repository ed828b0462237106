import { describe, expect, it } from "vitest";
import { joinSplitWords } from "../../src/extract/split-words";
import { article, bodyAfter, doc, PROSE, rewriteBodyTexts } from "./extract-helpers";

/**
 * As a "bionic reading" extension leaves a page: the first half of every word of two letters or
 * more in `<b>` (or `<span class="bold">`), each rewritten text in a `<span>` of its own when asked.
 */
function bionic(html: string, { tag = "b", wrap = false } = {}): string {
  const open = tag === "b" ? "<b>" : `<${tag} class="bold">`;
  return rewriteBodyTexts(html, (text) => {
    const split = text.replace(/\p{L}{2,}/gu, (word) => {
      const half = Math.ceil(word.length / 2);
      return `${open}${word.slice(0, half)}</${tag}>${word.slice(half)}`;
    });
    return wrap ? `<span>${split}</span>` : split;
  });
}

const joined = (body: string): string => bodyAfter(joinSplitWords, body);

describe("words a reading aid split", () => {
  it("joins a word's bold start to its rest, and the runs it split", () => {
    const page = doc(
      `<html><body><p id="p"><b>Publ</b>ished <b>No</b>v. <b>1</b>8, <b>20</b>19</p></body></html>`,
    );
    joinSplitWords(page);
    const p = page.getElementById("p")!;
    expect(p.innerHTML).toBe("Published Nov. 18, 2019");
    expect(p.childNodes).toHaveLength(1);
  });

  it("takes away the bare <span> a reading aid wrapped a rewritten text in, and a drop cap", () => {
    expect(joined(`<div class="date"><span><span class="bold">Ma</span>rch 3, 2024</span></div>`)).toBe(
      '<div class="date">March 3, 2024</div>',
    );
    expect(joined(`<p><span class="dropcap">T</span>he council met.</p>`)).toBe("<p>The council met.</p>");
  });

  it("keeps bold words, a labelled name, a bare <span> of the page's own, an element a rule reads, a bold phrase in Chinese or Thai", () => {
    const keep = [
      `<p>It was <b>not</b> approved.</p>`,
      `<p><strong>Von</strong> Jane Roe</p>`,
      `<div class="box"><span>14. Februar 2012</span><ul><li>Drucken</li></ul></div>`,
      `<p><b id="x">Wor</b>ds</p>`,
      `<p><span itemprop="name">Ja</span>ne</p>`,
      // In a script without spaces a bold phrase runs on into the next one: no word of its split.
      `<p><strong>重要</strong>的是水。</p>`,
      `<p>คือ<b>น้ำ</b>ที่ดี</p>`,
    ];
    for (const body of keep) expect(joined(body)).toBe(body);
  });
});

describe("a page read with a bionic reading extension on", () => {
  const story = `<!DOCTYPE html><html lang="en"><head><title>Water plan approved after a long debate</title></head><body>
    <article><h1>Water plan approved after a long debate</h1>
    <div class="meta"><span class="byline">By Jane Roe</span> <span class="date">Published March 3, 2024</span></div>
    ${PROSE.map((p) => `<p>${p}</p>`).join("")}
    <h2>More Great Stories</h2><ul><li><a href="/a">Another story about the budget</a></li><li><a href="/b">A third story about the wells</a></li></ul>
    </article></body></html>`;

  it.each([
    ["in <b>", {}],
    ["in <span class=bold>, each text in a <span>", { tag: "span", wrap: true }],
  ])("reads the same Article: the words %s", (_name, how) => {
    const plain = article(story);
    expect(plain.publishedTime).toBe("2024-03-03");
    const read = article(bionic(story, how));
    expect(read.publishedTime).toBe(plain.publishedTime);
    expect(read.byline).toBe(plain.byline);
    expect(read.textContent).toBe(plain.textContent);
  });
});
