import { describe, expect, it } from "vitest";
import { unwrapInlineCustomElements } from "../../src/extract/inline-custom-elements";
import { article, doc, PROSE } from "./extract-helpers";

const HL = '<hypothesis-highlight class="hypothesis-highlight">';
const END = "</hypothesis-highlight>";

/** Every run of text in the body highlighted, as an annotation extension marks a page read through. */
const highlighted = (html: string, [open, end] = [HL, END]): string =>
  html.replace(/<body>[^]*<\/body>/, (body) =>
    body.replace(/>([^<>]*\S[^<>]*)</g, (_m, text: string) => `>${open}${text}${end}<`),
  );

const unwrapped = (body: string): string => {
  const page = doc(`<html><body>${body}</body></html>`);
  unwrapInlineCustomElements(page);
  return page.body.innerHTML;
};

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

describe("a page read through with an annotation extension's highlights", () => {
  it("keeps a glossary link marked 'popup' inside a highlighted sentence", () => {
    // Every run between the links highlighted: the paragraph held no words of its own.
    const glossary = `<!DOCTYPE html><html lang="en"><head><title>Bartleby</title></head><body><article><h1>Bartleby, the Scrivener</h1>
      <div><a href="javascript:void(0)" class="popup">I</a> am a <a href="javascript:void(0)" class="popup">rather elderly</a> man. The nature of my avocations for the last thirty years has brought me into more than ordinary contact with what would seem an interesting and somewhat singular set of men</div>
      ${PROSE.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    expect(article(glossary).textContent).toContain("I am a rather elderly man.");
    expect(article(highlighted(glossary)).textContent).toContain("I am a rather elderly man.");
  });

  it("keeps a glossary link inside a sentence highlighted in <mark>s", () => {
    // A highlighter that marks with <mark> (as a site marks the words searched for): the marks
    // stay, their words the sentence's own.
    const glossary = `<!DOCTYPE html><html lang="en"><head><title>Bartleby</title></head><body><article><h1>Bartleby, the Scrivener</h1>
      <div><a href="javascript:void(0)" class="popup">I</a> am a <a href="javascript:void(0)" class="popup">rather elderly</a> man. The nature of my avocations for the last thirty years has brought me into more than ordinary contact with what would seem an interesting and somewhat singular set of men</div>
      ${PROSE.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const marked = article(highlighted(glossary, ['<mark class="hl">', "</mark>"]));
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
