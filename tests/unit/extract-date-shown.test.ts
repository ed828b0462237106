import { describe, expect, it } from "vitest";
import { dateFromUrl, parseDate } from "../../src/extract/metadata/date-parse";
import { follows } from "../../src/extract/document-order";
import { findHeadline, inRail } from "../../src/extract/metadata/page-layout";
import { article, doc, NOW, page, PROSE } from "./extract-helpers";

describe("parseDate: month names and numeric forms chrono misses", () => {
  it.each([
    ["26 Okt 2018", "de", "2018-10-26"],
    ["Juli 12, 2017", "de", "2017-07-12"],
    ["Do 9 Apr 2020", "de", "2020-04-09"],
    ["الأربعاء، 07 أكتوبر 2020 - 12:09 م", "ar", "2020-10-07"],
    ["الجمعة 24 نيسان / أبريل 2020", "ar", "2020-04-24"],
    ["4. 2. 2022", "de", "2022-02-04"],
    ["26 | 01 | 2022", "de", "2022-01-26"],
    ["12. března 2025", "cs", "2025-03-12"],
    ["2025. március 12. 14:05", "hu", "2025-03-12T14:05:00"],
    ["2025. 03. 12.", "hu", "2025-03-12"],
    ["2025. márc. 12.", "hu", "2025-03-12"],
    ["2024. szept. 3. 10:15", "hu", "2024-09-03T10:15:00"],
    ["2025. febr. 21.", "hu", "2025-02-21"],
    ["12. marts 2025", "da", "2025-03-12"],
    ["12. maaliskuuta 2025", "fi", "2025-03-12"],
    ["Rabu, 12 Maret 2025", "id", "2025-03-12"],
    ["2025년 3월 12일", "ko", "2025-03-12"],
    ["12 березня 2025", "uk", "2025-03-12"],
    ["12 Μαρτίου 2025", "el", "2025-03-12"],
    ["12 martie 2025", "ro", "2025-03-12"],
    ["12 d’abril de 2025", "ca", "2025-04-12"],
    ["12. marec 2025 ob 14.05", "sl", "2025-03-12"],
    ["12. märts 2025 14:05", "et", "2025-03-12T14:05:00"],
    ["2025. gada 12. martā", "lv", "2025-03-12"],
    ["2025 m. kovo 12 d. 14:05", "lt", "2025-03-12T14:05:00"],
    ["2024 m. lapkričio 3 d.", "lt", "2024-11-03"],
    ["21 مارچ 2025", "ur", "2025-03-21"],
    ["21 Mac 2025", "ms", "2025-03-21"],
    ["21 Ogos 2024", "ms", "2024-08-21"],
    ["২১ মার্চ ২০২৫", "bn", "2025-03-21"],
    // "য়" precomposed (U+09DF), as some pages write it.
    ["২১ জানু\u09DFারি ২০২৫", "bn", "2025-01-21"],
    ["२१ मार्च २०२५", "hi", "2025-03-21"],
    ["２０２５年３月２１日 １４：０５", "ja", "2025-03-21T14:05:00"],
    ["13 gusht 2020, 09:08", "sq", "2020-08-13T09:08:00"],
    ["25 септември 2020 г.", "bg", "2020-09-25"],
    ["5. oktobar 2021.", "bs", "2021-10-05"],
    ["5. новембар 2021.", "sr", "2021-11-05"],
    ["12 հոկտեմբերի 2021", "hy", "2021-10-12"],
    ["21 მარტი 2025", "ka", "2025-03-21"],
    ["5 Oktyabr 2021", "az", "2021-10-05"],
    ["Hunyo 5, 2021", "tl", "2021-06-05"],
    // A two-digit year after an apostrophe, a blog theme's short form.
    ["veröffentlicht am 14 Feb ’20", "de", "2020-02-14"],
    ["Feb 14 '19", "en", "2019-02-14"],
  ])("%s (%s) → %s", (input, lang, expected) => {
    expect(parseDate(input, NOW, lang)).toBe(expected);
  });

  it("keeps the table's abbreviations: 'Mar 5, 2020' is March though Finnish November begins 'marras'", () => {
    expect(parseDate("Mar 5, 2020", NOW, "en")).toBe("2020-03-05");
    expect(parseDate("5 mar 2020", NOW, "de")).toBe("2020-03-05");
  });

  it("reads spaced year-first points only with the closing point: not a version number", () => {
    expect(parseDate("Version 2020. 1. 3 released", NOW, "en")).toBeNull();
  });

  it("tries every language when the page does not declare one", () => {
    expect(parseDate("9 oktober 2020 11:12", NOW, "")).toBe("2020-10-09T11:12:00");
    expect(parseDate("Volume 172, Issue 7", NOW, "")).toBeNull();
  });

  it("never reads a time to come as a date: 'in 4 hours' is no publication date, '3 weeks ago' is", () => {
    expect(parseDate("Your disk will be full in 4 hours.", NOW, "en")).toBeNull();
    expect(parseDate("Auszahlung in 24 Stunden nach Abschluss", NOW, "de")).toBeNull();
    expect(parseDate("Coronavirus kills 1,000 in one day", NOW, "en")).toBeNull();
    expect(parseDate("Jane Doe 3 weeks ago", NOW, "en")).toBe("2025-05-11");
  });

  it("reads a day-month-year date in a URL path", () => {
    expect(dateFromUrl("https://x.example/meldungen/29-10-2020", NOW)).toBe("2020-10-29");
  });

  it("reads a year, then month and day in one folder: '/2025/0321/'", () => {
    expect(dateFromUrl("https://x.example/articles/2025/0321/water.html", NOW)).toBe("2025-03-21");
    expect(dateFromUrl("https://x.example/articles/2025/1399/water.html", NOW)).toBeNull();
  });

  it("reads a JSON-LD date written as seconds or milliseconds since 1970, in UTC", () => {
    const ld = (value: number) =>
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":${value}}</script>`;
    expect(article(page({ head: ld(1742565900) })).publishedTime).toBe("2025-03-21T14:05:00Z");
    expect(article(page({ head: ld(1742565900000) })).publishedTime).toBe("2025-03-21T14:05:00Z");
    // A count that is no moment, and a moment to come.
    expect(article(page({ head: ld(42) })).publishedTime).toBeNull();
    expect(article(page({ head: ld(1900000000) })).publishedTime).toBeNull();
  });
});

describe("headline and rails", () => {
  it("takes the heading the title names, not the site logo's <h1>", () => {
    const d = doc(`<html><head><title>Water plan approved | Daily Example</title></head><body>
      <h1>Daily Example</h1><article><h1>Water plan approved</h1></article></body></html>`);
    expect(findHeadline(d)?.textContent).toBe("Water plan approved");
  });

  it("takes a heading the page marks as its headline over the logo's <h1>, and reads the date beside it", () => {
    const html = `<html lang="de"><head><title>Streit um den Wasserplan - Example Verlag</title></head><body>
      <header><h1>EXAMPLE</h1></header>
      <div class="news-single" itemscope itemtype="http://schema.org/Article">
        <div class="info"><span class="news-list-date">Mittwoch, 20. Februar 2019, 14:45 Uhr bis 15:45 Uhr, Köln</span></div>
        <h3 itemprop="headline">Streit um den Wasserplan</h3>
        <p>Der Landtag hat den neuen Wasserplan nach einer langen Debatte am Donnerstagabend mit großer Mehrheit beschlossen, gegen die Stimmen der Opposition.</p>
        <p>Landwirte sollen Hilfe für sparsamere Bewässerung erhalten, und die Gemeinden müssen undichte Leitungen innerhalb von fünf Jahren reparieren lassen.</p>
        <p>Die Opposition nannte das Budget zu klein für das Ausmaß des Problems, stimmte aber den Maßnahmen für die Leitungen und das Grundwasser zu.</p>
      </div></body></html>`;
    expect(findHeadline(doc(html))?.tagName).toBe("H3");
    expect(article(html).publishedTime).toBe("2019-02-20T14:45:00");
  });

  it("takes no heading that is one link to the site's front page (a blog's name, no og:site_name saying so)", () => {
    const blog = (h1: string) =>
      doc(`<html><head><title>Silicon Notes: Water plan approved at last</title></head><body>
      <div class="header"><h1 class="title">${h1}</h1></div>
      <div class="date-outer"><h2 class="date-header"><span>Sunday, May 8, 2016</span></h2>
        <div class="post"><h3 class="post-title entry-title">Water plan approved at last</h3><div class="post-body">…</div></div></div></body></html>`);
    expect(findHeadline(blog(`<a href="https://silicon-notes.example/">Silicon Notes</a>`))?.tagName).toBe(
      "H3",
    );
    // A link to the story itself is its headline's permalink, and a heading with more than its link names more.
    expect(findHeadline(blog(`<a href="/2016/05/water-plan.html">Silicon Notes</a>`))?.tagName).toBe("H1");
    expect(findHeadline(blog(`Silicon Notes: <a href="/">home</a>`))?.tagName).toBe("H1");
  });

  it.each([
    [
      "Blogger's post title under its date header",
      `<div class="date-outer"><h2 class="date-header"><span>Friday, December 23, 2016</span></h2>
        <div class="post"><h3 class="post-title entry-title">Water plan approved at last</h3><div class="post-body">…</div></div></div>`,
      "H3",
    ],
    [
      "a <div> named headline, not a send-to-a-friend box's copy before it nor a share box's after it",
      `<div class="modal"><p class="send_to_friend_headline">Article: Water plan approved at last</p><h2>Log in</h2></div>
        <div class="headline">Water plan approved at last</div><p>…</p>
        <div class="share-title">Water plan approved at last | Daily Example</div>`,
      "DIV",
    ],
  ])("takes a lesser heading that states the title when no <h1> or <h2> does: %s", (_, body, tag) => {
    const d = doc(`<html><head><title>Water plan approved at last | Daily Example</title></head><body>
      <header><a href="/">Daily Example</a></header>${body}</body></html>`);
    const h = findHeadline(d);
    expect(h?.tagName).toBe(tag);
    expect(h?.textContent?.trim()).toBe("Water plan approved at last");
  });

  it("takes the story's short <h1> over the site's name in an <h1>, though the title holds more of the site's words", () => {
    const d = doc(`<html><head><title>Aren't we all …? | Katastrophengebiet</title>
      <meta property="og:site_name" content="Katastrophengebiet"></head><body>
      <header><h1 class="site-title"><a href="/" rel="home">Katastrophengebiet</a></h1></header>
      <article><h1 class="entry-title">Aren't we all …?</h1><p>…</p>
        <footer class="entry-meta"><time id="date" datetime="2019-12-26T11:26:32Z">Dezember 26, 2019</time></footer></article></body></html>`);
    const h = findHeadline(d);
    expect(h?.className).toBe("entry-title");
    // And the story's own footer, where its date is, is no rail then.
    expect(inRail(d.getElementById("date")!, h, new Map(), { storyEdges: true })).toBe(false);
  });

  it.each([
    [
      "an ad's heading in a link",
      `<a href="https://ads.example/"><h1>Visit the lake district this fall</h1></a>`,
    ],
    ["a login box's", `<div class="modal_box"><div class="modal_box_top"><h1>Log in</h1></div></div>`],
    ["a heading for screen readers", `<h1 class="aural">Main navigation</h1>`],
    ["the logo's", `<div class="site-logo"><h1>DAILY EXAMPLE</h1></div>`],
    ["the site's navigation", `<nav><h1>Sections</h1></nav>`],
  ])("takes the story's <h1> when no heading states the title, not %s before it", (_, before) => {
    const d = doc(`<html><head><title>Daily Example</title></head><body>${before}
      <div class="content"><h1 id="story">Council votes to rebuild the old harbour bridge</h1><p>…</p></div></body></html>`);
    expect(findHeadline(d)?.id).toBe("story");
  });

  it("keeps a title-stating <h1> over any lesser heading", () => {
    const d = doc(`<html><head><title>Water plan approved at last</title></head><body>
      <h3 class="post-title">Water plan approved at last</h3><h1>Water plan approved</h1></body></html>`);
    expect(findHeadline(d)?.tagName).toBe("H1");
  });

  it("judges rails below the block that holds the headline only", () => {
    const d = doc(`<html><head><title>Water plan approved</title></head><body>
      <div id="sidebar" class="post category-popular"><header><h1>Water plan approved</h1><time id="a">x</time></header></div>
      <div class="related"><time id="b">y</time></div></body></html>`);
    const h = findHeadline(d);
    expect(inRail(d.getElementById("a")!, h)).toBe(false);
    expect(inRail(d.getElementById("b")!, h)).toBe(true);
  });

  it("counts a block titled like a rail as one, whatever its classes", () => {
    const d = doc(`<html><head><title>Water plan approved</title></head><body>
      <article><h1>Water plan approved</h1><section><h2>Background</h2><time id="a">x</time></section></article>
      <section><h2>Lesen Sie auch</h2><ul><li><a href="/b">Other</a> <time id="b">y</time></li></ul></section></body></html>`);
    const h = findHeadline(d);
    expect(inRail(d.getElementById("a")!, h)).toBe(false);
    expect(inRail(d.getElementById("b")!, h)).toBe(true);
  });
});

describe("follows: document order", () => {
  it("says which element comes after which, nested or not (linkedom's compareDocumentPosition may not)", () => {
    const d = doc(`<html><body><div><header><div><nav><div><a id="a">x</a></div></nav></div></header></div>
      <div><main><article><header><div><h1 id="h">T<span id="in">s</span></h1></div></header></article></main></div></body></html>`);
    const [a, h, inside] = ["a", "h", "in"].map((id) => d.getElementById(id)!);
    expect(follows(h!, a!)).toBe(true);
    expect(follows(a!, h!)).toBe(false);
    expect(follows(inside!, h!)).toBe(false);
    expect(follows(h!, h!)).toBe(false);
    expect(follows(d.body, h!)).toBe(false);
  });
});

describe("publishedTime: a headline holding a block", () => {
  it("places the headline among the lines by its first line, so the date line under it is near", () => {
    const menu = Array.from({ length: 80 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join("");
    const html = `<!DOCTYPE html><html lang="en"><head><title>Parliament approves water plan</title></head><body>
      <header><nav><ul>${menu}</ul></nav></header><main><article>
      <h1 class="entry-title"><div class="entry-section"><a href="/local/">Local News | </a></div><span>Parliament approves water plan</span></h1>
      <div class="byline"><span>By Jo Bell</span> | <span>14.07.2003</span></div>
      ${PROSE.map((p) => `<p>${p}</p>`).join("")}</article></main></body></html>`;
    expect(article(html, "https://example.com/parliament-water-plan").publishedTime).toBe("2003-07-14");
  });
});

describe("rails: the story's own edges", () => {
  const STORY = PROSE.map((p) => `<p>${p}</p>`).join("\n");

  it("takes the story's own <footer> for a date's place, not the page's nor a comment's", () => {
    const d = doc(`<html><head><title>Parliament approves water plan</title></head><body>
      <article><h1>Parliament approves water plan</h1>${STORY}<footer><time id="own">x</time></footer>
        <section class="discussion"><article><p>Reader</p><footer><time id="comment">y</time></footer></article></section>
      </article><footer><time id="site">z</time></footer></body></html>`);
    const h = findHeadline(d);
    const edges = { storyEdges: true };
    expect(inRail(d.getElementById("own")!, h, new Map(), edges)).toBe(false);
    expect(inRail(d.getElementById("comment")!, h, new Map(), edges)).toBe(true);
    expect(inRail(d.getElementById("site")!, h, new Map(), edges)).toBe(true);
    // The byline rules keep every footer out (an author box there reads as one run-on line).
    expect(inRail(d.getElementById("own")!, h)).toBe(true);
  });

  it.each([
    [
      "a news record's footer (TYPO3's news)",
      `<div class="news news-single"><div class="article"><div class="header"><h2>Parliament approves water plan</h2></div>
        ${STORY}<div class="footer"><p><span class="news-list-date"><time datetime="2022-01-21">21.01.2022</time></span> Politik</p></div></div></div>`,
      "2022-01-21",
    ],
    [
      "the story's <footer> in a <main> named for it",
      `<main class="section article-section"><h1>Parliament approves water plan</h1>${STORY}
        <footer class="footer article-footer"><ul><li>Published: 03 December 2019</li></ul></footer></main>`,
      "2019-12-03",
    ],
    [
      "a side column of the story's own block",
      `<div class="article"><div class="article__sidebar-left"><span class="article__date">November 2, 2023</span></div>
        <div class="article__body"><h1>Parliament approves water plan</h1>${STORY}</div></div>`,
      "2023-11-02",
    ],
    [
      "a side column named for the story, the headline above the story's block",
      `<div class="container"><h1>Parliament approves water plan</h1></div>
        <div class="article"><div class="article__sidebar-left"><span class="article__byline">Words by <a href="/author/jo">Jo Bell</a></span>
        <span class="article__date">November 2, 2023</span></div><div class="article__body">${STORY}</div></div>`,
      "2023-11-02",
    ],
    [
      "a <header> the page sets after the headline, outside any <article> (a theme's page header)",
      `<h1>Parliament approves water plan</h1><header id="gp-page-header"><div class="gp-entry-meta">
        <span class="gp-meta-rtime">5 Min.</span><time class="gp-meta-date">1. November 2023</time></div></header>${STORY}`,
      "2023-11-01",
    ],
    [
      "a page builder's post-info box (Elementor's widget wrappers)",
      `<div class="elementor-widget elementor-widget-theme-post-title"><div class="elementor-widget-container"><h1>Parliament approves water plan</h1></div></div>
        <div class="elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
          <li class="elementor-icon-list-item"><a href="/2023/11/06/"><span class="elementor-icon-list-text elementor-post-info__item">06. November 2023</span></a></li>
        </ul></div></div>
        <div class="elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">${STORY}</div></div>`,
      "2023-11-06",
    ],
  ])("reads the date in %s, with no date in the page's metadata", (_, body, date) => {
    const html = `<!DOCTYPE html><html lang="de"><head><title>Parliament approves water plan</title></head>
      <body><header><a href="/">Example</a></header>${body}<footer><p>© 2024 Example</p></footer></body></html>`;
    expect(article(html, "https://example.com/parliament-water-plan").publishedTime?.slice(0, 10)).toBe(date);
  });

  it("still counts a page's sidebar widget and a comment in the story's block as rails", () => {
    const d = doc(`<html><head><title>Parliament approves water plan</title></head><body>
      <div class="post"><h1>Parliament approves water plan</h1>${STORY}
        <ol class="comment-list"><li><div class="comment-footer"><time id="comment">y</time></div></li></ol></div>
      <div class="widget widget_recent_entries"><time id="widget">z</time></div></body></html>`);
    const h = findHeadline(d);
    const edges = { storyEdges: true };
    expect(inRail(d.getElementById("comment")!, h, new Map(), edges)).toBe(true);
    expect(inRail(d.getElementById("widget")!, h, new Map(), edges)).toBe(true);
  });

  it("takes a column named for a sidebar layout that holds most of the page's paragraphs for the story's", () => {
    const html = `<!DOCTYPE html><html lang="es"><head><title>Parliament approves water plan</title></head><body>
      <div class="story-header"><h1>Parliament approves water plan</h1></div>
      <div class="st-sidebar__main"><div class="story-contents"><div class="author"><span>Jo Bell</span>
        <time>07/05/2022 20H06</time></div>${STORY}</div></div>
      <div class="st-sidebar__aside"><p>Lo más leído</p><span id="rail">06/05/2022</span></div></body></html>`;
    expect(article(html, "https://example.com/parliament-water-plan").publishedTime).toBe(
      "2022-05-07T20:06:00",
    );
    const d = doc(html);
    expect(inRail(d.getElementById("rail")!, findHeadline(d), new Map(), { storyEdges: true })).toBe(true);
  });
});

describe("publishedTime: a date line written loose beside blocks", () => {
  const STORY = PROSE.map((p) => `<p>${p}</p>`).join("\n");

  it.each([
    [
      "between the headline and the story, in the block that holds both (a hand-made news page)",
      `<div><h2>Parliament approves water plan</h2>
        24. März 2004, 19:49 | Genesis ${STORY}</div>
      <div class="titlebar">Kommentare</div><div><h3>#1 Kommentar von Naru</h3> 26. März 2004, 16:19 <p>Danke!</p></div>`,
      "2004-03-24T19:49:00",
    ],
    [
      "beside a comment counter's box, above the headline",
      `<div class="section"><div class="comment-bubble"><a href="#respond">0</a></div>
        <span class="posted-label">Publicado el</span> 27 Marzo, 2020 por ACN <span>en <a href="/c/">Nacionales</a></span></div>
      <h1>Parliament approves water plan</h1>${STORY}`,
      "2020-03-27",
    ],
  ])("reads the date %s", (_, body, date) => {
    const html = `<!DOCTYPE html><html lang="de"><head><title>Parliament approves water plan</title></head>
      <body><header><a href="/">Example</a></header><main>${body}</main><footer><p>© 2024 Example</p></footer></body></html>`;
    expect(article(html, "https://example.com/parliament-water-plan").publishedTime).toBe(date);
  });
});

describe("publishedTime: an embedded post's time is not the page's", () => {
  it.each([
    [
      "an Instagram post's, its <time> in the embed's <blockquote>",
      `<div class="media_embed"><blockquote class="instagram-media" data-instgrm-version="12"><div><a href="https://www.instagram.com/p/Bwi/">Sieh dir diesen Beitrag auf Instagram an</a>
        <p>Ein Beitrag geteilt von Esmeralda (@esme) am <time datetime="2019-04-21T11:47:18+00:00">Apr 21, 2019 um 4:47 PDT</time></p></div></blockquote></div>`,
    ],
    [
      "a tweet's date line",
      `<blockquote class="twitter-tweet"><p lang="en">The vote is tomorrow.</p><p>— Jo Bell (@jobell) April 21, 2019</p></blockquote>`,
    ],
  ])("leaves %s for the page's own line", (_, embed) => {
    const html = page({
      lang: "de",
      inside: `<p>Der Rat hat entschieden.</p>${embed}<p class="author">von Ulrike, 18.10.2019 16:06 Uhr</p>`,
    });
    expect(article(html).publishedTime).toBe("2019-10-18T16:06:00");
  });
});

describe("publishedTime: a reader's review is not the page", () => {
  it("reads the date line of a page that is itself a Review (a critic's), not only of other items", () => {
    const html = page({ lang: "de", inside: `<div class="meta">Von Anna Berg am 8.6.2020</div>` }).replace(
      "<article>",
      `<article itemscope itemtype="https://schema.org/Review">`,
    );
    expect(article(html).publishedTime).toBe("2020-06-08");
  });
});

describe("publishedTime: the date the page shows", () => {
  it("never takes a reader's comment's time for the page's date", () => {
    const comment = (who: string, iso: string, text: string) =>
      `<div class="css-c1x"><div>${who}</div><time datetime="${iso}">2 hours ago</time><p>${text}</p><button type="button">Reply</button></div>`;
    const thread = `<section class="css-s4x"><h2>Join the conversation (2)</h2>${comment("Ralph W.", "2025-05-30T10:00:00Z", "This is exactly why the council needs to act before next winter, not after the next flood.")}${comment("M. Hansen", "2025-05-30T11:00:00Z", "Agreed. The drainage work was promised three years ago and nothing has happened since.")}</section>`;
    const a = article(page().replace("</article>", `${thread}</article>`));
    expect(a.publishedTime).toBeNull();
    expect(a.textContent).not.toContain("drainage work");
  });

  it.each([
    ["en", "It is currently Tue Feb 11, 2020 7:22 pm", "Tue Feb 11, 2020 7:22 pm"],
    ["en", "Today is Tuesday, February 11, 2020", "Tuesday, February 11, 2020"],
    ["de", "Aktuelles Datum und Uhrzeit: 11.02.2020, 19:22", "11.02.2020, 19:22"],
    ["fr", "Nous sommes le 11/02/2020", "11/02/2020"],
    ["es", "Hoy es 11/02/2020", "11/02/2020"],
    ["it", "Oggi è 11/02/2020", "11/02/2020"],
  ])("never takes the clock of the page's rendering for its date (%s: %s)", (lang, clock, date) => {
    expect(article(page({ lang, before: `<div class="clock">${clock}</div>` })).publishedTime).toBeNull();
    // The same date without the clock's words is the page's date.
    expect(article(page({ lang, before: `<div class="clock">${date}</div>` })).publishedTime).toMatch(
      /^2020-02-11/,
    );
  });

  it.each([
    ["tr", "Güncelleme: 22.03.2025 09:00 | Yayınlanma: 21.03.2025 14:05"],
    ["en", "Updated: March 22, 2025 09:00 | Published: March 21, 2025 14:05"],
    ["de", "Zuletzt geändert am 22.03.2025 09:00, erschienen am 21.03.2025 14:05"],
    ["fr", "Modifié le 22/03/2025 à 09:00 Mis en ligne le 21/03/2025 à 14:05"],
    ["it", "Modificato il 22/03/2025 09:00 Pubblicato il 21/03/2025 14:05"],
    ["es", "Modificado el 22/03/2025 09:00 Publicada el 21/03/2025 14:05"],
    ["nl", "Laatst gewijzigd: 22-03-2025 09:00 Geplaatst: 21-03-2025 14:05"],
    ["pl", "Aktualizacja: 22.03.2025 09:00 Publikacja: 21.03.2025 14:05"],
    ["ru", "Изменено: 22.03.2025 09:00 Дата публикации: 21.03.2025 14:05"],
    ["tr", "Güncellenme: 22.03.2025 09:00 Yayın tarihi: 21.03.2025 14:05"],
    ["vi", "Cập nhật 22/03/2025 09:00 - Đăng lúc 21/03/2025 14:05"],
    ["ja", "更新：2025年3月22日 9:00 公開：2025年3月21日 14:05"],
    ["he", "עודכן: 22.03.2025 09:00 | פורסם: 21.03.2025 14:05"],
    ["bn", "আপডেট: ২২.০৩.২০২৫ ০৯:০০, প্রকাশ: ২১.০৩.২০২৫ ১৪:০৫"],
    ["hi", "अपडेट: 22.03.2025 09:00, प्रकाशित: 21.03.2025 14:05"],
    ["tr", "Güncelleme: 22.03.2025 09:00 Oluşturulma: 21.03.2025 14:05"],
    ["hu", "Frissítve: 2025. 03. 22. 09:00 Létrehozva: 2025. 03. 21. 14:05"],
    ["ro", "Actualizat: 22.03.2025 09:00 Publicat: 21.03.2025 14:05"],
    ["el", "Ενημερώθηκε: 22.03.2025 09:00 Δημοσιεύθηκε: 21.03.2025 14:05"],
    ["vi", "Cập nhật: 22/03/2025 09:00 Đăng: 21/03/2025 14:05"],
    ["de", "Zuletzt aktualisiert: 22.03.2025, 09:00 Uhr Erstveröffentlichung: 21.03.2025, 14:05 Uhr"],
  ])("reads the publication from a line that opens with its update (%s)", (lang, line) => {
    const a = article(page({ lang, inside: `<div class="tarih">${line}</div>` }));
    expect(a.publishedTime).toBe("2025-03-21T14:05:00");
  });

  it.each([
    ["ja", "2025年3月22日 9:00更新（2025年3月21日 14:05公開）"],
    ["ja", "2025/03/22 09:00 最終更新 2025/03/21 14:05 配信"],
    ["zh", "2025-03-22 09:00 更新于 2025-03-21 14:05 发布"],
  ])("reads the publication after an update whose word follows its date (%s: %s)", (lang, line) => {
    const a = article(page({ lang, inside: `<div class="date">${line}</div>` }));
    expect(a.publishedTime).toBe("2025-03-21T14:05:00");
  });

  it("takes a date whose word after it says update for the update, not a publication the metadata contradicts", () => {
    const head = `<meta property="article:published_time" content="2025-03-20T10:00:00+09:00"><meta property="article:modified_time" content="2025-03-21T14:05:00+09:00">`;
    for (const line of ["2025年3月21日 14:05 更新", "2025/03/21 14:05更新"]) {
      const a = article(page({ lang: "ja", head, inside: `<div class="date">${line}</div>` }));
      expect(a.publishedTime).toBe("2025-03-20T10:00:00+09:00");
    }
  });

  it("reads a date before an update's label as the publication: '2025/03/21 14:05 更新時間 2025/03/22'", () => {
    const a = article(
      page({ lang: "zh-TW", inside: `<div class="date">2025/03/21 14:05 更新時間 2025/03/22</div>` }),
    );
    expect(a.publishedTime).toBe("2025-03-21T14:05:00");
  });

  it.each([
    [
      "two lines, the date on each line's <time>",
      `<p class="meta">Updated <time datetime="2025-03-22T09:00:00Z">March 22</time></p><p class="meta">Published <time datetime="2025-03-21T14:05:00Z">March 21</time></p>`,
      "2025-03-21T14:05:00Z",
    ],
    [
      "labels and dates in spans of one line",
      `<div class="dates"><span class="label">Updated</span> <span>22 March 2025</span> <span class="label">Published</span> <span>21 March 2025</span></div>`,
      "2025-03-21",
    ],
  ])("takes the publication shown below the update, no metadata besides: %s", (_, inside, iso) => {
    expect(article(page({ inside })).publishedTime).toBe(iso);
  });

  it("reads the publication named after the update in a byline's line: 'Door … · Laatst gewijzigd … Geplaatst …'", () => {
    const inside = `<div class="meta"><span>Door Jan de Vries</span> · <span class="datum">Laatst gewijzigd: 22-03-2025 09:12 Geplaatst: 21-03-2025 14:05</span></div>`;
    expect(article(page({ lang: "nl", inside })).publishedTime).toBe("2025-03-21T14:05:00");
  });

  it("keeps the publication named before its update: 'By … Published May 2, 2025, updated May 5'", () => {
    const inside = `<div class="meta">By Jane Doe · Published May 2, 2025 · Updated May 5, 2025</div>`;
    expect(article(page({ inside })).publishedTime).toBe("2025-05-02");
  });

  it("keeps the update when nothing says published: it is the one date the page shows", () => {
    const inside = `<p class="meta">Updated <time datetime="2025-03-22T09:00:00Z">March 22</time></p>`;
    expect(article(page({ inside })).publishedTime).toBe("2025-03-22T09:00:00Z");
  });

  it("keeps the page's day when the published tag is the same moment in UTC", () => {
    const a = article(
      page({
        head: `<meta property="article:published_time" content="2025-03-09T02:11:03+00:00">`,
        inside: `<time class="pub-date" datetime="2025-03-08T21:11:03-05:00">March 8, 2025</time>`,
      }),
    );
    expect(a.publishedTime).toBe("2025-03-08T21:11:03-05:00");
  });

  it("keeps the UTC day when another line shows it: the best-placed date was a date in the prose", () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-09T02:11:03Z"}</script>`;
    const inside = `<div><span><a href="/p/water">Mar 9, 2025</a> · 5 min read</span></div>
      <p>So our minister, in a fit of well-meaning candour, writes this piece (posted this morning, 8 Mar. 25)
      and of course the replies to it are every bit as measured, as patient and as thoughtful as ever.</p>`;
    expect(article(page({ head, inside })).publishedTime).toBe("2025-03-09T02:11:03Z");
  });

  it("still keeps the page's day when only an update line shows the UTC day", () => {
    const head = `<meta property="article:published_time" content="2025-03-09T02:11:03+00:00">`;
    const inside = `<p class="dateline">Published March 8, 2025</p><p class="dateline">Updated March 9, 2025</p>`;
    expect(article(page({ head, inside })).publishedTime).toBe("2025-03-08");
  });

  it.each([
    `<p>By Alex Perry</p><time datetime="2025-04-15T07:00:00.000Z">1 day ago</time>`,
    `<div class="authorinfo"><span>Alex Perry</span> <time datetime="2025-04-15T07:00:00.000Z">1 day ago</time></div>`,
  ])("keeps a <time datetime> whose text counts back from now ('1 day ago'): that says no day", (inside) => {
    expect(article(page({ inside })).publishedTime).toBe("2025-04-15T07:00:00.000Z");
  });

  it.each([
    `<time class="pub" datetime="2025-03-05T18:26:00Z">05/03/2025 | 18:26</time>`,
    `<div class="timestamp"><time datetime="2025-03-05T18:26:00Z"><span>05/03/2025 06:26pm GMT</span></time></div>`,
    `<div class="timestamp">05/03/2025 06:26pm GMT <time datetime="2025-03-05T18:26:00Z"></time></div>`,
  ])(
    "lets a line's machine date settle which number is the month on a British page (lang en): %s",
    (inside) => {
      // (Read month first, "05/03/2025" is May 3, a day before NOW too.)
      expect(article(page({ inside })).publishedTime?.slice(0, 10)).toBe("2025-03-05");
    },
  );

  it.each([
    [
      `<div class="posted-on"><span class="sr-only">Published on</span><time datetime="2025-03-21T14:05:00+01:00">March 21, 2025</time></div>`,
      "2025-03-21T14:05:00+01:00",
    ],
    // Another day in the machine date than the line writes: the written day, no time of another day.
    [
      `<div class="posted-on">Published on <time datetime="2025-03-22T01:05:00Z">March 21, 2025</time></div>`,
      "2025-03-21",
    ],
  ])("takes the time of day a line's <time datetime> states of the day it writes: %s", (inside, time) => {
    expect(article(page({ inside })).publishedTime).toBe(time);
  });

  it("still takes a <time>'s written day when it is a day from its UTC machine date, not a swap", () => {
    const inside = `<time datetime="2025-04-09T01:30:00Z">April 8, 2025, 9:30 p.m. EDT</time>`;
    expect(article(page({ inside })).publishedTime?.slice(0, 10)).toBe("2025-04-08");
  });

  it("reads the day a line writes over '3 weeks ago' beside it, even one its class calls the update", () => {
    const inside = `<div class="author-info"><span class="post-date">3 weeks ago</span>
      <span class="post-date updated"><time class="post-date updated">April 17, 2025</time></span></div>`;
    expect(article(page({ inside })).publishedTime).toBe("2025-04-17");
  });

  it("still reads a line that writes its day before a time ago ('Updated 2 minutes ago')", () => {
    const inside = `<div class="article-date">January 13, 2025 / 1:39 PM / Updated 2 minutes ago</div>
      <figure><img src="/a.jpg" alt=""><figcaption>A logo at the Geneva motor show, March 5, 2024.</figcaption></figure>`;
    expect(article(page({ inside })).publishedTime?.slice(0, 10)).toBe("2025-01-13");
  });

  it("reads no date in a script beside the date line (an ad's code, its comments dated)", () => {
    const inside = `<div class="ads"><script>/* 468x15, Erstellt 22.01.09 */ google_ad_slot = "123";</script></div>
      <div class="date">12. November 2024 / 13:48</div>`;
    expect(article(page({ inside, lang: "de" })).publishedTime?.slice(0, 10)).toBe("2024-11-12");
  });

  it("takes the URL's date over a time ago the page shows (a day counted back from when it was rendered)", () => {
    const html = page({ inside: `<span class="post-date">10 hours ago</span>` });
    expect(article(html, "https://example.com/2025/03/21/water-plan").publishedTime).toBe("2025-03-21");
  });

  it("reads '3 weeks ago' when it is the one date the page shows", () => {
    expect(article(page({ inside: `<span class="post-date">3 weeks ago</span>` })).publishedTime).toBe(
      "2025-05-11",
    );
  });

  it("reads an update word inside a byline line: the date after it is the update, the published tag wins", () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-08T15:30:00-05:00","dateModified":"2025-03-13T10:28:18-05:00"}</script>`;
    const inside = `<div class="c-byline">By <a href="/authors/umair">Umair Irfan</a> <span>Updated
      <time datetime="2025-03-13T15:28:18">Mar 13, 2025, 10:28am EST</time></span></div>`;
    expect(article(page({ head, inside })).publishedTime).toBe("2025-03-08T15:30:00-05:00");
  });

  it("still reads the first date of a line that names its update after it", () => {
    const head = `<meta property="article:published_time" content="2025-03-08T02:11:03+00:00">
      <meta property="article:modified_time" content="2025-03-13T09:00:00+00:00">`;
    const inside = `<p class="byline">By Jane Doe, March 7, 2025, updated March 13, 2025</p>`;
    expect(article(page({ head, inside })).publishedTime).toBe("2025-03-07");
  });

  it("reads no date from a fact table's row that names another day ('Founded'), but one labelled 'Published'", () => {
    const infobox = (
      label: string,
    ) => `<table class="infobox vcard"><tr><th>Founder</th><td>Netscape</td></tr>
      <tr><th>${label}</th><td>February 28, 1998<span class="published">1998-02-28</span></td></tr></table>`;
    expect(article(page({ inside: infobox("Founded") })).publishedTime).toBeNull();
    expect(article(page({ inside: infobox("Published") })).publishedTime).toBe("1998-02-28");
    const terms = `<dl class="info"><dt>Born</dt><dd>March 3, 1961</dd></dl>`;
    expect(article(page({ inside: terms })).publishedTime).toBeNull();
  });

  it("reads a <time datetime> that shows only the hour ('07:59')", () => {
    const inside = `<div class="story-meta"><strong>Loreto Aravena</strong> <time datetime="2022-05-04T07:59:48-04:00">07:59</time></div>`;
    expect(article(page({ lang: "es", inside })).publishedTime).toBe("2022-05-04T07:59:48-04:00");
  });

  it("reads React's server output: <time dateTime> spelled in camel case", () => {
    const inside = `<time dateTime="2022-05-04T07:59:48-04:00">4 May</time>`;
    expect(article(page({ inside })).publishedTime).toBe("2022-05-04T07:59:48-04:00");
  });

  it("reads a Thai page's date line in the Buddhist Era", () => {
    const inside = `<p class="meta"><span>วันศุกร์ที่ 21 มี.ค. 2568 เวลา 14:05 น.</span></p>`;
    expect(article(page({ lang: "th", inside })).publishedTime).toBe("2025-03-21T14:05:00");
  });

  it("reads a Persian page's date line in the Solar Hijri calendar", () => {
    const inside = `<div class="info"><span class="date-created">2 تير 1399 - 12:09:08 ب.ظ</span></div>`;
    expect(article(page({ lang: "fa", inside })).publishedTime).toBe("2020-06-22");
  });

  it("prefers the line labelled 'Publié le' to a nearer unlabelled date", () => {
    const inside = `<div><span>Festival du 14/03/2025</span></div><div><span>Publié le 12/03/2025</span></div>`;
    expect(article(page({ lang: "fr", inside })).publishedTime).toBe("2025-03-12");
  });

  it.each([
    ["pl", "Opublikowano: 12.03.2025"],
    ["hu", "Megjelent: 2025. 03. 12."],
    ["fi", "Julkaistu 12.3.2025"],
    ["ru", "Опубликовано 12.03.2025"],
    ["ko", "입력 2025.03.12 10:05"],
    ["ja", "公開日：2025年3月12日"],
    ["ar", "تاريخ النشر: 12/03/2025"],
  ])(
    "prefers the line saying it is the publication date (%s: %s) to a nearer unlabelled one",
    (lang, line) => {
      const inside = `<div><span>Festival 14.03.2025</span></div><div><span>${line}</span></div>`;
      expect(article(page({ lang, inside })).publishedTime?.slice(0, 10)).toBe("2025-03-12");
    },
  );

  it.each([
    ["da", "Opdateret 14.03.2025"],
    ["ko", "수정 2025.03.14"],
    ["zh", "更新 2025-03-14"],
  ])("passes over a line saying it is an update (%s: %s)", (lang, line) => {
    const inside = `<div><span>${line}</span></div><div><span>12.03.2025</span></div>`;
    expect(article(page({ lang, inside })).publishedTime?.slice(0, 10)).toBe("2025-03-12");
  });

  it("takes the modified date when that is the day the page shows", () => {
    const a = article(
      page({
        head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-01T11:00:00Z","dateModified":"2025-04-01T10:00:00Z"}</script>`,
        inside: `<div class="publish-info"><span class="date">01.04.2025, 12:00</span></div>`,
      }),
    );
    expect(a.publishedTime).toBe("2025-04-01T10:00:00Z");
  });

  it("never leaves the published date for a 'Last updated' line", () => {
    const a = article(
      page({
        head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-07-10","dateModified":"2025-01-07"}</script>`,
        inside: `<p class="meta">Last updated: January 7, 2025</p>`,
      }),
    );
    expect(a.publishedTime).toBe("2024-07-10");
  });

  it("never leaves the published date for a <time> the words before it call an update", () => {
    const a = article(
      page({
        head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-12-15T08:50:02-05:00","dateModified":"2024-07-24T14:15:58-04:00"}</script>`,
        inside: `<span class="byline-item">Updated <time datetime="2024-07-24T18:15:58+00:00">Jul 24, 2024, 2:15pm EDT</time></span>`,
      }),
    );
    expect(a.publishedTime).toBe("2023-12-15T08:50:02-05:00");
    // The same <time> after other words is the day the page shows, and its own machine date agrees.
    const shown = article(
      page({
        head: `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-12-15T08:50:02-05:00","dateModified":"2024-07-24T14:15:58-04:00"}</script>`,
        inside: `<span class="byline-item">Outdated? <time datetime="2024-07-24T18:15:58+00:00">Jul 24, 2024, 2:15pm EDT</time></span>`,
      }),
    );
    expect(shown.publishedTime).toBe("2024-07-24T14:15:58-04:00");
  });

  it("reads a <time> whose class names the update (hAtom's 'updated') as the update, not the publication", () => {
    const updated = `<time class="updated" datetime="2025-04-02T09:00:00+00:00">April 2, 2025</time>`;
    const published = `<time class="entry-date published" datetime="2025-03-21T14:05:00+00:00">March 21, 2025</time>`;
    // The update first, in one meta line with the publication, and on a line of its own.
    for (const inside of [
      `<div class="entry-meta">${updated}${published}</div>`,
      `<span class="posted-on">${updated}</span><p class="meta">Posted ${published}</p>`,
    ])
      expect(article(page({ inside })).publishedTime).toMatch(/^2025-03-21/);
    // A story never edited says both: "entry-date published updated" is its publication.
    const both = `<time class="entry-date published updated" datetime="2025-03-21T14:05:00+00:00">March 21, 2025</time>`;
    expect(article(page({ inside: `<p class="meta">${both}</p>` })).publishedTime).toMatch(/^2025-03-21/);
  });

  it("prefers a dated line by the headline over a generic 'date' meta tag", () => {
    const a = article(
      page({
        lang: "de",
        head: `<meta name="date" content="2025-02-12">`,
        inside: `<span class="datum">05.02.2025</span>`,
      }),
    );
    expect(a.publishedTime).toBe("2025-02-05");
  });

  it("reads a 'published' line anywhere in the story, in the page's language", () => {
    const after = `<p class="postmetadata"><small>Dieser Beitrag wurde am Samstag, 3. Mai 2025 veröffentlicht.</small></p>`;
    expect(article(page({ lang: "de", after })).publishedTime).toBe("2025-05-03");
  });

  it("reads the dateline opening a long first paragraph", () => {
    const lead = "Traditionell gedenken die Gemeinden an diesem Sonntag ihrer Verstorbenen. ".repeat(7);
    const inside = `<p><strong>Karlsruhe, (12.05.2025). ${lead}</strong></p>`;
    expect(article(page({ lang: "de", inside })).publishedTime).toBe("2025-05-12");
  });

  it("reads a date that opens the story's first paragraph before its first sentence", () => {
    const quote =
      "„Der Wasserplan kommt zur rechten Zeit.“, sagte die Ministerin heute bei der Vorstellung im Landtag, und sie dankte allen Beteiligten. ";
    const inside = (opening: string) =>
      `<h3>Ein guter Start ins Jahr</h3><p><strong>${opening} ${quote.repeat(2)}</strong></p>`;
    expect(article(page({ lang: "de", inside: inside("01.02.2025") })).publishedTime).toBe("2025-02-01");
    expect(article(page({ lang: "de", inside: inside("01.02.2025 –") })).publishedTime).toBe("2025-02-01");
    // A number that only looks like a date, or a date in the middle of the sentence, is none.
    expect(article(page({ lang: "de", inside: inside("01.02.2025er") })).publishedTime).toBeNull();
    expect(
      article(page({ lang: "de", inside: inside("Seit dem 01.02.2025 gilt:") })).publishedTime,
    ).toBeNull();
  });

  it.each([
    "The plan, first proposed on 3 March 2019, was approved on Thursday.",
    "On March 3, 2019, the first leak was found in the old town.",
    "Am 3. März 2019 wurde das erste Leck gefunden.",
    "El 3 de marzo de 2019 se descubrió la primera fuga.",
  ])("reads no date off a story's sentence that tells of a day: %j", (sentence) => {
    for (const html of [
      page({ inside: `<p>${sentence}</p>` }),
      page().replace("</article>", `<p>${sentence}</p></article>`),
    ])
      expect(article(html).publishedTime).toBeNull();
  });

  it("reads a month's date set before the first sentence with a dash", () => {
    const lead =
      "Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise in the past decade.";
    expect(article(page({ inside: `<p>${lead}</p>` })).publishedTime).toBe("2015-02-23");
    // A sentence's words before the dash are no dateline's.
    const told = "The vote of March 3, 2019 -- a close one -- changed the valley.";
    expect(article(page({ inside: `<p>${told}</p>` })).publishedTime).toBeNull();
  });

  it("skips dates in the site header and in menus", () => {
    const before = `<header class="site"><ul class="topbar"><li>Tuesday, (08 May 2025)</li></ul></header>`;
    const a = article(page({ before, inside: `<p>Reporting from the capital, 2 May 2025</p>` }));
    expect(a.publishedTime).toBe("2025-05-02");
  });

  it("salvages datePublished from JSON-LD that does not parse, and reads CDATA-wrapped JSON-LD", () => {
    const broken = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-02T10:00:00+01:00",}</script>`;
    expect(article(page({ head: broken })).publishedTime).toBe("2025-03-02T10:00:00+01:00");
    const cdata = `<script type="application/ld+json"><![CDATA[{"@type":"NewsArticle","datePublished":"2025-03-03"}]]></script>`;
    expect(article(page({ head: cdata })).publishedTime).toBe("2025-03-03");
  });
});

describe("byline where Readability reads it", () => {
  it("takes the first byline element before decluttering, without its 'By', authors joined", () => {
    expect(article(page({ inside: `<p class="byline">By Jane Doe and John Roe</p>` })).byline).toBe(
      "Jane Doe, John Roe",
    );
    const inParens = `<p class="byline">Jane Doe (with John Roe and Ann Poe)</p>`;
    expect(article(page({ inside: inParens })).byline).toBe("Jane Doe (with John Roe and Ann Poe)");
  });

  it("drops a byline slot that only holds an update line", () => {
    const a = article(page({ inside: `<p class="byline">Last Updated: January 7, 2025</p>` }));
    expect(a.byline).toBeNull();
  });

  it("reads a meta tag whose property lists several names", () => {
    const head = `<meta property="dc:creator twitter:site_name" content="Creator Name"><meta name="author" content="Desk">`;
    expect(article(page({ head })).byline).toBe("Creator Name");
  });
});

describe("publishedTime: a stamp after a long story", () => {
  // Seventy paragraphs: the story's end lies more than 60 lines from its headline.
  const LONG = Array.from({ length: 70 }, (_, i) => `<p>${PROSE[i % PROSE.length]} (${i + 1})</p>`).join("");
  const story = (
    end: string,
  ) => `<!DOCTYPE html><html lang="de"><head><title>Parliament approves water plan</title></head><body>
    <main><article><h1>Parliament approves water plan</h1>${LONG}${end}</article></main></body></html>`;

  it("reads a 'Stand:' line after the last paragraph when the page shows no other date", () => {
    expect(article(story(`<p class="stand">Stand: 14.07.2003, 09:30 Uhr</p>`)).publishedTime).toBe(
      "2003-07-14T09:30:00",
    );
  });

  it("still leaves a bare date that far down (a footer's, a list's), and a word that only begins with 'Stand'", () => {
    expect(article(story(`<p>14.07.2003</p>`)).publishedTime).toBeNull();
    expect(article(story(`<p>Standort Berlin, 14.07.2003</p>`)).publishedTime).toBeNull();
  });
});

describe("publishedTime: a headline repeated for another screen", () => {
  // The template's date line sits under its small-screen copy of the headline; the large-screen
  // copy, the one found, comes after a long share bar.
  const SHARE = Array.from(
    { length: 34 },
    (_, i) => `<li><a href="/share/${i}">Share on network ${i}</a></li>`,
  ).join("");
  const twin = (
    copy: string,
    masthead = "",
  ) => `<!DOCTYPE html><html lang="de"><head><title>Parliament approves water plan</title></head><body>
    <header>${masthead}<a href="/">Home</a></header>
    <div class="meta">${copy}<div class="author">Jo Bell</div><div class="article-date">21.03.2025, 14:05</div></div>
    <ul class="share">${SHARE}</ul>
    <main><article><h1 class="visible-lg">Parliament approves water plan</h1>
    ${PROSE.map((p) => `<p>${p}</p>`).join("")}</article></main></body></html>`;

  it("reads the date line beside the other copy, not a masthead's clock", () => {
    const clock = `<time class="clock" datetime="2025-05-04T08:43:31"></time>`;
    const copy = `<h1 class="hidden-lg">Parliament approves water plan</h1>`;
    expect(article(twin(copy, clock)).publishedTime).toBe("2025-03-21T14:05:00");
    expect(article(twin(copy)).publishedTime).toBe("2025-03-21T14:05:00");
  });

  it("takes no linked heading of the same words for a copy (a series' earlier part)", () => {
    const teaser = `<h1 class="hidden-lg"><a href="/weekly-review-30">Parliament approves water plan</a></h1>`;
    expect(article(twin(teaser)).publishedTime).toBeNull();
  });
});
