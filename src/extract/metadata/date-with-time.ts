/**
 * A date line with a time of day, read without chrono-node when the line is plain: one date
 * written with a month name, one "hh:mm" clock next to it (before or after), and at most a zone
 * whose offset does not depend on the day ("GMT", "EST", "+01:00") or follows the US rule for
 * daylight time ("ET", "PT"), as chrono reads them. "Nov 13, 2019 4:26 pm",
 * "Tue, 19 Nov 2019 06:13:48 -0600", "12:24 am EST, Wednesday, November 20, 2019".
 *
 * Anything less plain (two dates, a zone we do not know or that names several places, a word
 * after the clock that may be a zone, words between date and clock) answers null and goes to
 * chrono as before. chrono compiles its patterns on first use in every new script context, so
 * this spares that start-up on most news pages, in every tab the extractor is injected into.
 */
import type { DateParts } from "./date-parse";
import { monthNameDates } from "./month-names";

/** "9:24", "06:13:48", "4:26 pm", "11:08 a.m.". */
const CLOCK = /(?<![\d:.,])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])(?:\s*([ap])\.?m\.?(?!\p{L}))?/giu;

/**
 * Zones with one offset all year, in minutes east of UTC, as chrono reads them. ("CET" is not
 * here: pages write it in summer too, and chrono reads it as the local time, +02:00 then.)
 */
const FIXED_ZONES: Record<string, number> = {
  utc: 0,
  gmt: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  bst: 60,
  cest: 120,
  mez: 60,
  mesz: 120,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
};

/**
 * Words that say "at" between a date and its time, in the corpora's languages ("ore", "klo",
 * "kl.", "o godz.", "в", "saat", "lúc", "pukul", Thai "เวลา"), or a bar or bullet set between them.
 */
const DATE_THEN_CLOCK =
  /^\s*(?:,|-|–|\||•|·|at|on|um|à|às|a las|alle|ore|om|kl\.?|klo|o|o godz\.|godz\.|в|saat|lúc|pukul|เวลา|T)?\s*$/iu;
/** Between a time and its date: a comma, "on", a weekday ("12:24 am EST, Wednesday, November 20"). */
const CLOCK_THEN_DATE =
  /^\s*,?\s*(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)?\s*,?\s*$/iu;

/**
 * US zones named without saying standard or daylight time ("9:24 pm ET"): their standard offset,
 * an hour more in daylight time, which chrono counts from the second Sunday of March to the first
 * Sunday of November, 2 a.m. (the rule since 2007, used for every year).
 */
const US_ZONES: Record<string, number> = { et: -300, ct: -360, mt: -420, pt: -480 };

/** The offset of a US zone at a time written in it (the zone's standard offset given). */
function usOffset(standard: number, p: DateParts): number {
  const sunday = (month: number, nth: number): number => {
    const first = new Date(Date.UTC(p.year, month, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (nth - 1);
  };
  const at = Date.UTC(p.year, p.month - 1, p.day, p.hour ?? 0, p.minute ?? 0);
  const start = Date.UTC(p.year, 2, sunday(2, 2), 2);
  const end = Date.UTC(p.year, 10, sunday(10, 1), 2);
  return at > start && at <= end ? standard + 60 : standard;
}

/** "GMT+10", "UTC+5:30", "GMT+0000"; and a bare "-0600", "+01:00". */
const GMT_OFFSET = /^\s*(?:gmt|utc)\s*([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)/iu;
const BARE_OFFSET = /^\s*([+-])(\d{2}):?(\d{2})(?!\d)/u;

/**
 * The zone right after the clock: its offset, or how to find it from the date and time (US
 * zones); undefined when the clock has none, null when the word there may be a zone we do not
 * know; and how many characters it takes.
 */
function zoneAfter(rest: string): {
  offset: number | ((at: DateParts) => number) | undefined | null;
  length: number;
} {
  const numeric = GMT_OFFSET.exec(rest) ?? BARE_OFFSET.exec(rest);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return { offset: numeric[1] === "-" ? -minutes : minutes, length: numeric[0].length };
  }
  const word = /^\s*\(?(\p{L}+)\)?/u.exec(rest);
  if (!word) return { offset: undefined, length: 0 };
  // "Uhr", "h" and Thai "น." say "o'clock"; any other word may be a zone chrono knows and we do not.
  if (/^(?:uhr|h|น)$/iu.test(word[1]!)) return { offset: undefined, length: word[0].length };
  const name = word[1]!.toLowerCase();
  const us = US_ZONES[name];
  if (us !== undefined) return { offset: (at) => usOffset(us, at), length: word[0].length };
  return { offset: FIXED_ZONES[name] ?? null, length: word[0].length };
}

/** The line's one date with its one adjacent time, or null when chrono should read the line. */
export function fromDateWithTime(s: string): DateParts | null {
  const dates = [...monthNameDates(s)];
  const clocks = [...s.matchAll(CLOCK)];
  if (dates.length !== 1 || clocks.length !== 1) return null;
  const date = dates[0]!;
  const clock = clocks[0]!;
  const clockStart = clock.index;
  const clockEnd = clockStart + clock[0].length;
  const zone = zoneAfter(s.slice(clockEnd));
  if (zone.offset === null) return null;
  const adjacent =
    clockStart >= date.end
      ? DATE_THEN_CLOCK.test(s.slice(date.end, clockStart))
      : clockEnd + zone.length <= date.index &&
        CLOCK_THEN_DATE.test(s.slice(clockEnd + zone.length, date.index));
  if (!adjacent) return null;

  let hour = Number(clock[1]);
  const meridiem = clock[4]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === "p" ? 12 : 0);
  }
  const parts: DateParts = {
    year: date.year,
    month: date.month,
    day: date.day,
    hour,
    minute: Number(clock[2]),
  };
  if (clock[3] !== undefined) parts.second = Number(clock[3]);
  if (zone.offset !== undefined)
    parts.offset = typeof zone.offset === "number" ? zone.offset : zone.offset(parts);
  return parts;
}
