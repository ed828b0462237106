/**
 * The reader page: one article, typeset to the reader's settings, with reading progress, listening,
 * Markdown copy and single-key shortcuts. See load-article.ts for the addresses it answers.
 */
import { saveArticle, setReadingProgress, updateState } from "../library/index.js";
import { markTabSaved } from "../shared/badge.js";
import { localize, t } from "../shared/i18n.js";
import { copyMarkdown } from "./copy-markdown.js";
import { setUpHelp } from "./help.js";
import { bindKeys } from "./keyboard.js";
import { Listen } from "./listen.js";
import { loadArticle, type Loaded } from "./load-article.js";
import { trackProgress } from "./progress.js";
import { renderArticle } from "./render.js";
import { TextSettings } from "./text-settings.js";
import { announce, byId, showStatus } from "./ui.js";

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function showNote(text: string | undefined): void {
  const note = byId("reader-saved-note");
  note.textContent = text ?? "";
  note.hidden = !text;
}

async function main(): Promise<void> {
  localize();
  const settings = new TextSettings();
  const prefs = await settings.init();
  const openHelp = setUpHelp();
  const locale = [...navigator.languages];

  const loaded: Loaded | undefined = await loadArticle();
  if (!loaded) return;
  const { article } = loaded;
  let saved = loaded.saved;

  const { blockedImages } = renderArticle(article, { locale, remoteImages: prefs.remoteImages });
  showNote(article.content.trim() ? loaded.note : `${loaded.note ?? ""} ${t("readerLinkOnly")}`.trim());
  if (blockedImages > 0) {
    byId("images-note-text").textContent =
      blockedImages === 1 ? t("readerImageBlocked") : t("readerImagesBlocked", blockedImages);
    byId("images-note").hidden = false;
    byId("load-images").addEventListener("click", () => {
      renderArticle(article, { locale, remoteImages: true });
      byId("images-note").hidden = true;
      byId("reader-content").focus({ preventScroll: true });
    });
  }

  const saveButton = byId<HTMLButtonElement>("save-button");
  const showSaved = () => {
    saveButton.hidden = false;
    saveButton.disabled = saved !== undefined;
    saveButton.textContent = saved ? `${t("readerSavedButton")} ✓` : t("readerSave");
  };
  showSaved();
  const save = async () => {
    try {
      saved = await saveArticle(article, { win: window });
      history.replaceState(null, "", `?id=${encodeURIComponent(saved.id)}`);
      if (loaded.tabId !== undefined) void markTabSaved(loaded.tabId);
      showNote(t("readerSavedNote"));
      announce(t("readerSavedNote"));
      showSaved();
    } catch (error) {
      announce(errorText(error));
    }
  };
  saveButton.addEventListener("click", () => void save());

  trackProgress({
    readingMinutes: article.readingMinutes,
    restore: saved?.progress ?? 0,
    save: (fraction) => {
      if (saved) void setReadingProgress(saved.id, fraction).catch(() => undefined);
    },
  });

  const listen = new Listen({
    lang: article.lang,
    rate: prefs.speechRate,
    onRate: (speechRate) => void settings.set({ speechRate }),
  });
  byId("copy-markdown").addEventListener("click", () => void copyMarkdown(article, locale));

  bindKeys({
    save: () => void save(),
    archive: async () => {
      if (!saved) return announce(t("readerArchiveNeedsSave"));
      try {
        await updateState([saved.id], { archived: true });
        announce(t("readerArchived"));
      } catch (error) {
        announce(errorText(error));
      }
    },
    theme: () => void settings.cycleTheme(),
    larger: () => void settings.stepSize(1),
    smaller: () => void settings.stepSize(-1),
    listen: () => void listen.toggle(),
    help: openHelp,
  });
}

main().catch((error: unknown) => showStatus(errorText(error)));
