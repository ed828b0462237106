/**
 * Chromium offscreen document: saves articles the service worker hands over, because saving
 * sanitises with DOMPurify and the worker has no DOM. Answers only our own background.
 */
import { browser, type Runtime } from "../platform/index.js";
import { isOffscreenSaveMessage, type OffscreenSaveReply } from "../messages.js";
import { saveArticle } from "../library/index.js";

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isOffscreenSaveMessage(message)) return undefined; // Someone else's message: stay silent.
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL(""))) {
    return Promise.resolve<OffscreenSaveReply>({ ok: false, message: "Tidings only saves for itself." });
  }
  return saveArticle(message.payload.article, { win: window }).then(
    (saved): OffscreenSaveReply => ({ ok: true, id: saved.id }),
    (error: unknown): OffscreenSaveReply => ({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    }),
  );
});
