import { describe, expect, it } from "vitest";
import { article, page } from "./extract-helpers";

const headlines = (n: number) =>
  `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">Other headline number ${i} about something</a></li>`).join("")}</ul>`;

describe("declutter", () => {
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
