/**
 * The toolbar badge says "this page is saved". Without the `tabs` permission the extension cannot
 * watch tab URLs, so the badge is set for a tab id when a page of ours learns that tab's article is
 * saved (popup, reader). Chromium clears a tab's badge when the tab navigates.
 */
import { browser } from "../platform/index.js";

type Action = Pick<typeof browser.action, "setBadgeText" | "setBadgeBackgroundColor">;

export async function markTabSaved(
  tabId: number,
  saved = true,
  action: Action = browser.action,
): Promise<void> {
  try {
    await action.setBadgeText({ tabId, text: saved ? "✓" : "" });
    if (saved) await action.setBadgeBackgroundColor({ tabId, color: "#0a524c" });
  } catch {
    // The tab may have closed meanwhile: nothing to mark.
  }
}
