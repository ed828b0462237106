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
    });
    // The window to sanitise with is ours, not the page's: a document of its own, the real rest.
    const { sanitizerWindow } = extractArticle.mock.calls[0]?.[1] as { sanitizerWindow: typeof window };
    expect(sanitizerWindow.document).not.toBe(document);
    expect(sanitizerWindow.document.body.childNodes).toHaveLength(0);
    expect(sanitizerWindow.DOMParser).toBe(window.DOMParser);
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
