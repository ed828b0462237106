/**
 * Service worker (Chromium) / event page (Firefox): handlers and lifecycle only. Listeners are
 * registered synchronously at the top level so that a woken worker receives the event.
 */
import { browser, type Runtime } from "../platform/index.js";
import { onCommand } from "./commands.js";
import { createContextMenu, onContextMenuClick } from "./context-menu.js";
import { handleReadTab } from "./read-tab.js";
import { onInstalledWelcome } from "./welcome.js";

browser.runtime.onInstalled.addListener((details) => {
  createContextMenu();
  void onInstalledWelcome(details);
});
browser.contextMenus.onClicked.addListener(onContextMenuClick);
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleReadTab(message, sender),
);
