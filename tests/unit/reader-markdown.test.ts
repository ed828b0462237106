// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { articleMarkdown } from "../../src/reader/markdown.js";
import { linkOnlyArticle, saveLink } from "../../src/shared/library-extras.js";

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

describe("save a link only", () => {
  it("uses an empty Article, and never overwrites a saved copy of the same URL", async () => {
    const saveArticle = vi.fn(async (a) => ({ ...a, id: "new" }));
    const existing = { id: "old", url: "https://a.example/x", content: "<p>full</p>" };
    const findByUrl = vi.fn(async (url: string) => (url === existing.url ? existing : undefined));
    const lib = { saveArticle, findByUrl } as never;
    expect((await saveLink("https://a.example/x", "X", window, lib)).id).toBe("old");
    expect(saveArticle).not.toHaveBeenCalled();
    await saveLink("https://a.example/y", "  ", window, lib);
    expect(saveArticle.mock.calls[0]![0]).toEqual(
      linkOnlyArticle("https://a.example/y", "https://a.example/y"),
    );
  });
});
