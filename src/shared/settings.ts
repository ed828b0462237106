/**
 * The reader's settings: one typed item in storage.local with defaults and a version. Reads
 * fill in defaults and migrate older shapes; writes merge a patch. The options page and the
 * reader share it, and changes reach every open page (onSettingsChanged).
 */
import { browser } from "../platform/index.js";

export const THEMES = ["system", "light", "sepia", "dark"] as const;
export const FONTS = ["serif", "sans", "mono"] as const;
export const WIDTHS = ["narrow", "medium", "wide"] as const;
export const LEADINGS = ["tight", "normal", "loose"] as const;
export const FONT_SIZES = [14, 16, 18, 20, 22, 24, 28, 32] as const;

export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];
export type Width = (typeof WIDTHS)[number];
export type Leading = (typeof LEADINGS)[number];

export interface Settings {
  version: 1;
  theme: Theme;
  font: Font;
  /** Body text size in CSS px, one of FONT_SIZES. */
  fontSize: number;
  width: Width;
  leading: Leading;
  /** Whether the reader may load article images from the web (off: no request leaves it). */
  remoteImages: boolean;
  /** speechSynthesis rate, 0.5–2. */
  speechRate: number;
}

export const SETTINGS_KEY = "settings";
export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  theme: "system",
  font: "serif",
  fontSize: 20,
  width: "medium",
  leading: "normal",
  remoteImages: false,
  speechRate: 1,
};

type Storage = Pick<typeof browser.storage.local, "get" | "set">;

const oneOf = <T extends string>(list: readonly T[], value: unknown, fallback: T): T =>
  list.includes(value as T) ? (value as T) : fallback;

/** Any stored value (older version, hand-edited, missing) → a valid current Settings. */
export function migrateSettings(stored: unknown): Settings {
  const s = (typeof stored === "object" && stored !== null ? stored : {}) as Record<string, unknown>;
  // Version 1 is the first; later versions add steps here, oldest first.
  const d = DEFAULT_SETTINGS;
  const size = Number(s.fontSize);
  const rate = Number(s.speechRate);
  return {
    version: 1,
    theme: oneOf(THEMES, s.theme, d.theme),
    font: oneOf(FONTS, s.font, d.font),
    fontSize: FONT_SIZES.includes(size as never) ? size : d.fontSize,
    width: oneOf(WIDTHS, s.width, d.width),
    leading: oneOf(LEADINGS, s.leading, d.leading),
    remoteImages: typeof s.remoteImages === "boolean" ? s.remoteImages : d.remoteImages,
    speechRate: Number.isFinite(rate) && rate >= 0.5 && rate <= 2 ? rate : d.speechRate,
  };
}

export async function getSettings(storage: Storage = browser.storage.local): Promise<Settings> {
  const stored = await storage.get(SETTINGS_KEY).catch(() => ({}));
  return migrateSettings((stored as Record<string, unknown>)[SETTINGS_KEY]);
}

export async function updateSettings(
  patch: Partial<Omit<Settings, "version">>,
  storage: Storage = browser.storage.local,
): Promise<Settings> {
  const next = migrateSettings({ ...(await getSettings(storage)), ...patch });
  await storage.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever another page changes them, until `signal` aborts. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal?: AbortSignal): void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === "local" && changes[SETTINGS_KEY]) listener(migrateSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  signal?.addEventListener("abort", () => browser.storage.onChanged.removeListener(handler), { once: true });
}

/** The next font size up (+1) or down (−1), clamped to FONT_SIZES. */
export function stepFontSize(current: number, direction: 1 | -1): number {
  const i = FONT_SIZES.findIndex((s) => s >= current);
  const at = i === -1 ? FONT_SIZES.length - 1 : i;
  return FONT_SIZES[Math.min(FONT_SIZES.length - 1, Math.max(0, at + direction))] ?? current;
}

export function nextTheme(current: Theme): Theme {
  return THEMES[(THEMES.indexOf(current) + 1) % THEMES.length] ?? "system";
}
