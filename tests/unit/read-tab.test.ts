import { fakeBrowser } from "@webext-core/fake-browser";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { handleReadTab, readTab } from "../../src/background/read-tab.js";
import { RESTRICTED_MESSAGE, isRestrictedUrl } from "../../src/background/restricted.js";
import type { Runtime } from "../../src/platform/index.js";
import { CONTENT_BUILD } from "../../src/shared/content-build.js";
import { article as makeArticle } from "./library-helpers.js";

const ownPage: Runtime.MessageSender = {
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL("popup.html?tabId=1"),
};
const article = { kind: "article", article: makeArticle({ dir: null }) };

let executeScript: ReturnType<typeof vi.fn>;

interface Details {
  target: { tabId: number };
  files?: string[];
  func?: (...args: unknown[]) => unknown;
  args?: unknown[];
}

/**
 * executeScript over tabs kept here, each world starting as `held`: `files` loads what content.js
 * defines (its build and an extractor answering `answer`) into the tab's world; `func` runs in
 * that world, as the browser runs the serialised function (globalThis is the tab's world for the call).
 */
function fakeTabs(answer: () => unknown, held: Record<string, unknown> = {}) {
  const worlds = new Map<number, Record<string, unknown>>();
  return vi.fn(async (d: Details) => {
    const world = worlds.get(d.target.tabId) ?? { ...held };
    worlds.set(d.target.tabId, world);
    if (d.files) {
      Object.assign(world, { __tidingsBuild: CONTENT_BUILD, __tidingsExtract: answer });
      return [{ frameId: 0, result: undefined }];
    }
    const saved = { ...globalThis };
    Object.assign(globalThis, world);
    try {
      return [{ frameId: 0, result: d.func?.(...(d.args ?? [])) ?? null }];
    } finally {
      for (const key of Object.keys(world))
        if (!(key in saved)) delete (globalThis as Record<string, unknown>)[key];
    }
  });
}

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

beforeEach(() => {
  fakeBrowser.reset();
  executeScript = fakeTabs(() => article);
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = executeScript;
});

afterEach(() => vi.useRealTimers());

describe("handleReadTab", () => {
  it("injects the bundle, then calls it, and returns the article", async () => {
    const tabId = await openTab("https://news.example/a");
    const result = await handleReadTab({ type: "read-tab", payload: { tabId } }, ownPage);
    expect(result).toEqual(article);
    // Asked first whether the extractor is there; it is not, so loaded, then called.
    expect(executeScript.mock.calls.map(([d]) => (d as Details).files ?? (d as Details).args)).toEqual([
      [CONTENT_BUILD],
      ["content.js"],
      [CONTENT_BUILD],
    ]);
    expect(executeScript.mock.calls[0]?.[0]).toMatchObject({ target: { tabId }, func: expect.any(Function) });
    expect(executeScript.mock.calls[1]?.[0]).toEqual({ target: { tabId }, files: ["content.js"] });
  });

  it("rejects a malformed message", async () => {
    for (const message of [
      null,
      "read-tab",
      { type: "read-tab" },
      { type: "read-tab", payload: { tabId: "1" } },
      { type: "nope", payload: {} },
    ]) {
      const result = await handleReadTab(message, ownPage);
      expect(result).toMatchObject({ kind: "error", message: expect.stringMatching(/does not understand/) });
    }
    expect(executeScript).not.toHaveBeenCalled();
  });

  it("rejects a foreign sender", async () => {
    const message = { type: "read-tab", payload: { tabId: 1 } };
    const senders: Runtime.MessageSender[] = [
      { id: "someone-else", url: "chrome-extension://someone-else/popup.html" },
      // Our own id but a web page's URL: a content script, not one of our pages.
      { id: fakeBrowser.runtime.id, url: "https://evil.example/" },
      { id: fakeBrowser.runtime.id },
    ];
    for (const sender of senders) {
      expect(await handleReadTab(message, sender)).toMatchObject({
        kind: "error",
        message: expect.stringMatching(/own pages/),
      });
    }
    expect(executeScript).not.toHaveBeenCalled();
  });
});

describe("readTab", () => {
  it("calls the extractor a tab already holds instead of loading it again", async () => {
    let reads = 0;
    executeScript = fakeTabs(() => ({ ...article, article: { ...article.article, wordCount: ++reads } }));
    (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = executeScript;
    const tabId = await openTab("https://news.example/a");
    const other = await openTab("https://news.example/b");
    expect(await readTab(tabId)).toMatchObject({ article: { wordCount: 1 } });
    expect(executeScript).toHaveBeenCalledTimes(3);
    // The second read runs the extraction again (the page may have changed), without the bundle.
    expect(await readTab(tabId)).toMatchObject({ article: { wordCount: 2 } });
    expect(executeScript).toHaveBeenCalledTimes(4);
    expect(executeScript.mock.calls[3]?.[0]).not.toHaveProperty("files");
    // Another tab has its own world: loaded there too.
    await readTab(other);
    expect(executeScript.mock.calls.filter(([d]) => (d as Details).files)).toHaveLength(2);
  });

  it.each([
    ["another build's extractor", { __tidingsBuild: "an-older-build", __tidingsExtract: () => "old" }],
    // What the page's own elements look like there (window's named access: <a id=__tidingsBuild>).
    [
      "page elements named like ours",
      { __tidingsBuild: { tagName: "A" }, __tidingsExtract: { tagName: "A" } },
    ],
  ])("loads the bundle over %s", async (_label, held) => {
    executeScript = fakeTabs(() => article, held);
    (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = executeScript;
    const tabId = await openTab("https://news.example/a");
    expect(await readTab(tabId)).toEqual(article);
    expect(executeScript.mock.calls.filter(([d]) => (d as Details).files)).toHaveLength(1);
  });

  it("answers restricted for a visible browser URL without injecting", async () => {
    const tabId = await openTab("chrome://settings/");
    expect(await readTab(tabId)).toEqual({ kind: "restricted", message: RESTRICTED_MESSAGE });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it.each([
    "Cannot access contents of the page.",
    "Missing host permission for the tab",
    "The extensions gallery cannot be scripted.",
  ])("answers restricted when injection fails with %j", async (text) => {
    executeScript.mockRejectedValue(new Error(text));
    const tabId = await openTab("https://news.example/a");
    expect(await readTab(tabId)).toEqual({ kind: "restricted", message: RESTRICTED_MESSAGE });
  });

  it("answers error with the message for other failures", async () => {
    executeScript.mockRejectedValue(new Error("No tab with id: 42."));
    expect(await readTab(42)).toEqual({ kind: "error", message: "No tab with id: 42." });
  });

  it("answers error when the page gives nothing back", async () => {
    executeScript.mockResolvedValue([{ frameId: 0, result: null }]);
    const tabId = await openTab("https://news.example/a");
    expect(await readTab(tabId)).toMatchObject({
      kind: "error",
      message: expect.stringMatching(/no answer/),
    });
  });

  it.each([
    ["an article without its text", { kind: "article", article: { ...article.article, content: undefined } }],
    [
      "a title that is not a string",
      { kind: "article", article: { ...article.article, title: { toString: 1 } } },
    ],
    ["an unknown no-article reason", { kind: "no-article", reason: "because", message: "No." }],
    ["an unknown kind", { kind: "saved", message: "Done." }],
  ])("answers error when the page answers %s", async (_label, answer) => {
    executeScript.mockImplementation(async (d: { files?: string[] }) => [
      { frameId: 0, result: d.files ? undefined : answer },
    ]);
    const tabId = await openTab("https://news.example/a");
    expect(await readTab(tabId)).toMatchObject({
      kind: "error",
      message: expect.stringMatching(/no answer/),
    });
  });

  it("passes a no-article result through", async () => {
    const none = { kind: "no-article", reason: "too-short", message: "Too short." };
    executeScript.mockImplementation(async (d: { files?: string[] }) => [
      { frameId: 0, result: d.files ? undefined : none },
    ]);
    const tabId = await openTab("https://news.example/");
    expect(await readTab(tabId)).toEqual(none);
  });

  it("gives up after the time limit instead of spinning", async () => {
    executeScript.mockReturnValue(new Promise(() => {}));
    const tabId = await openTab("https://slow.example/");
    const result = await readTab(tabId, { timeoutMs: 30 });
    expect(result).toMatchObject({ kind: "error", message: expect.stringMatching(/gave up/) });
  });
});

describe("isRestrictedUrl", () => {
  it.each([
    "chrome://version/",
    "edge://settings",
    "about:addons",
    "view-source:https://a.example/",
    "chrome-extension://abc/popup.html",
    "moz-extension://abc/popup.html",
    "https://chromewebstore.google.com/detail/x",
    "https://chrome.google.com/webstore/detail/x",
    "https://addons.mozilla.org/en-US/firefox/",
    "https://example.com/report.pdf",
    "file:///home/me/a.html",
  ])("%s is restricted", (url) => expect(isRestrictedUrl(url)).toBe(true));

  it.each(["https://www.reuters.com/world/", "http://127.0.0.1:8080/a", "https://chrome.google.com/search"])(
    "%s is readable",
    (url) => expect(isRestrictedUrl(url)).toBe(false),
  );

  it("allows file:// when the user granted file access", () => {
    expect(isRestrictedUrl("file:///home/me/a.html", true)).toBe(false);
  });
});
