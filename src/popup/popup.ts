/**
 * The toolbar popup: reads the tab (?tabId=N, else the active tab), shows the article with its
 * source and date, saves it, and lists what is saved. Every path ends in content or a sentence.
 */
import { send } from "../shared/messaging.js";
import { openInNewTab, targetTabId } from "../shared/tabs.js";
import { setUpSaveControls } from "./save-controls.js";
import { renderSavedList } from "./saved-list.js";
import { showArticle } from "./show-article.js";
import { failureText, hideLoading, showStatus } from "./status.js";

async function main(): Promise<void> {
  openInNewTab(document.getElementById("library-link") as HTMLAnchorElement);
  openInNewTab(document.getElementById("open-reader") as HTMLAnchorElement);
  void renderSavedList();

  const tabId = await targetTabId().catch(() => undefined);
  if (tabId === undefined) {
    showStatus("Tidings could not tell which tab to read.", { error: true });
    return;
  }
  const result = await send("read-tab", { tabId });
  if (result.kind !== "article") {
    showStatus(failureText(result), { error: result.kind === "error" });
    return;
  }
  hideLoading();
  showArticle(result.article);
  await setUpSaveControls(result.article, { onChange: () => void renderSavedList() });
}

main().catch((error: unknown) => {
  showStatus(error instanceof Error ? error.message : String(error), { error: true });
});
