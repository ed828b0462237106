import { describe, expect, it } from "vitest";
import { article, PROSE } from "./extract-helpers";

const OTHER = [
  "The city council of the neighbouring town voted on Monday to close two of its four public swimming pools for the summer, citing rising energy costs.",
  "Residents protested outside the town hall, saying the pools were the only place where many children could learn to swim during the holidays.",
  "The mayor said the decision was painful but necessary, and promised to reopen the pools next year if the budget allowed it.",
  "A petition to keep the pools open has gathered more than four thousand signatures in a week, organisers said on Tuesday.",
  "Swimming clubs warned that their training programmes would be cut in half, and that several competitions would have to move elsewhere.",
];
const paragraphs = (texts: string[]) => texts.map((p) => `<p>${p}</p>`).join("");
const ours = `<article><h1>Parliament approves water plan</h1>${paragraphs(PROSE)}</article>`;
const withBody = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Parliament approves water plan | Daily Example</title></head><body><main>${body}</main></body></html>`;

describe("another story loaded below the page's own", () => {
  it("drops the next story an endless scroll put into the page, in an <article> with its own <h1>", () => {
    for (const next of [
      `<div class="next-article"><article><h1>Town closes two swimming pools</h1>${paragraphs(OTHER)}</article></div>`,
      `<article><h1>Town closes two swimming pools</h1>${paragraphs(OTHER)}</article>`,
    ]) {
      const a = article(withBody(ours + next));
      expect(a.textContent).toContain(PROSE[3]);
      expect(a.textContent).not.toContain("swimming pools");
    }
  });

  it("keeps a live blog's posts, whose headings are lesser, and a body in an <article> apart from its header", () => {
    const posts = OTHER.map((p, i) => `<article><h2>Update ${i + 1}</h2><p>${p} ${p}</p></article>`).join("");
    expect(article(withBody(ours + posts)).textContent).toContain(OTHER[4]);
    const split = `<article><h1>Parliament approves water plan</h1><p class="dek">The vote.</p></article><article><h1>Water plan</h1>${paragraphs(PROSE)}</article>`;
    expect(article(withBody(split)).textContent).toContain(PROSE[3]);
  });
});
