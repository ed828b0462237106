/** Kinds of clutter found in the boilerplate-snippets corpus, each on a small hand-written page. */
import { describe, expect, it } from "vitest";
import { article, doc, page, run, expectRemoved, PROSE } from "./extract-helpers";
import { declutter } from "../../src/extract/declutter";

const links = (n: number) =>
  `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">Another story number ${i} on the site</a></li>`).join("")}</ul>`;

describe("site-root pages", () => {
  it("reads a page at a site root that holds one article's prose", () => {
    const a = article(page(), "https://example.com/");
    expect(a.textContent).toContain("groundwater levels");
  });

  it("still rejects a site root whose best block is a short blurb among links", () => {
    const html = `<html><head><title>Front</title></head><body><main><p>The regional parliament approved the new water management plan on Thursday after a long debate.</p>${links(8)}</main></body></html>`;
    expect(run(html, "https://news.example/")).toMatchObject({
      kind: "no-article",
      reason: "not-an-article",
    });
  });
});

describe("forms", () => {
  it("removes a sign-up form, even one with a privacy note and a long country list", () => {
    const countries = Array.from({ length: 80 }, (_, i) => `<option>Country name number ${i}</option>`).join(
      "",
    );
    const form = `<form action="/join"><p><label>Your e-mail address</label><input type="email" name="mail"></p><p><label>Country</label><select>${countries}</select></p><p>By filling in this form you agree to receive our letters about campaigns and events in your area.</p></form>`;
    const a = article(page({ after: form }));
    expect(a.textContent).not.toContain("Country name");
    expect(a.textContent).not.toContain("By filling in this form");
    expect(a.textContent).toContain("groundwater levels");
  });

  it("keeps a page wrapped whole in one form", () => {
    const html = page()
      .replace(
        "<body>",
        `<body><form action="/page.aspx"><input type="hidden" name="state" value="x"><input type="text" name="q">`,
      )
      .replace("</body>", "</form></body>");
    expect(article(html).textContent).toContain("groundwater levels");
  });
});

describe("plain text", () => {
  it("drops soft hyphens and writes letters in one (NFC) form", () => {
    const inside = `<p>Das Mit\u00adtel\u00adal\u00adter kannte den Wein, sagt die Chronik, die im Archiv der Stadt liegt und oft gelesen wird.</p><p>\u09AF\u09BC and e\u0301 are written here in one form, whatever the page used for them.</p>`;
    const text = article(page({ inside })).textContent;
    expect(text).toContain("Das Mittelalter kannte");
    expect(text).toContain("\u00e9 are written");
    expect(text).toBe(text.normalize("NFC"));
  });
});

describe("furniture by class", () => {
  it.each([
    [
      "an author box",
      `<section class="author-bio-box"><p>Jane writes about water and farming for us.</p></section>`,
      "Jane writes",
    ],
    [
      "a cookie content blocker",
      `<div class="BorlabsCookie"><p>Click below to load the map.</p></div>`,
      "load the map",
    ],
    [
      "a table of contents",
      `<div id="toc_container"><ul><li><a href="#a">First part</a></li><li><a href="#b">Second part</a></li></ul></div>`,
      "Second part",
    ],
    ["a reading time", `<span class="js-read-time">Ten tekst przeczytasz w 3 minuty</span>`, "przeczytasz"],
    [
      "a German comments section",
      `<section id="kommentare"><p>Keine Kommentare vorhanden, schreiben Sie den ersten.</p></section>`,
      "Keine Kommentare",
    ],
    [
      "a menu",
      `<div class="navdrop"><ul id="main-menu"><li><a href="/start-ups">Start-ups</a></li><li><a href="/firms">Firms</a></li></ul></div>`,
      "Start-ups",
    ],
    ["tag links", `<span class="tag-links"><a href="/t/a">leading edge</a></span>`, "leading edge"],
    ["a post-meta footer", `<p class="postmetadata">Filed under News on Wednesday.</p>`, "Filed under"],
    [
      "a long author box",
      `<div class="post-author__bio"><p>${"Jane Doe has written about rivers, farms and water for twenty years, and leads our science desk. ".repeat(3)}</p></div>` +
        `<p>${"The ministry will publish the first report on the plan next spring, with figures for each town and each river basin. ".repeat(4)}</p>`,
      "leads our science desk",
    ],
  ])("removes %s", expectRemoved);
});

describe("authors' boxes", () => {
  it.each([
    ["Autor:innen", "German, gender-inclusive"],
    ["Authors", "English"],
    ["L'auteur", "French"],
  ])("removes a box titled %s (%s) after the story", (title) => {
    const after = `<section><h2>${title}</h2><p>Tim Example, born 1983, has edited our maps and graphics since 2015 and studied linguistics in Greifswald.</p></section>`;
    const a = article(page({ after }));
    expect(a.textContent).not.toContain("studied linguistics");
    expect(a.textContent).toContain("groundwater levels");
  });

  it("keeps the word as an affiliation in the story's own text", () => {
    const inside = `<p>Among the signatories: Marie Arana, <span>author</span>; John Doe, <span>historian</span>.</p>`;
    expect(article(page({ inside })).textContent).toContain("Marie Arana, author");
  });
});

describe("dialogs", () => {
  it("removes a modal dialog with a paragraph of prose and its controls", () => {
    const dialog =
      `<div id="age-check-dialog" class="b-dialog"><div class="dark-modal"><h2>Verify your age?</h2><p>To watch programmes with an age rating at any time of day, you can verify your age now. You will need your identity document and a few minutes of time for it. Programmes for all ages stay available without it, in the morning, the afternoon and the evening.</p>` +
      `<div class="checkbox-wrap"><input type="checkbox" id="hide"><label for="hide">Do not show this notice again.</label></div><div class="button-box"><button type="button">Verify my age</button></div></div></div>`;
    const more =
      "The water board will also publish maps of every river basin, with the levels measured each week. ".repeat(
        4,
      );
    const a = article(page({ before: dialog, after: `<section><p>${more}</p><p>${more}</p></section>` }));
    expect(a.textContent).toContain("water management plan");
    expect(a.textContent).not.toContain("verify your age now");
  });
});

describe("a dialog's own <h1>", () => {
  // A consent notice's title in an <h1>, the only one on a page whose <title> is short: Readability
  // then takes the <h1> for the title, unless the notice goes first.
  const notice = (attributes: string) =>
    `<div ${attributes}><div class="notice-box"><h1>Your privacy is important to us</h1><p>We and our partners store and access information on your device, such as cookies, and process personal data for personalised advertising and content measurement.</p><button type="button">Refuse</button><button type="button">Accept and close</button></div></div>`;
  const shortTitled = (dialog: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>Water plan</title></head><body><article><h2>Parliament approves water plan</h2>${PROSE.map((p) => `<p>${p}</p>`).join("")}</article>${dialog}</body></html>`;

  it.each([
    ["marked as a modal dialog", 'role="dialog" aria-modal="true"'],
    ["named as a pop-up", 'id="cmp-host" class="cmp-popup-backdrop notice-popup"'],
  ])("removes a consent notice %s with its <h1>, so it never titles the page", (_kind, attributes) => {
    const a = article(shortTitled(notice(attributes)));
    expect(a.title).toBe("Water plan");
    expect(a.textContent).not.toContain("Your privacy");
    expect(a.textContent).toContain("groundwater levels");
  });

  it("keeps a dialog whose <h1> names the page: the story opened over another page", () => {
    const behind = Array.from({ length: 6 }, (_, i) => `<p>${PROSE[i % 4]} (Archive item ${i}.)</p>`).join(
      "",
    );
    const html = `<!DOCTYPE html><html lang="en"><head><title>Parliament approves water plan | News</title></head><body><main>${behind}</main><div role="dialog" aria-modal="true"><h1>Parliament approves water plan</h1><p>${PROSE[0]}</p><button type="button">Close</button></div></body></html>`;
    const page = doc(html);
    declutter(page);
    expect(page.querySelector("[role=dialog] h1")?.textContent).toBe("Parliament approves water plan");
  });
});

describe("a comment section's heading", () => {
  // The section keeps its place by its comments' prose until they go one by one after it; then it
  // holds its heading alone, which Readability would keep at the story's end.
  const comment = (who: string, text: string) =>
    `<div class="coral-comment"><div class="author">${who}</div><p>${text}</p><button>Reply</button></div>`;
  const section = `<section class="comments"><h2>Readers respond to this story (12)</h2>${comment("Ralph W.", "This is exactly why the council needs to act before next winter, not after the next flood has come and gone.")}${comment("M. Hansen", "Agreed. The drainage work was promised three years ago and nothing has happened since then at all.")}</section>`;

  it("goes with the comments taken one by one", () => {
    const page_ = doc(page().replace("</article>", `${section}</article>`));
    declutter(page_);
    expect(page_.querySelector("article")?.textContent).not.toContain("Readers respond");
    expect(page_.querySelector("article")?.textContent).toContain("groundwater levels");
  });

  it("stays when its comments' prose is still there (they are not marked one by one)", () => {
    // (No reply buttons either: a thread of them goes by its shape.)
    const plain = section.replaceAll("coral-comment", "entry").replaceAll("<button>Reply</button>", "");
    const page_ = doc(page().replace("</article>", `${plain}</article>`));
    declutter(page_);
    expect(page_.querySelector("article")?.textContent).toContain("drainage work");
  });
});

describe("one comment under the story, headed by its number", () => {
  const story = (heading: string, lang = "de") =>
    page({ lang }).replace(
      "</article>",
      `</article><div class="box"><h3>${heading}</h3><p>26. März 2004, 16:19</p><p>Danke für dieses Kapitel, ich freue mich schon auf das nächste!</p></div>`,
    );

  it.each(["#1 Kommentar von Naru-chan", "Comment #3 by Jane"])("goes with its box: %j", (heading) => {
    const text = article(story(heading)).textContent;
    expect(text).not.toContain("Danke für dieses Kapitel");
    expect(text).toContain("groundwater levels");
  });

  it("leaves a heading that names an opinion piece's writer, with no number", () => {
    const html = `<!DOCTYPE html><html lang="de"><head><title>Wasserplan</title></head><body><article><h1>Wasserplan: zu spät</h1><div class="box"><h3>Kommentar von Jan Roe</h3>${PROSE.map((p) => `<p>${p}</p>`).join("")}</div></article></body></html>`;
    expect(article(html).textContent).toContain("Kommentar von Jan Roe");
  });
});

describe("a thread of comments told by its shape", () => {
  const comment = (who: string, when: string, text: string, reply = "Reply") =>
    `<div class="css-c1x"><div class="css-n2x">${who}</div><span class="css-t3x">${when}</span><p>${text}</p><button type="button">${reply}</button></div>`;
  const thread = (reply = "Reply") =>
    `<section class="css-s4x"><h2>Join the conversation (2)</h2>${comment("Ralph W.", "2 hours ago", "This is exactly why the council needs to act before next winter, not after the next flood has come and gone.", reply)}${comment("M. Hansen", "1 hour ago", "Agreed. The drainage work was promised three years ago and nothing has happened since then at all.", reply)}</section>`;

  it.each([
    ["en", "Reply"],
    ["de", "Antworten"],
    ["fr", "Répondre"],
    ["ja", "返信"],
  ])("removes a thread whose classes say nothing, by its comments' own buttons (%s)", (lang, reply) => {
    const a = article(page({ lang }).replace("</article>", `${thread(reply)}</article>`));
    expect(a.textContent).not.toContain("Join the conversation");
    expect(a.textContent).not.toContain("drainage work");
    expect(a.textContent).toContain("groundwater levels");
  });

  it("keeps a forum's posts, each with its reply button: they are the page", () => {
    const posts = PROSE.map((p, i) => comment(`Member ${i}`, `${i + 1} days ago`, p)).join("");
    const html = `<!DOCTYPE html><html lang="en"><head><title>Water plan thread</title></head><body><h1>Water plan thread</h1><div class="css-f0x">${posts}</div></body></html>`;
    expect(article(html).textContent).toContain("groundwater levels");
  });

  it("keeps a lone reply button's block", () => {
    const one = `<div class="css-o1x"><p>Readers can answer the council's questions until the end of the month, on the site or by post.</p><a href="/consultation#form">Reply</a></div>`;
    const a = article(page().replace("</article>", `${one}</article>`));
    expect(a.textContent).toContain("until the end of the month");
  });
});

describe("links back to a table of contents", () => {
  it("keeps headings whose text links back to the table of contents", () => {
    const inside = `<h2><a class="toc-backref" href="#id1">Setting up the pumps</a></h2>`;
    expect(article(page({ inside })).textContent).toContain("Setting up the pumps");
  });
});

describe("captions", () => {
  it("keeps a gallery slide's caption written as paragraphs in the running text", () => {
    const slide = (n: number) =>
      `<figure><h2>${n}. Costume number ${n}</h2><img src="https://news.example/${n}.jpg" alt=""><figcaption><p>Last-minute idea number ${n}.</p><p><strong>What you need:</strong> a bowler hat, a set of false lashes and an all-white outfit for slide ${n}, and you can dress as the antihero of the film.</p></figcaption></figure>`;
    const html = `<html><head><title>Costumes</title></head><body><article><h1>Costumes</h1><div class="slides">${[1, 2, 3, 4].map(slide).join("")}</div></article></body></html>`;
    expect(article(html).textContent).toContain("a set of false lashes and an all-white outfit for slide 3");
  });

  it("takes a numbered caption paragraph out of the running text", () => {
    const inside = `<p><em><sub>Abbildung 4: Ein Pegel am Fluss, gemessen im Mai.</sub></em></p><p>Figure 2. Water levels in May.</p>`;
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain("Abbildung 4");
    expect(a.textContent).not.toContain("Figure 2");
    expect(a.textContent).toContain("groundwater levels");
  });

  it("takes the text beside a figure's image, and caption-classed lines, out of the running text", () => {
    const inside = `<figure><img src="https://news.example/a.jpg" alt=""><span class="description">Judy Roe/Agency</span></figure><p class="imagedescription">AFP / JOHN DOE</p>`;
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain("Judy Roe");
    expect(a.textContent).not.toContain("JOHN DOE");
    expect(a.content).toContain("Judy Roe");
    expect(a.textContent).toContain("groundwater levels");
  });

  it("takes a line repeating a picture's alt text out of the running text, not a table's names", () => {
    const inside =
      `<div align="center"><div class="article-img"><img src="https://news.example/keys.jpg" alt="Inverted 'T' design for arrow keys"></div><br><span class="minor2">Inverted 'T' design for arrow keys</span></div>` +
      `<table><tr><td><img src="https://news.example/p9.jpg" alt="Emil Sajfutdinow"><span>Emil Sajfutdinow</span></td><td>11</td></tr></table>`;
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain("arrow keys");
    expect(a.content).toContain("arrow keys");
    expect(a.textContent).toContain("Emil Sajfutdinow");
  });

  it("takes a credit set beside the caption in one wrapper out of the running text", () => {
    const inside = `<figure><span class="e-image"><img src="https://news.example/a.jpg" alt=""></span><span class="e-image__meta"><figcaption>Smoke over the fields.</figcaption><cite>Sakib Ali/Hindustan Times/Getty Images</cite></span></figure>`;
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain("Sakib Ali");
    expect(a.content).toContain("Sakib Ali");
  });
});

describe("furniture lines, rails, promos and pitches", () => {
  it.each([
    ["a back link", `<p><a href="/list">zurück zur Listenansicht</a></p>`, "Listenansicht"],
    ["a picture's enlarge note", `<div><a href="/big.jpg">click to enlarge</a></div>`, "enlarge"],
    ["a link to the overview", `<p><a href="/presse">Zur Übersicht</a></p>`, "Übersicht"],
    [
      "a link to the contents",
      `<p><a href="#toc">Zurück zum Inhaltsverzeichnis</a></p>`,
      "Inhaltsverzeichnis",
    ],
    ["an Italian last-updated stamp", `<p>Ultimo aggiornamento: 30 Settembre 2020</p>`, "aggiornamento"],
    ["a wiki's page footer", `<div>page revision: 8, last edited: 17 Jun 2018 15:15</div>`, "page revision"],
    ["an Argentine subscribe button", `<div>SUSCRIBITE</div>`, "SUSCRIBITE"],
    ["a dashed ad label", `<div>- Anzeige-</div>`, "Anzeige"],
    ["a header-image credit", `<p><em>Titelbild: Jane Roe / Agentur</em></p>`, "Titelbild"],
    ["a last-modified stamp", `<p><small>Last Modified: 2020-01-02</small></p>`, "Last Modified"],
    [
      "an inline Spanish promo",
      `<p><b>LE PUEDE INTERESAR: <a href="/x">Otra noticia del día</a></b></p>`,
      "Otra noticia",
    ],
    ["a paywall note", `<p>To view the full story, please subscribe to The Daily.</p>`, "full story"],
    [
      "a follow-us line",
      `<p><strong>Follow The Daily on Twitter and Instagram @daily.</strong></p>`,
      "Follow The Daily",
    ],
    [
      "a sponsored-post notice",
      `<p><em>*Werbung. Dieser Beitrag enthält Werbung für eine Marke.</em></p>`,
      "Werbung",
    ],
    ["a membership pitch", `<p><strong>HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS</strong></p>`, "MIEMBRO"],
    ["a Dutch newsletter pitch", `<p>Meld je aan voor onze nieuwsbrief en mis niets.</p>`, "nieuwsbrief"],
    ["a Polish newsletter pitch", `<p>Zapisz się do naszego newslettera!</p>`, "newslettera"],
    ["a Russian channel pitch", `<p>Подпишитесь на наш телеграм-канал.</p>`, "телеграм"],
    ["an Indonesian follow-us line", `<p>Ikuti kami di Instagram dan Twitter.</p>`, "Ikuti kami"],
    [
      "a station's app note",
      `<p>If you're on the ABC7 News app, click here to watch live</p>`,
      "ABC7 News app",
    ],
    [
      "an app pitch",
      `<div class="app-box"><p><b>Get the latest news straight to your phone with the Daily app.</b></p></div>`,
      "Daily app",
    ],
    ["a login prompt", `<p>Sie müssen eingeloggt sein, um Kommentare zu schreiben!</p>`, "eingeloggt"],
    [
      "a login prompt addressing the reader as du",
      `<p>Du musst <a href="/login">Eingeloggt</a> sein um Kommentare zu schreiben! oder noch gar nicht <a href="/reg">Registriert</a>?</p>`,
      "Eingeloggt",
    ],
    [
      "a paywall's notice",
      `<section class="catcher"><p>Il vous reste 70% de cet article à lire. La suite est réservée aux abonnés.</p><a>Déjà abonné ? Se connecter</a></section>`,
      "abonn",
    ],
    ["a paywall's sign-in prompt", `<p>Already a subscriber? <a href="/login">Sign in</a></p>`, "subscriber"],
    ["a German paywall's prompt", `<p>Bereits Abonnent? <a href="/login">Hier anmelden</a></p>`, "Abonnent"],
    [
      "a Spanish paywall's prompt",
      `<p>¿Ya eres suscriptor? <a href="/login">Inicia sesión</a></p>`,
      "suscriptor",
    ],
    ["a Hindi inline promo", `<p><strong>यह भी पढ़ें: <a href="/x">बस किराए में बढ़ोतरी</a></strong></p>`, "भी पढ़ें"],
    [
      "a Greek inline promo",
      `<p><strong>Διαβάστε επίσης: <a href="/x">Αυξάνεται το εισιτήριο</a></strong></p>`,
      "Διαβάστε",
    ],
    [
      "a Romanian inline promo",
      `<p><strong>Citește și: <a href="/x">Biletul se scumpește</a></strong></p>`,
      "Citește",
    ],
    ["a paywall's label", `<div class="member-preview"><span>Member-only story</span></div>`, "Member-only"],
    ["a members-only notice", `<p>This article is only available to subscribers.</p>`, "subscribers"],
    ["a category line", `<div>Category : Press Releases</div>`, "Press Releases"],
    ["a bare author label", `<div><b>Von:</b></div>`, "Von:"],
    ["a stock-photo note", `<p>Image illustrative</p>`, "illustrative"],
    [
      "a privacy placeholder",
      `<div class="message"><p>Wir respektieren deine Privatsphäre. Klicke, um das Video zu laden.</p></div>`,
      "Privatsphäre",
    ],
    ["where the story resumes after an ad", `<p>Story continues below advertisement</p>`, "continues below"],
    ["the same in German", `<p>Weiterlesen nach der Anzeige</p>`, "Weiterlesen"],
    ["the same in French", `<p>La suite après la publicité</p>`, "La suite"],
    ["the same in German, shorter", `<p>Weiter nach der Anzeige</p>`, "Weiter nach"],
    ["the same in French, below", `<p>L'article continue ci-dessous</p>`, "continue ci-dessous"],
    ["the same in Italian", `<p>L'articolo continua sotto</p>`, "continua sotto"],
    [
      "a German paywall's call, product first",
      `<div><h4>Mit top+ weiterlesen</h4><p>Das volle Wissen für einen Euro im Monat</p></div>`,
      "weiterlesen",
    ],
    ["a German paywall's call, product last", `<p>Jetzt weiterlesen mit Z+</p>`, "weiterlesen"],
    [
      "a German affiliate disclosure, the verb first",
      `<p>*Affiliate-Links: Wenn du über diese Links einkaufst, erhalten wir eine Provision.</p>`,
      "Provision",
    ],
    ["a French affiliate disclosure", `<p>Cet article contient des liens affiliés.</p>`, "liens affiliés"],
    [
      "a call to pick the site on Google",
      `<p>Add News Example as a preferred source on Google</p>`,
      "preferred source",
    ],
    ["a French tag line", `<p>Sujets associés : Politique, Eau</p>`, "Sujets"],
    ["a call to share", `<p>Like it? Share it!</p>`, "Share it"],
    ["an ad's label with the call to scroll", `<p>Advertisement - Scroll to continue</p>`, "Scroll"],
    ["a share count", `<div class="css-8k2j1h"><span>1,234 shares</span></div>`, "shares"],
    [
      "a paywall's title, its offer and button gone",
      `<div class="css-3f4g5h"><h3>Keep reading with a free trial</h3><p>Then $9.99 a month. Cancel anytime.</p><button>Start free trial</button></div>`,
      "free trial",
    ],
    [
      "a comment section titled by its call",
      `<section class="css-0p9o8i"><h2>Join the discussion</h2><p>Log in to comment</p><span>24</span></section>`,
      "discussion",
    ],
    ["a German call to share", `<p>Jetzt teilen!</p>`, "teilen"],
    ["a German sign-up button", `<div>Jetzt registrieren</div>`, "registrieren"],
    ["a German embed placeholder's label", `<p>Empfohlener redaktioneller Inhalt</p>`, "Empfohlener"],
    [
      "a German embed placeholder",
      `<p>An dieser Stelle findet Ihr einen externen Inhalt von Instagram, der den Artikel ergänzt. Ihr könnt ihn Euch mit einem Klick anzeigen lassen.</p>`,
      "externen Inhalt",
    ],
    ["a reading time in minutes", `<div class="meta"><span>5 min read</span></div>`, "5 min read"],
    ["a reading time", `<p>Lesezeit: 3 Minuten</p>`, "Lesezeit"],
    [
      "a Turkish inline promo in capitals",
      `<p><strong>İLGİLİ HABER:</strong> <a href="/x">Parka yeni banklar</a></p>`,
      "Parka",
    ],
  ])("removes %s", expectRemoved);

  it("keeps a recipe's times, whose values stand in elements of their own", () => {
    const card = `<div class="recipe-times"><div><span>Prep Time</span> <span>20 minutes</span></div><div><span>Cook Time</span> <span>5 mins</span></div></div>`;
    const a = article(page({ inside: card }));
    expect(a.textContent).toContain("20 minutes");
    expect(a.textContent).toContain("5 mins");
  });

  it("removes a Turkish subscription pitch closing the story", () => {
    const pitch = `<div class="abone">Haberlerden haberdar olmak için ABONE OL</div>`;
    const a = article(page().replace("</article>", `${pitch}</article>`));
    expect(a.textContent).not.toContain("ABONE OL");
    expect(a.textContent).toContain("water management plan");
  });

  it("removes a subscription pitch closing the story with its button", () => {
    const pitch = `<div class="abo"><p>Abonnez-vous pour lire la suite de nos articles. Premier mois offert.</p><a href="/abo">Je m'abonne</a></div>`;
    const a = article(page().replace("</article>", `${pitch}</article>`));
    expect(a.textContent).not.toContain("Abonnez-vous");
    expect(a.textContent).not.toContain("Je m'abonne");
    expect(a.textContent).toContain("water management plan");
  });

  it.each([
    ["a most-read box", `<div><div>Meistgelesene Artikel</div>${links(3)}</div>`],
    [
      "an about-the-author box",
      `<div><h3>Über den Autor</h3><p>Another story number 1 is what he wrote.</p></div>`,
    ],
    ["a Polish rail", `<div><h3>Czytaj także</h3>${links(3)}</div>`],
    [
      "a German rail of teasers with summaries",
      `<div><h2>Diese Artikel könnten Sie interessieren</h2>${[1, 2, 3, 4, 5, 6].map((i) => `<div><a href="/s/${i}">Another story number ${i}</a><p>In den letzten zehn Jahren ist viel passiert, und davon erzählt dieser Text...</p></div>`).join("")}</div>`,
    ],
  ])("removes %s after the story", (_, after) => {
    const a = article(page({ after }));
    expect(a.textContent).not.toContain("Another story number 1");
    expect(a.textContent).toContain("groundwater levels");
  });

  it("drops closing notes: a founder's bio, a posted-on line, a Polish copyright line", () => {
    const html = page().replace(
      "</article>",
      `<p><em>Jane Doe is the Founder &amp; Principal Consultant at Example PR, a marketing firm.</em></p><p>Der Beitrag wurde am Mittwoch veröffentlicht und ist in Termine abgelegt.</p><p>Materiał chroniony prawem autorskim.</p></article>`,
    );
    const a = article(html);
    expect(a.textContent).not.toContain("Founder");
    expect(a.textContent).not.toContain("Der Beitrag wurde");
    expect(a.textContent).not.toContain("chroniony");
    expect(a.textContent).toContain("groundwater levels");
  });

  it.each([
    [
      "a German writer's bio set after the name, with the name",
      `<p><strong>Dr. Jan Roe</strong></p><p>ist Gründungspartner der Kanzlei Roe und Partner in Berlin. Zu seinen Tätigkeitsfeldern zählt das Wasserrecht.</p>`,
      ["Gründungspartner", "Jan Roe"],
    ],
    [
      "an affiliate disclosure that says the article may hold such links",
      `<p>Dieser Artikel kann Links zu Anbietern enthalten, von denen das Magazin eine Provision erhält.</p>`,
      ["Provision"],
    ],
    [
      "a note on how to cite the post",
      `<p>SUGGESTED CITATION Roe, Jan: The water plan, ExampleBlog, 2025/3/21, https://blog.example/water-plan/.</p>`,
      ["CITATION"],
    ],
  ])("drops a closing note: %s", (_label, closing, gone) => {
    const a = article(page({ lang: "de" }).replace("</article>", `${closing}</article>`));
    for (const words of gone) expect(a.textContent).not.toContain(words);
    expect(a.textContent).toContain("groundwater levels");
  });

  it("keeps a closing question that opens with the verb, and the line before it", () => {
    const html = page({ lang: "de" }).replace(
      "</article>",
      `<p>Die Gemeinden warten.</p><p>Ist Partner der Stadt nun das Land, oder bleibt es beim Versprechen?</p></article>`,
    );
    const a = article(html);
    expect(a.textContent).toContain("Die Gemeinden warten.");
    expect(a.textContent).toContain("Ist Partner der Stadt");
  });

  it("stops a rail label's box at story text written in <div>s", () => {
    const story = `<div class="story"><div>${"Die Richter prüften die Gesetze über Monate und sprachen am Ende ein Urteil, das viele überraschte. ".repeat(3)}</div><div><span>Zobacz również</span><a href="/x">Another story number 1</a></div><div>${"Die Kläger hatten sich auf die Verfassung berufen, die Regierung auf frühere Entscheidungen. ".repeat(3)}</div></div>`;
    const html = `<html><head><title>Urteil</title></head><body><div class="wrap">${story}</div></body></html>`;
    const a = article(html);
    expect(a.textContent).toContain("Die Kläger hatten sich");
    expect(a.textContent).toContain("Die Richter prüften");
  });

  it("keeps a story sentence that starts with 'Back to'", () => {
    const inside = `<h2>Back to school</h2><p>Back to the farms: the plan also pays for new wells in the driest villages of the region.</p>`;
    const a = article(page({ inside }));
    expect(a.textContent).toContain("Back to school");
    expect(a.textContent).toContain("Back to the farms");
  });
});

describe("story structure", () => {
  it("keeps a standfirst that sits in the story's header block", () => {
    const html = `<html><head><title>Firms and the virus</title></head><body><article><header class="m-intro-header"><h1>Firms and the virus</h1><p class="ts-intro">Firms have to think of a lot to keep staff healthy: ideas range from sneeze guards to fever checks.</p></header><div class="ts-article-body"><p>${"Only those with the right readings get in, at the plant in the south of the city, where parts are made. ".repeat(3)}</p><p>${"The works council agreed to the checks for the next two months, and will look at them again in spring. ".repeat(3)}</p></div></article></body></html>`;
    const text = article(html).textContent;
    expect(text).toContain("ideas range from sneeze guards");
    expect(text.indexOf("ideas range")).toBeLessThan(text.indexOf("Only those with"));
  });

  it("keeps a question marked with a named anchor", () => {
    const inside = `<p><a name="q2">One of the questions listeners ask most: what does the professor say about it?</a></p>`;
    expect(article(page({ inside })).textContent).toContain("what does the professor say");
  });

  it("stops a related-posts box at the story's body block", () => {
    const links = Array.from(
      { length: 6 },
      (_, i) =>
        `<li><a href="/l/${i}">A linked item number ${i}</a>: a note on why this one is worth reading today.</li>`,
    ).join("");
    const html = `<html><head><title>Links of the day</title></head><body><div class="entry-wrapper"><h1>Links of the day</h1><div class="entry-content"><ul>${links}</ul><p>Some short words about the links of the day.</p><div class="jp-relatedposts"><h3>Ähnliche Beiträge</h3></div></div></div></body></html>`;
    expect(article(html).textContent).toContain("A linked item number 3");
  });
});

describe("more lines no story holds", () => {
  it.each([
    ["an ad break's resume line", `<p>Advertisement - Continue Reading Below</p>`, "Continue Reading"],
    ["a scroll prompt", `<p>Scroll to continue with content</p>`, "Scroll"],
    ["an ad label", `<p>ADVERTISING</p>`, "ADVERTISING"],
    ["an app pitch in capitals", `<p><strong>CLICK HERE TO GET THE NEWS APP</strong></p>`, "CLICK HERE"],
    ["a video promo", `<p>WATCH: <a href="/v">Council debates the budget</a></p>`, "WATCH"],
    ["a podcast's links", `<p>Listen on Apple Podcasts | Spotify | Google Podcasts</p>`, "Podcasts"],
    ["an embed's fallback notice", `<p>Please enable JavaScript to view this content.</p>`, "JavaScript"],
    ["a region notice", `<p>This content is not available in your region.</p>`, "not available"],
    ["a page counter", `<p>Page 1 of 3</p>`, "Page 1"],
    ["a gallery counter", `<p>1 of 5</p>`, "1 of 5"],
    ["a photo credit", `<p>(Photo by John Roe/Getty Images)</p>`, "Getty"],
    ["a share prompt", `<p>Share or comment on this article:</p>`, "comment on this"],
    [
      "a wiki's section edit link",
      `<h2><span id="History">History</span><span class="mw-editsection"><span>[</span><a href="/w/index.php?action=edit&section=1">edit</a><span>]</span></span></h2>`,
      "[edit]",
    ],
    [
      "a download link with its file's size",
      `<p><a href="/f/skript.pdf">Dieses Skript als PDF herunterladen</a> (123 KB)</p>`,
      "Skript",
    ],
    [
      "a download link in French",
      `<p><a href="/f/rapport.pdf">Télécharger le PDF (2 Mo)</a></p>`,
      "Télécharger",
    ],
    ["a view count with spaced thousands", `<div>Vues : 1 234</div>`, "Vues"],
    ["a view count in Russian", `<div>Просмотров: 1234</div>`, "Просмотров"],
    ["a view count in Turkish", `<div>Görüntülenme: 1.234</div>`, "Görüntülenme"],
    ["a score with its votes", `<div>Bewertung: 4,5 von 5 (12 Stimmen)</div>`, "Stimmen"],
    ["a score with its votes in French", `<div>Note : 4/5 (12 votes)</div>`, "votes"],
    ["a Spanish resume line", `<p>Sigue leyendo después de la publicidad</p>`, "Sigue leyendo"],
    [
      "a text-size tool",
      `<p>Schriftgröße: <a href="#">A</a> <a href="#">A</a> <a href="#">A</a></p>`,
      "Schriftgröße",
    ],
    ["a link to report a mistake", `<p><a href="/fehler">Fehler melden</a></p>`, "Fehler melden"],
    ["a link to report a mistake in French", `<p><a href="/erreur">Signaler une erreur</a></p>`, "Signaler"],
    [
      "a podcast's links after a call",
      `<p>Subscribe to our podcast on <a href="#">Apple Podcasts</a>, <a href="#">Spotify</a> or wherever you listen.</p>`,
      "Subscribe",
    ],
    [
      "a German podcast's links",
      `<p>Den Podcast abonnieren: <a href="#">Apple Podcasts</a> | <a href="#">Spotify</a></p>`,
      "abonnieren",
    ],
    ["WordPress's like button", `<p>Gefällt mir Wird geladen …</p>`, "Gefällt"],
    [
      "a call to join for members' offers",
      `<p>Werden Sie Mitglied bei <br><strong>for me </strong>und erhalten Sie exklusive Angebote!</p>`,
      "Mitglied",
    ],
    [
      "a call to sign up for offers in Spanish",
      `<p>Regístrate y recibe ofertas exclusivas.</p>`,
      "Regístrate",
    ],
    [
      "a broadcaster's programme line",
      `<p>Dieses Thema im Programm: NDR Info | Nachrichten | 21.03.2025 | 14:00 Uhr</p>`,
      "Programm",
    ],
    ["a picture's zoom link", `<div class="zoomtt">Bild vergrößern</div>`, "vergrößern"],
    ["a count of the site's readers", `<p>1 Besucher online</p>`, "Besucher"],
    ["a site's skip link", `<p><a href="#main">Skip to content</a></p>`, "Skip to"],
    ["a German skip link", `<p><a href="#main">Zum Inhalt springen</a></p>`, "Zum Inhalt"],
    ["a fundraising appeal's title left alone", `<p>While you are here…</p>`, "While you"],
    ["a picture's zoom link in Japanese", `<p><a href="/photo/1">写真を拡大</a></p>`, "拡大"],
    ["where a Chinese platform's post was sent from", `<p>发布于：北京市</p>`, "发布于"],
    ["a stamp's label without its date", `<p>Letzte Aktualisierung</p>`, "Aktualisierung"],
    ["a paywall's badge in Spanish", `<p><strong>Para suscriptores</strong></p>`, "suscriptores"],
    ["a paywall's badge in German", `<p>Nur für Abonnenten</p>`, "Abonnenten"],
    ["a German rail label alone", `<p>Mehr Nachrichten aus Niedersachsen</p>`, "Niedersachsen"],
    ["a German tags heading", `<p>Schlagwörter zu diesem Artikel</p>`, "Schlagwörter"],
    ["a German share link", `<p><a href="/empfehlen">Artikel empfehlen</a></p>`, "empfehlen"],
    ["a German row of tools", `<p><a href="#">Drucken</a> <a href="#">Versenden</a></p>`, "Versenden"],
    [
      "German share buttons written out",
      `<p>Teilen auf Facebook Teilen auf X Per E-Mail teilen</p>`,
      "Teilen auf",
    ],
    ["a German paywall's call", `<p>Jetzt kostenlos registrieren und weiterlesen</p>`, "registrieren"],
    [
      "a German call to write in",
      `<p>Sie haben Fragen oder Anregungen? Schreiben Sie uns!</p>`,
      "Anregungen",
    ],
    [
      "a German call to comment",
      `<p>Ihre Meinung ist uns wichtig: Kommentieren Sie diesen Artikel!</p>`,
      "Meinung",
    ],
    ["a German question on the article", `<p>Wie finden Sie diesen Artikel?</p>`, "Wie finden"],
    ["a trial subscription's offer", `<p>Noch kein Abo? Jetzt 4 Wochen für 0 € testen.</p>`, "Abo"],
    [
      "a German newsletter pitch",
      `<p>Sie möchten regelmäßig informiert werden? Abonnieren Sie unseren kostenlosen Newsletter.</p>`,
      "Newsletter",
    ],
    [
      "a German affiliate disclosure",
      `<p>* Affiliate-Link: Wenn Sie über diesen Link einkaufen, erhalten wir eine Provision.</p>`,
      "Provision",
    ],
    [
      "a German transparency note",
      `<p>Transparenzhinweis: Die mit Symbol gekennzeichneten Links sind Affiliate-Links.</p>`,
      "Transparenz",
    ],
    [
      "a German inline promo",
      `<p>Zum Thema: <a href="/y">Der Streit um das Grundwasser</a></p>`,
      "Streit um",
    ],
    ["a breadcrumb written out", `<p>Sie sind hier: Startseite › Politik › Landtag</p>`, "Startseite"],
    ["a copy-link notice", `<p>Link kopiert</p>`, "kopiert"],
    ["a link to report a post", `<p><a href="#">Beitrag melden</a></p>`, "melden"],
    ["a French audio player's label", `<p>Écouter cet article</p>`, "Écouter"],
    [
      "a French paywall's pitch amid the story",
      `<p>Cet article est réservé aux abonnés. Abonnez-vous dès 1 € le premier mois.</p>`,
      "réservé",
    ],
    ["a French paywall's label", `<p>Article réservé aux abonnés</p>`, "réservé"],
    ["a French read-on link", `<p>Lire la suite de l'article</p>`, "Lire la suite"],
    ["a Spanish read-on link", `<p>Sigue leyendo</p>`, "Sigue leyendo"],
    [
      "a French call to report a mistake",
      `<p>Vous avez repéré une erreur ? Signalez-la à la rédaction.</p>`,
      "erreur",
    ],
    ["a Spanish call to report a mistake", `<p>¿Has visto un error? Escríbenos.</p>`, "error"],
    ["a French follow-us line", `<p>Retrouvez-nous sur Facebook et Instagram.</p>`, "Retrouvez"],
    [
      "a French call to follow the site",
      `<p>Suivez toute l'actualité de Paris sur notre site et sur les réseaux sociaux.</p>`,
      "Suivez",
    ],
    ["French share link with its network", `<p>Partager l'article sur Facebook</p>`, "Partager"],
    ["French tools written out", `<p>Ajouter à vos favoris</p><p>Offrir cet article</p>`, "favoris"],
    ["Spanish tools written out", `<p>Guardar en mi lista</p><p>Regala este artículo</p>`, "Regala"],
    ["a French newsletter pitch", `<p>Recevez chaque jour notre newsletter gratuite.</p>`, "Recevez"],
    ["a Spanish newsletter pitch", `<p>Recibe nuestra newsletter diaria en tu correo.</p>`, "Recibe"],
    [
      "a French call to comment",
      `<p>Réagir à cet article</p><p>Vous souhaitez réagir ? Connectez-vous.</p>`,
      "réagir",
    ],
    ["a French update stamp amid the story", `<p>Mis à jour le 22 mars 2025 à 09h00</p>`, "Mis à jour"],
    ["a print link alone", `<p><a href="#">Imprimer</a></p>`, "Imprimer"],
    ["a Spanish tags line", `<p>Archivado en: Política, Agua</p>`, "Archivado"],
    ["a Spanish rail label alone", `<p>Te recomendamos</p>`, "recomendamos"],
    ["an Italian paper's rights line", `<p>Riproduzione riservata ©</p>`, "Riproduzione"],
    ["a Portuguese ad label", `<p>Publicidade</p>`, "Publicidade"],
    ["a call for tips", `<p>Have a news tip? Email us at tips@example.com.</p>`, "news tip"],
    ["a call to read the comment policy", `<p>Read our comment policy before posting.</p>`, "comment policy"],
    [
      "a call to share one's story",
      `<p>We want to hear from you. Share your story with us.</p>`,
      "hear from you",
    ],
    [
      "a call to subscribe amid the story",
      `<p>Our journalism needs your support. Please subscribe today.</p>`,
      "subscribe today",
    ],
    [
      "a metered paywall's count",
      `<p>You have reached your limit of free articles this month.</p>`,
      "free articles",
    ],
    ["a paywall's offer", `<p>Enjoy unlimited access for just $1 a week.</p>`, "unlimited access"],
    ["a skip link", `<p><a href="#story-continues">Continue reading the main story</a></p>`, "main story"],
    ["single tools written out", `<p>Save article</p><p>Gift this article</p>`, "article"],
    ["a rail label alone", `<p>What to read next</p>`, "read next"],
    ["a stamp amid the story", `<p>Updated: March 22, 2025 9:00 AM ET</p>`, "Updated"],
    [
      "a row of the site's legal links",
      `<p>Terms of Use | Privacy Policy | Cookie Settings</p>`,
      "Terms of Use",
    ],
    [
      "a link to report a correction",
      `<p><a href="/corrections">Report a correction or typo</a></p>`,
      "correction",
    ],
    ["an Italian read-on link", `<p>Continua a leggere l'articolo</p>`, "Continua"],
    ["a Dutch read-on link", `<p>Lees verder</p>`, "Lees verder"],
    ["an Italian paywall's call", `<p>Abbonati per leggere tutti gli articoli</p>`, "Abbonati"],
    ["a Portuguese paywall's call", `<p>Assine para ler a matéria completa</p>`, "Assine"],
    [
      "one share button with its network",
      `<p>Condividi su Facebook</p><p>Compartilhe no WhatsApp</p>`,
      "WhatsApp",
    ],
    ["an Italian call to comment", `<p><a href="#commenti">Commenta</a></p>`, "Commenta"],
    ["a Dutch rail label alone", `<p>Meer nieuws uit de regio</p>`, "Meer nieuws"],
  ])("removes %s", (_label, inside, leak) => {
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain(leak);
    expect(a.textContent).toContain("water management plan");
  });

  it("takes a pitch out of a list item, and keeps the item's line of the story", () => {
    const list = `<ul><li>Du wirst dich mehr wie eine Frau fühlen.</li><li>Die Pubertät geht auch wieder vorbei: Mach dir keine Sorgen! <p>Werden Sie Mitglied bei for me und erhalten Sie exklusive Angebote!</p></li></ul>`;
    const text = article(page({ inside: list, lang: "de" })).textContent;
    expect(text).toContain("Die Pubertät geht auch wieder vorbei");
    expect(text).not.toContain("Mitglied");
  });

  it.each([
    ["the pager", `<div><a href="?page=2">Next page</a></div>`, "Next page"],
    ["a back link to the news", `<p><a href="/news">Back to news</a></p>`, "Back to news"],
    [
      "a wire's standards line",
      `<p>Our Standards: <a href="/trust">The Trust Principles.</a></p>`,
      "Standards",
    ],
    ["a pointer to the original", `<p>Read the full story on the original site.</p>`, "full story"],
    [
      "a donation pitch",
      `<p>Thank you for reading! Please support independent journalism.</p>`,
      "journalism",
    ],
    ["a membership pitch", `<p>We rely on readers like you. Become a member today.</p>`, "Become a member"],
    [
      "a Spanish call to join",
      `<p><a href="https://members.example/">Hágase miembro ahora</a></p>`,
      "miembro",
    ],
    [
      "an Argentine subscription pitch",
      `<div><p>Las noticias locales nunca fueron tan importantes <br>SUSCRIBITE</p></div>`,
      "SUSCRIBITE",
    ],
    ["a share pitch", `<p>Did you find this article useful? Please share it.</p>`, "useful"],
    [
      "a funder's note",
      `<p>The Associated Press receives support from the Example Foundation. The AP is solely responsible for all content.</p>`,
      "solely responsible",
    ],
    [
      "an opinion disclaimer",
      `<p><em>The views expressed here are the author's own.</em></p>`,
      "views expressed",
    ],
  ])("removes %s closing the story", (_label, after, leak) => {
    const a = article(page().replace("</article>", `${after}</article>`));
    expect(a.textContent).not.toContain(leak);
    expect(a.textContent.trimEnd()).toMatch(/groundwater levels\.$/);
  });

  it.each([
    "The grant will support local journalism in rural areas, the foundation said on Monday.",
    "The mayor urged residents to donate now to the flood appeal, which has raised £40,000.",
    "Residents can become a member of the new transport forum by writing to the council.",
    "Page 3 of the report lists the twelve routes that will run twice as often.",
    "The photos by John Roe show the flooded streets on Monday morning.",
    "Video: the mayor explains the plan, and the opposition replies.",
    "Editor's note: This story was updated to include the council's vote count.",
    "Protesters urged supporters to join a Telegram channel set up by the organisers.",
    "The minister posted the video on her Telegram channel on Sunday.",
    "The app is also available in French and German.",
    "제보를 받은 경찰은 현장에 출동했다.",
    "• More than 40 towns will get new pipes.",
    "To insert a page break, press Ctrl+Enter.",
    "Les sites ne pourront plus obliger les internautes à accepter les cookies.",
    "El ayuntamiento pidió a los vecinos que descarguen la app para avisar de fugas.",
    "Rating: 4/5",
    "Download speeds reached 100 MB",
    "Members get exclusive offers, the firm said.",
    "Sie sind hier, um zu helfen, sagte der Minister am Donnerstag.",
    "Jetzt 3 Wochen lang wird die Straße gesperrt, teilte die Stadt mit.",
    "Affiliate-Links bringen Bloggern eine Provision von bis zu zehn Prozent ein.",
    "Wir bekommen eine Provision für jeden Vertrag und kaufen damit neue Geräte.",
    "Die Makler erhalten eine Provision, wenn sie über Links im Portal verkaufen.",
    "Es geht weiter mit 3+ Grad und Regen.",
    "Share it with friends, the mayor said.",
    "Jetzt teilen sich drei Familien die Wohnung.",
    "An dieser Stelle findet sich ein Denkmal für die Opfer.",
    "Weiter nach der Anzeige kam die Polizei nicht.",
    "Ihre Meinung ist uns wichtig, sagte die Bürgermeisterin.",
    "Zum Thema: Die Stadt hat bereits 40 Leitungen erneuert.",
    "Weitere Informationen zum Projekt gibt es im Rathaus.",
    "Le maire a promis de réagir à cet article du Monde dans la journée.",
    "Suivez toute l'actualité du conseil, a lancé le maire aux habitants réunis.",
    "Recibe cada año más de un millón de visitantes, según el ayuntamiento.",
    "Mis à jour le plan d'urgence, la ville a ouvert trois centres d'accueil.",
    "Veröffentlicht wurde die Studie im Fachblatt Nature.",
    "Updated guidance was issued to schools on Monday.",
    "Published in 2019, the report found that 40 towns lost water.",
    "Updated figures show 12 more towns joined the scheme.",
    "Print media lost readers as the plan was debated online.",
    "Il sindaco commenta: la città non può più aspettare.",
    "Abbonati per anni al giornale locale, i lettori protestano.",
  ])("keeps the story's sentence %j", (sentence) => {
    expect(article(page({ inside: `<p>${sentence}</p>` })).textContent).toContain(sentence);
  });

  it.each([
    ["it opens with a stamp's word", "Published in 2019, the report found that 40 towns lost water."],
    ["it opens with a stamp's word", "Updated figures show 12 more towns joined the scheme."],
    // A clause opening the sentence reports the closing note's words: someone's, not the page's.
    [
      "a clause reports a note's words",
      "The minister said she would follow him on the issue if the opposition leader proposed a better plan.",
    ],
    [
      "a clause reports a note's words",
      "Residents were told to email their complaints to the council at water@council.example before Friday.",
    ],
    [
      "a clause reports a note's words",
      "The council said residents who spotted an error in the new maps should tell the town hall by Friday.",
    ],
    [
      "a clause reports a note's words",
      'The ministry said its inspectors use the code "W-17" for the most urgent leaks in their reports.',
    ],
    // A relative clause: a bio's words about someone the story names.
    [
      "a relative clause holds a bio's words",
      "Maria Lopez, who is a reporter for the local radio station, first revealed the leaks last year.",
    ],
    [
      "a relative clause holds a bio's words",
      "Juan Perez, who is the founder of a water charity, wants more money for the villages.",
    ],
  ])("keeps the story's closing sentence though %s: %j", (_why, sentence) => {
    expect(article(page().replace("</article>", `<p>${sentence}</p></article>`)).textContent).toContain(
      sentence,
    );
  });

  it.each([
    "Please email the author at jane@news.example with your questions about the plan.",
    "Jane Roe is a reporter for the Valley Times and has covered the water plan since 2019.",
    "You asked, we answered: sign up for our newsletter to get the plan's news first.",
  ])("still drops a closing note: %j", (note) => {
    const text = article(page().replace("</article>", `<p>${note}</p></article>`)).textContent;
    expect(text).not.toContain(note);
    expect(text).toContain(PROSE[3]);
  });

  it.each([
    ["a rail's title whose cards went", `<div><h3>LE PIÙ CONDIVISE</h3></div>`, "CONDIVISE"],
    ["a newsletter box's title", `<div><h2>Be the first to know</h2></div>`, "first to know"],
    [
      "a rail's title and its section's",
      `<section><h3>Autour de Jacques Chirac</h3></section><div><h3>La sélection de la rédac</h3></div>`,
      "Autour de",
    ],
    ["a pitch's question", `<h3>Keine Lust alleine zu radeln?</h3>`, "Keine Lust"],
  ])("removes a heading closing the story, which titles nothing: %s", (_label, after, leak) => {
    const text = article(page().replace("</article>", `${after}</article>`)).textContent;
    expect(text).not.toContain(leak);
    expect(text.trimEnd()).toMatch(/groundwater levels\.$/);
  });

  it.each([
    ["a sentence set as a heading (a pull quote)", `<h4>Es stützt seine Version.</h4>`],
    [
      "a heading over a picture",
      `<h3>The new pumps</h3><figure><img src="https://news.example/i/pumps.jpg" alt="Pumps"></figure>`,
    ],
    ["a credit set as a heading", `<h6>Quelle: https://www.example.org/magazin/2019/wasser</h6>`],
  ])("keeps a closing heading that titles or says something: %s", (_label, after) => {
    const heading = /<h\d>(.*?)<\/h\d>/.exec(after)![1]!;
    expect(article(page().replace("</article>", `${after}</article>`)).textContent).toContain(heading);
  });

  it("keeps a sports story's closing 'UP NEXT' section, the teams' next games", () => {
    const close = `<p>UP NEXT</p><p>Thunder: Host the Lakers on Friday.</p><p>Lakers: Visit the Thunder on Friday.</p>`;
    const text = article(page().replace("</article>", `${close}</article>`)).textContent;
    expect(text).toContain("UP NEXT");
    expect(text).toContain("Thunder: Host the Lakers on Friday.");
  });

  it.each([
    ["Updated 3:27 am PST, Wednesday, November 20, 2019"],
    ["Publié le 21/03/2025 à 14h05 | Mis à jour le 22/03/2025 à 09h00"],
  ])("takes a stamp closing the story: %j", (stamp) => {
    const text = article(page().replace("</article>", `<p>${stamp}</p></article>`)).textContent;
    expect(text).not.toContain(stamp.slice(0, 12));
  });

  // The stamp's words in each language, and the short words beside the date ("om", "kl.", "alle").
  const stamps = [
    ["nl", "Bijgewerkt op 22 maart 2025"],
    ["nl", "Gepubliceerd op 21 maart 2025, 14:05"],
    ["de", "Stand: 22.03.2025 09:00 Uhr"],
    ["de", "Erstellt am 21.03.2025"],
    ["it", "Aggiornato il 22 marzo 2025 alle 09:00"],
    ["es", "Actualizado a las 09:00 h."],
    ["pt", "Atualizado em 22/03/2025 às 09h00"],
    ["pl", "Zaktualizowano 22 marca 2025"],
    ["cs", "Aktualizováno 22. 3. 2025 9:00"],
    ["sv", "Uppdaterad 22 mars 2025 kl. 09.00"],
    ["da", "Publiceret 21. marts 2025"],
    ["fi", "Päivitetty 22.3.2025 9:00"],
    ["ru", "Обновлено 22 марта 2025, 09:00"],
    ["uk", "Оновлено 22 березня 2025, 09:00"],
    ["tr", "Güncelleme: 22.03.2025 09:00"],
    ["id", "Diperbarui 22 Maret 2025, 09:00 WIB"],
    ["de", "Veröffentlichung: 04.02.2022"],
    ["de", "Editiert am 19. Oktober 2019, 19:08 Uhr"],
    ["ar", "آخر تحديث: 22 مارس 2025 - 09:00"],
    ["fa", "تاریخ انتشار: 2025/03/21 14:05"],
    ["he", "פורסם: 21.03.2025 14:05"],
    ["ko", "입력 2025.03.21 14:05"],
    ["ko", "기사입력 2025-03-21 14:05 | 수정 2025-03-22 09:00"],
    ["it", "Ultimo aggiornamento: 30 settembre 2020"],
    ["de", "Letzte Aktualisierung: 31.10.2023"],
    ["fr", "Dernière mise à jour : 22 mars 2025 à 09h00"],
  ];
  it.each(stamps)("takes a stamp amid the story (%s): %j", (lang, stamp) => {
    const a = article(page({ lang }).replace("<p>According to", `<p>${stamp}</p><p>According to`));
    expect(a.textContent).not.toContain(stamp.slice(0, 10));
    expect(a.textContent).toContain("According to the environment ministry");
  });

  it.each(stamps)("takes a stamp closing the story (%s): %j", (lang, stamp) => {
    const a = article(page({ lang }).replace("</article>", `<p>${stamp}</p></article>`));
    expect(a.textContent).not.toContain(stamp.slice(0, 10));
  });

  it.each([
    ["nl", "Bijgewerkt werd het plan door de gemeenten, die op 22 maart 2025 nieuwe cijfers aanleverden."],
    ["de", "Stand 2024 lebten 300 Menschen im Dorf, heute sind es noch 120."],
    ["sv", "Publicerad 21 mars 2025 visade rapporten att städerna förlorar en tredjedel av vattnet."],
    ["ru", "Обновлено 22 марта 2025 года и расписание поездов, сообщили в министерстве."],
  ])("keeps the story's sentence amid it (%s): %j", (lang, sentence) => {
    const a = article(page({ lang }).replace("<p>According to", `<p>${sentence}</p><p>According to`));
    expect(a.textContent).toContain(sentence);
  });
});

describe("a short sentence opening the story", () => {
  it.each([
    ["en", "Updated rules take effect on 1 April."],
    ["de", "Von Montag an gilt das neue Gesetz."],
    ["de", "Von der Leyen sprach am 3. März 2025 in Brüssel."],
    ["de", "Veröffentlicht wird der Bericht im Mai."],
    ["en", "On 22 March 2025, the council voted to close the old pool."],
    ["en", "Updated figures released on 22 March 2025 show that 12 more towns joined the scheme this year."],
    ["en", "Published by Oxford University Press in 2019, the report found that 40 towns lost water."],
    ["de", "Am 21. März 2025 hat der Stadtrat das Hallenbad geschlossen."],
    [
      "de",
      "Aktualisiert wurde der Plan zuletzt am 22. März 2025, nachdem die Gemeinden neue Daten vorgelegt hatten.",
    ],
    // Rows that are not all facts about the story: a part of its own, an event's facts (where and
    // when it takes place), no date among the parts.
    ["de", "21.03.2025 | Quelle: dpa | Was die Stadt jetzt plant (Teil 2)"],
    ["de", "Datum: 21.03.2025 | Ort: Stadthalle am Marktplatz in Aalen | Beginn: 19 Uhr, Einlass ab 18 Uhr"],
    ["de", "Quelle: dpa | Lesedauer etwa 4 min"],
  ])("keeps it (%s): %j", (lang, sentence) => {
    const a = article(page({ lang }).replace("<p>The regional", `<p>${sentence}</p><p>The regional`));
    expect(a.textContent).toContain(sentence);
  });

  it.each([
    ["de", "Mittwoch, 21. März 2025, 14:05 Uhr"],
    ["en", "Posted: Thursday, April 21, 2022. 10:11 pm CST."],
    ["pt", "sexta-feira, 22 de outubro de 2010 às 20:13"],
    // A dash between the day and the time, as typeset ("–", "—").
    ["de", "15.12.2020 – 14:49"],
    ["en", "March 21, 2025 — 2:05 PM"],
    // Opened by a publication word (Arabic: "it was published Friday …").
    ["ar", "تم نشره الجمعة 24 أبريل 2020 09:22 مساءً"],
    ["de", "Veröffentlichung: 04.02.2022"],
    // The writer's initials after the date, in brackets.
    ["de", "14.06.2019 (ch)"],
    // A row of the story's facts, and a reading time on its own line.
    [
      "de",
      "28.04.2021 - 07:18 | Quelle: dpa-afx | Lesedauer etwa 4 min. | Text vorlesen Stop Pause Fortsetzen",
    ],
    ["en", "March 21, 2025 · By Jane Doe · 4 min read"],
    ["en", "1-MIN READ"],
    ["fr", "Temps de lecture : 3 min"],
  ])("takes a date line there all the same (%s): %j", (lang, line) => {
    const a = article(page({ lang }).replace("<p>The regional", `<p>${line}</p><p>The regional`));
    expect(a.textContent).not.toContain(line.slice(0, 12));
  });

  it.each([
    ["en", "By Jane Doe, staff writer.", "Jane Doe"],
    ["fr", "Par Jean Dupont, envoyé spécial à Kyiv.", "Jean Dupont"],
    // A Korean reporter's name and role, with the separator the site set after them.
    ["ko", "이용민 기자 |", "이용민"],
  ])("takes a byline there with its writer's role (%s): %j", (lang, line, byline) => {
    const a = article(page({ lang }).replace("<p>The regional", `<p>${line}</p><p>The regional`));
    expect(a.textContent).not.toContain(line.slice(0, 12));
    expect(a.byline).toBe(byline);
  });
});

describe("a row of the story's tools", () => {
  it("removes the row above the story", () => {
    const inside = "<p><a href='#'>Save</a> <a href='#'>Share</a> <a href='#'>Gift article</a></p>";
    expect(article(page({ inside })).textContent).not.toContain("Gift article");
  });

  it("removes a row whose tool between two went (print view | | report a typo)", () => {
    const inside = "<p><a href='#'>Druckansicht</a> | | <a href='#'>Tippfehler melden</a></p>";
    expect(article(page({ inside, lang: "de" })).textContent).not.toContain("Druckansicht");
  });
});

describe("a meta list above the story", () => {
  it("takes its date when the writer's picture and name beside it stand in blocks of their own", () => {
    // The list holds a block (the linked picture's <p>): its items are the lines, not the list.
    const inside = `<ul><li><p>Von</p></li><li><a href="/autor/jan"><p><img src="/jan.jpg" alt="Jan" width="80" height="80"></p><span>Jan Roe</span></a></li><li><time>19.10.19, 08:16 Uhr</time></li></ul>`;
    const a = article(page({ inside, lang: "de" }));
    expect(a.textContent).not.toContain("08:16");
    expect(a.textContent).toContain("water management plan");
    // The writer's picture goes with the lines beside it: the reader showed it alone, bulleted.
    expect(a.content).not.toContain("/jan.jpg");
  });

  it("keeps a small picture above the story when no byline or date went beside it", () => {
    const inside = `<p><a href="/dossier/wasser"><img src="/wasser-icon.png" alt="Dossier Wasser" width="80" height="80"></a></p>`;
    expect(article(page({ inside, lang: "de" })).content).toContain("/wasser-icon.png");
  });

  it("keeps the lead picture beside a byline that went", () => {
    const inside = `<p>Von Jan Roe</p><p><img src="/see.jpg" alt="Der See" width="800" height="450"></p>`;
    const a = article(page({ inside, lang: "de" }));
    expect(a.textContent).not.toContain("Jan Roe");
    expect(a.content).toContain("/see.jpg");
  });

  it("keeps a list of the story's own whose items are short and dated", () => {
    const inside = `<ul><li><p>Die Termine:</p></li><li>21.03.2025: Anhörung</li><li>22.03.2025: Abstimmung im Landtag</li></ul>`;
    const text = article(page({ inside, lang: "de" })).textContent;
    expect(text).toContain("Anhörung");
    expect(text).toContain("Abstimmung im Landtag");
  });
});

describe("an embed's placeholder for readers who refused cookies", () => {
  it.each([
    [
      "de",
      `<div class="css-q1w2"><p class="css-e3r4">Empfohlener externer Inhalt</p><p>An dieser Stelle finden Sie einen externen Inhalt von X, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen und wieder ausblenden.</p><label class="css-t5y6"><input type="checkbox"> Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.</label><a href="/datenschutz">Mehr dazu in unserer Datenschutzerklärung</a></div>`,
    ],
    [
      "en",
      `<div class="css-q1w2"><p class="css-e3r4">Recommended external content</p><label class="css-t5y6"><input type="checkbox"> I agree to have external content displayed to me. Personal data may be transmitted to third-party platforms.</label></div>`,
    ],
  ])("removes a switch for external content and its consent line (%s), its classes hashed", (lang, box) => {
    const a = article(page({ lang }).replace("<p>According to", `${box}<p>According to`));
    for (const leak of ["einverstanden", "Datenschutzerklärung", "I agree", "third-party"])
      expect(a.textContent).not.toContain(leak);
    expect(a.textContent).toContain("According to the environment ministry");
  });

  it("keeps a story's sentence that quotes the switch's words", () => {
    const quote = `<p>The regulator found that a line reading "I agree to have external content displayed to me" was ticked in advance on most of the sites it checked.</p>`;
    const a = article(page().replace("<p>According to", `${quote}<p>According to`));
    expect(a.textContent).toContain("ticked in advance");
  });

  it.each([
    ["French", "Pour voir cette vidéo, acceptez les cookies."],
    ["Spanish", "Este contenido no se puede mostrar porque no has aceptado las cookies."],
    ["English", "This content is blocked. Accept cookies to view the content."],
  ])("removes the %s placeholder amid the story", (_language, line) => {
    const a = article(page().replace("<p>According to", `<p>${line}</p><p>According to`));
    expect(a.textContent).not.toContain("cookies");
    expect(a.textContent).toContain("According to the environment ministry");
  });

  it.each([
    [
      "en",
      `<div><h4>Tell us what you think</h4><p>Take our two-minute survey and help us improve our coverage.</p><a href="/survey">Start survey</a></div>`,
      "two-minute survey",
    ],
    [
      "de",
      `<div><h4>Ihre Meinung ist gefragt</h4><p>Nehmen Sie an unserer kurzen Umfrage teil und helfen Sie uns, besser zu werden.</p><a href="/umfrage">Zur Umfrage</a></div>`,
      "kurzen Umfrage",
    ],
  ])("removes a survey box (%s) amid and closing the story", (lang, box, leak) => {
    const amid = article(page({ lang }).replace("<p>According to", `${box}<p>According to`));
    expect(amid.textContent).not.toContain(leak);
    expect(amid.textContent).toContain("According to the environment ministry");
    const closing = article(page({ lang }).replace("</article>", `${box}</article>`));
    expect(closing.textContent).not.toContain(leak);
  });

  it.each([
    [
      "amid",
      (html: string, line: string) => html.replace("<p>According to", `<p>${line}</p><p>According to`),
    ],
    ["closing", (html: string, line: string) => html.replace("</article>", `<p>${line}</p></article>`)],
  ])("keeps a German sentence opening with a rail's words, %s the story", (_where, place) => {
    const sentence = "Weitere Artikel des Gesetzes regeln die Gebühren.";
    expect(article(place(page({ lang: "de" }), sentence)).textContent).toContain(sentence);
  });

  it.each([
    "More than 2,000 residents chose to take the online survey, the council said on Monday.",
    "Nehmen Sie an der Umfrage teil, forderte der Bürgermeister die Bürger am Montag auf.",
  ])("keeps a story's sentence on a survey: %j", (sentence) => {
    const a = article(page().replace("<p>According to", `<p>${sentence}</p><p>According to`));
    expect(a.textContent).toContain(sentence);
  });

  it("keeps a story's sentence on cookies", () => {
    const sentence = "Under the new law, websites may no longer force visitors to accept cookies.";
    const a = article(page().replace("<p>According to", `<p>${sentence}</p><p>According to`));
    expect(a.textContent).toContain(sentence);
  });
});

describe("a note that the page is in other languages too", () => {
  it.each([
    ["English", "This post is also available in: <a href='/de/x'>Deutsch</a> <a href='/fr/x'>Français</a>"],
    ["German", "Dieser Artikel ist auch verfügbar auf: <a href='/en/x'>English</a>"],
    ["Spanish", "Este artículo también está disponible en: <a href='/en/x'>English</a>"],
    ["Italian", "Questo articolo è disponibile anche in: <a href='/en/x'>English</a>"],
  ])("removes the %s note above the story", (_language, note) => {
    const a = article(page({ inside: `<p class="lang-note">${note}</p>` }));
    expect(a.textContent).not.toMatch(/available|verfügbar|disponib/);
    expect(a.textContent).toContain("water management plan");
  });
});

describe("closing lines in the pages' languages", () => {
  it.each([
    ["dpa's copy code", "<p>© dpa-infocom, dpa:250321-930-412345/1</p>"],
    ["a German gift button", "<p>Artikel verschenken</p>"],
    ["a German share label", "<p>Diesen Artikel teilen</p>"],
    ["a French share label", "<p>Partager cet article</p>"],
    ["a Spanish share label", "<p>Compartir en Facebook</p>"],
    ["a Dutch share label", "<p>Deel dit artikel</p>"],
    ["a Polish share label", "<p>Udostępnij</p>"],
    ["a Russian share label", "<p>Поделиться</p>"],
    ["a Turkish share label", "<p>Paylaş</p>"],
    ["an Arabic share label", "<p>شارك المقال</p>"],
    ["a Chinese share label", "<p>分享到：</p>"],
    ["a Japanese share label", "<p>この記事をシェアする</p>"],
    ["a Korean share label", "<p>공유하기</p>"],
    ["a Korean copyright line", "<p>저작권자 © 연합뉴스 무단전재 및 재배포 금지</p>"],
    ["a Spanish comments link", "<p>Ver comentarios</p>"],
    ["topics written as text", "<p>Tags: Transport, Buses, Council</p>"],
    ["a German error report prompt", "<p>Haben Sie einen Fehler gefunden? Schreiben Sie uns.</p>"],
    ["a French error report prompt", "<p>Vous avez trouvé une erreur ? Signalez-la.</p>"],
    ["a German paywall's pitch", "<p>Lesen Sie jetzt weiter mit SZ Plus</p>"],
    ["a French follow-us line", "<p>Suivez-nous sur Facebook et Twitter</p>"],
    ["a Russian channel pitch", "<p>Подписывайтесь на наш Telegram-канал</p>"],
    [
      "a German WhatsApp channel",
      "<p><strong>Unser WhatsApp-Kanal:</strong> Jetzt abonnieren und keine News verpassen.</p>",
    ],
    ["a Spanish Telegram channel", "<p>Únete a nuestro canal de Telegram para recibir las noticias.</p>"],
    ["a call to join a channel", "<p>Join the Daily Example WhatsApp channel for the latest news.</p>"],
  ])("removes %s", (_label, after) => {
    const a = article(page().replace("</article>", `${after}</article>`));
    expect(a.textContent.trimEnd()).toMatch(/groundwater levels\.$/);
  });
});

describe("share labels amid the story", () => {
  it.each([
    [
      "a German label over share icons",
      `<div class="pane"><hr> Den Artikel mit anderen teilen/diskutieren: <ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=x"><i class="fa"></i></a></li></ul></div>`,
      "teilen/diskutieren",
    ],
    ["a German label naming friends", "<p>Diesen Artikel mit Freunden teilen</p>", "mit Freunden"],
  ])("removes %s", (kind, inside, leak) => expectRemoved(kind, inside, leak));

  it("keeps a story's sentence that opens with the same words", () => {
    const sentence =
      "Den Artikel mit anderen teilen, das wollten die Leser, und so entstand die neue Funktion für alle Abonnenten.";
    expect(article(page({ lang: "de", inside: `<p>${sentence}</p>` })).textContent).toContain(sentence);
  });
});

describe("closing lines of Portuguese, Indonesian and Thai pages", () => {
  it.each([
    ["a Portuguese share label", "<p>Compartilhe essa notícia</p>"],
    ["a Portuguese newsletter pitch", "<p>Assine a newsletter</p>"],
    ["a Portuguese WhatsApp pitch", "<p>Receba as notícias no WhatsApp</p>"],
    ["a Portuguese follow-us line", "<p>Siga o g1 no Instagram</p>"],
    ["an Indonesian Google News pitch", "<p>Simak berita dan artikel lainnya di Google News</p>"],
    [
      "an Indonesian Telegram pitch",
      "<p>Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram</p>",
    ],
    ["a desk's initials", "<p>(jdo/jdo)</p>"],
    ["a Thai inline promo", `<p>อ่านข่าวต่อ: <a href="/x">ค่าโดยสาร</a></p>`],
    ["a German inline promo", `<p>Auch interessant: <a href="/x">Neue Brunnen im Kreis</a></p>`],
    ["a Czech inline promo", `<p>Mohlo by vás zajímat: <a href="/x">Nové studny v kraji</a></p>`],
    ["a Slovenian inline promo", `<p>Preberite tudi: <a href="/x">Novi vodnjaki</a></p>`],
    ["a Lithuanian inline promo", `<p>Skaitykite taip pat: <a href="/x">Nauji šuliniai</a></p>`],
    ["a Latvian inline promo", `<p>Lasiet arī: <a href="/x">Jaunas akas</a></p>`],
    ["an Estonian inline promo", `<p>Loe ka: <a href="/x">Uued kaevud</a></p>`],
    ["a Czech newsletter pitch", "<p>Přihlaste se k odběru našeho newsletteru.</p>"],
    ["a Dutch follow-us line", "<p>Volg ons op Facebook, Twitter en Instagram.</p>"],
    ["a Polish follow-us line", "<p>Obserwuj nas na Facebooku i Twitterze.</p>"],
    ["a Spanish share label", "<p>Compartir esta noticia</p>"],
    ["a German support pitch", "<p>Unterstützen Sie unabhängigen Journalismus.</p>"],
    ["a French support pitch", "<p>Soutenez le journalisme indépendant.</p>"],
    ["an inbox pitch", "<p>Get the latest news delivered to your inbox</p>"],
  ])("removes %s", (_label, after) => {
    const a = article(page().replace("</article>", `${after}</article>`));
    expect(a.textContent.trimEnd()).toMatch(/groundwater levels\.$/);
  });

  it.each([
    // E-mail sign-up boxes, whatever the language of their pitch.
    [
      "a Hebrew sign-up box",
      "<div><p>הירשמו לניוזלטר שלנו וקבלו את כל העדכונים</p><form><input type='email'><button>הרשמה</button></form></div>",
    ],
    [
      "a Japanese sign-up box",
      "<div><p>メールマガジンの登録はこちらから。</p><form><input name='mail'><button>登録</button></form></div>",
    ],
    [
      "a Korean sign-up box",
      "<div><p>뉴스레터를 구독하고 최신 소식을 받아보세요.</p><form><input placeholder='E-mail'><button>구독</button></form></div>",
    ],
    // Tag lists.
    ["an Arabic tag list", "<p>الوسوم: <a href='/t/1'>المياه</a> <a href='/t/2'>البرلمان</a></p>"],
    ["a Hebrew tag list", "<p>תגיות: <a href='/t/1'>מים</a> <a href='/t/2'>כנסת</a></p>"],
    ["a Japanese tag list", "<p>タグ： <a href='/t/1'>水</a> <a href='/t/2'>国会</a></p>"],
    ["a Chinese tag list", "<p>标签： <a href='/t/1'>水资源</a> <a href='/t/2'>议会</a></p>"],
    ["a Korean tag list", "<p>태그: <a href='/t/1'>물</a> <a href='/t/2'>국회</a></p>"],
    ["a Persian tag list", "<p>برچسب‌ها: <a href='/t/1'>آب</a> <a href='/t/2'>مجلس</a></p>"],
    // Follow-us lines.
    [
      "an Arabic follow-us line",
      "<p>تابعونا على <a href='https://facebook.com/x'>فيسبوك</a> و<a href='https://twitter.com/x'>تويتر</a></p>",
    ],
    ["a Persian follow-us line", "<p>ما را در <a href='https://t.me/x'>تلگرام</a> دنبال کنید</p>"],
    ["a Hindi follow-us line", "<p>हमें फॉलो करें: <a href='https://facebook.com/x'>फेसबुक</a></p>"],
    ["a Thai follow-us line", "<p>ติดตามข่าวสารได้ที่ <a href='https://line.me/x'>LINE</a></p>"],
    [
      "an Indonesian follow-us line",
      "<p>Ikuti berita terkini di <a href='https://news.google.com/x'>Google News</a></p>",
    ],
    // Promos in brackets or after an arrow, a Hebrew one; legal lines; a Japanese editor's credit.
    ["a Japanese bracketed promo", "<p>【関連記事】<a href='/a'>水道管の老朽化、全国で深刻に</a></p>"],
    ["a Chinese bracketed promo", "<p>【相关阅读】<a href='/a'>全国水管老化问题严重</a></p>"],
    ["a Korean arrowed promo", "<p>▶ 관련기사: <a href='/a'>전국 수도관 노후화 심각</a></p>"],
    ["a Hebrew inline promo", "<p>עוד בנושא: <a href='/a'>צנרת המים מזדקנת</a></p>"],
    ["a Hebrew legal line", "<p>כל הזכויות שמורות</p>"],
    ["an Arabic read-more promo", "<p>اقرأ المزيد: <a href='/a'>أزمة المياه في الجنوب</a></p>"],
    ["a Persian read promo", "<p><strong>بخوانید:</strong> <a href='/a'>بحران آب در جنوب</a></p>"],
    ["an Urdu read-more promo", "<p>مزید پڑھیں: <a href='/a'>جنوب میں پانی کا بحران</a></p>"],
    ["an Iranian agency's story code", "<p>کد خبر: ۳۱۲۳۴۵۶</p>"],
    ["a Hebrew comment section", "<div><h3>תגובות</h3><p>כתבה מצוינת, תודה רבה על המידע החשוב</p></div>"],
    [
      "an Israeli site's talkbacks",
      "<div class='talkbacks'><h3>Join in</h3><p>Great article, thank you very much for the important information</p></div>",
    ],
    ["a Japanese editor's credit", "<p>（編集：山田）</p>"],
    ["a Japanese read-on link", "<p><a href='/a?page=2'>続きを読む</a></p>"],
    ["a Japanese link to the story's photos", "<p><a href='/a/photos'>この記事の写真をすべて見る</a></p>"],
    ["a Japanese pager", "<p><a href='?p=2'>次のページへ</a></p>"],
    ["a Japanese share label", "<p>この記事をSNSでシェア</p>"],
    ["a Chinese reprint notice", "<p>版权声明：本文为原创文章，转载请注明出处。</p>"],
    ["a Chinese disclaimer", "<p>声明：本文仅代表作者观点，不代表本站立场。</p>"],
    ["a Korean reporter's address", "<p>홍길동 기자 hong@example.co.kr</p>"],
    ["a Korean tip line", "<p>제보는 카카오톡 okjebo</p>"],
    ["a Korean arrowed promo without a colon", "<p>▶ 관련 기사 <a href='/a'>전국 수도관 노후화 심각</a></p>"],
    ["a Japanese advertorial's label", "<div><span>PR</span></div>"],
    ["a Russian typo notice", "<p>Нашли ошибку? Выделите текст и нажмите Ctrl+Enter</p>"],
    [
      "a Russian call to read the site elsewhere",
      "<p>Читайте нас в <a href='https://t.me/x'>Telegram</a></p>",
    ],
    [
      "a Russian advertorial's register line",
      "<p>Реклама. ООО «Ромашка», ИНН 7700000000, erid: 2VtzqwXyZ</p>",
    ],
    ["a Russian inline promo", "<p>По теме: <a href='/a'>Старые трубы</a></p>"],
    ["a Polish inline promo", "<p>Czytaj więcej: <a href='/a'>Stare rury w kraju</a></p>"],
    ["an age rating's mark", "<p>18+</p>"],
    ["a Russian photo credit", "<p>Фото: Иван Иванов / ТАСС</p>"],
    [
      "a Polish call for tips",
      "<p>Masz temat lub ciekawą informację? Napisz do nas: redakcja@example.pl</p>",
    ],
    ["a Czech call for tips", "<p>Máte tip na článek? Napište nám na tipy@example.cz</p>"],
    ["a French app pitch", "<p>Téléchargez l'application Le Example pour suivre l'actualité en direct.</p>"],
    [
      "a French newsletter pitch",
      "<p>Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.</p>",
    ],
    [
      "French share buttons written out",
      "<p>Partager sur Facebook Partager sur Twitter Envoyer par e-mail</p>",
    ],
    ["a French subscription offer", "<p>Offre spéciale : 1 € le premier mois, sans engagement.</p>"],
    ["a Spanish WhatsApp pitch", "<p>Recibe las noticias más importantes en tu WhatsApp.</p>"],
    ["a Spanish error prompt", "<p>¿Has visto un error? Escríbenos.</p>"],
    ["a Spanish YouTube channel", "<p>Sigue toda la información en nuestro canal de YouTube.</p>"],
    ["an Italian app pitch", "<p>Scarica l'app di Example News per restare sempre aggiornato.</p>"],
    ["an Italian closed-comments line", "<p>I commenti sono chiusi.</p>"],
    [
      "Portuguese topics",
      "<p>Assuntos relacionados: <a href='/t/1'>Água</a> <a href='/t/2'>Política</a></p>",
    ],
    ["a Dutch error prompt", "<p>Heb je een fout gezien? Laat het ons weten.</p>"],
    ["a Swedish call for tips", "<p>Har du ett tips? Mejla oss på tips@example.se</p>"],
    ["a Finnish call for tips", "<p>Onko sinulla uutisvinkki? Lähetä vinkki toimitukselle.</p>"],
    ["a Turkish Google News pitch", "<p>Bizi Google News üzerinden takip edin.</p>"],
    ["an Indonesian Google News pitch", "<p>Baca berita lainnya di Google News.</p>"],
    ["a Hindi WhatsApp channel", "<p>हमारे व्हाट्सएप चैनल से जुड़ें</p>"],
    ["a call to turn on alerts", "<p>Turn on notifications to get breaking news alerts.</p>"],
    ["a call to sign in for a tool", "<p>Sign in to save this article.</p>"],
    [
      "a call to get the site's app, with its button",
      `<div class="css-7h8j9k"><p>Get the news app for iPhone and Android: breaking news alerts, free.</p><a href="https://apps.apple.com/app/id1">Download</a></div>`,
    ],
    ["a German call to get the app", "<p>Holen Sie sich die Nachrichten-App für iOS und Android.</p>"],
  ])("removes %s", (_label, after) => {
    const a = article(page().replace("</article>", `${after}</article>`));
    expect(a.textContent.trimEnd()).toMatch(/groundwater levels\.$/);
  });

  it.each([
    "Users who download the app can report leaks directly to the water company.",
    "The ministry said people could get the app for Android from next week.",
    "Residents can enable notifications in the council's app to hear about repairs.",
    "Officials noticed an error in the budget last week and corrected it.",
    "Der Vertrag ist laut Verbraucherzentrale jederzeit kündbar und kostet nichts extra.",
  ])("keeps the story's closing sentence %j", (sentence) => {
    expect(article(page().replace("</article>", `<p>${sentence}</p></article>`)).textContent).toContain(
      sentence,
    );
  });

  it("keeps the story beside a sign-up form: a box saying more than a pitch loses its form only", () => {
    const form = `<form><input type="email"><button>Sign up</button></form>`;
    const a = article(page().replace("</article>", `${form}</article>`));
    expect(a.textContent).toContain("water management plan");
    expect(a.textContent).toContain("groundwater levels.");
    // A paragraph of the story beside the form in its own box: the box is no pitch of 250 characters.
    const story = `<div><p>${"The plan also sets targets for reuse of treated water in industry and on farms. ".repeat(4)}</p>${form}</div>`;
    expect(article(page().replace("</article>", `${story}</article>`)).textContent).toContain(
      "reuse of treated water",
    );
  });

  it("keeps a wire's credit in initials and slashes, which names the source", () => {
    const a = article(page().replace("</article>", "<p>(dpa/mm)</p></article>"));
    expect(a.textContent).toContain("(dpa/mm)");
    expect(a.source).toBe("dpa");
  });
});

describe("a widget a site's script puts amid the story, its classes hashed", () => {
  const teaser = (title: string, brand: string) =>
    `<div class="css-v1"><a href="https://ads.example.net/c?i=1" rel="nofollow"><span class="css-v2">${title}</span><span class="css-v3">${brand}</span></a></div>`;
  it.each([
    [
      "a recommendation feed's title",
      `<div class="css-a1"><div class="css-a2"><div class="css-a3">You May Like</div></div><div class="css-a4">${teaser("Surgeon Reveals Simple Trick to Tighten Loose Skin", "Skin Health Daily")}${teaser("Seniors Are Ditching Their Old Cars", "Auto Deals Today")}</div></div>`,
      "You May Like",
    ],
    [
      "a podcast's promo, its title over its links",
      `<div class="css-b1"><h4>Listen to our daily podcast</h4><p>Subscribe on Apple Podcasts, Spotify or wherever you get your podcasts.</p></div>`,
      "podcast",
    ],
    [
      "a call to get the app after a colon",
      `<div class="css-c1"><p>Get breaking news alerts on your phone: download our free app for iOS and Android.</p></div>`,
      "free app",
    ],
  ])("removes %s", (_label, widget, leak) => {
    const a = article(page().replace(`<p>${PROSE[1]}</p>`, `<p>${PROSE[1]}</p>${widget}`));
    expect(a.textContent).not.toContain(leak);
    for (const paragraph of PROSE) expect(a.textContent).toContain(paragraph);
  });

  it.each([
    "Listen to our daily podcast, the editor told staff, was the most popular thing the paper made last year.",
    "You may like the plan or not, the minister said, but the pipes have to be repaired.",
  ])("keeps the story's sentence %j", (sentence) => {
    const a = article(page().replace(`<p>${PROSE[1]}</p>`, `<p>${PROSE[1]}</p><p>${sentence}</p>`));
    expect(a.textContent).toContain(sentence);
  });
});
