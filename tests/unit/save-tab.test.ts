// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { fakeBrowser } from "@webext-core/fake-browser";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { onContextMenuClick, SAVE_MENU_ID } from "../../src/background/context-menu.js";
import { saveTab } from "../../src/background/save-tab.js";
import { resetDb } from "../../src/library/db.js";
import { listArticles } from "../../src/library/index.js";

const article = {
  url: "https://news.example/a",
  title: "A headline",
  byline: null,
  siteName: "Example",
  source: "Reuters",
  publishedTime: "2025-03-21",
  lang: "en",
  dir: null,
  excerpt: null,
  content: "<p>Body<script>x()</script></p>",
  textContent: "Body",
  wordCount: 1,
  readingMinutes: 1,
  leadImage: null,
};

let result: unknown;

beforeEach(() => {
  fakeBrowser.reset();
  result = { kind: "article", article };
  const executeScript = vi.fn(async (d: { files?: string[] }) => [
    { frameId: 0, result: d.files ? undefined : result },
  ]);
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = executeScript;
});

afterEach(async () => {
  await resetDb();
});

// Runs as Firefox's event page does: a window is present, so the background saves directly.
describe("saveTab (context menu and command)", () => {
  it("saves the tab's article, sanitised, and shows ✓", async () => {
    const tab = await fakeBrowser.tabs.create({ url: "https://news.example/a" });
    await saveTab(tab.id!);
    const saved = await listArticles();
    expect(saved.map((a) => [a.title, a.content])).toEqual([["A headline", "<p>Body</p>"]]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).toBe("✓");
  });

  it("shows ! with the reason as the title when there is no article", async () => {
    result = { kind: "no-article", reason: "too-short", message: "Too short to be an article." };
    const tab = await fakeBrowser.tabs.create({ url: "https://news.example/" });
    await saveTab(tab.id!);
    expect(await listArticles()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).toBe("!");
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id! })).toBe("Too short to be an article.");
  });

  it("ignores other menu items", async () => {
    const tab = await fakeBrowser.tabs.create({ url: "https://news.example/a" });
    onContextMenuClick({ menuItemId: "other", editable: false, modifiers: [] } as never, tab);
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
    expect(SAVE_MENU_ID).toBe("tidings-save-page");
  });
});
