import { Readability } from "@mozilla/readability";
import { describe, expect, it } from "vitest";
import { documentTitle, withoutSiteName } from "../../src/extract/title";
import { article, doc } from "./extract-helpers";

const PROSE = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of a story about the new tram line, which opens next spring after four years of building work and several delays caused by flooding in the old town.</p>`,
);
const withTitle = (title: string, body = ""): string =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body>${body}<article>${PROSE.join("")}</article></body></html>`;

describe("documentTitle: Readability's title rule with en and em dashes as separators", () => {
  it.each([
    ["New tram line opens next spring – My Little Blog", "New tram line opens next spring"],
    ["New tram line opens next spring — City Paper", "New tram line opens next spring"],
    ["New tram line opens next spring | City Paper", "New tram line opens next spring"],
    ["Trams – Long title of the article about new trams", "Long title of the article about new trams"],
    ["The story of the tram – Part two – City Paper", "The story of the tram – Part two"],
    // Four words or fewer left without a hierarchical separator: the whole title.
    [
      "Evolve: Shared Mutable History — evolve extension",
      "Evolve: Shared Mutable History — evolve extension",
    ],
    ["Opening day – Tram", "Opening day – Tram"],
  ])("%s → %s", (title, expected) => {
    expect(documentTitle(doc(withTitle(title)))).toBe(expected);
  });

  it("keeps a colon title a heading repeats, and cuts the prefix of one no heading repeats", () => {
    const title = "City Paper: The new tram line opens next spring";
    expect(documentTitle(doc(withTitle(title, `<h1>${title}</h1>`)))).toBe(title);
    expect(documentTitle(doc(withTitle(title)))).toBe("The new tram line opens next spring");
  });

  it("reads a single <h1> when the title is too short", () => {
    expect(documentTitle(doc(withTitle("Trams", "<h1>The new tram line opens next spring</h1>")))).toBe(
      "The new tram line opens next spring",
    );
  });
});

describe("the article's title", () => {
  const html = withTitle("The new tram line opens next spring – My Little Blog");

  it("loses a site name cut off by an en dash (WordPress's default <title>)", () => {
    expect(article(html, "https://blog.example/2025/tram").title).toBe("The new tram line opens next spring");
  });

  it("is Readability's own rule in the release we use, which keeps the dash and the site (remove documentTitle when this fails)", () => {
    expect(new Readability(doc(html)).parse()?.title).toBe(
      "The new tram line opens next spring – My Little Blog",
    );
  });

  it("overrides members the Readability release still has (a rename would silently undo documentTitle and keepSubheadings)", () => {
    const reader = new Readability(doc(html)) as unknown as Record<string, unknown>;
    for (const name of ["_getArticleTitle", "_headerDuplicatesTitle", "_textSimilarity"])
      expect(typeof reader[name]).toBe("function");
  });

  describe("without the declared site name at a separator Readability does not cut at", () => {
    const titled = (title: string, site: string) =>
      withTitle(title).replace("</head>", `<meta property="og:site_name" content="${site}"></head>`);
    it.each([
      ["新しい路面電車の路線が来年春に開業｜毎日新聞", "毎日新聞", "新しい路面電車の路線が来年春に開業"],
      [
        "新しい路面電車の路線が来年春に開業：朝日新聞デジタル",
        "朝日新聞デジタル",
        "新しい路面電車の路線が来年春に開業",
      ],
      ["新的有轨电车线路明年春天开通_新浪新闻", "新浪新闻", "新的有轨电车线路明年春天开通"],
      ["新的有轨电车线路明年春天开通-新华网", "新华网", "新的有轨电车线路明年春天开通"],
      // Readability's " - " in Japanese: its four-word rule cannot count a headline with no spaces.
      [
        "新しい路面電車の路線が来年春に開業 - Yahoo!ニュース",
        "Yahoo!ニュース",
        "新しい路面電車の路線が来年春に開業",
      ],
      [
        "The new tram line opens next spring :: City Paper",
        "City Paper",
        "The new tram line opens next spring",
      ],
      [
        "The new tram line opens next spring · City Paper",
        "City Paper",
        "The new tram line opens next spring",
      ],
      [
        "City Paper « The new tram line opens next spring",
        "City Paper",
        "The new tram line opens next spring",
      ],
    ])("%s", (title, site, expected) => {
      expect(article(titled(title, site), "https://paper.example/tram").title).toBe(expected);
    });

    it.each([
      // Readability's separator and its four-word rule: its choice stands.
      ["Trams return | City Paper", "City Paper"],
      // A hyphen inside a word, and a site name that is most of the title.
      ["Wiki-Example", "Example"],
      ["Tram｜City Paper", "City Paper"],
      // Undeclared: the host is no name to cut.
      ["The new tram line opens next spring :: paper.example", ""],
    ])("keeps %s", (title, site) => {
      expect(article(titled(title, site), "https://paper.example/tram").title).toBe(title);
    });
  });

  it("is the story's heading on a page with no <title> and no declared title", () => {
    const cjk = Array.from(
      { length: 4 },
      (_, i) =>
        `<p>東京都は${i + 1}日、新しい路面電車の路線が来年の春に開業すると発表した。工事は四年前に始まり、旧市街の洪水で何度か遅れた。</p>`,
    ).join("");
    // One word with no space in it: Readability's rule keeps a title of four words or fewer whole,
    // and the whole of an absent <title> is nothing.
    const untitled = `<!DOCTYPE html><html lang="ja"><head></head><body><article><h1>東京</h1>${cjk}</article></body></html>`;
    expect(new Readability(doc(untitled)).parse()?.title).toBe("");
    expect(article(untitled, "https://news.example/tokyo").title).toBe("東京");
    const headingless = untitled.replace("<h1>東京</h1>", "");
    expect(article(headingless, "https://news.example/tokyo").title).toBe("");
  });

  it("reads character references a CMS escaped twice in the declared headline", () => {
    const escaped = withTitle("x").replace(
      "<title>x</title>",
      `<meta property="og:title" content="Pas d&amp;rsquo;autobus jusqu&amp;rsquo;au 14&amp;nbsp;septembre &amp;laquo;&amp;nbsp;au mieux&amp;nbsp;&amp;raquo;">`,
    );
    expect(article(escaped, "https://news.example/bus").title).toBe(
      "Pas d’autobus jusqu’au 14 septembre « au mieux »",
    );
  });

  // The JSON-LD article's `name` is the site's, its `headline` the story's; Readability picks `name`
  // when neither resembles the whole <title> (its four-word rule keeps the site name on).
  const namedBySite = (headline: string) =>
    withTitle(`${headline} | Weekly Farmer and Country Life`).replace(
      "</head>",
      `<meta property="og:site_name" content="Weekly Farmer and Country Life"><script type="application/ld+json">${JSON.stringify(
        {
          "@context": "http://schema.org",
          "@type": "Article",
          name: "Weekly Farmer and Country Life",
          headline,
          publisher: { "@type": "Organization", name: "Weekly Farmer and Country Life" },
        },
      )}</script></head>`,
    );

  it("is the declared headline, not a site's name Readability took for it", () => {
    const html = namedBySite("Minister backs founding grant");
    expect(new Readability(doc(html)).parse()?.title).toBe("Weekly Farmer and Country Life");
    const story = article(html, "https://farmer.example/politics/grant");
    expect(story.title).toBe("Minister backs founding grant");
    expect(story.siteName).toBe("Weekly Farmer and Country Life");
  });

  it("stays the site's name on a page that declares no other", () => {
    const front = withTitle("Weekly Farmer").replace(
      "</head>",
      `<meta property="og:site_name" content="Weekly Farmer"><meta property="og:title" content="Weekly Farmer"></head>`,
    );
    expect(article(front, "https://farmer.example/").title).toBe("Weekly Farmer");
  });
});

describe("a declared title the page shows nowhere", () => {
  const url = "https://news.example/city/bus-crash";
  const headline = "Bus crash on route 36 closes the ring road for the morning";
  const page = (head: string, body = `<h1>${headline}</h1>`, title = `${headline} - City`) =>
    withTitle(title, body).replace("</head>", `${head}</head>`);
  const ogTitle = (title: string) => `<meta property="og:title" content="${title}">`;

  it("gives way to the shown one: a Dublin Core title that is the site's name", () => {
    const html = page(
      `<meta name="DC.Title" content="The Daily of La Plata www.daily.example">${ogTitle(headline)}`,
    );
    expect(new Readability(doc(html)).parse()?.title).toBe("The Daily of La Plata www.daily.example");
    expect(article(html, url).title).toBe(headline);
  });

  it("gives way to the shown one: the last of two og:titles, a section's", () => {
    const html = page(`${ogTitle(headline)}${ogTitle("Current")}`);
    expect(new Readability(doc(html)).parse()?.title).toBe("Current");
    expect(article(html, url).title).toBe(headline);
  });

  it("gives way to the shown one: a JSON-LD article's name that is its slug", () => {
    // Readability compares name and headline with the <title>, here neither alike enough.
    const short = "A nightmare";
    const html = page(
      `<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","name":"d-161500790","headline":"${short}"}</script>`,
      `<h1>${short}</h1>`,
      `${short} - THE MIRROR 52/2018`,
    );
    expect(new Readability(doc(html)).parse()?.title).toBe("d-161500790");
    expect(article(html, url).title).toBe(short);
  });

  it("stays when it is a heading the page shows (a display headline beside an SEO one)", () => {
    const display = "Paving disaster: the high street in poor repair";
    const html = page(ogTitle(display), `<h1>${headline}</h1><h2>${display}</h2>`);
    expect(article(html, url).title).toBe(display);
  });

  it("stays when the page declares no title it shows", () => {
    const html = page(`<meta name="DC.Title" content="Wire copy 4471">`, "", "City");
    expect(article(html, url).title).toBe("Wire copy 4471");
  });
});

describe("withoutSiteName", () => {
  it("cuts a site's name declared with its tagline off the title's end", () => {
    expect(
      withoutSiteName(
        "減税は来年6月に 総理が会見で明らかに|au Webポータル",
        "au Webポータル|最新のニュースをお届け！",
      ),
    ).toBe("減税は来年6月に 総理が会見で明らかに");
  });

  it("never cuts the headline off a title whose site was declared as the title itself", () => {
    const title = "鉄山～弥山～八経ヶ岳 オオヤマレンゲ咲いてます （7/2） - 適当でええねん！！";
    expect(withoutSiteName(title, title)).toBe(title);
  });
});

describe("the site's name", () => {
  const declaring = (siteName: string, title = "Land pays 1.4 million euros in bounties for wild boar") =>
    withTitle(`${title} | MLUK`).replace(
      "</head>",
      `<meta property="og:title" content="${title}"><meta property="og:site_name" content="${siteName}"></head>`,
    );
  const url = "https://ministry.example/press/boar-bounties";

  it("is the part beside the headline when a CMS declared the page's title as it", () => {
    expect(
      article(declaring("Land pays 1.4 million euros in bounties for wild boar  | MLUK"), url).siteName,
    ).toBe("MLUK");
    expect(
      article(declaring("MLUK – Land pays 1.4 million euros in bounties for wild boar"), url).siteName,
    ).toBe("MLUK");
  });

  it("stays whole when it only holds the headline's words, or is the headline itself", () => {
    expect(article(declaring("MLUK Ministry of Land"), url).siteName).toBe("MLUK Ministry of Land");
    expect(article(declaring("Land pays tribute - Ministry news", "Land pays"), url).siteName).toBe(
      "Land pays tribute - Ministry news",
    );
    const same = "Land pays 1.4 million euros in bounties for wild boar";
    expect(article(declaring(same), url).siteName).toBe(same);
  });
});

describe("keepSubheadings: a subheading made of some of the title's words stays", () => {
  // WordPress: the title heading in an "entry-header" Readability removes unseen.
  const wordpress = (inside: string): string =>
    `<!DOCTYPE html><html lang="de"><head><title>Ab wann und wie lange legen Hühner Eier? - Selbstversorger</title></head><body>
    <div class="entry-header"><h1 class="entry-title">Ab wann und wie lange legen Hühner Eier?</h1></div>
    <div class="entry-content">${inside}</div></body></html>`;
  const para = (n: number) =>
    `<p>Absatz ${n}: Wann Hühner mit dem Eierlegen beginnen, lässt sich nicht verallgemeinern; die Rasse, die Jahreszeit und das Futter spielen dabei eine Rolle.</p>`;
  // Enough text that Readability keeps its first pass (it strips blocks named "header" there).
  const rest = [2, 3, 4, 5].map(para).join("");

  it("keeps a subheading after the story's first paragraph", () => {
    const a = article(wordpress(`${para(1)}<h2>Ab wann legen Hühner Eier?</h2>${rest}`));
    expect(a.textContent).toContain("Ab wann legen Hühner Eier?");
  });

  it("still drops the title repeated, before the story or after it", () => {
    const before = article(wordpress(`<h2>Ab wann und wie lange legen Hühner Eier?</h2>${para(1)}${rest}`));
    expect(before.textContent).not.toContain("Hühner Eier?");
    const after = article(wordpress(`${para(1)}<h2>Ab wann und wie lange legen Hühner Eier?</h2>${rest}`));
    expect(after.textContent).not.toContain("Hühner Eier?");
  });

  it("drops a repeat of the title's part before its site name, which Readability's title keeps", () => {
    // Four words or fewer: Readability's rule keeps the whole <title>, site name and all.
    const page = wordpress(`${para(1)}<h2>Eier legen</h2>${rest}`)
      .replace(/<title>[^<]*<\/title>/, "<title>Eier legen – Selbstversorger</title>")
      .replace(/<h1 class="entry-title">[^<]*<\/h1>/, '<h1 class="entry-title">Eier legen</h1>');
    expect(article(page).textContent).not.toContain("Eier legen\n");
  });
});

describe("the title repeated as a heading, in any script", () => {
  // Readability's word pattern (\W+) finds no words outside A–Z: such a heading never matched.
  const story = (lang: string, title: string, heading: string, paragraph: string): string =>
    `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title></head><body><article>
    <h1>${heading}</h1>${[1, 2, 3, 4].map((n) => `<p>${paragraph} (${n})</p>`).join("")}</article></body></html>`;

  it.each([
    [
      "ar",
      "افتتاح مكتبة عامة جديدة في وسط المدينة",
      "افتتحت البلدية يوم الجمعة مكتبة عامة جديدة في وسط المدينة، تضم أكثر من خمسين ألف كتاب وقاعات للقراءة.",
    ],
    [
      "ru",
      "В центре города открылась новая библиотека",
      "В пятницу в центре города открылась новая публичная библиотека, в которой более пятидесяти тысяч книг.",
    ],
    [
      "zh",
      "市中心新图书馆开馆",
      "市中心的新公共图书馆于周五开馆，馆藏图书五万余册，并设有阅览室和自习室，每天向公众开放。",
    ],
  ])("%s: dropped once from the story", (lang, title, paragraph) => {
    const a = article(story(lang, `${title} - Stadtblatt`, title, paragraph));
    expect(a.textContent).not.toContain(title);
  });

  it("keeps a heading in another script that is not the title", () => {
    const paragraph =
      "В пятницу в центре города открылась новая публичная библиотека, в которой более пятидесяти тысяч книг.";
    const a = article(story("ru", "В центре города открылась новая библиотека", "Читальные залы", paragraph));
    expect(a.textContent).toContain("Читальные залы");
  });
});
