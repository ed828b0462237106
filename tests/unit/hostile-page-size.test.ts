// @vitest-environment jsdom
/** The content bootstrap's size bound: huge pages end in a sentence, before any extraction. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { countElements, MAX_ELEMENTS, refuseIfTooLarge } from "../../src/content/page-size";

afterEach(() => document.body.replaceChildren());

describe("page size bound", () => {
  it("lets a normal page through", () => {
    document.body.innerHTML = "<article><p>Text</p></article>";
    expect(refuseIfTooLarge(document)).toBeNull();
  });

  it("refuses a page over the bound with a typed error naming the count", () => {
    document.body.append(...Array.from({ length: 50 }, () => document.createElement("span")));
    const result = refuseIfTooLarge(document, 20);
    expect(result).toMatchObject({ kind: "error" });
    expect(result?.kind === "error" && result.message).toMatch(
      /too large for Tidings to read \(5\d elements/,
    );
  });

  it("counts the elements in shadow roots, nested ones too: a page built of web components is read whole", () => {
    const host = document.createElement("news-page");
    document.body.append(host);
    const root = host.attachShadow({ mode: "open" });
    const inner = document.createElement("news-body");
    root.append(inner, ...Array.from({ length: 20 }, () => document.createElement("p")));
    inner
      .attachShadow({ mode: "open" })
      .append(...Array.from({ length: 30 }, () => document.createElement("p")));
    const light = countElements(document);
    expect(refuseIfTooLarge(document, light + 40)).toMatchObject({ kind: "error" });
    expect(refuseIfTooLarge(document, light + 60)).toBeNull();
  });

  it("refuses a page with too much text", () => {
    document.body.textContent = "x".repeat(500);
    expect(refuseIfTooLarge(document, 1000, 100)).toMatchObject({ kind: "error" });
    expect(refuseIfTooLarge(document, 1000, 1000)).toBeNull();
  });

  it("counts through the prototype, whatever the page names its elements", () => {
    document.body.innerHTML = `<img name="getElementsByTagName"><form name="getElementsByTagName"></form>`;
    Object.defineProperty(document, "getElementsByTagName", {
      value: () => ({ length: 0 }),
      configurable: true,
    });
    try {
      expect(countElements(document)).toBeGreaterThan(3);
    } finally {
      delete (document as { getElementsByTagName?: unknown }).getElementsByTagName;
    }
  });

  it("has a bound far above real articles", () => {
    expect(MAX_ELEMENTS).toBeGreaterThanOrEqual(50_000);
  });
});

describe("content bootstrap with the bound", () => {
  it("answers the refusal instead of extracting", async () => {
    vi.resetModules();
    const extractArticle = vi.fn();
    vi.doMock("../../src/extract/index.js", () => ({ extractArticle }));
    vi.doMock("../../src/content/page-size.js", () => ({
      refuseIfTooLarge: () => ({ kind: "error", message: "This page is too large for Tidings to read." }),
    }));
    await import("../../src/content/index.js");
    expect(globalThis.__tidingsExtract?.()).toEqual({
      kind: "error",
      message: "This page is too large for Tidings to read.",
    });
    expect(extractArticle).not.toHaveBeenCalled();
    vi.doUnmock("../../src/extract/index.js");
    vi.doUnmock("../../src/content/page-size.js");
  });
});
