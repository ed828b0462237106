/**
 * The options page: reading defaults (the same settings item the reader changes), remote images,
 * the shortcuts as the browser has them, storage used, and the way to import and export.
 */
import { applySettings } from "../shared/apply-settings.js";
import { localize, t } from "../shared/i18n.js";
import {
  FONT_SIZES,
  getSettings,
  onSettingsChanged,
  updateSettings,
  type Settings,
} from "../shared/settings.js";
import { listShortcuts } from "../shared/shortcuts.js";
import { storageUsage } from "../library/persistence.js";
import { formatBytes } from "../shared/format-bytes.js";

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const SELECTS = ["theme", "font", "fontSize", "width", "leading"] as const;

function show(settings: Settings): void {
  applySettings(settings);
  for (const name of SELECTS) byId<HTMLSelectElement>(name).value = String(settings[name]);
  byId<HTMLInputElement>("remoteImages").checked = settings.remoteImages;
}

async function change(patch: Partial<Settings>): Promise<void> {
  show(await updateSettings(patch));
  byId("saved-status").textContent = t("optionsSaved");
}

async function showShortcuts(): Promise<void> {
  const list = byId("shortcuts");
  const shortcuts = await listShortcuts().catch(() => []);
  list.replaceChildren(
    ...shortcuts.flatMap(({ name, description, shortcut }) => {
      const dt = document.createElement("dt");
      if (shortcut) {
        const kbd = document.createElement("kbd");
        kbd.textContent = shortcut;
        dt.append(kbd);
      } else {
        dt.textContent = t("optionsShortcutNone");
        dt.className = "muted";
      }
      const dd = document.createElement("dd");
      dd.textContent = description || (name === "_execute_action" ? t("cmdOpenPopup") : name);
      return [dt, dd];
    }),
  );
}

async function showStorage(locale: string[]): Promise<void> {
  const use = await storageUsage().catch(() => null);
  byId("storage").textContent =
    use?.usage != null && use.quota != null
      ? t("optionsStorageUsed", formatBytes(use.usage, locale), formatBytes(use.quota, locale))
      : t("optionsStorageUnknown");
}

async function main(): Promise<void> {
  localize();
  const locale = [...navigator.languages];
  const size = byId<HTMLSelectElement>("fontSize");
  size.replaceChildren(...FONT_SIZES.map((px) => new Option(t("readerFontSize", px), String(px))));
  show(await getSettings());
  for (const name of SELECTS) {
    const select = byId<HTMLSelectElement>(name);
    select.addEventListener(
      "change",
      () =>
        void change({
          [name]: name === "fontSize" ? Number(select.value) : select.value,
        } as Partial<Settings>),
    );
  }
  const images = byId<HTMLInputElement>("remoteImages");
  images.addEventListener("change", () => void change({ remoteImages: images.checked }));
  onSettingsChanged(show);
  await Promise.all([showShortcuts(), showStorage(locale)]);
}

void main();
