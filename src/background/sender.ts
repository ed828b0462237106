import { browser, type Runtime } from "../platform/index.js";

/**
 * Only our own extension pages may ask the background for anything: same extension id, and a URL
 * inside our origin (a content script of ours would carry the page's URL).
 */
export function isOwnExtensionPage(
  sender: Runtime.MessageSender,
  runtime: Runtime.Static = browser.runtime,
): boolean {
  return (
    sender.id === runtime.id && typeof sender.url === "string" && sender.url.startsWith(runtime.getURL(""))
  );
}
