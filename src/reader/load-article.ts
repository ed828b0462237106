/**
 * Which article the reader shows, from its address:
 *   ?id=ID                 a saved article (library, popup)
 *   ?tabId=N               read tab N, save it, show the saved copy (context menu, Alt+Shift+S)
 *   ?tabId=N&save=0        read tab N and show it without saving (Alt+Shift+D); S saves
 *   ?link=URL&title=TEXT   save a link only, to fill in later (context menu on a link)
 */
import type { Article } from "../extract/types.js";
import { getArticle, findSavedCopy, saveArticle, saveLink, type SavedArticle } from "../library/index.js";
import { markTabSaved } from "../shared/badge.js";
import { failureText } from "../shared/failure-text.js";
import { t } from "../shared/i18n.js";
import { send } from "../shared/messaging.js";
import { showStatus } from "./ui.js";

export interface Loaded {
  article: Article;
  /** The library copy, when the article is saved. */
  saved?: SavedArticle;
  /** The tab the article came from (badge). */
  tabId?: number;
  /** A sentence for the header ("Saved to your library."). */
  note?: string;
}

/** Replace the address with the saved copy's, so reloading or bookmarking keeps working. */
function pointAt(saved: SavedArticle): void {
  history.replaceState(null, "", `?id=${encodeURIComponent(saved.id)}`);
}

export async function loadArticle(search: string = location.search): Promise<Loaded | undefined> {
  const params = new URLSearchParams(search);
  const link = params.get("link");
  if (link) {
    const saved = await saveLink({ url: link, title: params.get("title") ?? "" });
    pointAt(saved);
    return { article: saved, saved, note: t("readerLinkSaved") };
  }
  const tab = params.get("tabId");
  if (tab !== null && /^\d+$/.test(tab)) {
    const tabId = Number(tab);
    showStatus(t("readerReadingPage"), false);
    const result = await send("read-tab", { tabId });
    if (result.kind !== "article") {
      showStatus(failureText(result));
      return undefined;
    }
    if (params.get("save") === "0") {
      // Not saving, but a link-only entry of this page is filled in now that it has been read.
      const saved = await findSavedCopy(result.article, { win: window }).catch(() => undefined);
      if (saved) void markTabSaved(tabId);
      return { article: result.article, saved, tabId, note: saved ? undefined : t("readerNotSavedYet") };
    }
    const saved = await saveArticle(result.article, { win: window });
    pointAt(saved);
    void markTabSaved(tabId);
    return { article: saved, saved, tabId, note: t("readerSavedNote") };
  }
  const id = params.get("id");
  const saved = id ? await getArticle(id) : undefined;
  if (!saved) {
    showStatus(t("readerNotInLibrary"));
    return undefined;
  }
  return { article: saved, saved };
}
