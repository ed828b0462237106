/** Settings → the page: the theme as <html data-theme>, typography as CSS custom properties. */
import type { Font, Leading, Settings, Width } from "./settings.js";

const FONT_STACK: Record<Font, string> = {
  serif: "var(--font-reading)",
  sans: "var(--font-ui)",
  mono: "var(--font-mono)",
};
const MEASURE: Record<Width, string> = { narrow: "56ch", medium: "68ch", wide: "84ch" };
const LEADING: Record<Leading, string> = { tight: "1.45", normal: "1.65", loose: "1.9" };

export function applySettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  // "system" leaves the attribute off: theme.css then follows prefers-color-scheme.
  if (settings.theme === "system") delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  root.style.setProperty("--reader-font", FONT_STACK[settings.font]);
  root.style.setProperty("--reader-size", `${settings.fontSize}px`);
  root.style.setProperty("--reader-measure", MEASURE[settings.width]);
  root.style.setProperty("--reader-leading", LEADING[settings.leading]);
}
