/**
 * Reading progress: the bar and "N min left" follow the scroll; the fraction is saved (through
 * the library, when it keeps progress) and restored when the article is opened again.
 */
import { t } from "../shared/i18n.js";
import { formatInteger } from "../shared/article-meta.js";
import { byId } from "./ui.js";

/** How far through the page the reader is, 0–1: the scroll position over the scrollable height. */
export function scrollFraction({
  scrollY,
  scrollHeight,
  height,
}: {
  scrollY: number;
  scrollHeight: number;
  height: number;
}): number {
  const scrollable = scrollHeight - height;
  if (scrollable <= 0) return 1;
  return Math.min(1, Math.max(0, scrollY / scrollable));
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
  const bar = byId("progress-bar");
  const label = byId("time-left");
  const root = document.documentElement;
  const measure = () =>
    scrollFraction({ scrollY: window.scrollY, scrollHeight: root.scrollHeight, height: window.innerHeight });
  let lastSaved = restore;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    const fraction = measure();
    const left = minutesLeft(readingMinutes, fraction);
    // An article that fits the window is not "finished" before any scrolling.
    const unread = left === 0 && window.scrollY === 0;
    bar.style.transform = `scaleX(${unread ? 0 : fraction})`;
    label.textContent =
      left > 0 ? t("readerTimeLeft", formatInteger(left)) : unread ? "" : t("readerFinished");
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (Math.abs(fraction - lastSaved) >= 0.01) {
        lastSaved = fraction;
        save(fraction);
      }
    }, 800);
  };
  if (restore > 0.01 && restore < 0.99) {
    window.scrollTo({ top: restore * (root.scrollHeight - window.innerHeight), behavior: "instant" });
  }
  window.addEventListener("scroll", update, { passive: true, signal });
  window.addEventListener("resize", update, { passive: true, signal });
  update();
}
