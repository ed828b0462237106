import { describe, expect, it } from "vitest";
import { trimEdgeLines } from "../../src/extract/declutter-shapes";
import { article, doc, page, expectRemoved, PROSE } from "./extract-helpers";

const byline = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Parliament approves water plan","author":{"@type":"Person","name":"Jane Doe"}}</script>`;

describe("lines around the story", () => {
  it("drops the headline repeated as the story's first line, under a print edition's logo", () => {
    const inside = `<div><img src="/img/print-header-logo.png" alt="print header logo"></div><div><h2>Parliament approves water plan</h2></div>`;
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain("Parliament approves water plan");
    expect(a.title).toBe("Parliament approves water plan");
    expect(a.textContent).toContain("water management plan");
  });

  it("drops the headline repeated as a paragraph", () => {
    const a = article(page({ inside: `<p>Parliament approves water plan</p>` }));
    expect(a.textContent).not.toContain("Parliament approves water plan");
  });

  it("keeps a first subheading that is not the headline", () => {
    const a = article(page({ inside: `<h2>Parliament approves water plan for the south</h2>` }));
    expect(a.textContent).toContain("Parliament approves water plan for the south");
  });

  it("drops a line with neither letters nor digits above the story, and keeps one amid it", () => {
    const html = page({ inside: `<p>/*</p>` }).replace("<p>According to", "<p>* * *</p><p>According to");
    const a = article(html);
    expect(a.textContent).not.toContain("/*");
    expect(a.textContent).toContain("* * *");
  });

  it("leaves no blank paragraph where a line in an element of its own went (a separator's <span>)", () => {
    const inside = `<div class="meta"><span class="byline">By Jane Roe</span><span> · </span><span class="date">Published March 3, 2024</span></div>`;
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain("·");
    expect(a.content).not.toMatch(/<p>\s*<\/p>/);
  });

  it("drops the publication named alone under the byline, and keeps the name inside the story", () => {
    // As Readability leaves a byline block of two parts: the author's taken, the publication's left.
    const story = PROSE.map((p) => `<p>${p}</p>`).join("");
    const root = doc(
      `<html><body><div id="r"><h1>Prison officers charged</h1><div>USA TODAY</div>${story}<p>USA TODAY</p></div></body></html>`,
    ).getElementById("r")!;
    trimEdgeLines(root, { bylines: ["Kevin Johnson, Kevin McCoy"], sites: ["USA Today"] });
    expect(root.textContent?.split("USA TODAY")).toHaveLength(2);
    expect(root.lastElementChild?.textContent).toBe("USA TODAY");
    expect(root.textContent).toContain("Prison officers charged");
  });

  it("drops the byline, a link to the page and a 'Publicado por' line above the story", () => {
    const inside = `<div class="print"><span>https://news.example/politics/water-plan</span></div><p>Jane Doe, Example News Service</p><p>05/10/2018 - Publicado por: Jane Doe - Categoria: Política</p>`;
    const a = article(page({ head: byline, inside }));
    expect(a.textContent).not.toContain("news.example/politics");
    expect(a.textContent).not.toContain("Example News Service");
    expect(a.textContent).not.toContain("Publicado por");
    expect(a.textContent).toContain("water management plan");
    expect(a.byline).toContain("Jane Doe");
  });

  it("drops a byline that shares its paragraph with the date line under it, once the date has gone", () => {
    const wire = byline.replace(
      '"@type":"Person","name":"Jane Doe"',
      '"@type":"Person","name":"The Associated Press"',
    );
    const inside = `<div class="s-data"><br> The Associated Press <br> <span class="date"> Published Monday, November 18, 2019 8:22AM EST </span> <br></div>`;
    const a = article(page({ head: wire, inside }));
    expect(a.textContent).not.toContain("Published Monday");
    expect(a.textContent.startsWith("The Associated Press")).toBe(false);
    expect(a.textContent).toContain("water management plan");
  });

  it("drops a date standing loose among the story's blocks, not a date inside its sentences", () => {
    // Readability wraps a loose run of inline text in a paragraph only inside a <div>.
    const inside = `<time datetime="2025-03-21T14:05:00Z">March 21, 2025 2:05 PM UTC</time><p>On <time datetime="2025-03-20">March 20</time> the committee had asked for more time.</p>`;
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain("2:05 PM");
    expect(a.textContent.startsWith("On March 20 the committee")).toBe(true);
    expect(a.textContent).toContain("water management plan");
  });

  it("drops the date and byline beside the lead picture in the story's header; the picture stays", () => {
    const lead = `<figure><img src="https://news.example/i/lead.jpg" alt="A sofa"></figure>`;
    for (const header of [
      `<header><span>Domenica 19 Aprile 2020</span> <span>di Carla Massi</span> ${lead}</header>`,
      `<div><p>Nachricht vom 21.03.2025</p>${lead}</div>`,
    ]) {
      const a = article(page({ lang: header.includes("Domenica") ? "it" : "de", inside: header }));
      expect(a.textContent).not.toMatch(/Domenica|Carla Massi|Nachricht vom/);
      expect(a.content).toContain("lead.jpg");
      expect(a.textContent).toContain("water management plan");
    }
  });

  it("keeps a date that captions the lead picture", () => {
    const inside = `<figure><img src="https://news.example/i/lead.jpg" alt="The flood"><figcaption>21.03.2025</figcaption></figure>`;
    expect(article(page({ lang: "de", inside })).content).toContain("21.03.2025");
  });

  it("drops a Japanese or Korean date line above the story", () => {
    for (const [lang, line] of [
      ["ja", "2025年3月21日 14時05分"],
      ["ko", "2025년 3월 21일 14:05"],
      // The writer and both dates on one line, its words after each date.
      ["ja", "山田太郎 記者 2025年3月22日 9:00更新（2025年3月21日 14:05公開）"],
    ] as const) {
      const a = article(page({ lang, inside: `<p class="date">${line}</p>` }));
      expect(a.textContent).not.toContain(line.slice(0, 5));
      expect(a.textContent).toContain("water management plan");
    }
  });

  it.each([
    ["nl", "Bijgewerkt 22 maart 2025 09:00 · Gepubliceerd 21 maart 2025 14:05"],
    ["da", "Opdateret 22. marts 2025 kl. 09.00 Publiceret 21. marts 2025 kl. 14.05"],
    ["id", "Diperbarui 22 Mar 2025, 09:00 WIB Diterbitkan 21 Mar 2025, 14:05 WIB"],
    ["de", "Zuletzt aktualisiert: 22.03.2025, 09:00 Uhr Erstveröffentlichung: 21.03.2025"],
    // A place, the day and the update on one line (El País).
    ["es", "Madrid - 21 mar 2025 - 14:05 CET. Actualizado: 22 mar 2025 - 09:00 CET"],
  ])("drops a line of both dates above the story, its update first or last (%s)", (lang, line) => {
    const a = article(page({ lang, inside: `<p class="meta">${line}</p>` }));
    expect(a.textContent).not.toContain(line.slice(0, 12));
    expect(a.publishedTime?.slice(0, 10)).toBe("2025-03-21");
  });

  it("drops the publication's date line under a standfirst, not another day's line", () => {
    const head = `<meta property="article:published_time" content="2025-03-21T14:05:12+01:00">`;
    const standfirst = `<p>Der Landtag hat nach einer langen Debatte den neuen Wasserplan beschlossen, die Opposition kritisiert die Kosten als viel zu gering.</p>`;
    const published = article(
      page({ lang: "de", head, inside: `${standfirst}<div><time>21.03.2025, 14.05 Uhr</time></div>` }),
    );
    expect(published.textContent).not.toContain("21.03.2025");
    expect(published.textContent).toContain("die Opposition kritisiert");
    // A timeline's first heading under the opening paragraph is the story's.
    const timeline = article(page({ lang: "de", head, inside: `${standfirst}<h3>12.01.2025</h3>` }));
    expect(timeline.textContent).toContain("12.01.2025");
  });

  it("drops a Chinese page's line of date and source above the story, and its closing labels", () => {
    const inside = `<div class="info"><span>2025</span><span>03/21</span><span>14:05:12</span><span>来源：新华网</span></div>`;
    const after = `<div class="editor">【责任编辑:李四】</div><div class="correct">【纠错】</div>`;
    const a = article(page({ lang: "zh-CN", inside }).replace("</article>", `${after}</article>`));
    expect(a.textContent).not.toContain("来源");
    expect(a.textContent).not.toContain("责任编辑");
    expect(a.textContent).not.toContain("纠错");
    expect(a.textContent).toContain("water management plan");
  });

  it("reads the byline under the headline when the page marks it no way Readability knows", () => {
    const line = `<div class="info-art"><span class="writer">di Mario Rossi</span><span class="date">21 marzo 2025</span></div>`;
    expect(article(page({ lang: "it", inside: line })).byline).toBe("Mario Rossi");
    const links = `<div class="a_md"><div class="a_md_a"><a href="/autor/juan-perez/">Juan Pérez</a> y <a href="/autor/ana-garcia/">Ana García</a></div></div>`;
    expect(article(page({ lang: "es", inside: links })).byline).toBe("Juan Pérez, Ana García");
  });

  it("reads a byline set in parts with hashed classes: its lead-in, link and date side by side", () => {
    const apart = `<div class="QHbl nkdH"><span class="tChG">By</span><span><a class="zZyg" href="https://news.example/about/newsteam/jane-doe">Jane Doe</a></span><time class="YKjh">May 14, 2025</time></div>`;
    expect(article(page({ inside: apart })).byline).toBe("Jane Doe");
    const together = `<div class="css-1x2y"><span>By <a href="/author/jane-doe">Jane Doe</a></span><time datetime="2025-05-14">May 14, 2025</time></div>`;
    expect(article(page({ inside: together })).byline).toBe("Jane Doe");
  });

  it.each([
    ["/people/jane-doe", "Jane Doe"],
    ["/by/jane-doe", "Jane Doe"],
    ["/profile/janedoe", "Jane Doe"],
    ["/contributors/jane-doe", "Jane Doe"],
  ])("reads a writer's name from a link to their page %s under the headline", (href, name) => {
    const line = `<div class="css-9z8y"><a href="${href}">${name}</a><span>May 14, 2025</span></div>`;
    expect(article(page({ inside: line })).byline).toBe(name);
  });

  it("takes no byline from author links below the story's first paragraph or in a rail", () => {
    const first = `<p>The vote on the plan came late on Thursday evening after a long debate in the regional parliament and a recount of the votes cast by post.</p>`;
    const below = `${first}<p><a href="/author/jane-doe">Jane Doe</a></p>`;
    expect(article(page({ inside: below })).byline).toBeNull();
    const rail = `<aside><a href="/author/john-roe">John Roe</a></aside>`;
    expect(article(page({ inside: rail })).byline).toBeNull();
  });

  it("drops a date line that opens with a separator dot ('·Mar 21, 2025')", () => {
    const a = article(page({ inside: `<div><span>·</span><span>Mar 21, 2025</span></div>` }));
    expect(a.textContent).not.toContain("Mar 21");
    expect(a.textContent).toContain("water management plan");
  });

  it("drops an Arabic date line written in Arabic-Indic digits, and reads its date", () => {
    const a = article(page({ lang: "ar", inside: `<div class="date">السبت ٢١ مارس ٢٠٢٥ - ١٤:٠٥</div>` }));
    expect(a.textContent).not.toContain("مارس");
    expect(a.publishedTime).toBe("2025-03-21T14:05:00");
  });

  it("leaves a ruby's readings out of the text, the excerpt and the title-repeat test, and in the content", () => {
    const ruby = (word: string, reading: string) => `<ruby>${word}<rt>${reading}</rt></ruby>`;
    const html = `<html lang="ja"><head><title>市議会がバスの予算を決めました</title></head><body><article>
      <h1>${ruby("市議会", "しぎかい")}がバスの${ruby("予算", "よさん")}を${ruby("決", "き")}めました</h1>
      <p>${ruby("市議会", "しぎかい")}は21日、北の地区のバスを増やす${ruby("予算", "よさん")}を決めました。毎日会社に行く人の時間が短くなります。新しい路線も三つできます。</p>
      <p>十二の路線で、朝と夕方のバスが二倍になります。九月から始まります。駅までの時間も短くなります。</p></article></body></html>`;
    const a = article(html);
    expect(a.textContent.startsWith("市議会は21日、北の地区のバスを増やす予算を決めました。")).toBe(true);
    expect(a.excerpt?.startsWith("市議会は21日")).toBe(true);
    expect(a.content).toContain("<rt>しぎかい</rt>");
  });

  it("drops the publisher from the authors", () => {
    const head = `<meta name="author" content="Max Mustermann, DER SPIEGEL"><meta property="og:site_name" content="DER SPIEGEL">`;
    expect(article(page({ head })).byline).toBe("Max Mustermann");
    const staff = `<meta name="author" content="DER SPIEGEL"><meta property="og:site_name" content="DER SPIEGEL">`;
    expect(article(page({ head: staff })).byline).toBe("DER SPIEGEL");
  });

  it("drops the publisher named by its domain after the authors", () => {
    const head = `<meta name="author" content="Troy L. Smith, Cleveland.com"><meta property="og:site_name" content="cleveland">`;
    expect(article(page({ head })).byline).toBe("Troy L. Smith");
    const other = `<meta name="author" content="Troy L. Smith, Example.com"><meta property="og:site_name" content="cleveland">`;
    expect(article(page({ head: other })).byline).toBe("Troy L. Smith, Example.com");
  });

  it.each([
    ["it", "di Mario Rossi", "Mario Rossi"],
    ["pl", "Autor: Jan Kowalski", "Jan Kowalski"],
    ["nl", "Door Jan de Vries", "Jan de Vries"],
    ["sv", "Av Anna Berg", "Anna Berg"],
    ["ar", "بقلم أحمد علي", "أحمد علي"],
    ["el", "Του Γιώργου Παπαδόπουλου", "Γιώργου Παπαδόπουλου"],
    ["hi", "लेखक: राहुल शर्मा", "राहुल शर्मा"],
  ])("drops a byline line in its language (%s: %s)", (lang, line, name) => {
    const a = article(page({ lang, inside: `<p class="firma">${line}</p>` }));
    expect(a.textContent).not.toContain(line);
    expect(a.byline).toBe(name);
  });

  it("keeps an opening line that starts with a capitalised 'Di' (a name, not 'di' the lead-in)", () => {
    const a = article(page({ lang: "it", inside: `<p>Di Maio: il piano non basta</p>` }));
    expect(a.textContent).toContain("Di Maio: il piano non basta");
  });

  it("takes the byline from the byline line it drops, when the page marks it no other way", () => {
    const a = article(page({ inside: `<p class="signature">Par <a href="/auteur/jd">Jean Dupont</a></p>` }));
    expect(a.textContent).not.toContain("Jean Dupont");
    expect(a.byline).toBe("Jean Dupont");
  });

  it("drops French 'Publié par' and 'Écrit par' lines above the story (letters beyond ASCII end and start the words)", () => {
    const inside = `<p>Publié par Jean Dupont</p><p>Écrit par Marie Curie - Catégorie : Politique</p>`;
    const a = article(page({ lang: "fr", inside }));
    expect(a.textContent).not.toContain("Publié par");
    expect(a.textContent).not.toContain("Écrit par");
    expect(a.textContent).toContain("water management plan");
  });

  it("drops a 'by:' line, and a meta list whose author was taken out, with the list's empty shell", () => {
    const inside =
      `<p>by: Jane Doe</p>` +
      `<ul class="meta"><li><p>Von</p></li><li><span class="author"></span></li><li><time>21.03.25, 11:29 Uhr</time></li></ul>`;
    const a = article(page({ lang: "de", inside }));
    expect(a.textContent).not.toContain("by: Jane");
    expect(a.textContent).not.toMatch(/^Von$/m);
    expect(a.textContent).not.toContain("11:29");
    expect(a.content).not.toContain("<li>");
    expect(a.textContent).toContain("water management plan");
  });

  it.each([
    ["de", "vor 2 Stunden"],
    ["fr", "il y a 3 heures"],
    ["it", "2 ore fa"],
    ["hu", "11 perce"],
  ])("drops a time ago alone above the story (%s: %s)", (lang, line) => {
    const a = article(page({ lang, inside: `<p>${line}</p>` }));
    expect(a.textContent).not.toContain(line);
    expect(a.textContent).toContain("water management plan");
  });

  it("keeps short opening lines that only start like a byline", () => {
    const inside = `<p>By 2030, the city expects.</p><p>by the river: Jane</p><p>Vonnegut was right.</p>`;
    const a = article(page({ inside }));
    expect(a.textContent).toContain("By 2030, the city expects.");
    expect(a.textContent).toContain("by the river: Jane");
    expect(a.textContent).toContain("Vonnegut was right.");
  });

  it("drops an agency byline and a 'Published …' line below the lead picture's caption", () => {
    const inside = `<div class="image"><img src="https://news.example/a.jpg" alt=""><p>In this file photo, farmers inspect a dry canal near the reservoir after the driest summer in forty years, officials said. (Photo: Jane Roe)</p></div><div><span>The Associated Press</span></div><div><span>Published Monday, May 5, 2025 8:22AM EST</span></div>`;
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain("Associated Press");
    expect(a.textContent).not.toContain("Published Monday");
    expect(a.content).toContain("farmers inspect a dry canal");
    expect(a.textContent).toContain("water management plan");
  });

  it.each([
    ["a story code", "<div>17302</div>"],
    ["a pager's numbers", "<p>1 2 3 4 5</p>"],
    ["a video's length", "<p>8:09</p>"],
  ])("drops a number alone closing the story (%s)", (_, end) => {
    const a = article(page().replace("</article>", `${end}</article>`));
    expect(a.textContent.trim().endsWith("groundwater levels.")).toBe(true);
  });

  it.each([
    ["a 'published' line", "de", "<p>Veröffentlicht am 26. Oktober 2023</p>"],
    ["a date alone", "de", "<p>17. Mai 2022</p>"],
    ["a date after a short word", "fr", "<p>Le 29/01/2020</p>"],
    ["a labelled date and time", "fr", "<p>Créé: 12.12.2019, 07h36</p>"],
  ])("drops a date line closing the story (%s)", (_, lang, end) => {
    const a = article(page({ lang }).replace("</article>", `${end}</article>`));
    expect(a.textContent.trim().endsWith("groundwater levels.")).toBe(true);
  });

  it.each([
    ["de", "<h3>Mehr zu diesem Thema</h3>"],
    ["de", "<p>Beitragsnavigation</p>"],
    ["de", '<p><a href="/next">Weiterlesen</a></p>'],
    ["en", '<p><a href="/rest">READ THE REST</a></p>'],
    ["en", '<p><a href="/speedreads">See More Speed Reads</a></p>'],
    ["de", "<p>Weitere aktuelle Meldungen</p>"],
    ["de", "<p>Themen in dieser Meldung</p>"],
    ["es", '<p><a href="/info">Saber más</a></p>'],
    ["ar", "<p>مواضيع ساخنة اخرى</p>"],
    ["de", "<h2>Die Redaktion empfiehlt</h2>"],
    ["en", "<h3>Editors’ picks</h3>"],
    ["fr", "<h2>La rédaction vous recommande</h2>"],
    ["pl", "<h2>Redakcja poleca</h2>"],
    ["ru", "<h2>Редакция рекомендует</h2>"],
    ["de", "<p>Artikel zum Thema</p>"],
  ])("drops a rail's title left without its rail at the story's end (%s: %s)", (lang, end) => {
    const a = article(page({ lang }).replace("</article>", `${end}</article>`));
    expect(a.textContent.trim().endsWith("groundwater levels.")).toBe(true);
  });

  it("drops the editors' picks over teasers closing a paywalled story, not a buying guide's badge", () => {
    const cards = [
      "Die Steuer für kleine Anlagen fällt",
      "Reinigung bringt mehr Ertrag",
      "Neue Regeln für Speicher",
    ]
      .map((h, i) => `<a href="/s/${i}"><p>Photovoltaik</p><h2>${h}</h2></a>`)
      .join("");
    const paywalled = `<!DOCTYPE html><html lang="de"><head><title>Schnee belastet Solarmodule</title></head><body><main><div>
      <h1>Schnee belastet Solarmodule</h1>
      <p>Eine Schneedecke auf der Photovoltaikanlage sorgt nicht nur für geringeren Stromertrag. Das Gewicht belastet auch Module und Befestigungssysteme.</p>
      <div><h4>Mit top+ weiterlesen</h4><p>Das volle Spezialwissen für einen Euro im Monat</p></div>
      <div><h2>Die Redaktion empfiehlt</h2><div>${cards}</div></div></div></main></body></html>`;
    const a = article(paywalled);
    expect(a.textContent).toContain("Eine Schneedecke");
    for (const clutter of ["Redaktion empfiehlt", "Reinigung bringt", "weiterlesen", "Spezialwissen"])
      expect(a.textContent).not.toContain(clutter);
    const badge = `<p><span>Unsere Empfehlung</span></p><p>Der Laserpointer mit Zufallsmodus hält die Katze am längsten in Bewegung und kostet unter zwanzig Euro.</p>`;
    expect(article(page({ lang: "de" }).replace("</article>", `${badge}</article>`)).textContent).toContain(
      "Unsere Empfehlung",
    );
  });

  it("keeps a closing credit that names where the piece ran, with its date", () => {
    const end = "<p>Deutschlandfunk, 02. November 2021</p>";
    const a = article(page({ lang: "de" }).replace("</article>", `${end}</article>`));
    expect(a.textContent).toContain("Deutschlandfunk, 02. November 2021");
  });

  it("keeps a closing line with words around its number, and a phone number", () => {
    const end = "<p>Total cost: 17302 euros</p>";
    expect(article(page().replace("</article>", `${end}</article>`)).textContent).toContain("17302 euros");
    const phone = "<p>0471 80 60 745</p>";
    expect(article(page().replace("</article>", `${phone}</article>`)).textContent).toContain(
      "0471 80 60 745",
    );
  });

  it("drops a closing row of the site's social buttons, and the copyright line it stood under", () => {
    const buttons = ["facebook", "twitter", "instagram"]
      .map(
        (n) =>
          `<a href="https://www.${n}.com/examplenews/"><img src="https://example.com/b-${n}.jpg" alt="${n}"></a>`,
      )
      .join(" ");
    const end = `<div><p>© 1996 - 2022 Example Media | example.de ist eine eingetragene Marke.</p><p>${buttons}</p></div>`;
    const a = article(page().replace("</article>", `${end}</article>`));
    expect(a.textContent).not.toContain("eingetragene Marke");
    expect(a.content).not.toContain("b-facebook.jpg");
    expect(a.textContent).toContain("groundwater levels");
    // The story's own pictures, linking to their files, stay.
    const own = `<p><a href="https://example.com/pump-1.jpg"><img src="https://example.com/pump-1-small.jpg"></a> <a href="https://example.com/pump-2.jpg"><img src="https://example.com/pump-2-small.jpg"></a></p>`;
    expect(article(page().replace("</article>", `${own}</article>`)).content).toContain("pump-2-small.jpg");
  });

  it("drops headings that are each one link to another story at the story's end", () => {
    const promos = [1, 2, 3]
      .map((i) => `<h2><a href="/recipes/${i}">ANOTHER GREAT RECIPE NUMBER ${i} >>></a></h2>`)
      .join("");
    const a = article(page().replace("</article>", `${promos}</article>`));
    expect(a.textContent).not.toContain("ANOTHER GREAT RECIPE");
    expect(a.textContent).toContain("groundwater levels");
  });

  it("keeps a linked subheading that the story goes on after, and a heading linking within the page", () => {
    const sub = `<h2><a href="/reviews/pump">The new pump for small farms</a></h2><p>It moves twice the water for the same power, the makers say, and costs less to repair when it breaks.</p>`;
    const a = article(page().replace("</article>", `${sub}</article>`));
    expect(a.textContent).toContain("The new pump for small farms");
    const anchor = `<h2><a href="#sources">Sources and further notes here</a></h2>`;
    expect(article(page().replace("</article>", `${anchor}</article>`)).textContent).toContain(
      "Sources and further notes here",
    );
  });

  it("drops the byline repeated as the last line, keeps a closing sentence naming the writer", () => {
    const last = page({ head: byline }).replace("</article>", "<p>Jane Doe</p></article>");
    expect(article(last).textContent.trim().endsWith("groundwater levels.")).toBe(true);
    const leadIn = page({ head: byline, lang: "de" }).replace("</article>", "<p>Von Jane Doe</p></article>");
    expect(article(leadIn).textContent.trim().endsWith("groundwater levels.")).toBe(true);
    const sentence = page({ head: byline }).replace(
      "</article>",
      "<p>Jane Doe travelled to the valley for this report and spoke with farmers there.</p></article>",
    );
    expect(article(sentence).textContent).toContain("Jane Doe travelled to the valley");
  });
});

describe("notices to the reader", () => {
  it.each([
    [
      "a comment policy",
      `<p>ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.</p>`,
      "moderador",
    ],
    [
      "an English comment note",
      `<p>Note: we are temporarily moderating all comments submitted.</p>`,
      "moderating",
    ],
    [
      "a newsletter offer",
      `<p><strong>Start your day with our briefing. Sign up for the free daily newsletter.</strong></p>`,
      "briefing",
    ],
    [
      "a print subscription offer",
      `<div><p>Get the magazine delivered through your letterbox every month. 12 issues for £11.99.</p></div>`,
      "letterbox",
    ],
    ["an inbox pitch", `<p>Let our news meet your inbox. Delivered weekday mornings.</p>`, "meet your inbox"],
  ])("removes %s", expectRemoved);

  it("removes an advertisement written with Cyrillic look-alike letters, keeps Russian with Latin names", () => {
    const ad =
      "Аdvеrtіѕе wіth thе most visited news site in Веlіzе ~ Wе оffеr fullу сuѕtоmіzаblе аnd flехіblе dіgіtаl mаrkеtіng расkаgеѕ. " +
      "Yоur соntеnt іѕ dеlіvеrеd іnѕtаntlу tо thоuѕаndѕ оf uѕеrѕ іn Веlіzе аnd аbrоаd! Соntасt uѕ аt ads@news.example.";
    expect(article(page({ inside: `<p>${ad}</p>` })).textContent).not.toContain("Веlіzе");
    const russian =
      "Владельцы iPhone’ов и iPad’ов получили обновление, а пользователи macOS’а — через неделю.";
    expect(article(page({ inside: `<p>${russian}</p>` })).textContent).toContain(russian);
  });

  it("keeps a story paragraph about moderation that is no notice", () => {
    const inside = `<p>The committee's own website will publish every submission on the plan; the clerk said nothing would be moderated beyond removing personal data, and comments close in June.</p>`;
    expect(article(page({ inside })).textContent).toContain("nothing would be moderated");
  });
});

describe("closing boilerplate", () => {
  it("drops a notice the page left loose among the story's blocks, keeps a loose line of the story", () => {
    const loose = (line: string) =>
      page().replace(
        "</article>",
        `<table><tr><td>Kommentar von Max: gut so</td></tr></table><br>\n${line}</article>`,
      );
    const prompt = `Du musst <a href="#login">Eingeloggt</a> sein um Kommentare zu schreiben! oder noch gar nicht <a href="/reg">Registriert</a>?`;
    expect(article(loose(prompt)).textContent).not.toContain("Eingeloggt");
    expect(article(loose("Subscribe")).textContent).not.toMatch(/Subscribe$/);
    const story = "The committee will meet again in May to subscribe the final agreement with the operator.";
    expect(article(loose(story)).textContent).toContain(story);
  });

  it("drops the 'about the company' tail below the last rule, keeps a story's closing section", () => {
    const about = page().replace(
      "</article>",
      `<hr><p>Example Corp is a global solutions provider focused on irrigation and water technology for farms and towns.</p><p>Example Corp is headquartered in Springfield and employs around 1,300 people worldwide.</p></article>`,
    );
    const a = article(about);
    expect(a.textContent).not.toContain("global solutions provider");
    expect(a.textContent).not.toContain("headquartered");
    const section = page().replace(
      "</article>",
      `<hr><p>The next vote on the plan is expected in the autumn, when the budget for the pipes will be set.</p></article>`,
    );
    expect(article(section).textContent).toContain("The next vote on the plan");
  });

  it("drops a note on who the writer is as the last block", () => {
    const html = page().replace(
      "</article>",
      `<p>Jane Doe (jane@news.example) is the editor and publisher of Example News.</p></article>`,
    );
    const a = article(html);
    expect(a.textContent).not.toContain("editor and publisher");
    expect(a.textContent).toContain("groundwater levels");
  });
});
