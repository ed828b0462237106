/**
 * chrono-node is the costly step of the date rules (its patterns compile on first use, on every
 * page in the browser): a line goes to it only when it may hold a whole date. These tests hold the
 * pre-filter to chrono's own vocabulary, so it never hides a date chrono would read.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import * as chrono from "chrono-node";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseDate } from "../../src/extract/metadata/date-parse";
import { mayNameMonth } from "../../src/extract/metadata/month-names";
import { NOW } from "./extract-helpers";

// chrono's package exports do not reach its locale constants: read them by file.
const chronoRoot = join(
  dirname(createRequire(import.meta.url).resolve("chrono-node")),
  "..",
  "esm",
  "locales",
);
const LOCALES_WITH_MONTH_NAMES = ["en", "de", "fr", "es", "pt", "it", "nl", "ru"];

afterEach(() => vi.restoreAllMocks());

describe("the pre-filter before chrono", () => {
  it.each(LOCALES_WITH_MONTH_NAMES)("knows every month word of chrono's %s dictionary", async (locale) => {
    // A file of the installed chrono-node package, by its path.
    // eslint-disable-next-line no-unsanitized/method
    const constants = (await import(pathToFileURL(join(chronoRoot, locale, "constants.js")).href)) as {
      MONTH_DICTIONARY: Record<string, number>;
    };
    const words = Object.keys(constants.MONTH_DICTIONARY);
    expect(words.length).toBeGreaterThan(11);
    expect(words.filter((word) => !mayNameMonth(`3 ${word} 2020`))).toEqual([]);
  });

  it.each([
    ["12 mrt 2020", "nl", "2020-03-12"],
    ["3. Mrz. 2021", "de", "2021-03-03"],
    ["15 aout 2019 à 10h00", "fr", "2019-08-15T10:00:00"],
    ["11/19/19 06:56 AM EST", "en", "2019-11-19T06:56:00-05:00"],
    ["Jane Doe 2 days ago", "en", "2025-05-30"],
    ["Publié il y a 3 jours", "fr", "2025-05-29"],
  ])("still hands chrono a date it reads: %s", (line, lang, iso) => {
    expect(parseDate(line, NOW, lang)).toBe(iso);
  });

  it.each([
    ["2 ore fa", "it"],
    ["2 uur geleden", "nl"],
    ["2 часа назад", "ru"],
    ["Updated 2 hours before the vote", "en"],
  ])("still hands chrono a time ago: %s", (line, lang) => {
    expect(parseDate(line, NOW, lang)).toMatch(/^2025-06-01/);
  });

  it.each([
    "Preis: 1,00 € statt 2,50 €",
    "Tel. 089 628179 36",
    "Rated 8 of 10",
    "Score: 8.5/10",
    "11/02 19:16",
    "Version 2.5",
    "4 min read",
    "Frische für 48 Stunden",
    // Words that begin like a month name only our table reads, and that name none whole.
    "Spain won 2 to 1",
    "Detroit 3, Chicago 2",
    "Březnice 3 km, 12 min",
  ])("does not start chrono for %s", (line) => {
    const parse = vi.spyOn(Object.getPrototypeOf(chrono.strict) as chrono.Chrono, "parse");
    expect(parseDate(line, NOW, "en")).toBeNull();
    expect(parse).not.toHaveBeenCalled();
  });
});
