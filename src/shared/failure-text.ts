/** The sentence, in the UI language, for every read-tab result that is not an article. */
import type { ReadTabResult } from "../messages.js";
import { t } from "./i18n.js";

const NO_ARTICLE_KEY = {
  "empty-page": "noArticleEmpty",
  "not-an-article": "noArticleNotArticle",
  "too-short": "noArticleTooShort",
} as const;

export function failureText(result: Exclude<ReadTabResult, { kind: "article" }>): string {
  switch (result.kind) {
    case "no-article": {
      const key = NO_ARTICLE_KEY[result.reason];
      return `${t("noArticle")} ${key ? t(key) : result.message}`;
    }
    case "restricted":
      return t("restricted");
    case "error":
      return result.message || t("errorGeneric");
  }
}
