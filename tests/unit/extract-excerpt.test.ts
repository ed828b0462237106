import { Readability } from "@mozilla/readability";
import { describe, expect, it } from "vitest";
import { excerptOfStory } from "../../src/extract/excerpt";
import { article, doc, page } from "./extract-helpers";

const SUMMARY = "The regional parliament approved the new water management plan after a long debate.";
const declaring = (...metas: [string, string][]) =>
  page({
    head: metas
      .map(([key, content]) => `<meta property="${key}" name="${key}" content="${content}">`)
      .join(""),
  });

describe("the excerpt among several declared descriptions", () => {
  it.each([
    ["the site's name", "News Portal Web"],
    ["a call to action", "Click here."],
  ])("is the one that summarises the story, not %s read first", (_kind, first) => {
    const html = declaring(["og:description", first], ["description", SUMMARY]);
    expect(new Readability(doc(html)).parse()?.excerpt).toBe(first);
    expect(article(html).excerpt).toBe(SUMMARY);
  });

  it("stays when the page declares no other, or only a list of keywords", () => {
    expect(article(declaring(["og:description", "News Portal Web"])).excerpt).toBe("News Portal Web");
    const keywords = "water plan, regional parliament, irrigation systems, drinking water";
    expect(article(declaring(["og:description", "News Portal Web"], ["description", keywords])).excerpt).toBe(
      "News Portal Web",
    );
  });

  it("stays when it shares the story's words, or says more than a name", () => {
    const teaser = "Water plan approved by parliament";
    expect(article(declaring(["og:description", teaser], ["description", SUMMARY])).excerpt).toBe(teaser);
    const digest = "Links of the week: a new phone, a bridge reopened, and the best pizza ovens to buy";
    expect(article(declaring(["og:description", digest], ["description", SUMMARY])).excerpt).toBe(digest);
  });
});

describe("an excerpt that only names the page", () => {
  it.each([
    ["repeats the title", "Parliament approves water plan"],
    ["is the site's host", "www.news.example"],
  ])("gives way to the story's first paragraph when it %s", (_kind, description) => {
    const html = declaring(["description", description]);
    expect(new Readability(doc(html)).parse()?.excerpt).toBe(description);
    expect(article(html, "https://www.news.example/politics/water-plan").excerpt).toMatch(
      /^The regional parliament approved the new water management plan on Thursday/,
    );
  });
});

describe("excerptOfStory", () => {
  it("reads Chinese and Japanese by pairs of characters", () => {
    const story =
      "政府が経済対策を決定したことを受け、総理は会見を行っています。所得税の減税について説明しました。";
    const summary = "政府が経済対策を決定したことを受け、総理は会見を行っています。";
    expect(excerptOfStory("au Webポータル", ["au Webポータル", summary], story)).toBe(summary);
  });
});
