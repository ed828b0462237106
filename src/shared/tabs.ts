/** The few tab operations pages need, so pages never touch the extension API directly. */
import { browser } from "../platform/index.js";

/** The tab a page is about: `?tabId=N` when given, else the active tab of this window. */
export async function targetTabId(search: string = location.search): Promise<number | undefined> {
  const param = new URLSearchParams(search).get("tabId");
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Open an extension page (or any URL) in a new tab. */
export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

export function readerUrl(id: string): string {
  return `reader.html?id=${encodeURIComponent(id)}`;
}

/** Make an <a> open its href in a new tab through the tabs API (popups cannot navigate away). */
export function openInNewTab(link: HTMLAnchorElement): void {
  link.addEventListener("click", (event) => {
    event.preventDefault();
    void openTab(link.href);
  });
}
