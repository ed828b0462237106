import { browser, type Menus, type Tabs } from "../platform/index.js";
import { openReaderFor } from "./open-reader.js";

export const SAVE_MENU_ID = "tidings-save-page";

/** Menus persist across restarts, so they are created once per install or update. */
export function createContextMenu(): void {
  browser.contextMenus.create(
    { id: SAVE_MENU_ID, title: "Save page to Tidings and read it", contexts: ["page"] },
    () => {
      // Re-creating after an update reports a duplicate id: harmless, read it to silence the warning.
      void browser.runtime.lastError;
    },
  );
}

export function onContextMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): void {
  if (info.menuItemId !== SAVE_MENU_ID || !tab) return;
  void openReaderFor(tab);
}
