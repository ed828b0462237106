// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { articleMarkdown } from "../../src/reader/markdown.js";

describe("copy as Markdown", () => {
  it("writes the title, credit line, link and body with GFM tables", () => {
    const md = articleMarkdown(
      {
        title: "Budget passes",
        url: "https://news.example/budget",
        byline: "Jane Doe",
        content:
          "<p>The <strong>budget</strong> passed.</p><table><tr><th>Party</th><th>Votes</th></tr><tr><td>A</td><td>12</td></tr></table>",
      },
      { source: "Example News · via AP", date: "21 March 2025" },
    );
    expect(md).toMatch(
      /^# Budget passes\n\n_Example News · via AP · Jane Doe · 21 March 2025_\n\n<https:\/\/news\.example\/budget>\n\n/,
    );
    expect(md).toContain("The **budget** passed.");
    expect(md).toMatch(/\| Party \| Votes \|\n\| --- \| --- \|\n\| A +\| 12 +\|/);
  });
});
