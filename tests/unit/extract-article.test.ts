import { Readability } from "@mozilla/readability";
import { describe, expect, it, vi } from "vitest";
import { sanitizeArticleHtml } from "../../src/extract/sanitize";
import { textStats } from "../../src/extract/stats";
import { article, doc, NOW, page, productPage, run, sanitizerWindow, shopNotes } from "./extract-helpers";
import { extractArticle } from "../../src/extract/index";

describe("extractArticle", () => {
  it("never mutates the caller's document", () => {
    const d = doc(
      page({
        before: `<nav><a href="/">Home</a></nav>`,
        after: `<section><h2>Explore</h2><ul><li><a href="/a">A headline here</a></li></ul></section>`,
      }),
    );
    const before = d.documentElement.outerHTML;
    extractArticle(d, { url: "https://news.example/a", now: NOW, sanitizerWindow });
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it("returns no-article for a home page of teasers", () => {
    const teasers = Array.from(
      { length: 12 },
      (_, i) => `<div><h3><a href="/s/${i}">Teaser headline ${i} for the front page</a></h3></div>`,
    ).join("");
    const result = run(
      `<html><head><title>Front</title></head><body><main>${teasers}</main></body></html>`,
      "https://news.example/",
    );
    expect(result).toMatchObject({ kind: "no-article", reason: "not-an-article" });
    if (result.kind === "no-article") expect(result.message).toMatch(/not one article/);
  });

  it("returns no-article for an empty page, or a stray line picked from a page with more text", () => {
    expect(run("<html><body></body></html>")).toMatchObject({ kind: "no-article", reason: "empty-page" });
    const links = Array.from(
      { length: 12 },
      (_, i) => `<li><a href="/s${i}">Section number ${i}</a></li>`,
    ).join("");
    expect(
      run(
        `<html><body><nav><ul>${links}</ul></nav><p>Only a line.</p><footer>${links}</footer></body></html>`,
      ),
    ).toMatchObject({ kind: "no-article", reason: "too-short" });
  });

  it("shows a page that is short as a whole rather than refusing it", () => {
    const result = run("<html><head><title>A note</title></head><body><p>Only a line.</p></body></html>");
    expect(result.kind).toBe("article");
    if (result.kind === "article") expect(result.article.textContent).toBe("Only a line.");
  });

  it("resolves relative links against the URL and prefers the canonical URL", () => {
    const a = article(
      page({
        head: `<link rel="canonical" href="/politics/water-plan-final">`,
        inside: `<p><a href="/related/doc">the plan document</a> is online for everyone to read, the ministry said on its website on Friday.</p>`,
      }),
    );
    expect(a.url).toBe("https://news.example/politics/water-plan-final");
    expect(a.content).toContain('href="https://news.example/related/doc"');
  });

  it("cleans a ' | Site' title with og:title", () => {
    const html = page({
      head: `<meta property="og:title" content="Parliament approves water plan"><meta property="og:site_name" content="Water Times">`,
    }).replace(
      "<title>Parliament approves water plan</title>",
      "<title>Parliament approves water plan | Water Times</title>",
    );
    expect(article(html).title).toBe("Parliament approves water plan");
  });

  it("reads lang and dir from <html>", () => {
    const a = article(page().replace('<html lang="en">', '<html lang="ar" dir="rtl">'));
    expect([a.lang, a.dir]).toEqual(["ar", "rtl"]);
  });

  it("takes the direction of the story's nearest ancestor over the page's", () => {
    const a = article(
      page().replace('<html lang="en">', '<html lang="he" dir="ltr">').replace("<body>", '<body dir="rtl">'),
    );
    expect(a.dir).toBe("rtl");
  });

  it("fixes lazy images from data-src and noscript", () => {
    const inside = `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/a.jpg"><span><img src="/spacer.gif"><noscript><img src="/img/b.jpg"></noscript></span>`;
    const a = article(page({ inside }));
    expect(a.content).toContain('src="https://news.example/img/a.jpg"');
    expect(a.content).toContain('src="https://news.example/img/b.jpg"');
    expect(a.leadImage).toBe("https://news.example/img/a.jpg");
  });

  it("gives a <picture>'s placeholder <img> its first source's picture, for a copy that shows no <source>", () => {
    const inside = `<figure><picture><source srcset="/img/g-800.jpg 800w, /img/g-400.jpg 400w" type="image/jpeg"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="New pipes"></picture><figcaption>New pipes</figcaption></figure>`;
    expect(article(page({ inside })).content).toMatch(
      /<img[^>]*src="https:\/\/news\.example\/img\/g-800\.jpg"/,
    );
    // A real picture of the <img>'s own stays its own.
    const own = inside.replace(/src="data:[^"]*"/, 'src="/img/h.jpg"');
    expect(article(page({ inside: own })).content).toMatch(
      /<img[^>]*src="https:\/\/news\.example\/img\/h\.jpg"/,
    );
  });

  it("fixes lazy images whose loader names its attribute itself, over a theme's stand-in", () => {
    const inside =
      `<img src="/wp-content/plugins/cache/images/blank.gif" data-wpfc-original-src="/img/c.jpg" data-wpfc-original-srcset="/img/c-2x.jpg 2x">` +
      `<img src="/wp-content/themes/soledad/images/penci2-holder.png" data-src="/img/d.jpg">`;
    const a = article(page({ inside }));
    expect(a.content).toContain('src="https://news.example/img/c.jpg"');
    expect(a.content).toContain('srcset="https://news.example/img/c-2x.jpg 2x"');
    expect(a.content).toContain('src="https://news.example/img/d.jpg"');
    expect(a.content).not.toMatch(/blank\.gif|holder\.png/);
  });

  it("keeps pictures and players drawn without an <img> or <iframe>: AMP's, and a figure's background", () => {
    const inside =
      `<figure><amp-img src="/img/e.jpg" width="800" height="600" alt="Old pipes"></amp-img><figcaption>Old pipes</figcaption></figure>` +
      `<figure><div class="image" style="background-image: url('/img/f.jpg')" role="img" aria-label="A leak"></div><figcaption>A leak</figcaption></figure>` +
      `<amp-youtube data-videoid="abc123" layout="responsive" width="480" height="270"></amp-youtube>`;
    const a = article(page({ inside }));
    expect(a.content).toMatch(/<img[^>]*alt="Old pipes"[^>]*src="https:\/\/news\.example\/img\/e\.jpg"/);
    expect(a.content).toMatch(/<img[^>]*alt="A leak"[^>]*src="https:\/\/news\.example\/img\/f\.jpg"/);
    expect(a.content).toContain('href="https://www.youtube.com/watch?v=abc123"');
    // A background outside a figure is decoration.
    const banner = `<div class="hero" style="background-image: url('/img/pattern.png')"></div>`;
    expect(article(page({ inside: banner })).content).not.toContain("pattern.png");
  });

  it("reads a story a browser has carried into an unclosed named anchor as text, not links", () => {
    // `<h2><a name="setup">Setup</h2><p>…` parses so in a browser: the open <a> is carried on.
    const story = [
      "Building the sources takes a few steps, and the first is to fetch the release archive from the project's own site, then check its signature against the published key.",
      "Unpack it into a directory of its own, run the configure script with the prefix you want, and build it with make; the tests take a minute or two on an older machine.",
      "Then generate the certificates: one for the server and one for each client, signed by a small authority of your own that both sides trust and nobody else does.",
    ];
    const html = `<html><head><title>Rsync over stunnel</title></head><body><h1>Rsync over stunnel</h1>
      <h2><a name="setup">Setup</a></h2>${story.map((p) => `<a name="setup"><p>${p}</p></a>`).join("")}</body></html>`;
    const a = article(html, "https://docs.example/rsync-stunnel.html");
    for (const p of story) expect(a.textContent).toContain(p);
  });

  it("reads a lead image JSON-LD names by reference (Yoast's '#primaryimage'), never the reference itself", () => {
    const graph = (image: string) =>
      `<script type="application/ld+json">{"@graph":[{"@type":"ImageObject","@id":"https://news.example/politics/water-plan#primaryimage","url":"https://news.example/img/plan.jpg"},
        {"@type":"NewsArticle","headline":"Parliament approves water plan","image":${image}}]}</script>`;
    const ref = `{"@id":"https://news.example/politics/water-plan#primaryimage"}`;
    expect(article(page({ head: graph(ref) })).leadImage).toBe("https://news.example/img/plan.jpg");
    // A reference nothing resolves: the page's og:image speaks instead.
    const dangling = graph(`{"@id":"https://news.example/politics/water-plan#mainimage"}`);
    const og = `<meta property="og:image" content="https://news.example/img/og.jpg">`;
    expect(article(page({ head: dangling + og })).leadImage).toBe("https://news.example/img/og.jpg");
  });

  it("takes no spacer or icon the page sizes itself as the lead image", () => {
    const inside = `<img src="/clearpixel.gif" width="1" height="1"><img src="/icons/print.png" width="20"><img src="/img/a.jpg" width="640">`;
    expect(article(page({ inside })).leadImage).toBe("https://news.example/img/a.jpg");
  });

  it("keeps the placeholder's alt text on a bare noscript fallback", () => {
    const inside = `<span><img src="/1x1-white.jpg" alt="The new pumping station"><noscript><img src="/img/b.jpg"></noscript></span>`;
    expect(article(page({ inside })).content).toContain('alt="The new pumping station"');
  });
});

describe("sanitiser", () => {
  it("strips scripts, event handlers and javascript: URLs", () => {
    const html = sanitizeArticleHtml(
      `<p onclick="alert(1)">Hi <a href="javascript:alert(1)">x</a><script>alert(1)</script><img src="x.jpg" onerror="alert(1)"></p>`,
      sanitizerWindow,
    );
    expect(html).not.toMatch(/onclick|onerror|javascript:|<script/);
    expect(html).toContain("Hi");
  });

  it("is applied to the article content", () => {
    const a = article(
      page({
        inside: `<p>Clean <b onmouseover="steal()">words</b> in a paragraph that is long enough to be kept by the article scorer.</p><script>steal()</script>`,
      }),
    );
    expect(a.content).not.toMatch(/onmouseover|steal\(\)/);
  });

  it("drops controls' labels and options and a modal's content; keeps a form's and an object's", () => {
    const html = sanitizeArticleHtml(
      `<form><p>Story inside a form</p><button>Subscribe now</button><select><option>Size XL</option></select>` +
        `<textarea>Your comment</textarea></form><object data="v.swf"><p>Fallback words</p></object>` +
        `<dialog><p>Modal words</p></dialog>`,
      sanitizerWindow,
    );
    expect(html).toContain("Story inside a form");
    expect(html).toContain("Fallback words");
    for (const gone of ["Subscribe now", "Size XL", "Your comment", "Modal words", "<form", "<object"])
      expect(html).not.toContain(gone);
  });

  it("counts in the text what the content shows: a story inside a form, not its button", () => {
    const inside = `<form action="/vote"><input type="hidden" name="v" value="1">
      <p>Inside the page's one form, the council's clerk read the amended water plan aloud, clause by clause.</p>
      <p>Members followed along in printed copies, marking the passages on reservoirs, pipes and metering.</p>
      <p>Questions came only after the reading, and most of them were about the cost to smaller farms.</p>
      <button type="submit">Vote now</button></form>`;
    const a = article(page({ inside }));
    expect(a.content).toContain("the council's clerk read the amended water plan");
    expect(a.textContent).toContain("the council's clerk read the amended water plan");
    expect(a.content).not.toContain("Vote now");
    expect(a.textContent).not.toContain("Vote now");
  });

  it("refuses a DOM DOMPurify cannot use", () => {
    expect(() => extractArticle(doc(page()), { url: "https://news.example/a", now: NOW })).toThrow();
  });
});

describe("stats", () => {
  it("counts English words and reading time", () => {
    const text = Array.from({ length: 460 }, () => "word").join(" ");
    expect(textStats(text, "en")).toEqual({ wordCount: 460, readingMinutes: 2 });
    expect(textStats("Short text.", "en")).toEqual({ wordCount: 2, readingMinutes: 1 });
  });

  it("counts CJK words with Intl.Segmenter and reads CJK by characters", () => {
    const stats = textStats("我们今天去公园散步。".repeat(100), "zh");
    expect(stats.wordCount).toBeGreaterThan(100);
    expect(stats.readingMinutes).toBe(2);
  });
});

describe("no-article only for real lists and empty pages", () => {
  it("returns a link-rich story with paragraphs as an article", () => {
    const links = Array.from(
      { length: 8 },
      (_, i) => `<li><a href="/d/${i}">Document number ${i} of the inquiry, as published</a></li>`,
    ).join("");
    const result = run(
      page({ after: `<ul>${links}</ul>` }),
      "https://news.example/politics/inquiry-documents",
    );
    expect(result.kind).toBe("article");
  });

  it("reads the page as it came when the clutter rules left no story: a product's description in its order form", () => {
    const result = run(productPage, "https://shop.example/produkte/katzendecke");
    expect(result.kind).toBe("article");
    if (result.kind !== "article") return;
    expect(result.article.textContent).toContain("Doppelverarbeitung mit Namen und Wunschmotiv");
    expect(result.article.textContent).not.toContain("In den Warenkorb");
  });

  it("reads a large page once: a front page of 2,500 teasers (12,500 elements) gets its verdict from one reading", () => {
    const cards = Array.from(
      { length: 2_500 },
      (_, i) =>
        `<div class="card"><h3><a href="/s/${i}">Headline number ${i} of the day</a></h3><p>Teaser ${i}.</p></div>`,
    ).join("");
    const front = `<html lang="en"><head><title>City Paper</title></head><body><main>${cards}</main></body></html>`;
    const parse = vi.spyOn(Readability.prototype, "parse");
    try {
      expect(run(front, "https://news.example/politics/").kind).toBe("no-article");
      expect(parse).toHaveBeenCalledTimes(1);
      parse.mockClear();
      expect(run(productPage, "https://shop.example/produkte/katzendecke").kind).toBe("article");
      expect(parse).toHaveBeenCalledTimes(2);
    } finally {
      parse.mockRestore();
    }
  });

  it("keeps its verdict when the page as it came holds no story's length either", () => {
    const html = `<html lang="de"><head><title>Runde Tischdecke</title></head><body><main><h1>Runde Tischdecke</h1>
      <div class="browser-notice"><p>Dein Browser ist leider veraltet. Bitte lade einen neueren herunter.</p></div>
      </main>${shopNotes}</body></html>`;
    expect(run(html, "https://shop.example/diy/runde-tischdecke").kind).toBe("no-article");
  });

  it("returns a short dated notice as an article, with its date", () => {
    const html = `<html><head><meta property="article:published_time" content="2025-03-02"></head><body><main><h1>Road closed</h1><p>The coastal road is closed until Monday because of the storm damage, the council said on Sunday; buses will take the inland route./p></main></body></html>`;
    const result = run(html, "https://news.example/local/road-closed");
    expect(result.kind).toBe("article");
    if (result.kind === "article") expect(result.article.publishedTime).toBe("2025-03-02");
  });
});

describe("word count without Segmenter for spaced scripts", () => {
  it("counts as Intl.Segmenter does on spaced text with apostrophes, decimals and accents", () => {
    const text = "Don't panic: the café's 3.5 % rise, Übermorgen — l'été, 1,000 people; e-mail über-all.";
    const segmenter = new Intl.Segmenter("en", { granularity: "word" });
    const expected = Array.from(segmenter.segment(text)).filter((s) => s.isWordLike).length;
    expect(textStats(text, "en").wordCount).toBe(expected);
  });
});
