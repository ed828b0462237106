import { browser, type Tabs } from "../platform/index.js";
import { openReaderFor } from "./open-reader.js";

/** "save-page" saves the active tab in a reader tab; "_execute_action" opens the popup by itself. */
export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (command !== "save-page") return;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target) await openReaderFor(target);
}
