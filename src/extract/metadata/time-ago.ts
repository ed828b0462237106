/**
 * A time counted back from now in the languages chrono's strict parsers leave unread: "vor 3
 * Stunden", "hace 2 días", "há 5 dias", "prije 26 minuta", "2 dni temu", "3 gün önce", "3 timmar
 * sedan", "acum 4 ore", "3 órája", "منذ 3 ساعات", "3 jam yang lalu", "3 giờ trước", "3日前",
 * "3 дні тому", and the short forms ("2h ago", "vor 3 Std."). (English, French, Italian, Dutch and
 * Russian words chrono reads: "3 days ago".) And a day named from now with its time: "Heute,
 * 14:05", "Yesterday at 9:12 PM", "hier à 09h12".
 *
 * News portals write their stories' times so, often with no other date beside them. The day is
 * the one the count lands on from `now`: the moment of reading in the browser, the saved time of
 * a saved page (the CLI's --saved-at). The rank it gets among a page's date lines is date.ts's.
 */
import type { DateParts } from "./date-parse";

type Unit = "minute" | "hour" | "day" | "week" | "month" | "year";

/** A marker before the count: German, Spanish, Portuguese, the Yugoslav languages, Czech, Slovak, Romanian, Greek, Arabic. */
const BEFORE = String.raw`(?:vor|hace|há|prije|pre|před|pred|acum|πριν(?:\s+από)?|منذ|قبل)`;
/** A marker after the unit: English (its short units: "2h ago"), Polish, Turkish, Swedish, Danish and Norwegian, Finnish, Indonesian and Malay, Vietnamese, Portuguese, Ukrainian. */
const AFTER = String.raw`(?:ago|temu|önce|sedan|siden|sitten|(?:yang\s+)?lalu|trước|atrás|тому)`;
const WORD = String.raw`[\p{L}\p{M}]+`;

const PREFIXED = new RegExp(String.raw`(?<![\p{L}])${BEFORE}\s+(\d{1,3})\s*(${WORD})`, "iu");
const SUFFIXED = new RegExp(String.raw`(?<![\d\p{L}])(\d{1,3})\s*(${WORD})\s+${AFTER}(?![\p{L}])`, "iu");
/** Japanese, Chinese and Korean: "3時間前", "3小时前", "3일 전". */
const CJK =
  /(?<!\d)(\d{1,3})\s*(分鐘|分钟|分|時間|小时|小時|日|天|週間|周|か月|ヶ月|个月|個月|年|분|시간|일|주|개월|년)\s*(?:前|전)/u;
/** Hungarian fuses the count's "ago" into its unit: "5 perce", "3 órája", "2 napja". */
const HUNGARIAN = /(?<!\d)(\d{1,3})\s*(perce|órája|napja|hete|hónapja|éve)(?![\p{L}])/iu;

/** Each unit's words by their starts, in the languages above (and the Hungarian and CJK units). */
const UNITS: [Unit, RegExp][] = [
  // Short forms whole: "2h", "5m", "3d", "vor 3 Std.", "hace 2 h", "2 hrs", "1 yr", "2 mo".
  ["minute", /^(?:m$|min|λεπτ|دقيق|دقائق|хвилин|dakika|menit|phút|perc|分|분)/iu],
  [
    "hour",
    /^(?:h$|hrs?$|std|stund|hora|or[aăe]|sat[ai]?$|godz|hodin|saat|timm|timer?$|tunti|jam$|giờ|órá|ώρ|ساع|годин|時間|小时|小時|시간)/iu,
  ],
  [
    "week",
    /^(?:w$|wks?$|woche|semana|sedmic|tjed|tydz|tygod|týd|hafta|veck|uge|uke|viik|minggu|tuần|hete|εβδομ|أسبوع|أسابيع|тижн|тижд|週|周|주)/iu,
  ],
  [
    "month",
    /^(?:mo$|mos$|mths?$|monat|mes|mês|mjesec|mesec|miesi|měsíc|mesiac|ay$|månad|måned|kuukau|bulan|tháng|hónap|luni|lună|μήν|شهر|أشهر|місяц|か月|ヶ月|个月|個月|개월)/iu,
  ],
  [
    "year",
    /^(?:y$|yrs?$|jahr|año|ano|godin|lat$|rok|let$|yıl|år|vuo|tahun|năm|év|ani$|χρόν|سن|عام|рік|рок|年|년)/iu,
  ],
  [
    "day",
    /^(?:d$|tag|día|dia|dan|dn|dň|dzie|gün|dag|døgn|päiv|hari|ngày|nap|zi|ημέρ|μέρ|يوم|أيام|дн|день|日|天|일)/iu,
  ],
];

/**
 * "Today" and "yesterday" by language, the day counted back (0 or 1), read only with a time of day
 * after them ("Heute, 14:05", "Today at 3:05 PM", "Ayer 09:12"): alone they are words of the text.
 * French "hier" only on a French page (German "hier" is "here").
 */
const NAMED_DAYS: [RegExp, number, RegExp?][] = [
  [
    /today|heute|aujourd['’]hui|hoy|hoje|oggi|vandaag|сегодня|сьогодні|dzisiaj|dziś|bugün|i\s?dag|dnes|danas|astăzi|azi|σήμερα|اليوم|hari\s+ini|hôm\s+nay|今日|本日|今天|오늘/,
    0,
  ],
  [
    /yesterday|gestern|ayer|ontem|ieri|gisteren|вчера|вчора|wczoraj|dün|i\s?går|včera|jučer|juče|χθες|أمس|kemarin|hôm\s+qua|昨日|昨天|어제/,
    1,
  ],
  [/hier/, 1, /^fr\b/i],
];
/** A time of day after the named day, a few words on: "Heute, 14:05", "Today at 3:05 PM", "hier à 09h12". */
const THEN = String.raw`(?![\p{L}])[^\d\n]{0,14}\d{1,2}(?:[:.h]\d{2}|\s*(?:am|pm|uhr)(?![\p{L}]))`;
const NAMED_DAY_LINES = NAMED_DAYS.map(
  ([words, back, lang]) =>
    [new RegExp(String.raw`(?<![\p{L}])(?:${words.source})${THEN}`, "iu"), back, lang] as const,
);

/** How many days back a line's "today" or "yesterday" with a time of day names, if it holds one. */
function namedDayIn(s: string, lang: string): number | null {
  for (const [line, back, only] of NAMED_DAY_LINES)
    if ((!only || only.test(lang)) && line.test(s)) return back;
  return null;
}

function unitOf(word: string): Unit | null {
  return UNITS.find(([, starts]) => starts.test(word))?.[0] ?? null;
}

/** The count and unit of the first time ago in `s`, if any. */
function timeAgoIn(s: string): { count: number; unit: Unit } | null {
  for (const pattern of [PREFIXED, SUFFIXED, CJK, HUNGARIAN]) {
    const m = pattern.exec(s);
    const unit = m ? unitOf(m[2]!) : null;
    if (m && unit) return { count: Number(m[1]), unit };
  }
  return null;
}

/**
 * "One" as the languages write it before a unit of time, where a count would stand: "an hour ago",
 * "vor einer Stunde", "il y a une heure", "hace un día", "há uma hora", "un'ora fa", "een uur
 * geleden", "en timme sedan", "bir saat önce", "acum o oră", "egy órája".
 */
const ONE = String.raw`(?:an?|one|eine[mnr]?|ein|une?|una|uno|um|uma|een|ett?|en|bir|o|egy)`;
/** The unit words chrono reads after a count in its languages: "hour", "heure", "giorno", "uur", "час". */
const CHRONO_UNITS =
  /^(?:minut|hour|day|week|month|year|heure|jour|semaine|mois|ans?$|année|ora$|giorn|settiman|mese|anno|uur|dag|maand|jaar|час|день|недел|месяц|год)/iu;
const MARKER_AFTER = String.raw`(?:${AFTER}|before|earlier|fa|geleden|назад)`;
const ONE_BEFORE_MARKER = new RegExp(
  String.raw`(?<![\p{L}])${ONE}(?:\s+|['’])(${WORD})(?=\s+${MARKER_AFTER}(?![\p{L}]))`,
  "giu",
);
const ONE_AFTER_MARKER = new RegExp(
  String.raw`((?<![\p{L}])(?:${BEFORE}|il y a)\s+)${ONE}(?:\s+|['’])(${WORD})`,
  "giu",
);
const ONE_HUNGARIAN = /(?<![\p{L}])egy\s+(?=(?:perce|órája|napja|hete|hónapja|éve)(?![\p{L}]))/giu;
const isUnit = (word: string): boolean => unitOf(word) !== null || CHRONO_UNITS.test(word);
/**
 * A unit alone that means one of it, in the languages that write no count there: "час назад",
 * "godzinę temu", "před hodinou", "годину тому", "منذ ساعة". Singulars only, listed ("vor Jahren",
 * "lat temu" count no number of years).
 */
const ONE_UNIT = String.raw`(?:минуту|час|день|неделю|месяц|год|minutę|godzinę|dzień|tydzień|miesiąc|rok|minutou|hodinou|dnem|týdnem|měsícem|rokem|хвилину|годину|тиждень|місяць|рік|دقيقة|ساعة|يوم|أسبوع|شهر|سنة)`;
const UNIT_BEFORE_MARKER = new RegExp(
  String.raw`(?<![\p{L}])(${ONE_UNIT})(?=\s+${MARKER_AFTER}(?![\p{L}]))`,
  "giu",
);
const UNIT_AFTER_MARKER = new RegExp(String.raw`((?<![\p{L}])${BEFORE}\s+)(${ONE_UNIT})(?![\p{L}])`, "giu");
/** A cheap test for a line with no digit that may count one unit back ("an hour ago"). */
const MAY_COUNT_ONE = new RegExp(
  String.raw`(?<![\p{L}])(?:${MARKER_AFTER}|${BEFORE}|il y a|egy)(?![\p{L}])`,
  "iu",
);
/**
 * Its words anywhere, even inside others ("fa" in "fast"): asked first, as most lines hold none,
 * and a pattern without the word-edge lookarounds scans a line about twice as fast.
 */
const COUNT_ONE_WORDS = new RegExp(String.raw`${MARKER_AFTER}|${BEFORE}|il y a|egy`, "iu");

/** The line with a time ago's "one" written as a digit ("an hour ago" → "1 hour ago"), as the rules read counts. */
export function oneInDigits(s: string): string {
  if (!COUNT_ONE_WORDS.test(s) || !MAY_COUNT_ONE.test(s)) return s;
  const counted = s
    .replace(ONE_BEFORE_MARKER, (match, word: string) => (isUnit(word) ? `1 ${word}` : match))
    .replace(ONE_AFTER_MARKER, (match, marker: string, word: string) =>
      isUnit(word) ? `${marker}1 ${word}` : match,
    )
    .replace(ONE_HUNGARIAN, "1 ");
  // The unit alone is one only on a line with no number: "před rokem 2019" is "before 2019".
  if (/\d/.test(s)) return counted;
  return counted.replace(UNIT_BEFORE_MARKER, "1 $1").replace(UNIT_AFTER_MARKER, "$11 $2");
}

/** Whether a line with no digit may still say a time ago ("an hour ago", "vor einer Stunde"). */
export const mayCountOneBack = (s: string): boolean => oneInDigits(s) !== s;

/** Whether `s` holds a time ago these languages write, or a named day with its time. */
export const saysTimeAgoElsewhere = (s: string, lang = ""): boolean =>
  timeAgoIn(s) !== null || namedDayIn(s, lang) !== null;

const ALL = [PREFIXED, SUFFIXED, CJK, HUNGARIAN].map((re) => new RegExp(re.source, "giu"));
/** The line without such times ago: "vor 3 Tagen · 12.03.2024" → "  · 12.03.2024". */
export const withoutTimeAgoElsewhere = (s: string): string =>
  ALL.reduce(
    (line, re) => line.replace(re, (match, _count, word: string) => (unitOf(word) ? " " : match)),
    s,
  );

const MINUTE_MS = 60_000;
/** The units of fixed length; months and years count on the calendar. */
const UNIT_MS: Partial<Record<Unit, number>> = {
  minute: MINUTE_MS,
  hour: 60 * MINUTE_MS,
  day: 24 * 60 * MINUTE_MS,
  week: 7 * 24 * 60 * MINUTE_MS,
};

/** The calendar day (UTC) `s`'s time ago or named day lands on from `now`, or null if it states none. */
export function fromTimeAgo(s: string, now: Date, lang = ""): DateParts | null {
  const daysBack = namedDayIn(s, lang);
  const ago = timeAgoIn(s) ?? (daysBack === null ? null : { count: daysBack, unit: "day" as const });
  if (!ago) return null;
  const at = new Date(now.getTime());
  const ms = UNIT_MS[ago.unit];
  if (ms) at.setTime(at.getTime() - ago.count * ms);
  else if (ago.unit === "month") at.setUTCMonth(at.getUTCMonth() - ago.count);
  else at.setUTCFullYear(at.getUTCFullYear() - ago.count);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}
