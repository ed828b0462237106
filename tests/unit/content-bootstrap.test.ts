// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";

const extractArticle = vi.fn();
vi.mock("../../src/extract/index.js", () => ({ extractArticle }));

beforeEach(() => {
  vi.resetModules();
  extractArticle.mockReset();
  delete globalThis.__tidingsExtract;
});

describe("content bootstrap", () => {
  it("defines __tidingsExtract and does nothing else", async () => {
    await import("../../src/content/index.js");
    expect(typeof globalThis.__tidingsExtract).toBe("function");
    expect(extractArticle).not.toHaveBeenCalled();
  });

  it("extracts the document with its URL", async () => {
    extractArticle.mockReturnValue({ kind: "no-article", reason: "too-short", message: "Short." });
    await import("../../src/content/index.js");
    expect(globalThis.__tidingsExtract?.()).toEqual({
      kind: "no-article",
      reason: "too-short",
      message: "Short.",
    });
    expect(extractArticle).toHaveBeenCalledWith(document, {
      url: location.href,
      sanitizerWindow: expect.anything(),
      inView: expect.any(Array),
    });
    // The window to sanitise with is ours, not the page's: a document of its own, the real rest.
    const { sanitizerWindow } = extractArticle.mock.calls[0]?.[1] as { sanitizerWindow: typeof window };
    expect(sanitizerWindow.document).not.toBe(document);
    expect(sanitizerWindow.document.body.childNodes).toHaveLength(0);
    expect(sanitizerWindow.DOMParser).toBe(window.DOMParser);
  });

  it("passes the elements across the middle of the view, through the built-in elementFromPoint", async () => {
    document.body.innerHTML = `<article><p id="here">Text</p></article><img name="elementFromPoint">`;
    const here = document.getElementById("here")!;
    // jsdom lays nothing out: its elementFromPoint is made to answer as a browser's would.
    const points: number[][] = [];
    Object.defineProperty(Document.prototype, "elementFromPoint", {
      configurable: true,
      value: (x: number, y: number) => (points.push([x, y]), here),
    });
    try {
      extractArticle.mockReturnValue({ kind: "no-article", reason: "too-short", message: "Short." });
      await import("../../src/content/index.js");
      globalThis.__tidingsExtract?.();
      const { inView } = extractArticle.mock.calls[0]?.[1] as { inView: Element[] };
      expect(inView).toEqual([here, here, here]);
      expect(points.map(([, y]) => y)).toEqual([1 / 3, 1 / 2, 2 / 3].map((f) => window.innerHeight * f));
    } finally {
      delete (Document.prototype as Partial<Document>).elementFromPoint;
    }
  });

  it("turns an exception into a typed error result", async () => {
    extractArticle.mockImplementation(() => {
      throw new Error("boom");
    });
    await import("../../src/content/index.js");
    expect(globalThis.__tidingsExtract?.()).toEqual({
      kind: "error",
      message: "Tidings could not read this page: boom",
    });
  });

  it("is harmless to inject twice", async () => {
    extractArticle.mockReturnValue({ kind: "no-article", reason: "empty-page", message: "Empty." });
    await import("../../src/content/index.js");
    vi.resetModules();
    await import("../../src/content/index.js");
    expect(globalThis.__tidingsExtract?.()).toMatchObject({ kind: "no-article" });
    expect(extractArticle).toHaveBeenCalledTimes(1);
  });
});
