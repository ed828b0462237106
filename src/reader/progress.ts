/**
 * Reading progress: the bar and "N min left" follow the scroll; the fraction is saved (through
 * the library, when it keeps progress) and restored when the article is opened again.
 */
import { t } from "../shared/i18n.js";
import { formatInteger } from "../shared/article-meta.js";
import { byId } from "./ui.js";

/** How far through the article body the reader is, 0–1, from the scroll position. */
export function scrollFraction(
  article: { top: number; height: number },
  viewport: { scrollY: number; height: number },
): number {
  const end = article.top + article.height - viewport.height;
  if (end <= article.top) return 1;
  return Math.min(1, Math.max(0, (viewport.scrollY - article.top) / (end - article.top)));
}

export function minutesLeft(readingMinutes: number, fraction: number): number {
  return Math.max(0, Math.ceil(readingMinutes * (1 - fraction)));
}

export interface ProgressOptions {
  readingMinutes: number;
  /** Saved fraction to scroll back to. */
  restore: number;
  /** Persist a new fraction (debounced here). */
  save: (fraction: number) => void;
  signal?: AbortSignal;
}

export function trackProgress({ readingMinutes, restore, save, signal }: ProgressOptions): void {
  const content = byId("reader-content");
  const bar = byId("progress-bar");
  const label = byId("time-left");
  const measure = () => {
    const rect = content.getBoundingClientRect();
    return scrollFraction(
      { top: rect.top + window.scrollY, height: rect.height },
      { scrollY: window.scrollY, height: window.innerHeight },
    );
  };
  let lastSaved = restore;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    const fraction = measure();
    bar.style.transform = `scaleX(${fraction})`;
    const left = minutesLeft(readingMinutes, fraction);
    label.textContent = left > 0 ? t("readerTimeLeft", formatInteger(left)) : t("readerFinished");
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (Math.abs(fraction - lastSaved) >= 0.01) {
        lastSaved = fraction;
        save(fraction);
      }
    }, 800);
  };
  if (restore > 0.01 && restore < 0.99) {
    const rect = content.getBoundingClientRect();
    const top = rect.top + window.scrollY;
    window.scrollTo({ top: top + restore * (rect.height - window.innerHeight), behavior: "instant" });
  }
  window.addEventListener("scroll", update, { passive: true, signal });
  window.addEventListener("resize", update, { passive: true, signal });
  update();
}
