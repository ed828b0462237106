import { describe, expect, it } from "vitest";
import { spaceRunOnWords } from "../../src/extract/run-on-words";
import { PROSE, article, doc, page } from "./extract-helpers";

const spaced = (body: string): string => {
  const d = doc(`<html><body>${body}</body></html>`);
  spaceRunOnWords(d.body);
  return d.body.innerHTML;
};

describe("words the page's style keeps apart", () => {
  it("spaces a dateline's credit set apart by the page's style from the story's first word", () => {
    const inside = `<p><cite class="el-editorial-source">London (CNN)</cite>It was the interview that some had feared. ${PROSE[0]}</p>`;
    const a = article(page({ inside }));
    expect(a.textContent).toContain("London (CNN) It was the interview");
    expect(a.content).toContain("</cite> It was");
  });

  it("reads the bracket through the credit's own markup; square brackets and a label's colon alike", () => {
    expect(spaced(`<p><strong><span>WASHINGTON (AP)</span></strong>The vote</p>`)).toBe(
      `<p><strong><span>WASHINGTON (AP)</span></strong> The vote</p>`,
    );
    expect(spaced(`<p><b>[Update]</b>Officials said</p>`)).toBe(`<p><b>[Update]</b> Officials said</p>`);
    expect(spaced(`<p><span>Sprachen:</span>Deutsch</p>`)).toBe(`<p><span>Sprachen:</span> Deutsch</p>`);
  });

  it("spaces links to different places set side by side, not one link split across a word", () => {
    const refs = `<li>Vaccine. 2013. <a href="/crossref/1">Crossref</a><a href="/medline/1">Medline</a><a href="https://scholar.example/?q=1">Google Scholar</a></li>`;
    expect(spaced(refs)).toContain(`>Crossref</a> <a href="/medline/1">Medline</a> <a`);
    const split = `<p>the <a href="/artemis">Arte</a><a href="/artemis">mis m</a><a href="/artemis">ission</a></p>`;
    expect(spaced(split)).toBe(split);
  });

  it("leaves a footnote's mark, a bracket before punctuation or a digit, a spaced word and a word's own letters", () => {
    for (const body of [
      `<p>as shown<sup>(1)</sup>and later</p>`,
      `<p><em>(see below)</em>, then</p>`,
      `<p><span>(2)</span>5 units</p>`,
      `<p><span>Time:</span>14:05</p>`,
      `<p><b>Nov</b>ember</p>`,
      `<p><a href="/a">hier (zum Artikel) </a>bereits</p>`,
      `<p><a href="/a">one</a>, <a href="/b">two</a></p>`,
      `<p><a href="/a">one</a><a href="/b">, two</a></p>`,
    ])
      expect(spaced(body)).toBe(body);
  });
});
