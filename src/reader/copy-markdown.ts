/** "Copy as Markdown": the article with its credit line and link, on the clipboard. */
import type { Article } from "../extract/types.js";
import { sourceLine } from "../shared/article-meta.js";
import { formatPublished } from "../shared/format-date.js";
import { t } from "../shared/i18n.js";
import { articleMarkdown } from "./markdown.js";
import { announce } from "./ui.js";

export async function copyMarkdown(
  article: Article,
  locale: string[],
  clipboard: Pick<Clipboard, "writeText"> = navigator.clipboard,
): Promise<void> {
  const date = article.publishedTime ? (formatPublished(article.publishedTime, locale)?.text ?? null) : null;
  try {
    await clipboard.writeText(articleMarkdown(article, { source: sourceLine(article), date }));
    announce(t("readerCopied"));
  } catch (error) {
    announce(t("readerCopyFailed", error instanceof Error ? error.message : String(error)));
  }
}
