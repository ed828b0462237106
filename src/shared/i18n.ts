/**
 * Every UI string comes from _locales/<lang>/messages.json through the extension's i18n API.
 * `t` answers the key itself when a message is missing, so a gap shows up instead of a blank.
 */
import { browser } from "../platform/index.js";

type GetMessage = (key: string, substitutions?: string[]) => string;

export function t(key: string, ...subs: Array<string | number>): string {
  return translate(key, subs);
}

/** `t` with the API injected (tests, or a context where the API is not there). */
export function translate(
  key: string,
  subs: Array<string | number> = [],
  getMessage: GetMessage = (k, s) => browser.i18n.getMessage(k, s),
): string {
  try {
    return getMessage(key, subs.map(String)) || key;
  } catch {
    return key;
  }
}

/** The UI language and its direction, for <html lang dir>. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return "en";
  }
}

/**
 * Fill elements under `root` that carry data-i18n (their text) or data-i18n-attr (attributes,
 * as "attribute:messageName" pairs joined by ";"), and set the document's language.
 */
export function localize(root: ParentNode = document, doc: Document = document): void {
  for (const el of root.querySelectorAll<HTMLElement>("[data-i18n]")) {
    el.textContent = t(el.dataset.i18n ?? "");
  }
  for (const el of root.querySelectorAll<HTMLElement>("[data-i18n-attr]")) {
    for (const pair of (el.dataset.i18nAttr ?? "").split(";")) {
      const [attr, key] = pair.split(":").map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
  doc.documentElement.lang = uiLanguage();
}
