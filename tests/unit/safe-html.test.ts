// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { renderArticleHtml } from "../../src/shared/safe-html.js";

describe("renderArticleHtml", () => {
  it("re-sanitises stored HTML before it reaches the page", () => {
    const target = document.createElement("div");
    target.textContent = "old";
    renderArticleHtml(
      target,
      '<p>Safe <a href="https://a.example/">link</a></p><script>window.pwned = 1</script><img src="x" onerror="window.pwned = 2">',
    );
    expect(target.innerHTML).toBe(
      '<p>Safe <a href="https://a.example/" rel="noopener noreferrer" target="_blank">link</a></p><img src="x">',
    );
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it("drops javascript: links", () => {
    const target = document.createElement("div");
    renderArticleHtml(target, '<a href="javascript:alert(1)">x</a>');
    expect(target.querySelector("a")?.hasAttribute("href")).toBe(false);
  });
});
