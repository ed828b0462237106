import { describe, expect, it } from "vitest";
import { article, page } from "./extract-helpers";

/** Teaser cards Readability's cleaning takes (a picture, a linked headline, a summary each). */
const cards = Array.from(
  { length: 2 },
  (_, i) =>
    `<div class="item"><a href="/news/other-${i}"><img src="/i${i}.jpg" alt=""></a><h4><a href="/news/other-${i}">Another headline of the site, number ${i}</a></h4>` +
    `<p>A summary of that other story, long enough to look like prose to a scorer that counts commas, words and sentences in it.</p></div>`,
).join("");
// Icelandic "More news": a title in no list of rail words.
const box = `<section><h3>Fleiri fréttir</h3>${cards}</section>`;

describe("titles left alone", () => {
  it.each([
    ["in the story", page({ lang: "is" }).replace("</p>", `</p>${box}`)],
    ["after the story", page({ lang: "is", after: box })],
  ])("drops the title of a box of cards Readability took, in any language: %s", (_, html) => {
    const a = article(html);
    expect(a.textContent).not.toContain("Another headline");
    expect(a.textContent).not.toContain("Fleiri fréttir");
    expect(a.textContent).toContain("water management plan");
    expect(a.textContent).toContain("groundwater levels");
  });

  it("keeps a subheading alone in its box from the start (a page builder's heading widget)", () => {
    const widgets =
      `<div class="block block-heading"><h2>What farmers get</h2></div>` +
      `<div class="block block-text"><p>Farmers receive grants for drip irrigation, paid out over three years from the regional fund, and advice on choosing crops.</p></div>`;
    const a = article(page().replace("</p>", `</p>${widgets}`));
    expect(a.textContent).toContain("What farmers get");
    expect(a.textContent).toContain("drip irrigation");
  });

  it("keeps a subheading whose box keeps its text", () => {
    const section = `<section><h2>What farmers get</h2><p>Farmers receive grants for drip irrigation, paid out over three years from the regional fund.</p></section>`;
    const a = article(page().replace("</p>", `</p>${section}`));
    expect(a.textContent).toContain("What farmers get");
  });
});
