/** Read a tab and save its article from the background (context menu and keyboard command). */
import { persistArticle } from "./persist.js";
import { flashBadge } from "./badge.js";
import { readTab } from "./read-tab.js";

export async function saveTab(tabId: number): Promise<void> {
  const result = await readTab(tabId);
  if (result.kind !== "article") {
    await flashBadge(tabId, false, result.message);
    return;
  }
  try {
    await persistArticle(result.article);
    await flashBadge(tabId, true, `Saved to Tidings: ${result.article.title}`);
  } catch (error) {
    await flashBadge(tabId, false, error instanceof Error ? error.message : String(error));
  }
}
