/**
 * Save an article from the background. Firefox's event page has a DOM and saves directly;
 * Chromium's service worker has none (DOMPurify needs one), so an offscreen document saves it.
 */
import { browser } from "../platform/index.js";
import { saveArticle } from "../library/index.js";
import type { Article } from "../extract/types.js";
import type { OffscreenSaveMessage, OffscreenSaveReply } from "../messages.js";

const OFFSCREEN_URL = "offscreen.html";

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

let creating: Promise<void> | undefined;

async function ensureOffscreen(offscreen: OffscreenApi): Promise<void> {
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ["DOM_PARSER"],
      justification: "Sanitise article HTML with DOMPurify before storing it in the library.",
    })
    .catch((error: unknown) => {
      // Already open (a previous worker life created it): fine.
      if (!/single offscreen|already/i.test(String(error))) {
        creating = undefined;
        throw error;
      }
    });
  await creating;
}

export async function persistArticle(article: Article): Promise<void> {
  if (typeof window !== "undefined" && typeof DOMParser !== "undefined") {
    await saveArticle(article, { win: window });
    return;
  }
  const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  if (!offscreen) throw new Error("Tidings cannot save from here: this browser has no offscreen documents.");
  await ensureOffscreen(offscreen);
  const message: OffscreenSaveMessage = { to: "offscreen", type: "save-article", payload: { article } };
  const reply = (await browser.runtime.sendMessage(message)) as OffscreenSaveReply | undefined;
  if (!reply?.ok) throw new Error(reply?.message ?? "Tidings could not save this page.");
}
