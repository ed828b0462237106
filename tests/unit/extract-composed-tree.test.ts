/**
 * Pages built of web components: the story in shadow roots is read as the page renders it
 * (composed-tree.ts). jsdom attaches shadow roots and assigns slots as a browser does; the CLI's
 * linkedom reads declarative shadow roots as templates.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { readsComposed } from "../../src/extract/composed-tree";
import { extractArticle } from "../../src/extract/index";
import { doc, NOW, page, PROSE, sanitizerWindow } from "./extract-helpers";

const url = "https://news.example/politics/water-plan";
const paragraphs = PROSE.map((p) => `<p>${p}</p>`).join("");

/** A jsdom page from `body`, each `[selector, shadow HTML]` attached in turn (nested ones after their host's). */
function componentPage(body: string, shadows: [string, string][]): Document {
  const { document } = new JSDOM(
    `<!DOCTYPE html><html lang="en"><head><title>Parliament approves water plan</title></head><body>${body}</body></html>`,
  ).window;
  for (const [selector, html] of shadows) {
    const host = [document, ...Array.from(document.querySelectorAll("*"), (el) => el.shadowRoot)]
      .map((scope) => scope?.querySelector(selector))
      .find((el) => el)!;
    // The test's own markup, as a page's script would write its component's.
    // eslint-disable-next-line no-unsanitized/property
    host.attachShadow({ mode: "open" }).innerHTML = html;
  }
  return document;
}

function read(document: Document, consumeDocument = false) {
  const result = extractArticle(document, { url, now: NOW, sanitizerWindow, consumeDocument });
  if (result.kind !== "article") throw new Error(`expected an article, got ${result.reason}`);
  return result.article;
}

describe("a story in shadow roots", () => {
  const storyPage = () =>
    componentPage(
      `<nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
      <news-article><h1 slot="title">Parliament approves water plan</h1><span slot="byline">By Jane Doe</span>
      <p>Light text no slot shows.</p></news-article><footer>© News Example</footer>`,
      [
        [
          "news-article",
          `<style>p { margin: 0 }</style><header><slot name="title"></slot>
          <p class="byline"><slot name="byline">Staff</slot></p></header><story-body></story-body>`,
        ],
        ["story-body", `<div class="body">${paragraphs}</div>`],
      ],
    );

  it("reads the composed tree: nested shadow roots, slots filled with their light nodes", () => {
    const a = read(storyPage());
    expect(a.title).toBe("Parliament approves water plan");
    expect(a.byline).toBe("Jane Doe");
    for (const p of PROSE) expect(a.textContent).toContain(p);
    // Not rendered (no slot takes it), and no style's text.
    expect(a.textContent).not.toContain("Light text no slot shows");
    expect(a.content).not.toContain("margin");
  });

  it("leaves the page itself as it was", () => {
    const document = storyPage();
    const before = document.body.innerHTML;
    read(document);
    expect(document.body.innerHTML).toBe(before);
    expect(
      document.querySelector("news-article")!.shadowRoot!.querySelector("story-body")!.shadowRoot,
    ).toBeTruthy();
  });

  it("shows a slot's fallback when nothing is assigned to it", () => {
    const document = componentPage(`<news-article></news-article>`, [
      [
        "news-article",
        `<h1><slot name="title">Parliament approves water plan</slot></h1><p class="byline">By <slot name="byline">Jane Doe</slot></p>${paragraphs}`,
      ],
    ]);
    const a = read(document);
    expect(a.byline).toBe("Jane Doe");
    expect(a.textContent).toContain(PROSE[0]);
  });

  it("fills a slot passed on to a nested component with the outer light nodes", () => {
    const shadowProse = PROSE.slice(0, 3)
      .map((p) => `<p>${p}</p>`)
      .join("");
    const document = componentPage(`<outer-frame><p>${PROSE[3]}</p></outer-frame>`, [
      ["outer-frame", `<h1>Parliament approves water plan</h1><inner-column><slot></slot></inner-column>`],
      ["inner-column", `<section class="column">${shadowProse}<slot></slot></section>`],
    ]);
    const a = read(document);
    for (const p of PROSE) expect(a.textContent).toContain(p);
    expect(a.textContent.indexOf(PROSE[3]!)).toBeGreaterThan(a.textContent.indexOf(PROSE[2]!));
  });

  it("reads a saved page's declarative shadow roots, in the CLI's linkedom too", () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Parliament approves water plan</title></head><body>
      <news-article><template shadowrootmode="open"><h1><slot name="title"></slot></h1>
      <div class="story">${paragraphs}</div><slot></slot></template>
      <span slot="title">Parliament approves water plan</span>Light text<b>and more</b></news-article></body></html>`;
    // jsdom parses the template as a browser's DOMParser does (its content out of the tree).
    const parsed = read(new JSDOM(html).window.document);
    expect(parsed.title).toBe("Parliament approves water plan");
    for (const p of PROSE) expect(parsed.textContent).toContain(p);
    for (const consume of [false, true])
      expect(read(doc(html), consume).textContent).toBe(parsed.textContent);
  });
});

describe("widgets in shadow roots", () => {
  it("a story in the light tree is read as before: a player's and a share bar's text stays out", () => {
    const html = page({
      inside: `<video-player></video-player>`,
      after: `<share-bar></share-bar>`,
    });
    const { document } = new JSDOM(html).window;
    document.querySelector("video-player")!.attachShadow({ mode: "open" }).innerHTML =
      `<button>Play</button><button>Mute video</button><span>0:00 / 3:45</span>`;
    document.querySelector("share-bar")!.attachShadow({ mode: "open" }).innerHTML =
      `<p>Share this story with your friends on every network you use</p>`;
    expect(readsComposed(document)).toBe(false);
    const a = read(document);
    expect(a.textContent).toContain(PROSE[3]);
    expect(a.textContent).not.toMatch(/Mute video|Share this story/);
  });

  it("a comments component holding more text than the story is read composed, and its comments go as clutter", () => {
    const { document } = new JSDOM(page({ after: `<comments-widget></comments-widget>` })).window;
    const comment = (i: number) =>
      `<li class="comment"><div class="comment-author">Reader ${i}</div><p>I have lived by the river for twenty years and this is the first plan that takes the leaking pipes seriously, though I doubt the budget will do (${i}).</p><button>Reply</button></li>`;
    const thread = Array.from({ length: 10 }, (_, i) => comment(i)).join("");
    // The test's own markup, as a page's script would write its component's.
    // eslint-disable-next-line no-unsanitized/property
    document.querySelector("comments-widget")!.attachShadow({ mode: "open" }).innerHTML =
      `<section class="comments"><h2>Comments (10)</h2><ul>${thread}</ul></section>`;
    expect(readsComposed(document)).toBe(true);
    const a = read(document);
    for (const p of PROSE) expect(a.textContent).toContain(p);
    expect(a.textContent).not.toMatch(/Reader \d|lived by the river|Comments \(10\)/);
  });

  it("a form in a shadow tree that names a field after a DOM member does not stop the reading", () => {
    const document = componentPage(`<news-article></news-article>`, [
      [
        "news-article",
        `<h1>Parliament approves water plan</h1>${paragraphs}
        <form><input name="parentNode"><input name="childNodes"><input name="querySelectorAll"></form>`,
      ],
    ]);
    expect(read(document).textContent).toContain(PROSE[2]);
  });
});
