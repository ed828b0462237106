/**
 * Shortcuts and context menu: open the reader next to the page. reader.html?tabId=N reads and
 * saves that tab; with `save: false` (?tabId=N&save=0) it only reads it. Saving happens in the
 * reader, an extension page with a DOM, because every stored HTML goes through DOMPurify and
 * Chromium's service worker has no DOM. The user's gesture granted activeTab on the page, and
 * the grant outlives the tab switch.
 */
import { browser, type Tabs } from "../platform/index.js";

type TabPlace = Pick<Tabs.Tab, "id" | "index" | "windowId">;

export async function openReaderFor(tab: TabPlace, { save = true }: { save?: boolean } = {}): Promise<void> {
  if (tab.id === undefined) return;
  await openReaderTab(tab, `reader.html?tabId=${tab.id}${save ? "" : "&save=0"}`);
}

/** A link saved from the context menu: the reader stores it link-only and says so. */
export async function openReaderForLink(tab: TabPlace | undefined, url: string, title = ""): Promise<void> {
  const query = new URLSearchParams({ link: url, title });
  await openReaderTab(tab, `reader.html?${query}`);
}

async function openReaderTab(tab: TabPlace | undefined, path: string): Promise<void> {
  await browser.tabs.create({
    url: browser.runtime.getURL(path),
    ...(tab ? { index: tab.index + 1, windowId: tab.windowId, openerTabId: tab.id } : {}),
    active: true,
  });
}
