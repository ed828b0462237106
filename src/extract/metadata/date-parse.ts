/**
 * Turns one date string into ISO 8601 at the precision the page states, keeping the page's own
 * offset (the calendar day as written must survive: no conversion to UTC).
 */
import { Chrono, configuration as en } from "chrono-node/en";
import { createConfiguration as de } from "chrono-node/de";
import { createConfiguration as es } from "chrono-node/es";
import { createConfiguration as fr } from "chrono-node/fr";
import { configuration as it } from "chrono-node/it";
import { createConfiguration as ja } from "chrono-node/ja";
import { createConfiguration as nl } from "chrono-node/nl";
import { createConfiguration as pt } from "chrono-node/pt";
import { createConfiguration as ru } from "chrono-node/ru";
import { createConfiguration as zh } from "chrono-node/zh";
import { fromDateWithTime } from "./date-with-time";
import { fromMonthName, fromSolarHijri, mayNameMonth, thaiCommonEraYear } from "./month-names";
import { fromTimeAgo, oneInDigits, saysTimeAgoElsewhere, withoutTimeAgoElsewhere } from "./time-ago";
import { precompileThrough } from "../precompiled";

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** The digits after the seconds' point, as written ("607" in "02:19:15.607Z"). */
  fraction?: string;
  /** Minutes east of UTC, when the page states it. */
  offset?: number;
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, "0");

export function formatIso(p: DateParts): string {
  const day = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour === undefined) return day;
  const seconds = pad(p.second ?? 0) + (p.second !== undefined && p.fraction ? `.${p.fraction}` : "");
  const time = `${pad(p.hour)}:${pad(p.minute ?? 0)}:${seconds}`;
  if (p.offset === undefined) return `${day}T${time}`;
  if (p.offset === 0) return `${day}T${time}Z`;
  const sign = p.offset < 0 ? "-" : "+";
  return `${day}T${time}${sign}${pad(Math.floor(Math.abs(p.offset) / 60))}:${pad(Math.abs(p.offset) % 60)}`;
}

/** Real calendar day, not before the web's news era, not in the future (one day of slack). */
export function isPlausible(p: DateParts, now: Date): boolean {
  if (p.year < 1995 || p.month < 1 || p.month > 12 || p.day < 1) return false;
  if (p.day > new Date(Date.UTC(p.year, p.month, 0)).getUTCDate()) return false;
  if (p.hour !== undefined && (p.hour > 23 || (p.minute ?? 0) > 59 || (p.second ?? 0) > 60)) return false;
  const utc = Date.UTC(p.year, p.month - 1, p.day, p.hour ?? 0, p.minute ?? 0) - (p.offset ?? 0) * 60_000;
  return utc <= now.getTime() + 86_400_000;
}

function offsetOf(zone: string | undefined): number | undefined {
  if (!zone) return undefined;
  if (/^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

const ISO =
  /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d+))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?(?!\d)/i;
// The same groups as ISO's: year, month, day, hour, minute, second, fraction, zone.
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?(?:[.,](\d+))?)?(Z|[+-]\d{2}:?\d{2})?$/;
const YMD = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
/** "2025. 3. 12.": a space after each point, and a closing one (Korean, Hungarian). */
const SPACED_YMD = /(?<!\d)(\d{4})\. (\d{1,2})\. (\d{1,2})\.(?!\d)/;
/** "ngày 21 tháng 3 năm 2025", "21 tháng 3, 2025": Vietnamese day, "month" and its number, year. */
const VIETNAMESE = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+|\s*,\s*|\s+)(\d{4})(?!\d)/iu;
/** "2025년 3월 12일": Korean year, month and day signs. */
const KOREAN = /(?<!\d)(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/;
// "21.03.2025", "21/03/2025", "4. 2. 2022", "26 | 01 | 2022".
const DMY = /(?<![\d.])(\d{1,2}) ?([./|-]) ?(\d{1,2}) ?\2 ?(\d{4})(?!\d)/;
/**
 * "07.11.23": day, month and a two-digit year between points, as German, Russian, Polish or Finnish
 * pages write them; day first in every language (no custom writes the month first with points).
 * Not a version ("v1.2.10") nor part of a longer dotted number ("10.1.12.4").
 */
const DOTTED_SHORT_YEAR = /(?<![\p{L}\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?!\.?\d)/u;
/**
 * The time of day right after a numeric date: "14:05", "15h42", "15.42", "3:42 PM", "오후 3:42"
 * (Korean afternoon), after a comma, bar or bullet, or a word for "at" ("um", "às", "ore", "klo",
 * "o godz.", "в", "lúc", "เวลา"…).
 */
const CLOCK_AFTER =
  /^\.?,?\s*(?:[-|•·]\s*)?(?:(?:um|à|às|a las|alle|ore|om|at|kl\.?|klo|o godz\.|godz\.|o|в|saat|lúc|pukul|เวลา)\s*)?(?:(오전|오후)\s*)?(\d{1,2})[:.h](\d{2})(?!\d)(?:\s*([ap])\.?m\.?(?![\p{L}]))?/iu;

/** `parts` with the time CLOCK_AFTER reads at the start of `rest`, if any. */
function withClock(parts: DateParts, rest: string): DateParts {
  const m = CLOCK_AFTER.exec(rest);
  if (!m) return parts;
  let hour = Number(m[2]);
  const minute = Number(m[3]);
  if (hour > 23 || minute > 59) return parts;
  const afternoon = m[1] === "오후" || m[4]?.toLowerCase() === "p";
  if (m[1] || m[4]) {
    // A twelve-hour clock: "12:05 AM" is just after midnight, "12:05 PM" just after noon.
    if (hour < 1 || hour > 12) return parts;
    hour = (hour % 12) + (afternoon ? 12 : 0);
  }
  return { ...parts, hour, minute };
}

function fromIsoLike(s: string): DateParts | null {
  const m = ISO.exec(s) ?? COMPACT.exec(s.trim());
  if (!m) return null;
  const parts: DateParts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (m[4] !== undefined) {
    parts.hour = Number(m[4]);
    parts.minute = Number(m[5]);
    if (m[6] !== undefined) parts.second = Number(m[6]);
    // Seconds' fractions as the page states them ("the precision the page states").
    if (m[6] !== undefined && m[7] !== undefined) parts.fraction = m[7];
    const offset = offsetOf(m[8]);
    if (offset !== undefined) parts.offset = offset;
  }
  return parts;
}

/** DOTTED_SHORT_YEAR's day, its year in this century unless that is still to come. */
function fromDottedShortYear(s: string, now: Date): DateParts | null {
  const m = DOTTED_SHORT_YEAR.exec(s);
  if (!m) return null;
  const short = Number(m[3]);
  const year = 2000 + short <= now.getUTCFullYear() ? 2000 + short : 1900 + short;
  return withClock({ year, month: Number(m[2]), day: Number(m[1]) }, s.slice(m.index + m[0].length));
}

function fromNumeric(s: string, lang: string, now: Date): DateParts | null {
  const ymd = YMD.exec(s) ?? SPACED_YMD.exec(s) ?? KOREAN.exec(s);
  if (ymd) {
    let parts: DateParts | null = { year: Number(ymd[1]), month: Number(ymd[2]), day: Number(ymd[3]) };
    // A Persian page's "1399/04/02" counts in the Solar Hijri calendar (month-names.ts).
    if (/^fa\b/i.test(lang) && parts.year >= 1300 && parts.year < 1500)
      parts = fromSolarHijri(parts.year, parts.month, parts.day);
    return parts && withClock(parts, s.slice(ymd.index + ymd[0].length));
  }
  const vietnamese = VIETNAMESE.exec(s);
  if (vietnamese) {
    const parts = { year: Number(vietnamese[3]), month: Number(vietnamese[2]), day: Number(vietnamese[1]) };
    return withClock(parts, s.slice(vietnamese.index + vietnamese[0].length));
  }
  const m = DMY.exec(s);
  if (!m) return fromDottedShortYear(s, now);
  let a = Number(m[1]);
  let b = Number(m[3]);
  // Month first only where that is the custom (US English with slashes) or the only reading.
  const monthFirst = b > 12 || (a <= 12 && m[2] === "/" && /^en(-us)?$/i.test(lang));
  if (m[2] === "|" && monthFirst) return null;
  if (monthFirst) [a, b] = [b, a];
  // A Thai page's "21/03/2568" counts in the Buddhist Era (month-names.ts).
  const year = /^th\b/i.test(lang) ? thaiCommonEraYear(Number(m[4])) : Number(m[4]);
  return withClock({ year, month: b, day: a }, s.slice(m.index + m[0].length));
}

/**
 * chrono's strict parser per language, each exactly as chrono builds its `strict` (`chrono.de.strict`
 * is `new Chrono(createConfiguration(true))`), but built on first use: chrono builds every
 * language's casual and strict parsers when it loads, and in the browser that was paid on every
 * click (the content script loads anew each time) for a parser most pages never call. The build
 * drops those load-time instances (scripts/chrono-edits.mjs).
 */
const CONFIGURATIONS = {
  en: () => en.createConfiguration(true, false),
  de: () => de(true),
  fr: () => fr(true),
  es: () => es(true),
  pt: () => pt(true),
  it: () => it.createConfiguration(true),
  nl: () => nl(true),
  ru: () => ru(true),
  ja: () => ja(true),
  zh: () => zh(),
};
type Language = keyof typeof CONFIGURATIONS;
const LANGUAGES = Object.keys(CONFIGURATIONS) as Language[];

const parsers = new Map<Language, Chrono>();
function parserFor(language: Language): Chrono {
  let parser = parsers.get(language);
  if (!parser) {
    const built = new Chrono(CONFIGURATIONS[language]());
    // Its patterns, thousands of characters per language, straight to machine code (precompiled.ts).
    precompileThrough((subject) => built.parse(subject));
    parsers.set(language, (parser = built));
  }
  return parser;
}
const isLanguage = (code: string): code is Language => Object.hasOwn(CONFIGURATIONS, code);

/**
 * What chrono can read as a whole calendar day: day, month and year in numbers with one separator
 * ("11/19/19", "19.10.19", "2019-11-19"; "11/02" leaves the year unsure, "8.5/10" is a rating),
 * two numbers and a month name ("21 March 2025", "Jan 5, 2020"), a time ago ("3 days ago"; its
 * strict parsers read no "in 3 days" we would keep, nor "vor 3 Tagen" or "3日前"), or CJK year
 * and month signs. Most lines with digits are none of these ("195 Shares", "1,00 €", "4 min read",
 * "Tel. 089 628179 36"), and chrono is the costly step: in the browser its parsers compile anew
 * on every page, and a page whose only such line is a price started them for nothing.
 */
const NUMERIC_DATE = /(?<!\d)\d{1,4}\s?([./-])\s?\d{1,2}\s?\1\s?\d{1,4}(?!\d)/;
/** A time ago, as chrono's strict parsers read it: "3 weeks ago", "il y a 3 jours", "2 ore fa". */
const TIME_AGO = /\d\s*\p{L}+\.?\s*(?:ago|before|earlier|fa|geleden|назад)(?![\p{L}])|il y a\s+\d/iu;

/**
 * A time counted back from now ("1 day ago", "vor 3 Tagen", "Heute, 14:05"): a rendering of some
 * date, never a day the page writes.
 */
export const saysTimeAgo = (s: string, lang = ""): boolean => {
  const line = oneInDigits(westernDigits(s));
  return TIME_AGO.test(line) || saysTimeAgoElsewhere(line, lang);
};
const TIME_AGO_ALL = new RegExp(TIME_AGO.source, "giu");
/** The line without its times ago: "3 weeks ago October 17, 2023" → " October 17, 2023". */
export const withoutTimeAgo = (s: string): string =>
  withoutTimeAgoElsewhere(oneInDigits(westernDigits(s)).replace(TIME_AGO_ALL, " "));
const CJK_DATE = /年.*月|月.*日/u;

function mayBeWordsDate(s: string): boolean {
  return (
    NUMERIC_DATE.test(s) || TIME_AGO.test(s) || CJK_DATE.test(s) || (/\d\D+\d/.test(s) && mayNameMonth(s))
  );
}

/** A match of chrono's ending in a two-digit number after a word: a year, unless a clock follows. */
const HOUR_AS_YEAR = /\p{L}[\s,.]*\d{1,2}$/u;
/** A match ending in a number of two digits at most, not marked as a year ("'19"). */
const SHORT_NUMBER_END = /(?<![\d'’])\d{1,2}$/;
/** A unit of time after a number: "11 min read", "5 Minuten Lesezeit", "2 hrs" (a duration). */
const TIME_UNIT_NEXT =
  /^\s*(?:min|mins|minutes?|minuten|minutos|minuti|minuter|minuut|minut|мин|dk|sec|secs|seconds?|sek|hrs?|hours?|stunden?|std)(?![\p{L}])/iu;

/** A time of day: "11:03", "9.30", "14h05", "4 PM", "15 Uhr". */
const TIME_OF_DAY = /\d{1,2}[:.h]\d{2}|\d\s*(?:am|pm|a\.m\.|p\.m\.|uhr)(?![\p{L}])/iu;

function fromWords(s: string, lang: string, now: Date): DateParts | null {
  // A plain "23 Nov 2017", "21. Oktober 2018", "21 Mart 2025": our month-name table reads it as
  // chrono would (the same day on every such line of the corpora) and costs nothing to start,
  // where chrono builds and compiles its patterns on first use, per language (in the browser, on
  // every page). So is a plain line with a time ("Nov 13, 2019 4:26 pm", date-with-time.ts);
  // chrono reads the others (relative dates, zones that follow daylight saving, two dates).
  const plain = TIME_OF_DAY.test(s) ? fromDateWithTime(s) : fromMonthName(s);
  if (plain && isPlausible(plain, now)) return plain;
  const code = lang.slice(0, 2).toLowerCase();
  // A page that does not say its language may be in any of them. (English pages: English once.)
  const languages: Language[] = isLanguage(code)
    ? code === "en"
      ? ["en"]
      : [code, "en"]
    : lang
      ? ["en"]
      : LANGUAGES;
  for (const language of mayBeWordsDate(s) ? languages : []) {
    for (const result of parserFor(language).parse(s, now, { forwardDate: false })) {
      const c = result.start;
      if (!(c.isCertain("year") && c.isCertain("month") && c.isCertain("day"))) continue;
      // "29 luglio, 20:18": the hour after a day and month is no two-digit year ("29 luglio, 20").
      const after = s.slice(result.index + result.text.length);
      if (HOUR_AS_YEAR.test(result.text) && /^[:.h]\d{2}/.test(after)) continue;
      // "Mar 17 · 11 min read" (its dot a picture): the count of a reading time is no year either.
      if (SHORT_NUMBER_END.test(result.text) && TIME_UNIT_NEXT.test(after)) continue;
      // "in 4 hours", "in 24 Stunden": a time to come, counted from now, is never when a page
      // was published (within a day it would pass as plausible).
      if (result.tags().has("result/relativeDate") && c.date().getTime() > now.getTime()) continue;
      const parts: DateParts = { year: c.get("year")!, month: c.get("month")!, day: c.get("day")! };
      if (c.isCertain("hour")) {
        parts.hour = c.get("hour")!;
        parts.minute = c.get("minute") ?? 0;
        if (c.isCertain("timezoneOffset")) parts.offset = c.get("timezoneOffset")!;
      }
      return parts;
    }
  }
  return fromMonthName(s);
}

/**
 * Parse a date from a machine value (meta, JSON-LD, datetime) or a visible line of text. `lang`
 * picks the parser for month names; "" means the page does not say, so every language is tried.
 */
export function parseDate(input: string | null | undefined, now: Date, lang = "en"): string | null {
  const s = (input ?? "").trim();
  if (!s || s.length > 200) return null;
  const results = resultsFor(now);
  const key = `${lang}\n${s}`;
  let iso = results.get(key);
  if (iso === undefined) {
    iso = parseUncached(s, now, lang);
    results.set(key, iso);
  }
  return iso;
}

/**
 * Where each script's digits start that pages write dates in: Arabic-Indic, Persian, Devanagari,
 * Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Myanmar and
 * the full-width digits of Japanese and Chinese pages ("٢١ مارس ٢٠٢٥", "२१ मार्च २०२५",
 * "২১ মার্চ ২০২৫", "２０２５年３月２１日").
 */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0,
  0x1040, 0xff10,
];
const OTHER_DIGITS = new RegExp(
  `[${DIGIT_ZEROS.map((z) => `\\u{${z.toString(16)}}-\\u{${(z + 9).toString(16)}}`).join("")}]`,
  "gu",
);
/** The text with every digit above written as the rules read digits, 0 to 9. */
const westernDigits = (s: string): string =>
  s.replace(OTHER_DIGITS, (d) => {
    const code = d.codePointAt(0)!;
    return String(code - DIGIT_ZEROS.findLast((zero) => zero <= code)!);
  });

function parseUncached(raw: string, now: Date, lang: string): string | null {
  const s = oneInDigits(westernDigits(raw));
  // In order, and lazily: chrono (fromWords) is the costly one and most strings stop earlier.
  const parsers = [
    () => fromIsoLike(s),
    () => fromNumeric(s, lang, now),
    () => fromWords(s, lang, now),
    () => fromTimeAgo(s, now, lang),
  ];
  for (const parse of parsers) {
    const parts = parse();
    if (parts && isPlausible(parts, now)) return formatIso(parts);
  }
  return null;
}

/**
 * The rules of one extraction ask about the same line more than once (a date in a <span> in a
 * <div>, then again when trimming the story's first lines): each is parsed once per `now`, that is
 * once per extraction. The answer depends on nothing else, so the cache changes no result.
 */
let cache = { now: NaN, results: new Map<string, string | null>() };

function resultsFor(now: Date): Map<string, string | null> {
  if (cache.now !== now.getTime() || cache.results.size > 2000)
    cache = { now: now.getTime(), results: new Map() };
  return cache.results;
}

/** A date in a URL path: /2025/03/21/, /2025-03-21-, /20250321/, /21-03-2025. Day precision only. */
export function dateFromUrl(url: string, now: Date): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)/.exec(path) ??
    /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path) ??
    // "/2025/0321/": the year, then month and day in one folder (Japanese and Chinese sites).
    /\/((?:19|20)\d{2})\/(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  const dmy = m ? null : /[/~_-](\d{2})-(\d{2})-((?:19|20)\d{2})(?:[/_.-]|$)/.exec(path);
  if (!m && !dmy) return null;
  const parts: DateParts = m
    ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
    : { year: Number(dmy![3]), month: Number(dmy![2]), day: Number(dmy![1]) };
  return isPlausible(parts, now) ? formatIso(parts) : null;
}
