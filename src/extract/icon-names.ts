/**
 * The names of icons drawn by a ligature font, taken out of a copy of the page.
 *
 * Google's Material icon fonts draw an icon from a word: `<i class="material-icons">lock</i>` shows
 * a padlock, and the word "lock" is what the page's text holds. Without the font every such name
 * reads as a word of the page: a paywall's badge came out as "lockPara suscriptores", a byline as
 * "person Jane Doe", a date as "schedule 21.03.2025", and a rule that reads a line whole no longer
 * knew it. Only the name goes (a ligature's name is lower case letters, digits and "_"); anything
 * else the element holds is the page's own text, and stays.
 */
import { removeAll } from "./unwrap";

/** The class of an element set in a Material icon font: "material-icons", "material-symbols-outlined"… */
const ICON_CLASS = /(?:^|\s)material-(?:icons|symbols)(?:-[a-z]+)?(?:\s|$)/;

/** A ligature's name: "lock", "play_arrow", "looks_3". */
const LIGATURE_NAME = /^\s*[a-z][a-z0-9_]{0,39}\s*$/;

export function dropIconNames(doc: Document): void {
  const icons = Array.from(doc.querySelectorAll('[class*="material-"]')).filter(
    (el) =>
      ICON_CLASS.test(el.getAttribute("class") ?? "") &&
      el.childElementCount === 0 &&
      LIGATURE_NAME.test(el.textContent ?? ""),
  );
  removeAll(icons);
}
