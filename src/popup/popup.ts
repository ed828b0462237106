/**
 * The toolbar popup: reads the tab (?tabId=N, else the active tab), shows the article with its
 * source and date, saves it, and lists what is saved. Every path ends in content or a sentence.
 */
import { localize, t } from "../shared/i18n.js";
import { send } from "../shared/messaging.js";
import { applySettings } from "../shared/apply-settings.js";
import { getSettings } from "../shared/settings.js";
import { openInNewTab, targetTabId } from "../shared/tabs.js";
import { setUpSaveControls } from "./save-controls.js";
import { renderSavedList } from "./saved-list.js";
import { showArticle } from "./show-article.js";
import { failureText, hideLoading, showStatus } from "./status.js";

async function main(): Promise<void> {
  localize();
  const settings = await getSettings();
  applySettings(settings);
  openInNewTab(document.getElementById("library-link") as HTMLAnchorElement);
  openInNewTab(document.getElementById("open-reader") as HTMLAnchorElement);
  void renderSavedList();

  const tabId = await targetTabId().catch(() => undefined);
  if (tabId === undefined) {
    showStatus(t("popupNoTab"), { error: true });
    return;
  }
  const result = await send("read-tab", { tabId });
  if (result.kind !== "article") {
    showStatus(failureText(result), { error: result.kind === "error" });
    return;
  }
  hideLoading();
  showArticle(result.article, { remoteImages: settings.remoteImages });
  await setUpSaveControls(result.article, { tabId, onChange: () => void renderSavedList() });
}

main().catch((error: unknown) => {
  showStatus(error instanceof Error ? error.message : String(error), { error: true });
});
