import { describe, expect, it } from "vitest";
import { article, page } from "./extract-helpers";

const withImage = (img: string, opts: { head?: string } = {}) =>
  article(page(opts).replace("<p>According to", `<div>${img}</div><p>According to`));

describe("the site's own logo left in the story", () => {
  it.each([
    ["a print edition's masthead", `<img src="/img/print-header-logo.png" alt="print header logo">`],
    ["a footer's logo", `<img src="/assets/news-logo-footer.png" alt="">`],
    ["a logo named after the host (news.example)", `<img src="/i/news-logo.png" alt="">`],
    ["a logo named after the site", `<img src="/i/brand.png" alt="Example News Logo">`],
  ])("removes %s", (_label, img) => {
    const a = withImage(img, { head: `<meta property="og:site_name" content="Example News">` });
    expect(a.content).not.toContain("logo");
    expect(a.content).not.toContain("brand.png");
    expect(a.leadImage).toBeNull();
    expect(a.textContent).toContain("According to the environment ministry");
  });

  it.each([
    [
      "another's logo the story shows",
      `<img src="/i/Mozilla_dinosaur_head_logo.png" alt="Mozilla dinosaur head logo">`,
    ],
    [
      "a product photo named for a brand called TOP",
      `<img src="/i/2TOP-Schild-offen.jpg" alt="Mystery Bag Logo">`,
    ],
  ])("keeps %s", (_label, img) => {
    const a = withImage(img);
    expect(a.content).toContain("<img");
  });
});
