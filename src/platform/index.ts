/**
 * The only module that touches the extension API object. Everything else imports `browser`
 * (and its types) from here, so the polyfill can be swapped for the native `browser` global
 * in one place. Unit tests alias "webextension-polyfill" to a fake (vitest.config.ts).
 */
import browser from "webextension-polyfill";

export type { Runtime, Tabs, Menus, Scripting } from "webextension-polyfill";
export { browser };
