import { browser, type Runtime } from "../platform/index.js";

/**
 * On first install, open the library page: its empty state says how to use Tidings. (The Firefox
 * e2e suite also relies on this page to reach the extension's origin.)
 */
export async function onInstalledWelcome(details: Runtime.OnInstalledDetailsType): Promise<void> {
  if (details.reason !== "install") return;
  await browser.tabs
    .create({ url: browser.runtime.getURL("library.html"), active: false })
    .catch(() => undefined);
}
