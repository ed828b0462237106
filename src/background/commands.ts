import { browser, type Tabs } from "../platform/index.js";
import { openReaderFor } from "./open-reader.js";

/**
 * Keyboard commands: "read-page" (Alt+Shift+D) opens the page in the reader without saving it;
 * "save-page" (Alt+Shift+S) saves it and shows the saved copy. "_execute_action" (Alt+Shift+O)
 * opens the popup by itself.
 */
export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (command !== "save-page" && command !== "read-page") return;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target) await openReaderFor(target, { save: command === "save-page" });
}
