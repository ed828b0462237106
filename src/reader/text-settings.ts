/**
 * The "Aa" panel (theme, font, size, width, line height) and the settings it drives: applied
 * at once, remembered in storage, and followed when another page (options) changes them.
 */
import { applySettings } from "../shared/apply-settings.js";
import { t } from "../shared/i18n.js";
import {
  getSettings,
  nextTheme,
  onSettingsChanged,
  stepFontSize,
  updateSettings,
  type Settings,
} from "../shared/settings.js";
import { announce, byId } from "./ui.js";

type Choice = "theme" | "font" | "width" | "leading";
const CHOICES: Choice[] = ["theme", "font", "width", "leading"];
const THEME_KEY = { system: "themeSystem", light: "themeLight", sepia: "themeSepia", dark: "themeDark" };

export class TextSettings {
  #settings!: Settings;

  get current(): Settings {
    return this.#settings;
  }

  async init(signal?: AbortSignal): Promise<Settings> {
    this.#show(await getSettings());
    for (const name of CHOICES) {
      for (const input of document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) {
        input.addEventListener("change", () => void this.set({ [name]: input.value } as Partial<Settings>));
      }
    }
    byId("size-down").addEventListener("click", () => void this.stepSize(-1));
    byId("size-up").addEventListener("click", () => void this.stepSize(1));
    const menu = byId<HTMLDetailsElement>("text-settings");
    // Escape closes the panel and returns focus to its button; so does a click elsewhere.
    menu.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && menu.open) {
        menu.open = false;
        menu.querySelector("summary")?.focus();
        event.stopPropagation();
      }
    });
    document.addEventListener("click", (event) => {
      if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
    });
    onSettingsChanged((settings) => this.#show(settings), signal);
    return this.#settings;
  }

  async set(patch: Partial<Omit<Settings, "version">>): Promise<void> {
    this.#show({ ...this.#settings, ...patch });
    this.#settings = await updateSettings(patch);
  }

  async cycleTheme(): Promise<void> {
    const theme = nextTheme(this.#settings.theme);
    await this.set({ theme });
    announce(t("themeNow", t(THEME_KEY[theme])));
  }

  async stepSize(direction: 1 | -1): Promise<void> {
    const fontSize = stepFontSize(this.#settings.fontSize, direction);
    await this.set({ fontSize });
    announce(t("readerFontSize", fontSize));
  }

  #show(settings: Settings): void {
    this.#settings = settings;
    applySettings(settings);
    for (const name of CHOICES) {
      for (const input of document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) {
        input.checked = input.value === settings[name];
      }
    }
    byId("size-value").textContent = t("readerFontSize", settings.fontSize);
  }
}
