// Stands in for webextension-polyfill in unit tests (aliased in vitest.config.ts). i18n answers
// from _locales/en, as an English browser would.
import { fakeBrowser } from "@webext-core/fake-browser";
import en from "../../_locales/en/messages.json" with { type: "json" };

const messages = en as Record<string, { message: string }>;
fakeBrowser.i18n.getMessage = (key: string, subs?: string | Array<string | number>) => {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return (messages[key]?.message ?? "").replace(/\$(\d)/g, (_, n: string) =>
    String(list[Number(n) - 1] ?? ""),
  );
};
fakeBrowser.i18n.getUILanguage = () => "en";

export default fakeBrowser;
