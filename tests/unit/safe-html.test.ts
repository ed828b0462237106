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

  it("with remote images off, leaves no remote URL on anything that would fetch", () => {
    const target = document.createElement("div");
    const blocked = renderArticleHtml(
      target,
      '<figure><img src="https://cdn.example/a.jpg" srcset="https://cdn.example/a2.jpg 2x" alt="A"><figcaption>Cap</figcaption></figure>' +
        '<picture><source srcset="//cdn.example/b.webp"><img src="data:image/png;base64,iVBORw0KGgo=" alt="B"></picture>' +
        '<video poster="https://cdn.example/p.jpg" src="https://cdn.example/v.mp4"></video>',
      window,
      { remoteImages: false },
    );
    expect(blocked).toBe(1);
    expect(target.innerHTML).not.toMatch(/cdn\.example/);
    expect(target.querySelector("img[alt=A]")?.hasAttribute("data-blocked")).toBe(true);
    expect(target.querySelector("img[alt=B]")?.getAttribute("src")).toMatch(/^data:/);
    expect(target.querySelector("figcaption")?.textContent).toBe("Cap");
  });

  it("with remote images on (the default), keeps them", () => {
    const target = document.createElement("div");
    expect(renderArticleHtml(target, '<img src="https://cdn.example/a.jpg" alt="A">')).toBe(0);
    expect(target.querySelector("img")?.getAttribute("src")).toBe("https://cdn.example/a.jpg");
  });
});
