import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { article, doc, NOW, PROSE, sanitizerWindow } from "./extract-helpers";
import { extractArticle } from "../../src/extract/index";

// The second story an endless scroll loaded below the first, and the address the site moved to.
const FIRST_URL = "https://news.example/politics/water-plan-approved-1041";
const SECOND_URL = "https://news.example/local/town-closes-two-pools-1042";
const OTHER = [
  "The city council of the neighbouring town voted on Monday to close two of its four public swimming pools for the summer, citing rising energy costs.",
  "Residents protested outside the town hall, saying the pools were the only place where many children could learn to swim during the holidays.",
  "The mayor said the decision was painful but necessary, and promised to reopen the pools next year if the budget allowed it.",
  "A petition to keep the pools open has gathered more than four thousand signatures in a week, organisers said on Tuesday.",
];
const paragraphs = (texts: string[]) => texts.map((p) => `<p>${p}</p>`).join("");
const share = (url: string) =>
  `<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}">Share</a></div>`;

interface Story {
  title: string;
  author: string;
  iso: string;
  day: string;
  texts: string[];
  /** What carries its address: an attribute of its block, a share link… */
  own: string;
  attrs?: string;
}
const first: Story = {
  title: "Parliament approves water plan",
  author: "Jane Doe",
  iso: "2025-05-30T09:00:00Z",
  day: "30 May 2025",
  texts: PROSE,
  own: share(FIRST_URL),
};
const second: Story = {
  title: "Town closes two swimming pools",
  author: "Raj Patel",
  iso: "2025-05-31T16:00:00Z",
  day: "31 May 2025",
  texts: OTHER,
  own: share(SECOND_URL),
};

const story = (s: Story, between = "") =>
  `<article class="story"${s.attrs ?? ""}><h1 class="headline">${s.title}</h1>` +
  `<p class="byline">By ${s.author}</p><time datetime="${s.iso}">${s.day}</time>` +
  `${paragraphs(s.texts)}${between}${s.own}</article>`;

/** The page as the site first served it (its head describes the first story), both stories loaded. */
const scrolled = (stories: string, head = "") =>
  `<!DOCTYPE html><html lang="en"><head><title>Parliament approves water plan | Daily Example</title>
  <meta property="og:title" content="Parliament approves water plan">
  <meta property="og:site_name" content="Daily Example">
  <meta property="og:url" content="${FIRST_URL}"><link rel="canonical" href="${FIRST_URL}">
  <meta name="author" content="Jane Doe"><meta property="article:published_time" content="2025-05-30T09:00:00Z">
  <meta name="description" content="The regional parliament approved the plan.">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Parliament approves water plan","datePublished":"2025-05-30T09:00:00Z","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"Daily Example"}}</script>
  ${head}</head><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav><main>${stories}</main></body></html>`;

describe("the story the address names, on a page an endless scroll filled", () => {
  it("reads the second story when the site moved the address to it, from the story itself, not the head", () => {
    const a = article(scrolled(story(first) + story(second)), SECOND_URL);
    expect(a.title).toBe("Town closes two swimming pools");
    expect(a.byline).toBe("Raj Patel");
    expect(a.publishedTime).toBe("2025-05-31T16:00:00Z");
    expect(a.url).toBe(SECOND_URL);
    expect(a.siteName).toBe("Daily Example");
    expect(a.lang).toBe("en");
    expect(a.textContent).toContain(OTHER[3]);
    expect(a.textContent).not.toContain(PROSE[1]);
    expect(a.excerpt).not.toContain("regional parliament");
  });

  it("reads the first story at the first story's address, whichever order the stories stand in", () => {
    const a = article(scrolled(story(first) + story(second)), FIRST_URL);
    expect(a.title).toBe("Parliament approves water plan");
    expect(a.textContent).toContain(PROSE[3]);
    expect(a.textContent).not.toContain("swimming pools");
    // The page the reader opened is the second story, the first loaded above it as they scrolled up.
    const b = article(scrolled(story(second) + story(first)), FIRST_URL);
    expect(b.textContent).toContain(PROSE[3]);
    expect(b.textContent).not.toContain("swimming pools");
  });

  it("knows a story's address by its data attribute, its headline's link, its permalink or its comments link", () => {
    const ways = [
      { attrs: ` data-url="/local/town-closes-two-pools-1042"`, own: "" },
      { own: "", title: `<a href="${SECOND_URL}">Town closes two swimming pools</a>` },
      { own: `<a rel="bookmark" href="${SECOND_URL}/">Permalink</a>` },
      { own: `<a href="/local/town-closes-two-pools-1042#comments">12 comments</a>` },
      { own: `<link itemprop="mainEntityOfPage" href="${SECOND_URL}">` },
    ];
    for (const way of ways) {
      const a = article(scrolled(story(first) + story({ ...second, ...way })), SECOND_URL);
      expect(a.byline, JSON.stringify(way)).toBe("Raj Patel");
      expect(a.textContent).not.toContain(PROSE[1]);
    }
  });

  it("reads the story's own lines when the site retitled the page for it and left the rest of the head", () => {
    const html = scrolled(story(first) + story(second)).replace(
      "<title>Parliament approves water plan | Daily Example</title>",
      "<title>Town closes two swimming pools | Daily Example</title>",
    );
    const a = article(html, SECOND_URL);
    expect(a.title).toBe("Town closes two swimming pools");
    expect(a.byline).toBe("Raj Patel");
    expect(a.publishedTime).toBe("2025-05-31T16:00:00Z");
  });

  it("keeps the head when it describes the story the address names", () => {
    // The reader opened the second story's page; the site loaded the first below it.
    const html = scrolled(story(second) + story(first))
      .replaceAll(FIRST_URL, SECOND_URL)
      .replace('"datePublished":"2025-05-30T09:00:00Z"', '"datePublished":"2025-05-31T16:05:00Z"')
      .replace('"headline":"Parliament approves water plan"', '"headline":"Pools close: town votes"')
      .replace(/content="Parliament approves water plan"/, 'content="Pools close: town votes"');
    const a = article(html, SECOND_URL);
    expect(a.title).toBe("Pools close: town votes");
    expect(a.publishedTime).toBe("2025-05-31T16:05:00Z");
    expect(a.textContent).not.toContain(PROSE[1]);
  });

  it("takes a plain link to the address for another story's, not the story's own", () => {
    // A "Next" box in the first story links to the second: the second still names itself alone.
    const next = `<aside class="next"><a href="${SECOND_URL}">Next: Town closes two swimming pools</a></aside>`;
    const a = article(scrolled(story(first, next) + story(second)), SECOND_URL);
    expect(a.title).toBe("Town closes two swimming pools");
    // With nothing else naming it, no story is named: the page is read as before.
    const b = article(scrolled(story(first, next) + story({ ...second, own: "" })), SECOND_URL);
    expect(b.title).toBe("Parliament approves water plan");
  });

  it("reads the page as before when every story carries the address", () => {
    const both = { ...first, own: share(SECOND_URL) };
    expect(article(scrolled(story(both) + story(second)), SECOND_URL).title).toBe(
      "Parliament approves water plan",
    );
  });

  it("takes stories of one template for such whatever their ids, by their classes", () => {
    // The first story's block has an id the next ones lack, and the headings no class.
    const html = scrolled(
      story(first).replace('<article class="story">', '<article id="main-article" class="story">') +
        story(second),
    ).replaceAll('<h1 class="headline">', "<h1>");
    const a = article(html, SECOND_URL);
    expect(a.title).toBe("Town closes two swimming pools");
    expect(a.textContent).not.toContain(PROSE[1]);
  });

  it("takes out only another story of the same shape: a comment section or a box that carries the address stays", () => {
    // A comment form and its thread under the story, with an <h1> of its own and the page's address
    // in its markup: not another story (the comments go as before, by the clutter rules).
    const comments =
      `<div class="comments-area" about="/politics/water-plan-approved-1041"><h1>Add a comment</h1>` +
      `${paragraphs(OTHER)}</div>`;
    const a = article(scrolled(story({ ...first, own: "" }) + comments), FIRST_URL);
    expect(a.title).toBe("Parliament approves water plan");
    expect(a.textContent).toContain(PROSE[3]);
  });

  it("reads a site whose stories are named by a query alone as before: the path names none", () => {
    const url = "https://news.example/article.php?id=1042";
    // Only the first story has a share button; its path is the second's too.
    const a = article(
      scrolled(
        story({ ...first, own: share("https://news.example/article.php?id=1041") }) +
          story({ ...second, own: "" }),
      ),
      url,
    );
    expect(a.byline).toBe("Jane Doe");
    expect(a.textContent).toContain(PROSE[3]);
    // Its head untouched: the canonical address and the description stand.
    expect(a.url).toBe(FIRST_URL);
    expect(a.excerpt).toBe("The regional parliament approved the plan.");
  });
});

describe("the story the reader's view lies in", () => {
  /** Extracts `html` at `url` with the view on the elements `inView` picks out of the page. */
  const read = (html: string, url: string, inView: (page: Document) => Element[]) => {
    const page = doc(html);
    const result = extractArticle(page, { url, now: NOW, sanitizerWindow, inView: inView(page) });
    if (result.kind !== "article") throw new Error(result.reason);
    return result.article;
  };
  const paragraphOf = (page: Document, text: string) =>
    Array.from(page.querySelectorAll("p")).find((p) => p.textContent === text)!;

  it("reads the story in view when the site left the address on the first", () => {
    const a = read(scrolled(story(first) + story(second)), FIRST_URL, (page) => [
      paragraphOf(page, OTHER[1]!),
      paragraphOf(page, OTHER[2]!),
    ]);
    expect([a.title, a.byline, a.publishedTime]).toEqual([
      "Town closes two swimming pools",
      "Raj Patel",
      "2025-05-31T16:00:00Z",
    ]);
    expect(a.textContent).not.toContain(PROSE[1]);
    expect(a.siteName).toBe("Daily Example");
  });

  it("keeps the head with the story in view that carries its canonical address", () => {
    // A time the head states to the minute, which the story's own line does not.
    const html = scrolled(story(first) + story(second)).replace(
      '"datePublished":"2025-05-30T09:00:00Z"',
      '"datePublished":"2025-05-30T09:05:00Z"',
    );
    const a = read(html, FIRST_URL, (page) => [paragraphOf(page, PROSE[1]!)]);
    expect(a.publishedTime).toBe("2025-05-30T09:05:00Z");
    expect(a.textContent).not.toContain("swimming pools");
  });

  it("goes by the address when the view lies in no story, or in two", () => {
    const html = scrolled(story(first) + story(second)).replace(
      "</main>",
      "</main><footer><p>Imprint</p></footer>",
    );
    const inFooter = read(html, SECOND_URL, (page) => [paragraphOf(page, "Imprint")]);
    expect(inFooter.title).toBe("Town closes two swimming pools");
    const astride = read(html, SECOND_URL, (page) => [
      paragraphOf(page, PROSE[3]!),
      paragraphOf(page, OTHER[0]!),
    ]);
    expect(astride.title).toBe("Town closes two swimming pools");
    expect(astride.textContent).not.toContain(PROSE[1]);
  });

  it("reads the page's own story when the view is on a rail of teasers below it, long as they are", () => {
    // Teasers of one shape, each with an <h1> and a summary of a story's length, none the page's story.
    const teaser = (title: string) =>
      `<div class="teaser"><h1 class="teaser-title"><a href="/other/${title.length}">${title}</a></h1>${paragraphs(OTHER.slice(0, 3))}</div>`;
    const rail = `<section class="more">${teaser("Lido opens early")}${teaser("Bus lanes return to the high street")}</section>`;
    const html = scrolled(story({ ...first, own: "" }) + rail);
    const a = read(html, FIRST_URL, (page) => [page.querySelectorAll(".teaser p")[4]!]);
    expect(a.title).toBe("Parliament approves water plan");
    expect(a.byline).toBe("Jane Doe");
    expect(a.textContent).toContain(PROSE[3]);
  });

  it("takes no logo's <h1> for a story's heading, wherever the view is", () => {
    // The story's section and a section below it, each under the site's logo as an <h1>.
    const section = (cls: string, texts: string[]) =>
      `<section class="${cls}"><h1 class="logo">Daily Example</h1>${paragraphs(texts)}</section>`;
    const html = scrolled(section("top", PROSE) + section("bottom", OTHER.slice(0, 3)));
    const a = read(html, FIRST_URL, (page) => [paragraphOf(page, PROSE[1]!)]);
    expect(a.title).toBe("Parliament approves water plan");
    expect(a.byline).toBe("Jane Doe");
  });

  it("reads a page composed of shadow roots without the view: its copy keeps no places to find it by", () => {
    // Both stories drawn in one component's declarative shadow root, the view on the second's text.
    const stories = story(first) + story(second);
    const html = scrolled(
      `<news-feed><template shadowrootmode="open">${stories}</template><p>${OTHER[1]}</p></news-feed>`,
    );
    const withView = read(html, FIRST_URL, (page) => [paragraphOf(page, OTHER[1]!)]);
    const without = read(html, FIRST_URL, () => []);
    expect(withView.title).toBe(without.title);
    expect(withView.textContent).toBe(without.textContent);
  });

  it("reads a document's sections under its own <h1> whole, the view in one and a share link in it", () => {
    // A book's chapter: "<section><h1>chapter</h1><p>…<section><h1>part</h1>…", each part alike.
    const part = (title: string, texts: string[], own = "") =>
      `<section class="sect1"><h1 class="heading">${title}</h1>${paragraphs(texts)}${own}</section>`;
    const html =
      `<!DOCTYPE html><html lang="en"><head><title>Water and the city | Field Notes</title></head><body>` +
      `<main><section class="chapter"><h1 class="heading">Water and the city</h1><p>By Jane Doe</p>` +
      part("Parliament and the plan", PROSE) +
      part("Pools and energy", OTHER, share(FIRST_URL)) +
      `</section></main></body></html>`;
    const a = read(html, FIRST_URL, (page) => [paragraphOf(page, OTHER[1]!)]);
    expect(a.title).toMatch(/^Water and the city/);
    expect(a.textContent).toContain(PROSE[1]);
    expect(a.textContent).toContain(OTHER[1]);
  });

  it("leaves the page the extractor was lent untouched", () => {
    const page = doc(scrolled(story(first) + story(second)));
    const before = page.documentElement.outerHTML;
    const inView = [paragraphOf(page, OTHER[1]!)];
    extractArticle(page, { url: FIRST_URL, now: NOW, sanitizerWindow, inView });
    expect(page.documentElement.outerHTML).toBe(before);
  });
});

describe("the endless-scroll fixture (its browser tests scroll it)", () => {
  const html = readFileSync(new URL("../fixtures/endless-scroll/source.html", import.meta.url), "utf8");

  it("reads the second story at the address the page's script moves to", () => {
    const a = article(html, "https://coastherald.example/local/town-closes-two-pools-1042");
    expect([a.title, a.byline, a.publishedTime]).toEqual([
      "Town closes two of its four swimming pools",
      "Raj Patel",
      "2025-05-29T16:05:00+01:00",
    ]);
    expect(a.siteName).toBe("Coast Herald");
    expect(a.textContent).toContain("though they say that will halve their training time.");
    expect(a.textContent).not.toContain("harbour wall");
  });
});
