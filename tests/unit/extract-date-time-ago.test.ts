/**
 * Times counted back from now in the languages chrono's strict parsers leave unread
 * (metadata/time-ago.ts): read from `now`, ranked as the English "3 days ago" is.
 */
import { describe, expect, it } from "vitest";
import { parseDate, saysTimeAgo, withoutTimeAgo } from "../../src/extract/metadata/date-parse";
import { article, NOW, page } from "./extract-helpers";

// NOW is 2025-06-01T12:00:00Z.
/** The line reads as the day expected, and as a time counted back (ranked as one, not confident). */
function readsCountedBack(line: string, lang: string, expected: string): void {
  expect(parseDate(line, NOW, lang)).toBe(expected);
  expect(saysTimeAgo(line, lang)).toBe(true);
}

describe("parseDate: a time ago, counted back from now", () => {
  it.each([
    ["vor 3 Tagen", "de", "2025-05-29"],
    ["Aktualisiert vor 13 Stunden", "de", "2025-05-31"],
    ["hace 2 horas", "es", "2025-06-01"],
    ["hace 1 semana", "es", "2025-05-25"],
    ["há 3 dias", "pt", "2025-05-29"],
    ["3 dias atrás", "pt", "2025-05-29"],
    ["prije 26 minuta", "bs", "2025-06-01"],
    ["pre 14 sati", "sr", "2025-05-31"],
    ["prije 3 godine", "hr", "2022-06-01"],
    ["2 dni temu", "pl", "2025-05-30"],
    ["5 lat temu", "pl", "2020-06-01"],
    ["před 3 dny", "cs", "2025-05-29"],
    ["3 gün önce", "tr", "2025-05-29"],
    ["2 ay önce", "tr", "2025-04-01"],
    ["3 timmar sedan", "sv", "2025-06-01"],
    ["for 2 uger siden", "da", "2025-05-18"],
    ["3 päivää sitten", "fi", "2025-05-29"],
    ["acum 4 zile", "ro", "2025-05-28"],
    ["3 napja", "hu", "2025-05-29"],
    ["πριν από 3 ημέρες", "el", "2025-05-29"],
    ["منذ ٣ أيام", "ar", "2025-05-29"],
    ["3 hari yang lalu", "id", "2025-05-29"],
    ["3 ngày trước", "vi", "2025-05-29"],
    ["3 дні тому", "uk", "2025-05-29"],
    ["3日前", "ja", "2025-05-29"],
    ["3天前", "zh", "2025-05-29"],
    ["3일 전", "ko", "2025-05-29"],
  ])("%s (%s) → %s", readsCountedBack);

  it.each([
    ["2h ago", "en", "2025-06-01"],
    ["3d ago", "en", "2025-05-29"],
    ["Updated 14 hrs ago", "en", "2025-05-31"],
    ["vor 3 Std.", "de", "2025-06-01"],
    ["hace 26 h", "es", "2025-05-31"],
  ])("a short unit: %s (%s) → %s", readsCountedBack);

  it.each([
    ["Heute, 14:05", "de", "2025-06-01"],
    ["gestern, 21:40 Uhr", "de", "2025-05-31"],
    ["Today at 3:05 PM", "en", "2025-06-01"],
    ["Yesterday 09:12", "en", "2025-05-31"],
    ["hier à 09h12", "fr", "2025-05-31"],
    ["Ayer, 09:12", "es", "2025-05-31"],
    ["Вчера в 09:12", "ru", "2025-05-31"],
    ["I dag 14:05", "sv", "2025-06-01"],
  ])("a day named from now, with its time: %s (%s) → %s", readsCountedBack);

  it.each([
    ["Heute im Stadtrat", "de"],
    ["Hier um 12:00 treffen wir uns", "de"],
    ["Today's top stories", "en"],
  ])(
    "reads no day in a word for today or yesterday without its time, or in another language: %s",
    (line, lang) => {
      expect(parseDate(line, NOW, lang)).toBeNull();
      expect(saysTimeAgo(line, lang)).toBe(false);
    },
  );

  // NOW is noon UTC: an hour back is still the same day; chrono's languages keep the hour it read.
  it.each([
    ["an hour ago", "en", "2025-06-01T11:00:00Z"],
    ["Updated a day ago", "en", "2025-05-31"],
    ["one week ago", "en", "2025-05-25"],
    ["il y a une heure", "fr", "2025-06-01T11:00:00Z"],
    ["een dag geleden", "nl", "2025-05-31"],
    ["un giorno fa", "it", "2025-05-31"],
    ["vor einer Stunde", "de", "2025-06-01"],
    ["vor einem Tag", "de", "2025-05-31"],
    ["hace un día", "es", "2025-05-31"],
    ["há uma semana", "pt", "2025-05-25"],
    ["bir gün önce", "tr", "2025-05-31"],
    ["en timme sedan", "sv", "2025-06-01"],
    ["for en uge siden", "da", "2025-05-25"],
    ["acum o oră", "ro", "2025-06-01"],
    ["egy napja", "hu", "2025-05-31"],
  ])("one unit back in words: %s (%s) → %s", readsCountedBack);

  it.each([
    ["час назад", "ru", "2025-06-01T11:00:00Z"],
    ["godzinę temu", "pl", "2025-06-01"],
    ["rok temu", "pl", "2024-06-01"],
    ["před hodinou", "cs", "2025-06-01"],
    ["тиждень тому", "uk", "2025-05-25"],
    ["منذ يوم", "ar", "2025-05-31"],
  ])("one unit back, the unit alone: %s (%s) → %s", readsCountedBack);

  it.each([
    ["a man ago", "en"],
    ["vor Jahren", "de"],
    ["lat temu", "pl"],
    ["před domem", "cs"],
    ["před rokem 2019", "cs"],
    ["vor einer Ewigkeit", "de"],
    ["A day in the life of a fisherman", "en"],
    ["il y a une raison", "fr"],
  ])("reads no time ago in words where no unit, or no single one, is counted back: %s", (line, lang) => {
    expect(saysTimeAgo(line, lang)).toBe(false);
    expect(parseDate(line, NOW, lang)).toBeNull();
  });

  it.each(["2 door sedan", "Temu 3 deals", "vor 2019", "pre 3 sets", "hace 3 goles"])(
    "reads no time ago where no unit follows the count: %s",
    (line) => {
      expect(saysTimeAgo(line)).toBe(false);
      expect(parseDate(line, NOW, "en")).toBeNull();
    },
  );

  it("takes a time ago out of a line that also writes its day", () => {
    expect(withoutTimeAgo("vor 3 Tagen · 12.03.2025").trim()).toBe("· 12.03.2025");
    expect(withoutTimeAgo("2 door sedan")).toBe("2 door sedan");
    expect(parseDate(withoutTimeAgo("vor 3 Tagen · 12.03.2025"), NOW, "de")).toBe("2025-03-12");
  });
});

describe("a time ago on the page", () => {
  it("is the date when it is the one the page shows", () => {
    const html = page({ inside: `<span class="datum">vor 3 Tagen</span>`, lang: "de" });
    expect(article(html).publishedTime).toBe("2025-05-29");
  });

  it("ranks below the URL's date, as '3 weeks ago' does", () => {
    const html = page({ inside: `<span class="post-date">prije 26 minuta</span>`, lang: "bs" });
    expect(article(html, "https://example.ba/2025/03/21/water-plan").publishedTime).toBe("2025-03-21");
  });

  it("reads 'Heute, 14:05' as today, below a URL's date", () => {
    const inside = `<div class="article-meta"><span class="zeit">Heute, 14:05 Uhr</span></div>`;
    expect(article(page({ inside, lang: "de" })).publishedTime).toBe("2025-06-01");
    expect(article(page({ inside, lang: "de" }), "https://example.de/2025/03/21/plan").publishedTime).toBe(
      "2025-03-21",
    );
  });

  it("is read in words too, on a line with no digit: 'vor einer Stunde', 'an hour ago'", () => {
    const de = page({ inside: `<span class="datum">vor einer Stunde</span>`, lang: "de" });
    expect(article(de).publishedTime).toBe("2025-06-01");
    const en = page({ inside: `<p class="timestamp">Updated a day ago</p>` });
    expect(article(en).publishedTime).toBe("2025-05-31");
  });

  it("gives way to the day the same line writes", () => {
    const html = page({ inside: `<div class="meta">hace 3 días · 12/03/2025</div>`, lang: "es" });
    expect(article(html).publishedTime).toBe("2025-03-12");
  });
});
