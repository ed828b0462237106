import { describe, expect, it } from "vitest";
import { article, page } from "./extract-helpers";

const QUOTE = `"We cannot wait any longer for the pipes to be fixed," the minister told the chamber.`;

describe("a quotation's own footer", () => {
  it.each([
    ["a plain footer", `<footer>— Anna Berg, environment minister</footer>`],
    [
      "Bootstrap's quote footer",
      `<footer class="blockquote-footer">Anna Berg in <cite>The Water Report</cite></footer>`,
    ],
  ])("keeps the attribution in %s, amid the story and closing it", (_, footer) => {
    const quote = `<blockquote><p>${QUOTE}</p>${footer}</blockquote>`;
    for (const html of [
      page().replace("<p>According", `${quote}<p>According`),
      page().replace("</article>", `${quote}</article>`),
    ]) {
      const text = article(html).textContent;
      expect(text).toContain("Anna Berg");
      expect(text).toContain("We cannot wait any longer");
    }
  });

  it("still drops the page's own footer", () => {
    const html = page({ after: `<footer><p>© 2025 News Example. Imprint · Privacy · Contact</p></footer>` });
    expect(article(html).textContent).not.toContain("Imprint");
  });
});
