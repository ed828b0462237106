/** Numbers and plurals for the library page, in the user's locale (messages come from i18n.ts). */
import { formatInteger } from "../shared/article-meta.js";
import { t, uiLanguage } from "../shared/i18n.js";

export const num = (n: number): string => formatInteger(n);

let rules: Intl.PluralRules | undefined;

/** The "one" or "other" message for n, with n formatted as its $1 (then any further substitutions). */
export function plural(n: number, one: string, other: string, ...subs: Array<string | number>): string {
  rules ??= new Intl.PluralRules(uiLanguage());
  return t(rules.select(n) === "one" ? one : other, num(n), ...subs);
}

/** "1 article", "3,001 articles". */
export const articles = (n: number): string => plural(n, "library_countOne", "library_countOther");
