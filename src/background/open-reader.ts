/**
 * Context menu and "save-page" shortcut: open the reader next to the page, asked to read and
 * save that tab (reader.html?tabId=N). Saving happens in the reader, an extension page with a
 * DOM, because every stored HTML goes through DOMPurify and Chromium's service worker has no
 * DOM. The user's gesture granted activeTab on the page, and the grant outlives the tab switch.
 */
import { browser, type Tabs } from "../platform/index.js";

export async function openReaderFor(tab: Pick<Tabs.Tab, "id" | "index" | "windowId">): Promise<void> {
  if (tab.id === undefined) return;
  await browser.tabs.create({
    url: browser.runtime.getURL(`reader.html?tabId=${tab.id}`),
    index: tab.index + 1,
    windowId: tab.windowId,
    openerTabId: tab.id,
    active: true,
  });
}
