import { fakeBrowser } from "@webext-core/fake-browser";
import { beforeEach, describe, expect, it } from "vitest";
import {
  DEFAULT_SETTINGS,
  getSettings,
  migrateSettings,
  nextTheme,
  SETTINGS_KEY,
  stepFontSize,
  updateSettings,
} from "../../src/shared/settings.js";

describe("settings", () => {
  beforeEach(() => fakeBrowser.reset());

  it("defaults when nothing is stored: system theme, serif 20 px, remote images off", async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      theme: "system",
      font: "serif",
      fontSize: 20,
      remoteImages: false,
    });
  });

  it("repairs unknown or out-of-range values field by field", () => {
    expect(
      migrateSettings({ theme: "neon", fontSize: 99, font: "sans", speechRate: 9, remoteImages: "yes" }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      font: "sans",
    });
    expect(migrateSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it("update merges a patch, stores one versioned item, and reads back", async () => {
    await updateSettings({ theme: "dark" });
    await updateSettings({ fontSize: 24 });
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(stored).toMatchObject({ version: 1, theme: "dark", fontSize: 24 });
    expect(await getSettings()).toMatchObject({ theme: "dark", fontSize: 24 });
  });

  it("font size steps through the scale and stops at its ends", () => {
    expect(stepFontSize(20, 1)).toBe(22);
    expect(stepFontSize(20, -1)).toBe(18);
    expect(stepFontSize(32, 1)).toBe(32);
    expect(stepFontSize(14, -1)).toBe(14);
  });

  it("themes cycle system → light → sepia → dark → system", () => {
    expect([nextTheme("system"), nextTheme("light"), nextTheme("sepia"), nextTheme("dark")]).toEqual([
      "light",
      "sepia",
      "dark",
      "system",
    ]);
  });
});
