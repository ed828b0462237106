/** "Save for later" ⇄ "Saved ✓" + Remove + Open in reader, backed by the library. */
import type { Article } from "../extract/types.js";
import { findSavedCopy, removeArticle, saveArticle } from "../library/index.js";
import { markTabSaved } from "../shared/badge.js";
import { t } from "../shared/i18n.js";
import { readerUrl } from "../shared/tabs.js";

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export interface SaveControlsOptions {
  /** Called after every change to the library, to refresh lists. */
  onChange: () => void;
  /** The page's tab: its toolbar badge shows whether the article is saved. */
  tabId?: number;
}

export async function setUpSaveControls(
  article: Article,
  { onChange, tabId }: SaveControlsOptions,
): Promise<void> {
  const save = byId<HTMLButtonElement>("save-button");
  const remove = byId<HTMLButtonElement>("remove-button");
  const open = byId<HTMLAnchorElement>("open-reader");
  const error = byId("save-error");
  let savedId: string | undefined;

  const render = () => {
    save.textContent = savedId ? t("popupSaved") : t("popupSave");
    if (tabId !== undefined) void markTabSaved(tabId, savedId !== undefined);
    save.disabled = savedId !== undefined;
    remove.hidden = savedId === undefined;
    open.hidden = savedId === undefined;
    if (savedId) open.href = readerUrl(savedId);
  };
  const attempt = async (work: () => Promise<void>) => {
    error.hidden = true;
    save.disabled = remove.disabled = true;
    try {
      await work();
      onChange();
    } catch (e) {
      error.textContent = e instanceof Error ? e.message : String(e);
      error.hidden = false;
    } finally {
      remove.disabled = false;
      render();
    }
  };

  save.addEventListener("click", () =>
    attempt(async () => {
      savedId = (await saveArticle(article, { win: window })).id;
    }),
  );
  remove.addEventListener("click", () =>
    attempt(async () => {
      if (savedId) await removeArticle(savedId);
      savedId = undefined;
      save.focus();
    }),
  );

  render();
  await attempt(async () => {
    // A link-only entry of this page is filled in now that the page has been read.
    savedId = (await findSavedCopy(article, { win: window }))?.id;
  });
}
