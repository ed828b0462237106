import { describe, expect, it } from "vitest";
import { findLeadFigure } from "../../src/extract/lead-figure";
import { article, doc } from "./extract-helpers";

const BODY = [
  "Lawmakers approved a 1.2 trillion dollar budget just before midnight on Monday after a marathon session that stretched over fourteen hours.",
  "The vote, 218 to 210, came after party leaders agreed to drop a contested provision on energy subsidies that had stalled talks for weeks.",
  "The bill now goes to the Senate, which is expected to take it up later this week, aides said, though several senators have signalled objections.",
  "Analysts said the deal leaves the hardest questions, on taxes and the debt limit, for the autumn, when both chambers return from recess.",
]
  .map((p) => `<p>${p}</p>`)
  .join("\n");

/** The common news layout: a header, `between` (the lead figure's place), then the story's own container. */
const layout = (between: string, body = BODY) => `<!DOCTYPE html><html lang="en"><head>
  <title>Budget passes after marathon session</title></head><body>
  <div class="story"><div class="story-header"><h1>Budget passes after marathon session</h1>
  <p class="dek">Lawmakers approved the plan before midnight.</p>
  <div class="meta">By Sam Lee</div></div>
  ${between}
  <div class="story-body">${body}</div></div></body></html>`;

const url = "https://www.dailypost.example/politics/budget-vote";
const photo = (attrs = "", caption = "Lawmakers in the chamber on Monday.") =>
  `<figure class="lead-art"><img src="/img/budget.jpg" alt="The chamber" ${attrs}>` +
  (caption ? `<figcaption>${caption}</figcaption>` : "") +
  `</figure>`;

describe("the lead figure", () => {
  it("a photograph between the header and the story's container opens the story, caption and all", () => {
    const a = article(layout(photo()), url);
    const first = a.content.indexOf("<figure>");
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(a.content.indexOf("Lawmakers approved a 1.2 trillion"));
    expect(a.content).toContain('src="https://www.dailypost.example/img/budget.jpg"');
    expect(a.content).toContain("<figcaption>Lawmakers in the chamber on Monday.</figcaption>");
    expect(a.leadImage).toBe("https://www.dailypost.example/img/budget.jpg");
    // A caption is not the story's running text.
    expect(a.textContent).not.toContain("Lawmakers in the chamber");
  });

  it("a lazy photograph comes back with its real address", () => {
    const lazy = `<figure><img data-src="/img/lazy.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></figure>`;
    expect(article(layout(lazy), url).content).toContain('src="https://www.dailypost.example/img/lazy.jpg"');
  });

  it("is not shown twice when the story holds it already", () => {
    const a = article(layout("", photo() + BODY), url);
    expect(a.content.split("budget.jpg").length).toBe(2);
  });

  it.each([
    ["a headshot in the byline's box", `<div class="author-box">${photo()}</div>`],
    ["an image the page sizes as an icon", photo('width="80" height="80"')],
    [
      "a teaser linking to another story",
      `<figure><a href="/politics/other-story"><img src="/img/t.jpg"></a></figure>`,
    ],
    ["a video", `<figure><video src="/v.mp4"></video><img src="/img/poster.jpg"></figure>`],
    [
      "a gallery's slide text",
      photo("", "<p>First slide of the story told in pictures.</p><p>Second slide.</p>"),
    ],
    ["a second image in the figure", `<figure><img src="/img/1.jpg"><img src="/img/2.jpg"></figure>`],
    [
      "a caption of two paragraphs, caption and credit (read as a slide's text, it would enter the story's)",
      `<figure><img src="/img/q.jpg"><figcaption><div class="caption"><p>The chamber on Monday.</p></div><div class="attribution"><p>Jane Roe/Agency</p></div></figcaption></figure>`,
    ],
  ])("not %s", (_kind, between) => {
    const a = article(layout(between), url);
    expect(a.content).not.toMatch(/<img/);
    expect(a.textContent).toContain("Lawmakers approved a 1.2 trillion");
    expect(a.textContent).not.toContain("Jane Roe");
  });

  it.each([
    [
      "a WordPress post's featured image",
      `<div class="post-thumbnail"><img src="/img/budget.jpg" class="wp-post-image"></div>`,
    ],
    [
      "the featured image alone",
      `<img src="/img/budget.jpg" class="attachment-full size-full wp-post-image">`,
    ],
    [
      "a box named as the story's picture",
      `<div class="article-image"><picture><img src="/img/budget.jpg"></picture></div>`,
    ],
    [
      "a box named in BEM style ('media__image')",
      `<div class="media__image"><img src="/img/budget.jpg"></div>`,
    ],
    ["a box named 'article__image'", `<div class="article__image"><img src="/img/budget.jpg"></div>`],
    [
      "a gallery's first slide in a named box",
      `<div class="featured-media"><figure class="slide"><img src="/img/budget.jpg"></figure><figure class="slide"><img src="/img/2.jpg"></figure></div>`,
    ],
  ])("%s opens the story too, as a figure", (_kind, between) => {
    const a = article(layout(between), url);
    expect(a.content).toMatch(/^<div><figure>(?:(?!<\/figure>)[\s\S])*budget\.jpg/);
  });

  it("not a lazy loader's stand-in left in place", () => {
    const stand = `<figure><img src="/wp-content/themes/x/images/penci2-holder.png"></figure>`;
    expect(article(layout(stand), url).content).not.toMatch(/<img/);
  });

  it("a photograph linked to its full size is still the lead", () => {
    const linked = `<figure><a href="/img/full.jpg"><img src="/img/budget.jpg"></a><figcaption>The chamber.</figcaption></figure>`;
    expect(article(layout(linked), url).content).toContain("budget.jpg");
  });

  it("only before the story's first paragraph: a figure further down is left where the story puts it", () => {
    const a = article(
      layout(
        `<p>${"A long aside that opens the page's text before any picture appears. ".repeat(2)}</p>${photo()}`,
      ),
      url,
    );
    expect(a.content.indexOf("budget.jpg")).toBe(-1);
  });

  it("not with text beside its caption, which the story's running text would take (the clutter rules make most such text a caption first)", () => {
    const page = doc(
      layout(
        `<figure><img src="/img/c.jpg"><span>Budget</span><figcaption>The chamber.</figcaption></figure>`,
      ),
    );
    expect(findLeadFigure(page.querySelector("h1"), url)).toBeNull();
    const captioned = doc(
      layout(`<figure><img src="/img/c.jpg"><figcaption>The chamber.</figcaption></figure>`),
    );
    expect(
      findLeadFigure(captioned.querySelector("h1"), url)?.querySelector("img")?.getAttribute("src"),
    ).toBe("https://www.dailypost.example/img/c.jpg");
  });
});
