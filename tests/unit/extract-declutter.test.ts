import { describe, expect, it } from "vitest";
import { Readability } from "@mozilla/readability";
import { article, doc, page, expectRemoved, PROSE } from "./extract-helpers";
import { isRailLabel } from "../../src/extract/clutter-words";

const headlines = (n: number) =>
  `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">Other headline number ${i} about something</a></li>`).join("")}</ul>`;

const LONG_COMMENT =
  "I have lived in this town for forty years and the pipes on our street have burst three times since the spring, each time flooding the cellar of the house next door, and nobody from the council ever came.";

describe("isRailLabel", () => {
  it.each([
    "Most read in Celebrity",
    "Most popular on Example News",
    "Related Recipes",
    "Related videos",
    "Read more on",
    "Latest",
    "La sélection de la rédac",
    "Notre sélection vidéo",
    "Beliebte Inhalte & Beiträge",
    "What to watch next",
    "Watch next",
    "Articles liés",
    "Sur le même thème",
  ])("reads %s as a rail's title", (label) => expect(isRailLabel(label)).toBe(true));
  it.each([
    "Most read in 2024 was a story about water",
    "Related by marriage to the mayor, she said",
    "Notre sélection",
    "Latest figures show 40 towns lost water",
  ])("not %s", (text) => expect(isRailLabel(text)).toBe(false));
});

describe("a share button laid over the story's picture", () => {
  const figure = (linkText: string) =>
    `<figure><span><picture><img src="https://news.example/i/lead.jpg" alt="A lightbulb"></picture></span><span class="overlay"><a href="https://www.pinterest.com/pin/create/button/?url=https%3A%2F%2Fnews.example%2Fa&amp;media=x"><span>${linkText}</span></a></span><figcaption>A new study looks at the moment of insight.</figcaption></figure>`;

  it("goes; the picture and its caption stay", () => {
    const story = article(page({ inside: figure("Share on Pinterest") }));
    expect(story.textContent).not.toContain("Share on Pinterest");
    expect(story.content).not.toContain("pinterest.com");
    expect(story.content).toContain("lead.jpg");
    expect(story.content).toContain("moment of insight");
  });

  it("stays when it holds more than a button's words (a quote to share)", () => {
    const quote = "Water is the one thing no town can afford to lose, the minister said";
    expect(article(page({ inside: figure(quote) })).content).toContain(quote);
  });
});

describe("a row of share buttons no class names", () => {
  const row = (whatsapp: string) =>
    `<center><a class="baixar" href="${whatsapp}">Whatsapp</a> <a class="baixar" href="https://www.facebook.com/sharer/sharer.php?u=https://news.example/a">Facebook</a> ` +
    `<a class="baixar" href="javascript:%20void(0);" onclick="window.open('http://pinterest.com/pin/create/button/?url=https://news.example/a','w')">Pint</a> ` +
    `<a class="baixar" href="https://news.example/i/lead.jpg" download>Baixar</a></center>`;

  it("goes whole, told by its links to share forms (a messenger's scheme, a script's window among them)", () => {
    const text = article(page({ inside: row("whatsapp://send?text=Water%20plan") })).textContent;
    expect(text).not.toMatch(/Whatsapp|Facebook|Pint|Baixar/);
    expect(text).toContain("water management plan");
  });

  it("leaves a quote offered for sharing, without its button's words", () => {
    const quote = "Increasing your visibility gradually lets you grow into your role with much less stress.";
    const inside = `<p>${PROSE[0]}</p><a href="https://twitter.com/intent/tweet?text=Increasing"><span class="ctt"><span class="ctt-text">${quote}</span><span class="ctt-btn">Click To Tweet<i class="icon"></i></span></span></a><p>Everyone's list will be different, and the first steps are the hardest to take.</p>`;
    const text = article(page({ inside })).textContent;
    expect(text).toContain(quote);
    expect(text).not.toContain("Click To Tweet");
    // The same words in a sentence linked to the form are the story's.
    const form = "https://twitter.com/intent/tweet?text=x";
    for (const told of [
      `Readers were <a href="${form}">asked to <b>share</b> the plan with their towns and their councils</a> on Monday.`,
      `Readers of the plan were asked by the ministry <a href="${form}">to tell their towns, their mayors and their councils and to <b>share</b></a> it.`,
    ])
      expect(article(page({ inside: `<p>${PROSE[0]} ${told}</p>` })).textContent).toContain(
        told.replace(/<[^>]+>/g, ""),
      );
  });

  it("stays as a line of the story with one share link among its words", () => {
    const inside = `<p>The minister <a href="https://www.facebook.com/sharer/sharer.php?u=x">shared the plan</a> with <a href="/towns">the towns</a> on Monday.</p>`;
    expect(article(page({ inside })).textContent).toContain(
      "The minister shared the plan with the towns on Monday.",
    );
  });
});

describe("a video player's playlist", () => {
  // A news portal's player under the story's video: "What to watch next" over linked clips, each
  // with its picture, title and provider.
  const clip = (i: number) =>
    `<li><a title="Clip ${i}" href="https://portal.example/news/clip-${i}/vi-${i}"><img alt="Clip ${i}" src="https://portal.example/i/${i}.jpg" width="170" height="96"><p class="title">Forecast clip number ${i} for the weekend</p><span class="provider"><span class="sourcetitle">Example Online</span></span></a></li>`;
  const player = `<div class="video-player"><div class="playlist-container"><div class="playlist-title"> What to watch next </div><ul class="playlist">${[1, 2, 3, 4].map(clip).join("")}</ul></div></div>`;

  it("goes with its title; the story stays", () => {
    const text = article(page().replace("</p>", `</p>${player}`)).textContent;
    expect(text).not.toContain("What to watch next");
    expect(text).not.toContain("Forecast clip");
    expect(text).not.toContain("Example Online");
    expect(text).toContain("groundwater levels");
  });
});

describe("a rail's title nested in its header's wrappers", () => {
  // A carousel of cards amid the story (The Sun's "Most read in Celebrity"): the cards go by their
  // shape, the title by its words ("Most read in …", not only "Most read").
  const card = (i: number) =>
    `<div><a href="/showbiz/2460853${i}/story-${i}/"><span><div class="rail-article-item"><picture><img alt="Other headline number ${i}" loading="lazy" src="https://news.example/i/${i}.jpg?w=300"/></picture><div><div><span class="kicker">KICKER ${i} </span><h3>Other headline number ${i} about something</h3></div></div></div></span></a></div>`;
  const rail = `<div class="rail--classic rail-component"><div class="tooltip"></div><div class="rail-body-container"><div></div><div><div><section><h2>Most read in Celebrity</h2></section></div></div><div></div><div><div class="swiper-wrapper rail-content">${[0, 1, 2, 3].map(card).join("")}</div></div></div></div>`;

  it("goes with the cards", () => {
    const story = PROSE.map((p) => `<p>${p}</p>`);
    const html = `<!DOCTYPE html><html lang="en"><head><title>Parliament approves water plan</title></head><body><article><h1>Parliament approves water plan</h1>${story.slice(0, 2).join("")}${rail}${story.slice(2).join("")}</article></body></html>`;
    const text = article(html).textContent;
    expect(text).not.toContain("Most read");
    expect(text).not.toContain("Other headline");
    for (const p of PROSE) expect(text).toContain(p);
  });
});

describe("a rail label's word in a sentence", () => {
  it("is the sentence's word, set in bold: the word and its paragraph stay", () => {
    for (const told of [
      `The council said the plan would <b>share</b> the costs with the towns, and the vote was close.`,
      `<strong>Popular</strong> wisdom in the valley holds that the wells never run dry in a wet year.`,
      `<span>Comments</span> from residents at the hearing were mostly about the price of the new pipes.`,
      `The mayor said the new scheme for the pipes in the old town had proved <strong>popular</strong>.`,
      `Die Stadt will ihre <b>Kommentare</b> Mitte Mai veröffentlichen, wie die Sprecherin mitteilte.`,
    ])
      expect(article(page({ inside: `<p>${PROSE[0]}</p><p>${told}</p>` })).textContent).toContain(
        told.replace(/<[^>]+>/g, ""),
      );
  });

  it("still titles what follows it on a line of its own, before a link or a colon", () => {
    const promo = `<p>${PROSE[1]} <strong>Lesen Sie auch</strong> <a href="/other">Dürre im Süden</a></p>`;
    const note = `<p><strong>Comments</strong>: none were sent in before the deadline passed on Friday.</p>`;
    const text = article(page({ inside: `<p>${PROSE[0]}</p>${promo}${note}` })).textContent;
    expect(text).not.toContain("Lesen Sie auch");
    expect(text).not.toContain("Dürre");
    expect(text).not.toContain("deadline");
    expect(text).toContain(PROSE[1]);
  });
});

describe("a rail label's word in a linked sentence", () => {
  it("is the sentence's word, set in bold: the link stays", () => {
    for (const told of [
      `Readers were <a href="/towns">asked to <b>share</b> the plan with their towns</a> on Monday.`,
      `The mayors <a href="/mayors">said they would <strong>Explore</strong> every option</a> this year.`,
    ])
      expect(article(page({ inside: `<p>${PROSE[0]} ${told}</p>` })).textContent).toContain(
        told.replace(/<[^>]+>/g, ""),
      );
  });

  it("still titles a teaser whose link opens with it, or a card whose link closes with it", () => {
    const teaser = `<p><a href="/other-story"><b>Read more:</b> Drought hits the southern valleys</a></p>`;
    const card = `<p> <figure class="layout-small"><img src="https://news.example/incoming/rain-returns/BASE_LANDSCAPE/Rain" alt="Rain returns to the northern valleys" class="img-responsive"><figcaption><a href="https://news.example/national/rain-returns-5287260"><h5 align="left">Rain returns to the northern valleys after months</h5><span><i class="fa fa-arrow-right" aria-hidden="true"></i>&nbsp;Read more</span></a></figcaption></figure> </p>`;
    const story = article(page({ inside: `<p>${PROSE[0]}</p>${teaser}<p>${PROSE[1]}</p>${card}` }));
    expect(story.textContent).not.toContain("Drought hits");
    // (A caption is no running text: the card's link and picture are looked for in the content.)
    expect(story.content).not.toContain("rain-returns");
  });
});

describe("declutter", () => {
  it("reads the standard story through Readability's first pass, as a real page is read", () => {
    const kept = new Readability(doc(page())).parse()?.textContent ?? "";
    expect(kept.trim().length).toBeGreaterThanOrEqual(500);
  });

  it.each([
    ["nav", `<nav><a href="/">Home</a> <a href="/world">World desk</a></nav>`, "World desk"],
    ["site header", `<header><a href="/">Site logo text</a></header>`, "Site logo text"],
    ["site footer", "", "Contact us"],
    ["aside", "", "Sidebar promo"],
    ["Explore rail", `<section><h2>Explore</h2>${headlines(4)}</section>`, "Other headline number 2"],
    ["More from rail", `<div><h3>More from Politics</h3>${headlines(3)}</div>`, "Other headline number 1"],
    ["Most read rail", `<div><h4>Most read</h4>${headlines(5)}</div>`, "Other headline number 4"],
    ["German rail", `<div><h3>Das könnte Sie auch interessieren</h3>${headlines(3)}</div>`, "Other headline"],
    ["French rail", `<div><h3>À lire aussi</h3>${headlines(3)}</div>`, "Other headline"],
    ["Turkish rail", `<div><h3>İlgili Haberler</h3>${headlines(3)}</div>`, "Other headline"],
    [
      "German editors' picks",
      `<div><h3>Empfehlung der Redaktion</h3>${headlines(3)}</div>`,
      "Other headline",
    ],
    [
      "newsletter box",
      `<div class="newsletter-signup"><p>Get our daily briefing.</p></div>`,
      "daily briefing",
    ],
    [
      "feedback banner",
      `<div><p>Sneak a peek at our new site. <a href="/f">Share your feedback!</a></p></div>`,
      "Sneak a peek",
    ],
    [
      "cookie banner",
      `<div><p>We use cookies to improve your experience.</p><button>Accept all</button></div>`,
      "We use cookies",
    ],
    ["share bar", `<div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a></div>`, "Facebook"],
    ["comments", `<div id="comments"><p>Great article, thanks!</p></div>`, "Great article"],
    // Comment sections under headings that only say so, holding more prose than a short story.
    [
      "replies under '4 replies'",
      `<section><h2>4 replies</h2><ol>${"<li><b>reader</b><p>COMMENT</p><a href='#r'>Reply</a></li>".repeat(4)}</ol></section>`.replaceAll(
        "COMMENT",
        LONG_COMMENT,
      ),
      "forty years",
    ],
    [
      "German 'Leserkommentare (4)'",
      `<div><h3>Leserkommentare (4)</h3>${"<div><strong>Leser</strong> schrieb:<p>COMMENT</p></div>".repeat(4)}</div>`.replaceAll(
        "COMMENT",
        LONG_COMMENT,
      ),
      "forty years",
    ],
    [
      "WordPress's '2 thoughts on “…”'",
      `<div><h2>2 thoughts on “Parliament approves water plan”</h2>${"<div><cite>reader</cite><p>COMMENT</p></div>".repeat(2)}</div>`.replaceAll(
        "COMMENT",
        LONG_COMMENT,
      ),
      "forty years",
    ],
    [
      "tags",
      `<ul class="article-tags"><li><a href="/t/water">Water</a></li><li><a href="/t/farming">Farming</a></li></ul>`,
      "Farming",
    ],
  ])("removes %s", (_, after, leak) => {
    const footer = `<footer><a href="/contact">Contact us</a></footer><aside><p>Sidebar promo</p></aside>`;
    const a = article(page({ after: after + footer }));
    expect(a.textContent).not.toContain(leak);
    expect(a.textContent).toContain("water management plan");
  });

  it.each([
    ["de", "Empfehlung der Redaktion"],
    ["de", "Heute empfehlen wir"],
    ["fi", "Lue myös"],
    ["ru", "Читайте также"],
    ["nl", "Lees ook"],
    ["sv", "Läs också"],
    ["de", "Vorschau auf den nächsten Artikel"],
    ["en", "Next post"],
    ["de", "Empfehlungen aus dem Garten-Shop"],
    ["de", "Auch auf gofeminin.de"],
    ["ja", "関連記事"],
    ["ja", "あわせて読みたい"],
    ["zh", "相关阅读"],
    ["zh-TW", "延伸閱讀："],
    ["ko", "관련기사"],
    ["ko", "많이 본 뉴스"],
    ["ar", "اقرأ أيضاً"],
    ["ar", "الأكثر قراءة"],
    ["fa", "بیشتر بخوانید"],
    ["fa", "پربازدیدترین‌ها"],
    ["hu", "Kapcsolódó cikkek"],
    ["hu", "Ezek is érdekelhetnek"],
    ["da", "Læs også"],
    ["no", "Mest lest"],
    ["cs", "Čtěte také"],
    ["uk", "Читайте також"],
    ["bg", "Още по темата"],
    ["id", "Baca juga"],
    ["vi", "Tin liên quan"],
    ["he", "כתבות נוספות"],
    ["tr", "En çok okunanlar"],
    ["hr", "Najčitanije"],
    ["sw", "Habari zaidi"],
    ["de", "3 Kommentare"],
    ["nl", "Reacties"],
    ["ru", "Комментарии"],
    ["ko", "댓글"],
  ])(
    "removes a box titled as a rail (further reading, comments) in the story's flow (%s: %s)",
    (lang, label) => {
      const inside = `<div><h3>${label}</h3><p>Ein Teaser: <a href="/x">Wasser für alle</a> und ein Bild.</p></div>`;
      const a = article(page({ lang, inside }));
      expect(a.textContent).not.toContain("Wasser für alle");
      expect(a.textContent).toContain("groundwater levels");
    },
  );

  it.each([
    ["en", "Latest news"],
    ["fr", "Nos derniers articles"],
    ["it", "Articoli correlati"],
    ["nl", "Meest gelezen"],
    ["cs", "Mohlo by vás zajímat"],
    ["ro", "Cele mai citite"],
    ["sv", "Mest läst"],
    ["fi", "Luetuimmat"],
    ["ru", "Самое читаемое"],
    ["el", "Σχετικά άρθρα"],
    ["th", "ข่าวที่เกี่ยวข้อง"],
    ["hi", "संबंधित खबरें"],
    ["sl", "Sorodni članki"],
    ["lt", "Susiję straipsniai"],
    ["lv", "Saistītie raksti"],
    ["et", "Loe ka"],
  ])("removes a rail's label pointing to one other story in the story's flow (%s: %s)", (lang, label) => {
    const inside = `<p><strong>${label}:</strong> <a href="/news/other">Another headline of the site</a></p>`;
    const a = article(page({ lang, inside }));
    expect(a.textContent).not.toContain("Another headline");
    expect(a.textContent).not.toContain(label);
    expect(a.textContent).toContain("groundwater levels");
  });

  it("keeps a person's recommendations and a sentence about another site", () => {
    const inside =
      `<div><h3>Empfehlungen von Dennis:</h3><p>Ein Roboter für Kinder, der mit ihnen spielt.</p></div>` +
      `<p>Mehr bei example.de: the regional paper printed the full list of towns in the plan on its front page.</p>`;
    const text = article(page({ lang: "de", inside })).textContent;
    expect(text).toContain("Ein Roboter für Kinder");
    expect(text).toContain("printed the full list of towns");
  });

  it("removes an inline 'Lesen Sie auch' promo but keeps the paragraphs around it", () => {
    const a = article(
      page({
        lang: "de",
        inside: `<p><strong>Lesen Sie auch:</strong> <a href="/x">Ein anderer Artikel</a></p>`,
      }),
    );
    expect(a.textContent).not.toContain("Ein anderer Artikel");
    expect(a.textContent).toContain("groundwater levels");
  });

  it.each([
    ["de", "Mehr lesen:"],
    ["de", "Lesen Sie hier:"],
    ["de", "Lesetipp:"],
    ["es", "También puede leer:"],
    ["es", "Lea más:"],
  ])("removes an inline promo led in (%s) by '%s'", (lang, label) => {
    const inside = `<p>${label} <a href="/x">Ein anderer Artikel über etwas anderes</a></p>`;
    const a = article(page({ lang, inside }));
    expect(a.textContent).not.toContain("Ein anderer Artikel");
    expect(a.textContent).toContain("groundwater levels");
  });

  const capsule = `<span class="capsule"><span>À LIRE AUSSI</span> <strong><a href="/x">Sécheresse : les nappes au plus bas</a></strong></span>`;
  it.each([
    [
      "between its sentences",
      capsule,
      "The vote was put off until the engineers have reported on the costs of each well.",
    ],
    ["at its end", capsule, ""],
    [
      "a bold label's box",
      `<span class="related"><b>LEIA TAMBÉM</b> <a href="/x">Sécheresse : les nappes au plus bas</a></span>`,
      "The vote was put off.",
    ],
  ])("removes a teaser run into a paragraph (%s) but keeps the paragraph", (_place, teaser, after) => {
    const inside =
      `<p>The council met on Tuesday to vote on the plan for the new wells in the north of the county. ` +
      `${teaser}${after}</p>`;
    const text = article(page({ lang: "fr", inside })).textContent;
    expect(text).not.toContain("les nappes au plus bas");
    expect(text).toContain("new wells in the north of the county.");
    expect(text).toContain(after);
  });

  it.each([
    [
      "a bold label holding its link",
      `<strong>Read more: <a href="/x">Sécheresse : les nappes au plus bas</a></strong>`,
    ],
    ["a label beside its link", `<b>Czytaj także:</b> <a href="/x">Sécheresse : les nappes au plus bas</a>`],
  ])("removes a teaser run into a paragraph (%s), keeps the sentences around it", (_shape, teaser) => {
    const inside =
      `<p>The council met on Tuesday to vote on the plan for the new wells in the north of the county. ${teaser} ` +
      `The vote was put off until the engineers have reported on the costs of each well and of the pipes.</p>`;
    const text = article(page({ inside })).textContent;
    expect(text).not.toContain("les nappes au plus bas");
    expect(text).not.toMatch(/Read more|Czytaj/);
    expect(text).toContain("new wells in the north of the county. The vote was put off");
  });

  it("keeps a sentence's bold words that only start like a teaser's label", () => {
    const inside =
      `<p>The council met on Tuesday. <strong>Related: the vote</strong> on the <a href="/wells">new wells</a> was put off ` +
      `until the engineers have reported on the costs of each well and of the pipes to the houses.</p>`;
    const text = article(page({ inside })).textContent;
    expect(text).toContain("Related: the vote on the new wells was put off");
  });

  it.each([
    ["id", "<strong>Baca juga:</strong>"],
    ["ar", "اقرأ أيضا:"],
    ["fa", "بیشتر بخوانید:"],
    ["ja", "関連記事："],
    ["vi", "Xem thêm:"],
    ["da", "Læs også:"],
    ["he", "קראו עוד:"],
    ["tr", "<b>İlgili Haberler:</b>"],
    ["hu", "Olvassa el:"],
    ["hr", "Pročitajte i:"],
    ["sw", "Soma pia:"],
    ["tr", "<strong>İlginizi çekebilir:</strong>"],
    ["hu", "Olvasd el ezt is:"],
    ["sr", "Прочитајте још:"],
    ["lt", "Taip pat skaitykite:"],
    ["ca", "Llegeix també:"],
  ])("removes an inline further-reading promo (%s: %s)", (lang, lead) => {
    const a = article(page({ lang, inside: `<p>${lead} <a href="/x">Wasser für alle in der Stadt</a></p>` }));
    expect(a.textContent).not.toContain("Wasser für alle");
    expect(a.textContent).toContain("groundwater levels");
  });

  it("keeps a part of the story headed 'Responses' or 'Antworten': replies head a comment section only counted", () => {
    for (const heading of ["Responses", "Replies", "Antworten"]) {
      const inside = `<section><h2>${heading}</h2><p>The opposition and the farmers' union responded within the hour, each in a statement of its own on the plan's budget.</p></section>`;
      expect(article(page({ inside })).textContent).toContain("responded within the hour");
    }
  });

  it("keeps a checklist in the story: choices with no button to send them are no poll", () => {
    const inside = `<ul><li><input type="checkbox" disabled> Check the meter for leaks every month</li><li><input type="checkbox" disabled> Report a burst pipe to the town</li></ul>`;
    expect(article(page({ inside })).textContent).toContain("Check the meter for leaks");
  });

  it("keeps a sentence that opens with the same words as a promo", () => {
    const inside = `<p>Baca juga laporan lengkap tentang rencana air ini di halaman berikut, kata <a href="/x">juru bicara</a> dewan kota kepada wartawan hari Kamis.</p>`;
    expect(article(page({ lang: "id", inside })).textContent).toContain("Baca juga laporan lengkap");
    const swahili = `<p>Soma pia ripoti kamili ya bunge kuhusu mpango wa maji, ambayo inaeleza <a href="/x">gharama</a> na muda wa kazi hiyo.</p>`;
    expect(article(page({ lang: "sw", inside: swahili })).textContent).toContain("Soma pia ripoti kamili");
  });

  it.each([
    [
      "it",
      "Iscriviti alla newsletter del comune, ha detto il sindaco, e riceverai ogni settimana le notizie sui lavori nella tua via.",
    ],
    [
      "fr",
      "Abonnez-vous à notre newsletter, a lancé le maire aux habitants, qui ont ri avant de poser leurs questions sur les travaux.",
    ],
    [
      "de",
      "Melden Sie sich für unseren Newsletter an, sagte der Bürgermeister lachend, bevor er die Fragen der Anwohner beantwortete.",
    ],
    [
      "en",
      "Follow us on Twitter, the protesters chanted outside the ministry, as police officers watched from behind the barriers.",
    ],
    [
      "en",
      "Sign up now, the recruiter told the young men gathered in the square, promising wages no factory in the valley could match.",
    ],
  ])("keeps a story's sentence quoting a pitch, with who said it (%s)", (lang, sentence) => {
    const a = article(page({ lang, inside: `<p>${sentence}</p>` }));
    expect(a.textContent).toContain(sentence.slice(0, 40));
  });

  it("still removes the pitch when no one is reported saying it", () => {
    for (const pitch of [
      "Iscriviti alla newsletter, ogni settimana le notizie della tua città.",
      "Sign up now, it's free and takes a minute.",
    ])
      expect(article(page({ inside: `<p>${pitch}</p>` })).textContent).not.toContain(pitch.slice(0, 20));
  });

  it("keeps an article paragraph that talks about cookies", () => {
    const inside = `<p>Regulators said websites must ask before they set cookies, and that a banner with "accept all cookies" must also offer a clear way to refuse.</p>`;
    expect(article(page({ inside })).textContent).toContain("must ask before they set cookies");
  });

  it("keeps the article when its container has a clutter-like class", () => {
    const html = page().replace("<article>", `<article class="story share-enabled has-comments">`);
    expect(article(html).textContent).toContain("Opposition members said");
  });
});

describe("article edges", () => {
  it("drops the date and byline lines above the first paragraph, keeps a sentence starting 'By 2030'", () => {
    const a = article(
      page({
        inside: `<div>PUBLISHED: 10:48, Tue, Nov 19, 2019</div><p>By Jane Doe</p><p>By 2030 the reservoirs will be full.</p>`,
      }),
    );
    expect(a.textContent).not.toContain("PUBLISHED");
    expect(a.textContent).not.toContain("By Jane Doe");
    expect(a.textContent).toContain("By 2030 the reservoirs");
  });

  it("drops a legal line left at the end of the article", () => {
    const a = article(
      page({ inside: "" }).replace(
        "</article>",
        "<p>© 2025 Example Media Ltd. All rights reserved.</p></article>",
      ),
    );
    expect(a.textContent).not.toContain("All rights reserved");
    expect(a.textContent).toContain("groundwater levels");
  });

  it.each([
    ["a credit opening the line", "© Reuters"],
    ["a label before the mark", "Rubriklistenbild: © KCNA/dpa"],
    ["a dated mark inside", "The contents of this site are ©2019 Example Publishing Corp."],
    ["the word and the holder", "Copyright by Jane Doe"],
    ["the word and a label", "Copyright: Example Media"],
  ])("drops a copyright line left at the end of the article (%s)", (_, line) => {
    const a = article(page({ inside: "" }).replace("</article>", `<p>${line}</p></article>`));
    expect(a.textContent).not.toContain(line);
    expect(a.textContent).toContain("groundwater levels");
  });

  it.each([
    ["News date : 04/21/2022 Category : Press Releases"],
    ["Posted on: March 21, 2025 | Tags: water, farming"],
    ["Aktualisiert am: 21.03.2025 · Kategorie: Lokales"],
  ])("drops a post's record line closing the article (%s)", (line) => {
    const a = article(page({ inside: "" }).replace("</article>", `<p>${line}</p></article>`));
    expect(a.textContent).not.toContain(line);
    expect(a.textContent).toContain("groundwater levels");
  });

  it("keeps a closing line of the story's facts with one label", () => {
    const line = "Date: Friday, March 28, at 7 p.m. in the town hall; entry is free.";
    const a = article(page({ inside: "" }).replace("</article>", `<p>${line}</p></article>`));
    expect(a.textContent).toContain(line);
  });

  it.each([
    ["the word in a sentence", "The publisher said it would answer the copyright claim in court next month."],
    [
      "a joke mark",
      "This isn’t supposed to be a manifesto™© we just think it’s cool to share what we learned.",
    ],
    [
      "a wire's mark opening the story's last paragraph",
      "© Reuters 2025. The minister said the talks would continue next week, and that a deal could come by June.",
    ],
    [
      "the word opening the story's sentence",
      "Copyright of the maps belongs to the surveyors, who drew them in 1950.",
    ],
  ])("keeps a closing story paragraph that speaks of copyright (%s)", (_, line) => {
    const a = article(page({ inside: "" }).replace("</article>", `<p>${line}</p></article>`));
    expect(a.textContent).toContain(line);
  });

  it.each([
    ["it", "RIPRODUZIONE RISERVATA"],
    ["pl", "Wszelkie prawa zastrzeżone."],
    ["ru", "Все права защищены."],
    ["tr", "Tüm hakları saklıdır."],
    ["nl", "Alle rechten voorbehouden."],
  ])("drops a legal line without © left at the end of the article (%s)", (lang, line) => {
    const a = article(page({ lang }).replace("</article>", `<p>${line}</p></article>`));
    expect(a.textContent).not.toContain(line);
    expect(a.textContent).toContain("groundwater levels");
  });

  it("drops a 'You may also like...' rail and a 'DON'T MISS' list", () => {
    const a = article(
      page({
        after: `<div><h3>You may also like...</h3>${headlines(4)}</div><div><strong>DON'T MISS</strong>${headlines(3)}</div>`,
      }),
    );
    expect(a.textContent).not.toContain("You may also like");
    expect(a.textContent).not.toContain("Other headline number");
  });
});

describe("furniture, inline promos and closing notes", () => {
  it.each([
    [
      "a gallery counter and credit",
      `<div><span>Image 1 of 5</span><span>Photo: Jane Roe, AP</span></div>`,
      "Image 1 of 5",
    ],
    ["an ad label", `<div class="slot"><p>Advertisement</p></div>`, "Advertisement"],
    [
      "a dialog whose name runs the word in ('makehomepagedialog')",
      `<div id="makehomepagedialog"><button>Close</button><h2>Make Example my homepage</h2><ul><li>On the toolbar, click Preferences.</li><li>In the Preferences window, select General.</li></ul></div>`,
      "select General",
    ],
    ["a lone feedback link", `<p><a href="/feedback">Feedback</a></p>`, "Feedback"],
    ["a news banner's label", `<div><span>BREAKING NEWS</span></div>`, "BREAKING"],
    [
      "a view counter",
      `<div class="info"><div><span>3.409</span></div><span> letture</span></div>`,
      "letture",
    ],
    [
      "an affiliate disclosure",
      `<p>Example may earn an Affiliate Commission if you purchase something through recommended links in this article.</p>`,
      "Affiliate Commission",
    ],
    [
      "a subscription inset between paragraphs",
      `<div class="inset"><a href="https://subscribe.example/">Subscribe</a> to WIRED and stay smart with more of your favorite <a href="/ideas">Ideas</a> writers.</div>`,
      "stay smart",
    ],
    [
      "a rail's label in the story's flow and its list of half-linked teasers",
      `<hr><div class="heading-h3">More Great Example Stories</div><ul>` +
        `<li>Drone batteries get <a href="/s/1">a teensy jet engine</a></li>` +
        `<li>📱 Torn between phones? Check out our <a href="/s/2">buying guide</a> and favorite Android phones</li></ul>`,
      "teensy jet engine",
    ],
    [
      "an ad box whose title is marked '(Anzeige)', with its advertiser's logo",
      `<div class="box"><div><a href="https://broker.example/?partner=news"><img src="https://news.example/i/broker-logo.png" width="160" height="42"></a></div>` +
        `<div><div class="hl">Broker: Der Langzeit-Rendite-Testsieger (Anzeige)</div><p>Noch nie war es so einfach, an der Börse zu investieren!</p>` +
        `<a href="https://broker.example/?partner=news">Jetzt smart investieren</a></div></div>`,
      "Testsieger",
    ],
    ["a Portuguese ad label", `<div><p><span>- Anúncio -</span></p></div>`, "Anúncio"],
    ["a German ad label over its ads", `<p> <span>Anzeigen</span></p>`, "Anzeigen"],
    ["a label of sponsored links", `<div><p>sponsored links</p></div>`, "sponsored"],
    ["a teaser's pointer to the whole story", `<p> LEER ARTICULO COMPLETO </p>`, "ARTICULO"],
    ["a theme's skip link", `<p><a href="#">Page load link</a></p>`, "Page load"],
    [
      "a download of the page as a file",
      `<div><p>Dieses Skript als PDF herunterladen</p><div><p><img src="https://news.example/i/podcast.jpg" alt="The podcast's host"></p></div></div>`,
      "herunterladen",
    ],
    ["a gallery's count of photos", `<div><span>+80PHOTOS</span></div>`, "PHOTOS"],
    [
      "a gallery's link with its count",
      `<dl><dd><a href="/item/show/638021"><span>Bildergalerie 6 Bilder</span></a></dd></dl>`,
      "Bildergalerie",
    ],
    ["a Spanish audio player's label", `<div><p> ESCUCHA LA NOTICIA </p></div>`, "ESCUCHA"],
    ["a call to comment", `<p><span> Diesen Artikel kommentieren </span><br></p>`, "kommentieren"],
    [
      "a server's warnings printed between the story's lines",
      `<p>The plan was announced on Monday.<br><br><b>Strict Standards</b>: Non-static method nggGallery::get_option() should not be called statically in <b>/www/htdocs/wp-content/plugins/nextgen-gallery/nggfunctions.php</b> on line <b>813</b><br><br><b>Warning</b>: Cannot modify header information in <b>/www/htdocs/wp-includes/pluggable.php</b> on line <b>1210</b></p>`,
      "on line",
    ],
    ["a Polish ad label", `<div class="slot"><p>REKLAMA</p></div>`, "REKLAMA"],
    ["a Japanese ad label", `<div><span>広告</span></div>`, "広告"],
    ["an Arabic ad label", `<div><span>إعلان</span></div>`, "إعلان"],
    ["a Czech ad label", `<div><span>Inzerce</span></div>`, "Inzerce"],
    ["a Croatian ad label", `<div><p>Oglas</p></div>`, "Oglas"],
    ["a Romanian ad label", `<div><span>PUBLICITATE</span></div>`, "PUBLICITATE"],
    ["a Greek ad label", `<div><span>Διαφήμιση</span></div>`, "Διαφήμιση"],
    ["a Thai ad label", `<div><span>โฆษณา</span></div>`, "โฆษณา"],
    [
      "a Dutch cookie notice",
      `<div><p>Wij gebruiken cookies om onze website te verbeteren.</p><a href="/ok">Akkoord</a></div>`,
      "gebruiken cookies",
    ],
    [
      "a Polish cookie notice",
      `<div><p>Używamy plików cookie, aby ulepszyć działanie serwisu.</p></div>`,
      "plików cookie",
    ],
    [
      "a Russian cookie notice",
      `<div><p>Мы используем файлы cookie для улучшения работы сайта.</p></div>`,
      "файлы cookie",
    ],
    ["a Turkish cookie notice", `<div><p>Sitemizde çerezler kullanılmaktadır.</p></div>`, "çerezler"],
    ["a Japanese cookie notice", `<div><p>当サイトではクッキーを使用しています。</p></div>`, "クッキー"],
    ["a German 'load more' button", `<div><a href="#">Lade weitere Inhalte ...</a></div>`, "Lade weitere"],
    ["a rating prompt", `<p>Valora esta noticia</p>`, "Valora esta"],
    [
      "a rating widget's line with its score",
      `<p class="rating">Rate this article: ★★★★☆ (4.2 / 5, 87 votes)</p>`,
      "Rate this",
    ],
    [
      "a German 'was it helpful' question",
      `<div><p>War dieser Artikel hilfreich?</p><a href="#y">Ja</a> <a href="#n">Nein</a></div>`,
      "hilfreich",
    ],
    ["a French 'was it helpful' question", `<p>Cet article vous a-t-il été utile ?</p>`, "utile"],
    [
      "a poll a script runs, with no form",
      `<div class="poll"><p>Should towns pay for repairs?</p><label><input type="radio" name="q"> Yes</label><label><input type="radio" name="q"> No</label><button>Vote</button></div>`,
      "Should towns pay",
    ],
    [
      "a reader pitch between paragraphs",
      `<p>Artikel gefallen? Vergiss nicht zu teilen!</p>`,
      "Artikel gefallen",
    ],
    [
      "a rating widget with star images",
      `<div><img src="/s1.gif" alt=""><img src="/s2.gif" alt=""><img src="/s3.gif" alt=""><span>(Noch keine Bewertungen)</span></div>`,
      "Bewertungen",
    ],
    [
      "a broadcaster's 'available until' line in a description list",
      `<dl><dt class="desc-text">Video verfügbar bis 28.02.2026</dt></dl>`,
      "verfügbar bis",
    ],
    ["an English 'available until' line", `<p>Available until 12 March 2026, 21:00</p>`, "Available until"],
    ["a French 'available until' line", `<p>Disponible jusqu'à 21h ce soir</p>`, "Disponible jusqu"],
  ])("removes %s", expectRemoved);

  it("keeps a sentence saying until when something is available, and a glossary's terms", () => {
    const inside =
      `<p>The new vaccine will be available until the end of the year in every pharmacy of the region, the ministry said.</p>` +
      `<dl><dt>Groundwater</dt><dd>Water held underground in the soil or in rock.</dd></dl>`;
    const text = article(page({ inside })).textContent;
    expect(text).toContain("available until the end of the year");
    expect(text).toContain("Water held underground");
  });

  it("removes a paragraph that is one linked headline, keeps a short link-only line", () => {
    const inside = `<p><strong><a href="/other">SCIENTISTS FIND WATER ON A DISTANT MOON, REPORT SAYS</a></strong></p><p><a href="https://news.example">news.example</a></p>`;
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain("DISTANT MOON");
    expect(a.textContent).toContain("news.example");
  });

  it.each([
    ["pointers", `<p>&gt;&gt; <a href="/live">Hier geht es zum Liveblog</a></p>`, "Liveblog"],
    [
      "a 'Weiterlesen' label",
      `<p>Weiterlesen: <a href="/streit">Der Streit um das Wasser</a></p>`,
      "Der Streit",
    ],
  ])("removes a linked headline set off by %s", (_label, inside, leak) => {
    const a = article(page({ inside, lang: "de" }));
    expect(a.textContent).not.toContain(leak);
    expect(a.textContent).toContain("groundwater levels");
  });

  it("keeps a quoted sentence that links to its source", () => {
    const inside = `<p>“<a href="https://gov.example/speech">We will fix every pipe before the summer</a>,” the minister said.</p>`;
    expect(article(page({ inside })).textContent).toContain("We will fix every pipe");
  });

  it("removes a list whose every item is one link", () => {
    const inside = `<ul><li><a href="/a">Moon Rush: private lunar lander plans</a></li><li><a href="/b">Where commercial landers will land</a></li></ul>`;
    const text = article(page({ inside })).textContent;
    expect(text).not.toContain("Moon Rush");
    expect(text).not.toContain("Where commercial landers");
  });

  it.each([
    ["de", "Beliebte Artikel"],
    ["fr", "Dernières actualités"],
    ["es", "Lo más visto"],
  ])("removes a list of links with its title set in bold (%s: %j)", (lang, label) => {
    const rail = `<div><p><strong>${label}</strong></p><ol><li><a href="/a">Moon Rush: private lunar lander plans</a></li><li><a href="/b">Where commercial landers will land</a></li></ol></div>`;
    const text = article(page({ lang }).replace("<p>According to", `${rail}<p>According to`)).textContent;
    expect(text).not.toContain("Moon Rush");
    expect(text).not.toContain(label);
    expect(text).toContain("According to the environment ministry");
  });

  it("keeps a bold sentence above a list of links", () => {
    const inside = `<p><strong>The ministry published three reports this year.</strong></p><ul><li><a href="/a">Moon Rush: private lunar lander plans</a></li><li><a href="/b">Where commercial landers will land</a></li></ul>`;
    expect(article(page({ inside })).textContent).toContain("The ministry published three reports");
  });

  it("keeps a furniture word inside a sentence, not a label before the name it labels", () => {
    const inside =
      `<p>The vote was <em>close</em>, officials said after the count ended late on Sunday night in the capital.</p>` +
      `<p>The pumps were built by the regional water board over two summers, <span>Autor:</span> Gàbor Muniér wrote in the town's newsletter.</p>`;
    const text = article(page({ inside })).textContent;
    expect(text).toContain("The vote was close, officials said");
    expect(text).not.toContain("Autor:");
  });

  it("keeps a sentence that marks a product it names as an ad ('Shampoo (Werbung) auf meine Hand')", () => {
    const inside = `<p>Mich traf der Schlag, als das dunkelbraune <a href="https://shop.example/shampoo">Plantur 39 Shampoo</a> (Werbung) auf meine Handfläche lief.</p>`;
    expect(article(page({ inside })).textContent).toContain("Plantur 39 Shampoo (Werbung) auf meine");
  });

  it("reads a paragraph holding a picture line by line: a server's warning over the picture goes, the picture and the story's line stay", () => {
    const inside =
      `<p>The new pumps were installed in the spring, the council said.<br><br><b>Strict Standards</b>: Non-static method nggGallery::render() should not be called statically in <b>/www/htdocs/wp-content/plugins/nextgen-gallery/lib/core.php</b> on line <b>341</b><br>` +
      `<a href="https://news.example/i/pumps.jpg"><img src="https://news.example/i/pumps-300x300.jpg" alt="The pumps"></a></p>`;
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain("Strict Standards");
    expect(a.textContent).toContain("The new pumps were installed in the spring");
    expect(a.content).toContain("pumps-300x300.jpg");
  });

  it("keeps a PHP tutorial's warning shown as code, and a sentence quoting one", () => {
    const inside =
      `<pre>Warning: Division by zero in /var/www/html/index.php on line 3</pre>` +
      `<p>PHP then prints "Warning: Division by zero in /var/www/html/index.php on line 3" before the page, which the tutorial explains.</p>`;
    const text = article(page({ inside })).textContent;
    expect(text).toContain("Warning: Division by zero in /var/www/html/index.php on line 3\n");
    expect(text).toContain('PHP then prints "Warning: Division by zero');
  });

  it("keeps a sentence about agents' commissions", () => {
    const inside = `<p>Agents may earn a commission of 3% when buyers purchase through them, the report said.</p>`;
    expect(article(page({ inside })).textContent).toContain("Agents may earn a commission");
  });

  it("keeps a word inside a sentence whatever its class says", () => {
    const inside =
      `<p>"I prefer not to," he <a href="#" class="popup">respectfully</a> and slowly said, and the office ` +
      `on Wall Street went quiet for the rest of that long afternoon.</p>` +
      `<p><i>"<a href="#" class="popup">Prefer</a></i> not, eh?" gritted Nippers, and went back to his copying at the desk.</p>` +
      `<pre><code>p = Point(0, 1) <span class="hljs-comment"># we can read p.x and p.y</span></code></pre>`;
    const text = article(page({ inside })).textContent;
    expect(text).toContain("he respectfully and slowly said");
    expect(text).toContain('"Prefer not, eh?"');
    expect(text).toContain("# we can read p.x");
  });

  it("keeps a sentence that is wholly a script's link opening a note", () => {
    const inside =
      `<p>Bartleby moved not a limb.</p>` +
      `<p><a href="javascript:void(0);" onclick="return overlib('A note.')" class="popup">"Mr. Nippers," said I, "I'd prefer that you would withdraw for the present."</a></p>` +
      `<p> <a href="javascript:void(0);" class="popup">Ah Bartleby! Ah humanity</a>!</p>`;
    const text = article(page({ inside })).textContent;
    expect(text).toContain("I'd prefer that you would withdraw for the present.");
    expect(text).toContain("Ah Bartleby! Ah humanity!");
  });

  it("drops a popup's link that is no sentence, and a paragraph linking to another story", () => {
    const inside =
      `<p><a href="/newsletter" class="popup">Get our newsletter</a></p>` +
      `<p><a class="editorref" href="javascript:window.parent.view('onecms:fac4')">[[(Image2014v1) MIDEAST ISRAEL GAZA CONFLICT]]</a></p>` +
      `<p><a href="/2025/03/20/other-story">Farmers in the valley brace for another dry summer</a></p>`;
    const text = article(page({ inside })).textContent;
    expect(text).not.toContain("Get our newsletter");
    expect(text).not.toContain("MIDEAST");
    expect(text).not.toContain("Farmers in the valley brace");
  });

  it("keeps an outline under a 'See also' label: its items hold lists of their own", () => {
    const inside =
      `<h2>See also</h2><ul><li><a href="https://golem.example">Golem</a>, a global, open-source, decentralized computer anyone can use.</li>` +
      `<li>Learn what you need to know to write your own app with the library:<ul><li><a href="/guide/tasks">Task Model development</a></li>` +
      `<li><a href="/guide/services">Service Model development</a></li></ul></li></ul>`;
    expect(article(page({ inside })).textContent).toContain("decentralized computer anyone can use");
  });

  it("keeps a list of links under a list item that says what it holds", () => {
    const inside =
      `<ul><li>The lander team met its first milestone this week.</li><li>In progress:<ul>` +
      `<li><a href="/bug/1">Bug 1677080 – Fullscreen window loses its source</a></li>` +
      `<li><a href="/bug/2">Bug 1677107 – Count how often two windows play</a></li></ul></li></ul>`;
    expect(article(page({ inside })).textContent).toContain("Bug 1677080");
  });

  it("removes a list of the site's headlines with the label that titled it, keeps other sites' titles", () => {
    const inside =
      `<p><strong>Siehe auch:</strong></p><ul><li><a href="/news/1">Budget cuts make the space telescope too dear</a></li>` +
      `<li><a href="https://news.example/news/2">Moon lander plans move ahead with a new contract</a></li></ul>` +
      `<ul><li><a href="https://shop.example/p/1">Flash drive with 16 gigabytes for 6 euros</a></li>` +
      `<li><a href="https://shop.example/p/2">Flash drive with 32 gigabytes for 9 euros</a></li></ul>`;
    const text = article(page({ inside })).textContent;
    expect(text).not.toContain("Siehe auch");
    expect(text).not.toContain("Moon lander plans");
    expect(text).toContain("Flash drive with 32 gigabytes");
  });

  it("keeps a list of links that has one item of plain text, however long the list", () => {
    const links = Array.from(
      { length: 40 },
      (_, i) => `<li><a href="/s${i}">Story number ${i} of the list</a></li>`,
    );
    const inside = `<ul>${links.join("")}<li>Plain item: the cargo lander carries four instruments</li></ul>`;
    const text = article(page({ inside })).textContent;
    expect(text).toContain("Story number 0 of the list");
    expect(text).toContain("cargo lander carries four instruments");
  });

  it("removes German and Spanish rail headings with their lists", () => {
    const a = article(
      page({
        after: `<div><h3>Das Thema könnte dich auch interessieren:</h3>${headlines(3)}</div><div><h4>Empfohlene Beiträge</h4>${headlines(2)}</div>`,
      }),
    );
    expect(a.textContent).not.toContain("Other headline");
  });

  it("drops closing notes after the story: how to reach the writer, newsletter pitches", () => {
    const html = page().replace(
      "</article>",
      `<p>Jane Doe is a reporter for Example News. Follow her on Twitter @janedoe.</p><p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p></article>`,
    );
    const a = article(html);
    expect(a.textContent).not.toContain("Follow her");
    expect(a.textContent).not.toContain("your inbox");
    expect(a.textContent).toContain("groundwater levels");
  });

  it("drops a closing subscription pitch with its promo code", () => {
    const pitch = `<p>Get access to the region's fastest growing subscription service for as little as $5 for the first year. Use the code "WATER". It offers all the information you need for planning your garden's water, including actionable ideas, independent research and insights and analysis. For more, check out the website or the app.</p>`;
    const a = article(page().replace("</article>", `${pitch}</article>`));
    expect(a.textContent).not.toContain("Use the code");
    expect(a.textContent).toContain("groundwater levels");
  });

  it.each([
    [
      "a CMS editor's inline image",
      `<div class="dnd-widget-wrapper type-image"><div class="image"><img src="https://cdn.example/bed.jpg" alt=""></div><div class="dnd-caption-wrapper">Even posh hotels might not wash a blanket</div></div>`,
    ],
    [
      "a page builder's image widget linking to its larger file",
      `<div class="elementor-widget elementor-widget-image"><a href="https://cdn.example/bed-large.jpg"><img src="https://cdn.example/bed.jpg" alt=""></a></div>`,
    ],
    [
      "an image widget in a page builder's container, which Readability weighs down by name",
      `<div class="elementor-widget elementor-widget-image"><div class="elementor-widget-container"><img src="https://cdn.example/bed.jpg" width="600" height="300" alt=""></div><div class="dnd-caption-wrapper">The reservoir in May</div></div>`,
    ],
  ])("keeps a picture set between the story's paragraphs as a widget: %s", (_, figure) => {
    const html = page().replace("</p>", `</p>${figure}`);
    const a = article(html);
    expect(a.content).toContain("bed.jpg");
    expect(a.textContent).toContain("groundwater levels");
  });

  it.each([
    [
      "a teaser",
      `<div class="widget"><a href="/2025/other-story"><img src="https://cdn.example/bed.jpg" alt=""></a> Other story</div>`,
    ],
    [
      "a login box",
      `<div class="widget"><img src="https://cdn.example/bed.jpg" alt=""><button>Login</button></div>`,
    ],
    ["an advertisement", `<div class="widget ad"><img src="https://cdn.example/bed.jpg" alt=""></div>`],
    ["an icon", `<div class="widget"><img src="https://cdn.example/bed.jpg" width="20" alt=""></div>`],
  ])("still takes a widget that is no figure: %s", (_, widget) => {
    const a = article(page().replace("</p>", `</p>${widget}`));
    expect(a.content).not.toContain("bed.jpg");
  });

  it("keeps a quote set as a widget between the story's paragraphs, not a widget of prices, a quote form or a pull quote", () => {
    const exchange =
      "«Do you know where to buy bitters in town?» I think so. Why? «Since we drank them in Portland, I keep them at home.»";
    const quote = `<div class="insert"><div class="widget quote longtext"><h6>${exchange}</h6></div></div>`;
    const ticker = `<div class="widget quote"><h6>DAX 15,234.12 +0.4% · EUR/USD 1.0841 −0.1% · Gold 1,934.50</h6></div>`;
    const form = `<div class="widget quote-request"><h6>Ask us for a quote on your new roof today</h6><form><input name="mail"><button>Send</button></form></div>`;
    const pull = `<div class="citation-widget"><p>${PROSE[2]}</p><p>Jane</p><p>Roe</p><p>Water expert</p></div>`;
    const a = article(page().replace("</p>", `</p>${quote}${ticker}${form}${pull}`));
    expect(a.textContent).toContain(exchange);
    expect(a.textContent.split(PROSE[2]!).length).toBe(2);
    expect(a.textContent).not.toContain("Water expert");
    expect(a.textContent).not.toContain("EUR/USD");
    expect(a.textContent).not.toContain("new roof");
    expect(a.textContent).toContain("groundwater levels");
  });

  it("keeps a photo inside its lightbox link, not the link's 'click to enlarge'; an ad's picture goes with its label", () => {
    const photo = `<div class="content-image"><a href="https://cdn.example/bed-large.jpg"><span class="enlarge">click to enlarge</span><img src="https://cdn.example/bed.jpg" alt="The chef" width="660" height="440"></a></div>`;
    const ad = `<div><a href="https://ads.example/c?1"><img src="https://ads.example/banner.jpg">- Anzeige-</a></div>`;
    const a = article(page().replace("</p>", `</p>${photo}${ad}`));
    expect(a.content).toContain("bed.jpg");
    expect(a.content).not.toContain("click to enlarge");
    expect(a.content).not.toContain("banner.jpg");
    expect(a.textContent).not.toContain("Anzeige");
  });

  it("trims past a closing teaser picture and empty paragraphs to the pitch and writer's note", () => {
    const html = page().replace(
      "</article>",
      `<p><a href="https://twitter.com/janedoe"><img src="https://pbs.example/jane.jpg" alt="Jane Doe"></a></p>` +
        `<p>Jane Doe is a freelance writer living in Minneapolis</p><div><p></p><h3>Want more stories like this?</h3><p></p></div>` +
        `<div><a href="https://other.example/2025/next-story"><img src="https://cdn.example/next.jpg" alt="Next story"></a></div></article>`,
    );
    const a = article(html);
    expect(a.textContent).not.toContain("Want more stories");
    expect(a.textContent).not.toContain("freelance writer");
    expect(a.content).not.toContain("next.jpg");
    expect(a.content).not.toContain("jane.jpg");
    expect(a.textContent).toContain("groundwater levels");
  });

  it.each([
    [
      "linking to this page",
      `<p><a href="https://news.example/2025/water-plan?image_id=4"><img src="https://cdn.example/own.jpg" alt=""></a></p>`,
    ],
    [
      "linking to its larger file",
      `<p><a href="https://cdn.example/own-large.jpg"><img src="https://cdn.example/own.jpg" alt=""></a></p>`,
    ],
    ["opening the gallery", `<p><a href="#gallery"><img src="https://cdn.example/own.jpg" alt=""></a></p>`],
    [
      "opening the gallery by script",
      `<p><a href="javascript:openGallery(4)"><img src="https://cdn.example/own.jpg" alt=""></a></p>`,
    ],
    [
      "with its caption",
      `<figure><div><a href="https://other.example/photographer"><img src="https://cdn.example/own.jpg" alt=""></a></div><figcaption>The new pipes.</figcaption></figure>`,
    ],
  ])("keeps a closing picture %s", (_, picture) => {
    const a = article(
      page().replace("</article>", `${picture}</article>`),
      "https://news.example/2025/water-plan",
    );
    expect(a.content).toContain("own.jpg");
  });

  it("trims the story's closing lines until none is left, whichever rule each needs", () => {
    // The date line goes by one rule, which bares the legal line for another, then the links.
    const html = page().replace(
      "</article>",
      `<p><a href="/a">Water</a> <a href="/b">Farming</a> <a href="/c">Climate</a></p><p>© 2025 Example News. All rights reserved.</p><p>Published March 21, 2025</p></article>`,
    );
    const a = article(html);
    expect(a.textContent).not.toContain("Published March");
    expect(a.textContent).not.toContain("All rights reserved");
    expect(a.textContent).not.toContain("Farming");
    expect(a.textContent).toContain("groundwater levels");
  });

  it("keeps a story written as text with <br> line breaks inside a widget-classed column", () => {
    const line = (n: number) =>
      `Line ${n} of a post written without paragraphs, where the writer separates thoughts with line breaks only.`;
    const html = `<html><head><title>A post</title></head><body><div class="widget Blog"><h3>A post</h3><div class="post-body">${[1, 2, 3, 4].map(line).join("<br><br>")}</div></div><div class="sidebar"><a href="/">Home</a></div></body></html>`;
    expect(article(html).textContent).toContain("Line 3 of a post");
  });

  it("keeps captions in the content but not in the running text", () => {
    const inside = `<figure><img src="https://news.example/a.jpg" alt=""><figcaption>The reservoir in May (Photo: Jane Roe)</figcaption></figure><div class="wp-caption-text">Farmers at work</div>`;
    const a = article(page({ inside }));
    expect(a.content).toContain("The reservoir in May");
    expect(a.textContent).not.toContain("The reservoir in May");
    expect(a.textContent).not.toContain("Farmers at work");
    expect(a.textContent).toContain("water management plan");
  });
});

describe("words for screen readers only", () => {
  const story = (inside: string, lang = "en") => article(page({ lang, inside }));

  it("leaves out a hidden share count and skip link, and keeps a hidden note inside a sentence", () => {
    const a = story(
      `<a class="sr-only" href="#main">Skip to content</a><p>The ministry published <a href="https://ministry.example/report">its report<span class="sr-only"> (link is external)</span></a> on the worst leaks last week, town by town.</p><p><span class="screen-reader-text">This story has been shared 44,976 times.</span></p>`,
    );
    expect(a.textContent).not.toContain("Skip to content");
    expect(a.textContent).not.toContain("shared 44,976 times");
    expect(a.textContent).toContain(
      "The ministry published its report (link is external) on the worst leaks",
    );
  });

  it("leaves out a spinner's hidden label beside a lazy picture", () => {
    const a = story(
      `<figure><div><img src="https://news.example/pipes.jpg" alt="Pipes"><span class="visually-hidden">Laden...</span></div><figcaption>Workers repair a leaking main.</figcaption></figure>`,
      "de",
    );
    expect(a.content).not.toContain("Laden...");
    expect(a.content).toContain("Workers repair a leaking main.");
  });

  it("keeps the screen reader's words where the shown twin is hidden from it (a recipe's '20 mins')", () => {
    const a = story(
      `<p>Prep time: <span>20<span class="sr-only screen-reader-text"> minutes</span></span> <span aria-hidden="true">mins</span></p>`,
    );
    expect(a.textContent).toContain("20 minutes");
  });

  it("keeps a heading the site hides, and a long passage", () => {
    const summary =
      "In short: the regional parliament approved the water plan, farmers get irrigation grants and towns must repair their leaking pipes within five years.";
    const a = story(`<h2 class="visually-hidden">Summary</h2><p class="sr-only">${summary}</p>`);
    expect(a.textContent).toContain(summary);
  });
});

describe("blocks a class hides", () => {
  const story = (inside: string) => article(page({ inside }));

  it("leaves out a theme's hidden structured data, a search box's hidden notice, a citation for print", () => {
    const a = story(
      `<span class="hidden"><span itemprop="url">https://news.example/uploads/reservoir.jpg</span> <span itemprop="height">890</span> <span itemprop="width">1484</span> <span itemprop="name">Jane Roe</span></span><div class="no-results hidden">No results found!</div><div class="d-none d-print-block"><strong>Citation</strong>: Water plan approved (2025, May 30) retrieved 1 June 2025 from https://news.example/politics/water-plan</div><div class="column hide">Show all comments</div>`,
    );
    for (const hidden of ["reservoir.jpg", "No results found!", "retrieved 1 June 2025", "Show all comments"])
      expect(a.textContent).not.toContain(hidden);
    expect(a.textContent).toContain("water management plan");
  });

  it("keeps a hidden passage of prose (a part a button unfolds) and what a variant shows", () => {
    const rest =
      "The second half of the plan reaches the valley towns: each must repair its leaking pipes within five years, and the region pays half of the cost of every repair. Farmers who share their wells with a town get a grant for new meters.";
    const a = story(
      `<div class="hidden"><p>${rest}</p></div><p class="hidden md:block">Updated at noon with the vote count.</p><p class="hidden-xs">Shown on wide screens only.</p><p class="d-none d-md-block">Shown from tablets on.</p>`,
    );
    expect(a.textContent).toContain("Shown from tablets on.");
    expect(a.textContent).toContain(rest);
    expect(a.textContent).toContain("Updated at noon with the vote count.");
    expect(a.textContent).toContain("Shown on wide screens only.");
  });
});

describe("a wiki's sections", () => {
  const para = (topic: string, i: number) =>
    `<p>${topic} paragraph ${i}: the river town grew around its harbour in the twelfth century, trading salt and timber with the cities upstream and downstream of the ford.</p>`;
  const wiki = (heading: (title: string, i: number) => string, section: (body: string) => string) =>
    `<!DOCTYPE html><html lang="en"><head><title>Rivertown - Wikipedia</title></head><body><main><h1>Rivertown</h1><div class="mw-content-ltr mw-parser-output"><p><b>Rivertown</b> is a town on the river, known for its harbour and its bridges.</p>${para("Lead", 1)}${["History", "Geography"].map((s, i) => heading(s, i) + section(para(s, 1) + para(s, 2))).join("")}</div></main></body></html>`;

  it("keeps the headings MediaWiki sets beside their '[edit]' link", () => {
    const heading = (s: string, i: number) =>
      `<div class="mw-heading mw-heading2"><h2 id="${s}">${s}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Rivertown&action=edit&section=${i + 1}" title="Edit section: ${s}">edit</a><span class="mw-editsection-bracket">]</span></span></div>`;
    const a = article(
      wiki(heading, (body) => body),
      "https://en.wikipedia.org/wiki/Rivertown",
    );
    expect(a.content).toContain(">History</h2>");
    expect(a.content).toContain(">Geography</h2>");
    expect(a.textContent).not.toContain("[edit]");
    expect(a.textContent).toContain("Geography paragraph 2");
  });

  it("keeps the sections a page folds away until found (a wiki's mobile site)", () => {
    const heading = (s: string) => `<h2 id="${s}">${s}</h2>`;
    const folded = (body: string) =>
      `<section class="collapsible-block" hidden="until-found">${body}</section>`;
    const a = article(wiki(heading, folded), "https://en.m.wikipedia.org/wiki/Rivertown");
    expect(a.textContent).toContain("History paragraph 1");
    expect(a.textContent).toContain("Geography paragraph 2");
  });

  it("still drops what a page hides for good", () => {
    const heading = (s: string) => `<h2 id="${s}">${s}</h2>`;
    const hidden = (body: string) => `<section hidden>${body}</section>`;
    const a = article(wiki(heading, hidden));
    expect(a.textContent).not.toContain("History paragraph 1");
  });
});
