import { browser, type Tabs } from "../platform/index.js";
import { saveTab } from "./save-tab.js";

/** "save-page" saves the active tab; "_execute_action" opens the popup without us. */
export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (command !== "save-page") return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId !== undefined) await saveTab(tabId);
}
