import { describe, expect, it } from "vitest";
import { declutter } from "../../src/extract/declutter";
import { trimClosingBoilerplate } from "../../src/extract/declutter-shapes";
import { article, doc, page } from "./extract-helpers";

const teaser = (n: number) =>
  `<article><h2><a href="/t/${n}">Teaser ${n}</a></h2><p>Teaser text number ${n}, a whole other post shown in full under the story, long enough to count as prose for the scorer of the page.</p></article>`;

describe("clutter told by its shape", () => {
  it("removes a tag list (links marked rel=tag) with its label", () => {
    const inside = `<p><strong>Tags<br><a href="/t/w" rel="tag">irrigation subsidies</a>, <a href="/t/f" rel="category tag">farming news</a></strong></p>`;
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain("irrigation subsidies");
    expect(a.textContent).not.toContain("Tags");
    expect(a.textContent).toContain("water management plan");
  });

  it("keeps a paragraph that only mentions a tag link in its prose", () => {
    const inside = `<p>The ministry published the full text of the plan, and our <a href="/t/w" rel="tag">water</a> section will follow how the money is spent over the next five years.</p>`;
    expect(article(page({ inside })).textContent).toContain("our water section will follow");
  });

  it("removes the post navigation (links marked rel=prev and rel=next) at the story's end", () => {
    const pager = `<ul class="pager"><li class="left"><a href="/older" rel="prev">Older post: the budget vote on the new bridge</a></li><li class="right"><a href="/newer" rel="next">Newer post: floods in the valley</a></li></ul>`;
    const a = article(page().replace("</article>", `${pager}</article>`));
    expect(a.textContent).not.toContain("budget vote on the new bridge");
    expect(a.textContent).not.toContain("floods in the valley");
    expect(a.textContent).toContain("groundwater levels");
  });

  it("keeps a paragraph whose prose holds a link to the next page", () => {
    const end = `<p>The committee will publish its report on the pipes in spring, and the <a href="/p2" rel="next">second part of this series</a> looks at what towns have already repaired.</p>`;
    const a = article(page().replace("</article>", `${end}</article>`));
    expect(a.textContent).toContain("second part of this series looks at");
  });

  it("removes a language switcher (links marked hreflang) with its label and flags", () => {
    const inside =
      `<div class="lang"><span>This post is also available in:</span><ul><li><a href="/en/plan" hreflang="en-US"><img src="/flags/en.png" alt="English"> English</a></li></ul></div>` +
      `<p class="switch"><a href="/fr/plan" hreflang="fr">Français</a> | <a href="/de/plan" hreflang="de">Deutsch</a> | <a href="/es/plan" hreflang="es">Español</a></p>`;
    const a = article(page({ lang: "de", inside }));
    expect(a.textContent).not.toContain("also available in");
    expect(a.textContent).not.toContain("English");
    expect(a.textContent).not.toContain("Français");
    expect(a.textContent).toContain("water management plan");
  });

  it("keeps links a site marks with the page's own language (every link, on some sites)", () => {
    const inside = `<p>Die Regierung verwies auf <a href="/t/water" hreflang="de">die Wasserwirtschaft</a> und <a href="/t/farm" hreflang="de">die Landwirtschaft</a>.</p>`;
    const a = article(page({ lang: "de", inside }));
    expect(a.textContent).toContain("Die Regierung verwies auf die Wasserwirtschaft und die Landwirtschaft.");
  });

  it("removes a hover card nested in a paragraph's link, keeps the link's own text", () => {
    const inside = `<p>The plan was backed by Rep. <span class="person"><a href="/p/jane">Jane Doe</a><span class="card"><img src="/jane.jpg" alt=""><a href="/a/1">Other story one about the drought</a> <a href="/a/2">Other story two about the pipes</a></span></span> and by most of her party.</p>`;
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain("Other story one");
    expect(a.textContent).toContain("backed by Rep. Jane Doe and by most");
  });

  it("keeps the name a hover card is about when the sentence links on after it", () => {
    const inside = `<p>The plan was backed by Rep. <span class="person"><a href="/p/jane">Jane Doe</a><span class="card"><img src="/jane.jpg" alt=""><a href="/a/1">Other story one about the drought</a> <a href="/a/2">Other story two about the pipes</a></span></span> (D-Ohio) shortly after the <a href="/a/3">vote</a>.</p>`;
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain("Other story one");
    expect(a.textContent).toContain("backed by Rep. Jane Doe (D-Ohio) shortly after the vote.");
  });

  it("removes a rail titled 'Você pode gostar...' that holds whole teasers after the story", () => {
    const after = `<div><h3>Você pode gostar...</h3>${teaser(1)}${teaser(2)}${teaser(3)}${teaser(4)}</div>`;
    const a = article(page({ after }));
    expect(a.textContent).not.toContain("Teaser text number");
    expect(a.textContent).toContain("water management plan");
  });

  it("keeps a box titled like a rail when it holds the headline", () => {
    const html = `<html><head><title>T</title></head><body><div><h3>Recommended</h3><h1>Parliament approves water plan</h1>${[
      1, 2, 3,
    ]
      .map(
        (n) =>
          `<p>Paragraph ${n} of the story about the water plan, long enough to be the story's prose and nothing else on this page.</p>`,
      )
      .join("")}</div></body></html>`;
    expect(article(html).textContent).toContain("Paragraph 2 of the story");
  });
});

describe("teaser grids", () => {
  const short = (n: number, href: string) =>
    `<article class="card"><h2><a href="${href}">Other story ${n} headline</a></h2><p>Other story ${n} summary, a line or two to tempt the reader.</p></article>`;
  const story = (teasers: string) =>
    `<html><head><title>T</title><link rel="canonical" href="https://news.example/water-plan"></head><body><section>${teasers}<article><h1>Parliament approves water plan</h1>${Array.from(
      { length: 12 },
      (_, i) =>
        `<p>Paragraph ${i} of the story about the water plan, long enough to count as the story's prose and nothing else.</p>`,
    ).join("")}</article>${teasers}</section></body></html>`;

  it("removes short teaser articles beside a story article", () => {
    const d = doc(story([1, 2, 3].map((n) => short(n, `/other-${n}`)).join("")));
    declutter(d);
    expect(d.body.textContent).not.toContain("Other story 2");
    expect(d.body.textContent).toContain("Paragraph 5 of the story");
  });

  it("removes a list of teasers that are articles by their role", () => {
    const item = (n: number) =>
      `<li role="article" class="teaser"><h2><a href="/other-${n}">Other story ${n} headline</a></h2><ul><li>Jane Roe, 28.03.18</li><li>Other story ${n} summary, a line or two.</li></ul></li>`;
    const d = doc(story(`<ul>${[1, 2, 3, 4].map(item).join("")}</ul>`));
    declutter(d);
    expect(d.body.textContent).not.toContain("Other story 2");
    expect(d.body.textContent).toContain("Paragraph 5 of the story");
  });

  it("keeps teasers when no story article stands beside them (a section front)", () => {
    const d = doc(
      `<html><body><main>${[1, 2, 3, 4].map((n) => short(n, `/other-${n}`)).join("")}</main></body></html>`,
    );
    declutter(d);
    expect(d.body.textContent).toContain("Other story 2 summary");
  });

  it("keeps a short post whose title links to the page itself", () => {
    const teasers = [1, 2, 3].map((n) => short(n, `/other-${n}`)).join("") + short(9, "/water-plan");
    const d = doc(story(teasers));
    declutter(d);
    expect(d.body.textContent).toContain("Other story 9 summary");
    expect(d.body.textContent).not.toContain("Other story 2 summary");
  });
});

describe("teaser cards amid the story", () => {
  const card = (href: string, more = "mehr", moreHref = href) =>
    `<div class="box"><p>Weitere Informationen</p><h2><a href="${href}">Was Sie zum Wasserplan wissen müssen</a></h2><p>Der Plan betrifft Bauern und Städte gleichermaßen. Hier finden Sie Antworten auf viele Fragen. <a href="${moreHref}">${more}</a></p></div>`;

  it("removes a linked heading, its summary and its 'more' link to the same page, with the box's label", () => {
    const a = article(page({ inside: card("/ratgeber/wasserplan-faq.html") }));
    expect(a.textContent).not.toContain("Antworten auf viele Fragen");
    expect(a.textContent).not.toContain("Was Sie zum Wasserplan");
    expect(a.textContent).not.toContain("Weitere Informationen");
    expect(a.textContent).toContain("water management plan");
  });

  it("knows the 'more' link in other languages and with its arrows ('Read more »', 'Lire la suite…')", () => {
    for (const more of ["Read more »", "Lire la suite…", "Weiterlesen ›", "leer más"]) {
      const a = article(page({ inside: card("/faq", more) }));
      expect(a.textContent, more).not.toContain("Antworten auf viele Fragen");
    }
  });

  it("reads a card's title in a line of its own, not a heading (a CMS's title field in a table cell)", () => {
    const cell = (i: number) =>
      `<td><div><img src="https://news.example/i/${i}.jpg" width="270" height="150"></div><div>Una comisión inspeccionó este martes los avances de los trabajos número ${i} en la rotonda de la avenida.</div><div><a href="/cochabamba/obra-${i}">Ver más</a></div><div><span>03/05/2022</span><div><a href="/cochabamba/obra-${i}">Semapa inspecciona los avances del trabajo número ${i}</a></div></div></td>`;
    const inside = `<table><tr>${[1, 2].map(cell).join("")}</tr></table>`;
    const text = afterDeclutter(page({ lang: "es", inside }));
    expect(text).not.toContain("Semapa inspecciona");
    expect(text).not.toContain("Una comisión inspeccionó");
    expect(text).toContain("water management plan");
  });

  it("keeps a paragraph whose 'more' link and a short link go to the same page", () => {
    const inside = `<p>The ministry published <a href="/faq">its answers</a> on the plan for farmers and towns. <a href="/faq">More</a></p>`;
    expect(article(page({ inside })).textContent).toContain("published its answers on the plan");
  });

  // The keeping cases read the page after declutter: a box of links this dense is Readability's
  // to weigh afterwards (its link-density cleaning drops it from a story long enough to stand).
  const afterDeclutter = (html: string): string => {
    const d = doc(html);
    declutter(d, "https://news.example/politics/water-plan");
    return d.body.textContent ?? "";
  };

  it("keeps the box when its 'more' link goes elsewhere than its heading's", () => {
    expect(afterDeclutter(page({ inside: card("/faq", "mehr", "/other") }))).toContain(
      "Antworten auf viele Fragen",
    );
  });

  it("keeps a paragraph of the story that ends in a 'more' link under no linked heading", () => {
    const inside = `<p>The ministry has published a list of questions and answers about the plan for farmers and towns. <a href="/faq">More</a></p>`;
    expect(article(page({ inside })).textContent).toContain("questions and answers about the plan");
  });

  it("keeps the page's own heading and summary when their links point to this page", () => {
    expect(afterDeclutter(page({ inside: card("/politics/water-plan") }))).toContain(
      "Antworten auf viele Fragen",
    );
  });
});

describe("teasers cut off with '[…]'", () => {
  const teaser = (
    i: number,
    heading = (t: string) => `<h2><a href="/2019/09/post-${i}.html">${t}</a></h2>`,
  ) =>
    `<div class="nextstory">${heading(`Another post number ${i} about a choir and its songs`)}<a href="/2019/09/post-${i}.html"><img src="https://news.example/i/${i}.jpg" width="600" height="375"></a><p></p><p>The good folks at the choir are still doing their thing, and now they have asked two more singers number ${i} to join […]</p></div>`;

  it("removes a linked headline over a post's excerpt cut off with '[…]', with its picture", () => {
    const a = article(page().replace("</article>", `</article>${[1, 2].map((i) => teaser(i)).join("")}`));
    expect(a.textContent).not.toContain("Another post number");
    expect(a.textContent).not.toContain("two more singers");
    expect(a.textContent).toContain("groundwater levels");
  });

  it("keeps a quotation's elision under a heading that links nowhere, and the page's own heading", () => {
    const quote = `<h2>What the minister said</h2><p>The minister told the parliament that the towns had waited too long for the money to repair their pipes and that the plan would […]</p>`;
    const a = article(page({ inside: quote }));
    expect(a.textContent).toContain("would […]");
    const own = article(
      page({
        inside: teaser(3, (t) => `<h2><a href="https://news.example/politics/water-plan">${t}</a></h2>`),
      }),
    );
    expect(own.textContent).toContain("two more singers number 3");
  });
});

describe("a list of one linked headline amid the story", () => {
  const list = (href: string, text: string) =>
    `<ul><li><a href="${href}"><strong>${text}</strong></a></li></ul>`;

  it("removes a one-item list that links to another story of the site", () => {
    const inside = list(
      "https://news.example/timeline-water",
      "The latest news about the drought in the region (free to read)",
    );
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain("The latest news about the drought");
    expect(a.textContent).toContain("water management plan");
  });

  it("keeps a one-item list that links to another site, or that is a word or three", () => {
    const other = list("https://ministry.example/plan.pdf", "The full text of the water management plan");
    expect(article(page({ inside: other })).textContent).toContain(
      "The full text of the water management plan",
    );
    const short = list("/plan", "Full text");
    expect(article(page({ inside: short })).textContent).toContain("Full text");
  });
});

describe("embedded posts", () => {
  it("keeps a tweet the story quotes, even in a wrapper classed social-media-embed", () => {
    const inside = `<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">Our valley needs this water plan <a href="https://t.co/abc">https://t.co/abc</a></p>— Farmer Joe (@farmerjoe) <a href="https://twitter.com/farmerjoe/status/1">May 5, 2025</a></blockquote></div>`;
    const a = article(page({ inside }));
    expect(a.textContent).toContain("Our valley needs this water plan");
    expect(a.textContent).toContain("water management plan");
  });

  it("keeps an Instagram post's caption, which its embed code sets as one link to the post", () => {
    const link = `https://www.instagram.com/p/BzA/`;
    const inside = `<div class="media_embed"><blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="${link}"><div>
      <a href="${link}">View this post on Instagram</a>
      <p style="margin:8px 0"><a href="${link}">Our favourite wall in our home town, painted by the whole street last summer. (📸 @tour)</a></p>
      <p>A post shared by Friends of the Wall (@wall) on <time datetime="2019-05-02T22:00:00+00:00">May 2, 2019 at 3:00pm PDT</time></p></div></blockquote></div>`;
    const a = article(page({ inside }));
    expect(a.textContent).toContain("Our favourite wall in our home town");
    expect(a.textContent).toContain("A post shared by Friends of the Wall");
    expect(a.textContent).toContain("water management plan");
  });
});

describe("captions told by their shape", () => {
  it.each([
    [
      "a camelCase caption class",
      `<div class="imageEmbed"><img src="https://news.example/a.jpg" alt=""><div class="imageEmbedCaption">Farmers at the reservoir</div><div class="imageEmbedCredit">Jane Roe | Example Agency</div></div>`,
      ["Farmers at the reservoir", "Jane Roe"],
    ],
    [
      "the one text beside a picture in an image box",
      `<div class="image top"><img src="https://news.example/a.jpg" alt=""><p>In this file photo, farmers inspect a dry canal near the reservoir.</p></div>`,
      ["farmers inspect a dry canal"],
    ],
    [
      "a short block ending in a photo credit",
      `<p>The dry canal near the reservoir in May. (Photo: Jane Roe/Example Agency)</p><p><em>Installation views, photos © Example Studio, 2018</em></p>`,
      ["The dry canal", "Installation views"],
    ],
  ])("keeps %s in the content, not in the running text", (_, inside, leaks) => {
    const a = article(page({ inside }));
    for (const leak of leaks) {
      expect(a.content).toContain(leak);
      expect(a.textContent).not.toContain(leak);
    }
    expect(a.textContent).toContain("water management plan");
  });

  it("keeps an image named for its caption ('caption-media') as the picture, its caption beside it", () => {
    const inside = `<div class="textpic"><img class="caption-media img-responsive" src="https://news.example/heating.jpg" alt="Heating in Germany" width="1837" height="1225"><div class="textpic-caption">Heating in Germany</div></div>`;
    const a = article(page({ inside }));
    expect(a.content).toContain("heating.jpg");
    expect(a.textContent).not.toContain("Heating in Germany");
  });

  it("keeps a story paragraph that ends in a parenthesis, and a long paragraph beside a picture", () => {
    const inside = `<p>Unemployment in the region fell to 3.2 percent last year (source: regional statistics office).</p><div class="photo"><img src="https://news.example/b.jpg" alt=""><p><a href="/x">Pipes</a> are repaired first in towns where leaks waste more than a third of the water, the plan says.</p></div>`;
    const a = article(page({ inside }));
    expect(a.textContent).toContain("(source: regional statistics office)");
    expect(a.textContent).toContain("are repaired first in towns");
  });
});

describe("label lines closing the story", () => {
  const closing = (after: string) =>
    article(page({ inside: "", after: "" }).replace("</article>", `${after}</article>`));

  it.each([
    ["a list's title left without its list", "<p>Teilnehmende Blogs:</p>"],
    ["an update stamp", "<p>Aktualisiert: 30.12.2016</p>"],
    ["a counter", "<div>Kommentare insgesamt: 0</div>"],
    ["two of them", "<p>Schlagwörter:</p><p>Ähnliche Neuigkeiten:</p>"],
  ])("drops %s", (_label, after) => {
    const a = closing(after);
    expect(a.textContent.trimEnd()).toMatch(/groundwater levels\.$/);
  });

  it.each([
    ["a label with words after it", "<p>Preis: 30 Euro</p>", "Preis: 30 Euro"],
    ["the wire's credit", "<p>Quelle: dpa</p>", "Quelle: dpa"],
    [
      "a sentence that ends in a colon",
      "<p>The minister closed the debate with these words:</p>",
      "these words:",
    ],
  ])("keeps %s", (_label, after, kept) => {
    expect(closing(after).textContent).toContain(kept);
  });

  it("keeps the credit's source", () => {
    expect(closing("<p>Quelle: dpa</p>").source).toBe("dpa");
  });

  describe("closing boilerplate below the last rule", () => {
    const story = Array.from(
      { length: 12 },
      (_, i) => `<p>Paragraph ${i} of the story about the harbour works and the new ferry timetable.</p>`,
    ).join("");
    const about = `<p>Acme Ferries is a leading international provider of passenger transport, headquartered in Rotterdam.</p>`;
    const trimmed = (html: string) => {
      const root = doc(`<html><body><div id=root>${html}</div></body></html>`).getElementById("root")!;
      return { removed: trimClosingBoilerplate(root), text: root.textContent ?? "" };
    };

    it("removes the blocks after the rule, wherever they sit, and only those", () => {
      const { removed, text } = trimmed(
        `<section>${story}<div><hr></div></section><div><div>${about}</div></div>`,
      );
      expect(removed).toBe(true);
      expect(text).not.toContain("Acme Ferries");
      expect(text).toContain("Paragraph 11");
    });

    it("does not count the block holding the rule, nor blocks before it, as its tail", () => {
      // The rule sits in a leaf block of its own text: that block comes before the rule.
      const holder = `<div>Acme Ferries is a leading international provider of passenger transport.<hr></div>`;
      const { removed, text } = trimmed(`${story}${holder}`);
      expect(removed).toBe(false);
      expect(text).toContain("Acme Ferries");
      expect(text).toContain("Paragraph 0");
    });

    it("keeps a tail that is the story's own text", () => {
      const { removed, text } = trimmed(
        `${story}<hr><p>The ferry will run every hour from June, the harbour master said on Friday.</p>`,
      );
      expect(removed).toBe(false);
      expect(text).toContain("every hour from June");
    });
  });
});

describe("the furniture of the big news sites", () => {
  const closing = (after: string, head = "") =>
    article(page({ head }).replace("</article>", `${after}</article>`));

  it("removes what a 'skip past' link jumps over, with the link and the label it lands on", () => {
    // The Guardian's newsletter sign-up in the middle of the story's body.
    const inside =
      `<a href="#EmailSignup-skip-link-10">skip past newsletter promotion</a>` +
      `<div data-component="EmailSignup"><p>Sign up to <span>First Edition</span></p><p>Our morning email breaks down the key stories of the day, telling you what's happening and why it matters</p><p><b>Privacy Notice: </b>Newsletters may contain info about charities, online ads, and content funded by outside parties.</p><button>Sign up</button></div>` +
      `<p id="EmailSignup-skip-link-10" role="note">after newsletter promotion</p>`;
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain("skip past");
    expect(a.textContent).not.toContain("First Edition");
    expect(a.textContent).not.toContain("Privacy Notice");
    expect(a.textContent).not.toContain("after newsletter promotion");
    expect(a.textContent).toContain("water management plan");
  });

  it("keeps the story when a 'skip' link jumps backwards or to the top of the page", () => {
    const inside = `<p id="top">The vote came after a long night of talks between the parties in the regional parliament.</p><a href="#top">Skip past the map</a>`;
    const a = article(page({ inside }));
    expect(a.textContent).toContain("long night of talks");
    expect(a.textContent).not.toContain("Skip past the map");
  });

  it("keeps the story a 'skip' link would jump over when it is most of the page", () => {
    const html = page()
      .replace("<h1>", `<a href="#end">Skip past the article</a><h1>`)
      .replace("</article>", `<p id="end">after the article</p></article>`);
    expect(article(html).textContent).toContain("water management plan");
  });

  it.each([
    ["a sponsor's label", "<p>Supported by</p>", "Supported by"],
    ["a comment count", "<div><span>312</span> <span>Read 312 Comments</span></div>", "Comments"],
    ["a link to the comments", `<p><a href="#comments">View all comments</a></p>`, "comments"],
  ])("removes %s", (_label, inside, leak) => {
    expect(article(page({ inside })).textContent).not.toContain(leak);
  });

  it("keeps a sentence about sponsors and comments", () => {
    const inside = `<p>The plan is supported by the farmers' union and drew 312 comments during the consultation, most of them from towns along the river.</p>`;
    expect(article(page({ inside })).textContent).toContain("supported by the farmers' union");
  });

  it.each([
    [
      "the print edition's note",
      "<p>A version of this article appears in print on March 22, 2025, Section A, Page 18 of the New York edition with the headline: Parliament Approves Water Plan. <a href='/r'>Order Reprints</a> | <a href='/p'>Today’s Paper</a> | <a href='/s'>Subscribe</a></p>",
      "appears in print",
    ],
    [
      "a pointer to more coverage, after a rule drawn in text",
      "<p>___</p><p>Follow AP’s coverage of water policy at https://apnews.com/hub/water.</p>",
      "___",
    ],
  ])("removes %s closing the story", (_label, after, leak) => {
    const a = closing(after);
    expect(a.textContent).not.toContain(leak);
    expect(a.textContent.trimEnd()).toMatch(/groundwater levels\.$/);
  });

  it("keeps a credit line between rules drawn in text", () => {
    const a = closing(
      "<p>___</p><p>Associated Press writer John Roe in Albany contributed to this report.</p>",
    );
    expect(a.textContent).toContain("John Roe in Albany contributed");
  });

  it("removes a closing note on the story's author, named by the byline", () => {
    const head = `<meta name="author" content="Jane Doe">`;
    const a = closing(
      `<p>Jane Doe covers transportation for the Metro desk. <a href="/by/jane-doe">More about Jane Doe</a></p>`,
      head,
    );
    expect(a.byline).toBe("Jane Doe");
    expect(a.textContent).not.toContain("covers transportation");
    expect(a.textContent.trimEnd()).toMatch(/groundwater levels\.$/);
  });

  it("removes a closing note on the writer with the links to follow them", () => {
    const a = closing(
      `<div class="css-4r5t6y"><img src="https://news.example/jane.jpg" alt="Jane Doe"><div class="css-8u9i0o"><p>Jane Doe is a senior reporter covering climate and energy. She joined the paper in 2019.</p><a href="https://x.com/janedoe">Follow @janedoe</a></div></div>`,
    );
    expect(a.textContent).not.toContain("senior reporter");
    expect(a.textContent).not.toContain("@janedoe");
    expect(a.textContent.trimEnd()).toMatch(/groundwater levels\.$/);
  });

  it.each([
    [
      "de",
      "Anna Schmidt",
      "Anna Schmidt ist Redakteurin im Ressort Politik und schreibt vor allem über Umweltthemen.",
    ],
    [
      "fr",
      "Jean Dupont",
      "Jean Dupont est journaliste au service politique. Il couvre l'environnement depuis 2018.",
    ],
    ["es", "Juan Pérez", "Juan Pérez es periodista especializado en medio ambiente."],
    ["it", "Mario Rossi", "Mario Rossi è giornalista e si occupa di ambiente dal 2015."],
    ["en", "Jane Doe", "— Jane Doe is the Example's environment correspondent."],
  ])("removes a closing note on the author in %s", (lang, name, note) => {
    const head = `<meta name="author" content="${name}">`;
    const a = article(page({ lang, head }).replace("</article>", `<p><em>${note}</em></p></article>`));
    expect(a.textContent).not.toContain(note.slice(2, 30));
    expect(a.textContent.trimEnd()).toMatch(/groundwater levels\.$/);
  });

  it("keeps a closing German sentence about someone who is not the author", () => {
    const head = `<meta name="author" content="Anna Schmidt">`;
    const sentence =
      "Maria Müller ist Journalistin und lebt seit 20 Jahren in Kiew, wo sie die Leitungen selbst repariert.";
    const a = article(page({ lang: "de", head }).replace("</article>", `<p>${sentence}</p></article>`));
    expect(a.textContent).toContain(sentence);
  });

  it("keeps a closing sentence about someone who is not the author", () => {
    const head = `<meta name="author" content="Jane Doe">`;
    const a = closing(
      `<p>John Roe covers the costs of the new pipes from his own pocket, the mayor said.</p>`,
      head,
    );
    expect(a.textContent).toContain("John Roe covers the costs");
  });
});

describe("a live blog's entries", () => {
  it("keeps a short entry that carries its own 'Share' button", () => {
    const entry = (id: number, time: string, text: string) =>
      `<div class="block" id="b${id}"><p class="block-time"><time>${time}</time></p><p>${text}</p><div class="block-share"><a href="#b${id}">Share</a></div></div>`;
    const inside =
      entry(
        2,
        "11.30 GMT",
        "Opposition members have criticised the cost, arguing that the money should go to roads.",
      ) +
      entry(
        1,
        "09.00 GMT",
        "Good morning and welcome to our live coverage of the debate on the new water plan.",
      );
    const a = article(page({ inside }));
    expect(a.textContent).toContain("Opposition members have criticised the cost");
    expect(a.textContent).toContain("Good morning and welcome");
    expect(a.textContent).not.toMatch(/\bShare\b/);
  });
});

describe("a story's toolbar and closing stamps", () => {
  it.each([
    [
      "an audio player's label",
      "<div class='audio-player'><p>Listen to this article · 5 min</p></div>",
      "Listen",
    ],
    [
      "an audio player's label with its duration set apart",
      "<div class='tts'><span>Listen to this article</span> <span>4 min</span><p><small>This audio is AI-generated.</small></p></div>",
      "4 min",
    ],
    ["the same in German", "<p>Artikel anhören</p>", "anhören"],
    [
      "a note that a machine reads the story aloud",
      "<p><small>This audio is AI-generated.</small></p>",
      "AI-generated",
    ],
    [
      "the same in German",
      "<div class='vorlesen'><span>Diese Audioversion wurde künstlich generiert.</span></div>",
      "künstlich",
    ],
    ["the same in French", "<p>Cet audio a été généré par une intelligence artificielle.</p>", "Cet audio"],
    ["the same as Amazon writes it", "<p>Voiced by Amazon Polly</p>", "Polly"],
    ["a comment count in parentheses", `<p><a href="#comments">Comments (12)</a></p>`, "Comments"],
  ])("removes %s", (_label, inside, leak) => {
    const a = article(page({ inside }));
    expect(a.textContent).not.toContain(leak);
    expect(a.textContent).toContain("water management plan");
  });

  it("keeps a line that is only a time when no audio player's label stands beside it", () => {
    const inside = "<div class='facts'><p><strong>Cooking time</strong></p><p>20 min</p></div>";
    expect(article(page({ inside })).textContent).toContain("20 min");
  });

  it("keeps a time among the story's own lines when an audio label stands loose in the story", () => {
    const html = page({ inside: "<span>Listen to this article</span>" }).replace(
      "</article>",
      "<p><strong>Cooking time</strong></p><p>20 min</p></article>",
    );
    expect(article(html).textContent).toContain("20 min");
  });

  it("keeps a sentence of the story about voices a machine made", () => {
    const inside =
      "<p>The broadcaster said the audio was generated by AI and that listeners could not tell the synthetic voice from its presenters.</p>";
    expect(article(page({ inside })).textContent).toContain(
      "the audio was generated by AI and that listeners",
    );
  });

  it.each([
    ["Komentari (12)", "Komentari"],
    ["Σχόλια (12)", "Σχόλια"],
    ["Bình luận (12)", "Bình luận"],
    ["댓글 12개", "댓글"],
    ["コメント（12）", "コメント"],
    ["评论 (12)", "评论"],
    ["Коментарі (12)", "Коментарі"],
    ["التعليقات (12)", "التعليقات"],
    ["הגיבו לכתבה", "הגיבו"],
    ["Yorum yapın", "Yorum"],
    ["Hozzászólások (12)", "Hozzászólások"],
  ])("removes a comment section's count or call closing the story (%s)", (line, leak) => {
    const a = article(page().replace("</article>", `<p>${line}</p></article>`));
    expect(a.textContent).not.toContain(leak);
    expect(a.textContent.trimEnd()).toMatch(/groundwater levels\.$/);
  });

  it.each([
    ["Pretplatite se na newsletter", "Najvažnije vijesti svako jutro u vašem sandučiću."],
    ["Εγγραφείτε στο newsletter", "Τα σημαντικότερα νέα κάθε πρωί στο email σας."],
    ["Abonează-te la newsletter", "Cele mai importante știri în fiecare dimineață."],
    ["न्यूज़लेटर की सदस्यता लें", "हर सुबह सबसे महत्वपूर्ण खबरें अपने ईमेल में पाएं।"],
    ["Iscriviti alla newsletter", "Le notizie più importanti ogni mattina nella tua casella."],
    ["Abonneer je op onze nieuwsbrief", "Het belangrijkste nieuws elke ochtend in je inbox."],
    ["Jiandikishe kupokea jarida letu", "Pata habari muhimu kila asubuhi kwenye barua pepe yako."],
    ["Підпишіться на розсилку", "Найважливіші новини щоранку на вашу пошту."],
  ])("removes a newsletter box closing the story (%s)", (heading, pitch) => {
    const box = `<div class="box"><h3>${heading}</h3><p>${pitch}</p></div>`;
    const a = article(page().replace("</article>", `${box}</article>`));
    expect(a.textContent).not.toContain(pitch.slice(0, 12));
    expect(a.textContent.trimEnd()).toMatch(/groundwater levels\.$/);
  });

  it("keeps story sentences that open with a comment count's or a sign-up's words", () => {
    const inside = [
      "Σχόλια 12 άνθρωποι έστειλαν στη Βουλή μετά την ψηφοφορία για το νερό, είπε ο δήμαρχος στους δημοσιογράφους.",
      "Yorum yapın diye çağrı yapan belediye başkanı, planın maliyetini halka açıklamak zorunda kaldı dün akşam.",
      "Подпишитесь на петицию, призвал мэр жителей северных районов города после голосования в совете.",
    ]
      .map((p) => `<p>${p}</p>`)
      .join("");
    const text = article(page({ inside })).textContent;
    for (const start of ["Σχόλια 12 άνθρωποι", "Yorum yapın diye", "Подпишитесь на петицию"])
      expect(text).toContain(start);
  });

  it.each([
    ["a tip line", "<p><strong>Got a news tip?</strong> Email us at tips@news.example.</p>", "news tip"],
    [
      "an Italian date line with its update",
      "<p>21 marzo 2025 (modifica il 21 marzo 2025 | 16:30)</p>",
      "marzo",
    ],
  ])("removes %s closing the story", (_label, after, leak) => {
    const a = article(page().replace("</article>", `${after}</article>`));
    expect(a.textContent).not.toContain(leak);
    expect(a.textContent.trimEnd()).toMatch(/groundwater levels\.$/);
  });
});
