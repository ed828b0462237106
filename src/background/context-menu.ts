import { browser, type Menus, type Tabs } from "../platform/index.js";
import { t } from "../shared/i18n.js";
import { openReaderFor, openReaderForLink } from "./open-reader.js";

export const SAVE_MENU_ID = "tidings-save-page";
export const SAVE_LINK_MENU_ID = "tidings-save-link";

/** Menus persist across restarts, so they are created once per install or update. */
export function createContextMenu(): void {
  const ignoreDuplicate = () => {
    // Re-creating after an update reports a duplicate id: harmless, read it to silence the warning.
    void browser.runtime.lastError;
  };
  browser.contextMenus.create(
    { id: SAVE_MENU_ID, title: t("menuSavePage"), contexts: ["page"] },
    ignoreDuplicate,
  );
  browser.contextMenus.create(
    { id: SAVE_LINK_MENU_ID, title: t("menuSaveLink"), contexts: ["link"] },
    ignoreDuplicate,
  );
}

export function onContextMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): void {
  if (info.menuItemId === SAVE_MENU_ID && tab) {
    void openReaderFor(tab);
  } else if (info.menuItemId === SAVE_LINK_MENU_ID && info.linkUrl && /^https?:/i.test(info.linkUrl)) {
    void openReaderForLink(tab, info.linkUrl, info.linkText ?? "");
  }
}
