import { describe, expect, it } from "vitest";
import { unwrapInlineCustomElements } from "../../src/extract/inline-custom-elements";
import { article, bodyAfter, doc, GLOSSARY_PAGE, PROSE, rewriteBodyTexts } from "./extract-helpers";

const HL = '<hypothesis-highlight class="hypothesis-highlight">';
const END = "</hypothesis-highlight>";

/** Every run of text in the body highlighted, as an annotation extension marks a page read through. */
const highlighted = (html: string, [open, end] = [HL, END]): string =>
  rewriteBodyTexts(html, (text) => `${open}${text}${end}`);

const unwrapped = (body: string): string => bodyAfter(unwrapInlineCustomElements, body);

describe("custom elements inside a run of text", () => {
  it("unwraps highlights in a paragraph, nested ones too, and joins the runs they split", () => {
    const page = doc(
      `<html><body><p id="p">${HL}He said ${END}<a href="/so">so</a>${HL} twice, ${HL}loudly${END}.${END}</p></body></html>`,
    );
    unwrapInlineCustomElements(page);
    const p = page.getElementById("p")!;
    expect(p.innerHTML).toBe('He said <a href="/so">so</a> twice, loudly.');
    expect(p.lastChild?.nodeValue).toBe(" twice, loudly.");
  });

  it("unwraps them beside text, links or each other in a box of words", () => {
    // A caption's text after a link; a run an entity split in three; a byline's words set apart by comments.
    expect(
      unwrapped(
        `<div>${HL}Location of the islands, its ${END}<a href="/c">claim</a>${HL}, and more${END}</div>`,
      ),
    ).toBe('<div>Location of the islands, its <a href="/c">claim</a>, and more</div>');
    expect(unwrapped(`<div><br>${HL}P${END}${HL}&amp;${END}${HL}R with it${END}<br></div>`)).toBe(
      "<div><br>P&amp;R with it<br></div>",
    );
    expect(unwrapped(`<div class="byline">${HL}By${END}<!-- --> <!-- -->Reuters</div>`)).toBe(
      '<div class="byline">By<!-- --> <!-- -->Reuters</div>',
    );
  });

  it("unwraps the only words of their box (a caption after its empty 'enlarge' box)", () => {
    expect(
      unwrapped(
        `<div class="caption"><div class="magnify"><a href="/f"></a></div>${HL}A map of 1657.${END}</div>`,
      ),
    ).toBe('<div class="caption"><div class="magnify"><a href="/f"></a></div>A map of 1657.</div>');
  });

  it("keeps one that states a date or a name, holds blocks, or is a block among blocks", () => {
    const keep = [
      `<p>Updated <relative-time datetime="2025-05-10T09:07:36Z">May 10</relative-time> by us</p>`,
      `<p>By <x-author itemprop="author">Jane Roe</x-author> and others</p>`,
      `<p>Read <x-card class="promo"><div>Another story</div></x-card> now</p>`,
      `<div><h2>Heading</h2><x-teaser class="promo">Read more about the plan</x-teaser><p>The story goes on.</p></div>`,
    ];
    for (const body of keep) expect(unwrapped(body)).toBe(body);
  });
});

describe("hostile shapes", () => {
  it("reads 5,000 custom elements nested one in another without going deeper than a few", () => {
    const depth = 5000;
    const page = doc(
      `<html><body><p>${"<x-a>".repeat(depth)}deep${"</x-a>".repeat(depth)} words</p></body></html>`,
    );
    unwrapInlineCustomElements(page);
    // The innermost few, wrappers of words, go; the ones holding thousands of others stay.
    expect(page.body.textContent).toBe("deep words");
    expect(page.getElementsByTagName("x-a").length).toBeGreaterThan(depth - 20);
  });

  it("asks of 20,000 wrappers among blocks in one box whether each is its only words, reading no further than its own", () => {
    const runs = Array.from({ length: 20_000 }, (_, i) => `<x-h class="h">word${i}</x-h>`).join(
      "<div></div>",
    );
    const page = doc(`<html><body><div id="box">${runs}</div></body></html>`);
    unwrapInlineCustomElements(page);
    // Components laid out as blocks, each one of many: they keep their places.
    expect(page.getElementsByTagName("x-h")).toHaveLength(20_000);
  });
});

describe("a page read through with an annotation extension's highlights", () => {
  it("keeps a glossary link marked 'popup' inside a highlighted sentence", () => {
    // Every run between the links highlighted: the paragraph held no words of its own.
    expect(article(GLOSSARY_PAGE).textContent).toContain("I am a rather elderly man.");
    expect(article(highlighted(GLOSSARY_PAGE)).textContent).toContain("I am a rather elderly man.");
  });

  it("keeps a glossary link inside a sentence highlighted in <mark>s", () => {
    // A highlighter that marks with <mark> (as a site marks the words searched for): the marks
    // stay, their words the sentence's own.
    const marked = article(highlighted(GLOSSARY_PAGE, ['<mark class="hl">', "</mark>"]));
    expect(marked.textContent).toContain("I am a rather elderly man.");
    expect(marked.content).toContain("<mark>");
  });

  it("keeps a <div>'s sentence in one paragraph", () => {
    // Readability makes paragraphs of the phrasing runs of a <div> that holds a block (here a
    // quotation); an unknown element ended one.
    const page = `<!DOCTYPE html><html lang="en"><head><title>Water plan approved</title></head><body><article><h1>Water plan approved</h1>
      <div><blockquote>We waited ten years for this.</blockquote>${PROSE[0]} The plan covers <a href="/w">the western wells</a>, and <a href="/e">the eastern ones</a> too.</div>
      ${PROSE.slice(1)
        .map((p) => `<p>${p}</p>`)
        .join("")}</article></body></html>`;
    const plain = article(page);
    const marked = article(highlighted(page));
    expect(plain.textContent).toContain("the western wells, and the eastern ones too.");
    expect(marked.textContent).toBe(plain.textContent);
    expect(marked.content).toBe(plain.content);
  });
});
