/**
 * Month names in the languages of the corpora (and Polish, which chrono-node does not read): full
 * names, and every prefix of at least three letters that names one month only ("okt", "dez",
 * "sept"), so abbreviations work too. Read before chrono-node for a plain date ("23 Nov 2017", "24
 * сентября 2018": no start-up cost), and after it where chrono's strict parsers miss or misread
 * ("26 Okt 2018", "07 أكتوبر 2020", "21 Mart 2025").
 */
import { isValidJalaaliDate, toGregorian } from "jalaali-js";

const MONTHS: string[][] = [
  [
    "january",
    "januar",
    "jänner",
    "janvier",
    "enero",
    "gennaio",
    "janeiro",
    "januari",
    "ocak",
    "يناير",
    "كانون الثاني",
    "январь",
    "января",
    "styczeń",
    "stycznia",
  ],
  [
    "february",
    "februar",
    "février",
    "febrero",
    "febbraio",
    "fevereiro",
    "februari",
    "şubat",
    "فبراير",
    "شباط",
    "февраль",
    "февраля",
    "luty",
    "lutego",
  ],
  [
    "march",
    "märz",
    "maerz",
    "mars",
    "marzo",
    "março",
    "maart",
    "mart",
    "مارس",
    "آذار",
    "март",
    "марта",
    "marzec",
    "marca",
  ],
  [
    "april",
    "avril",
    "abril",
    "aprile",
    "nisan",
    "أبريل",
    "إبريل",
    "نيسان",
    "апрель",
    "апреля",
    "kwiecień",
    "kwietnia",
  ],
  ["may", "mai", "mayo", "maggio", "maio", "mei", "maj", "mayıs", "مايو", "أيار", "май", "мая", "maja"],
  [
    "june",
    "juni",
    "juin",
    "junio",
    "giugno",
    "junho",
    "haziran",
    "يونيو",
    "يونيه",
    "حزيران",
    "июнь",
    "июня",
    "czerwiec",
    "czerwca",
  ],
  [
    "july",
    "juli",
    "juillet",
    "julio",
    "luglio",
    "julho",
    "temmuz",
    "يوليو",
    "يوليه",
    "تموز",
    "июль",
    "июля",
    "lipiec",
    "lipca",
  ],
  [
    "august",
    "août",
    "agosto",
    "augustus",
    "augusti",
    "ağustos",
    "أغسطس",
    "آب",
    "август",
    "августа",
    "sierpień",
    "sierpnia",
  ],
  [
    "september",
    "septembre",
    "septiembre",
    "settembre",
    "setembro",
    "eylül",
    "سبتمبر",
    "أيلول",
    "сентябрь",
    "сентября",
    "wrzesień",
    "września",
  ],
  [
    "october",
    "oktober",
    "octobre",
    "octubre",
    "ottobre",
    "outubro",
    "ekim",
    "أكتوبر",
    "تشرين الأول",
    "октябрь",
    "октября",
    "październik",
    "października",
  ],
  [
    "november",
    "novembre",
    "noviembre",
    "novembro",
    "kasım",
    "نوفمبر",
    "تشرين الثاني",
    "ноябрь",
    "ноября",
    "listopad",
    "listopada",
  ],
  [
    "december",
    "dezember",
    "décembre",
    "diciembre",
    "dicembre",
    "dezembro",
    "aralık",
    "ديسمبر",
    "كانون الأول",
    "декабрь",
    "декабря",
    "grudzień",
    "grudnia",
  ],
];

/**
 * Month names matched whole only (no prefixes): Czech, Slovak, Hungarian (and its abbreviations,
 * "márc."), Danish, Finnish, Indonesian, Ukrainian, Greek, Romanian, Catalan, Croatian, Hindi,
 * Hebrew (also with its "in": "במרץ"), Swahili ("21 Machi 2025"; its "januari", "februari", "mei",
 * "juni" are in the tables already), Slovenian, Estonian, Latvian and Lithuanian (in the cases
 * their dates take: "21. martā", "kovo 21 d."), Urdu, Malay ("21 Mac 2025"; its other months are
 * in the tables already), Bengali, Albanian, Bulgarian, Serbian, Bosnian and Macedonian (in Latin and
 * Cyrillic letters), Armenian, Georgian, Azerbaijani and Filipino. Their prefixes would clash with the table's
 * (Finnish "marraskuuta", November, begins like "mar"), and these languages abbreviate months little.
 */
const WHOLE_MONTHS: string[][] = [
  [
    "leden",
    "ledna",
    "január",
    "jan",
    "januára",
    "januar",
    "tammikuuta",
    "tammikuu",
    "januari",
    "січень",
    "січня",
    "ιανουαρίου",
    "ianuarie",
    "gener",
    "siječanj",
    "siječnja",
    "जनवरी",
    "ינואר",
    "בינואר",
    "januarja",
    "jaanuar",
    "janvāris",
    "janvārī",
    "janvāra",
    "sausis",
    "sausio",
    "جنوری",
    "জানুয়ারি",
    "জানুয়ারী",
    "janar",
    "януари",
    "јануар",
    "јануари",
    "հունվար",
    "հունվարի",
    "yanvar",
    "იანვარი",
  ],
  [
    "únor",
    "února",
    "február",
    "febr",
    "februára",
    "februar",
    "helmikuuta",
    "helmikuu",
    "februari",
    "лютий",
    "лютого",
    "φεβρουαρίου",
    "februarie",
    "febrer",
    "veljača",
    "veljače",
    "फ़रवरी",
    "फरवरी",
    "פברואר",
    "בפברואר",
    "februarja",
    "veebruar",
    "veebr",
    "februāris",
    "februārī",
    "februāra",
    "vasaris",
    "vasario",
    "فروری",
    "ফেব্রুয়ারি",
    "ফেব্রুয়ারী",
    "shkurt",
    "shkurti",
    "февруари",
    "фебруар",
    "փետրվար",
    "փետրվարի",
    "fevral",
    "pebrero",
    "თებერვალი",
  ],
  [
    "březen",
    "března",
    "március",
    "márc",
    "marts",
    "maaliskuuta",
    "maaliskuu",
    "maret",
    "березень",
    "березня",
    "μαρτίου",
    "martie",
    "març",
    "ožujak",
    "ožujka",
    "मार्च",
    "מרץ",
    "במרץ",
    "machi",
    "marec",
    "märts",
    "martā",
    "marta",
    "kovas",
    "kovo",
    "مارچ",
    "mac",
    "মার্চ",
    "marsi",
    "март",
    "մարտ",
    "մարտի",
    "marso",
    "მარტი",
  ],
  [
    "duben",
    "dubna",
    "április",
    "ápr",
    "apríla",
    "huhtikuuta",
    "huhtikuu",
    "квітень",
    "квітня",
    "απριλίου",
    "aprilie",
    "travanj",
    "travnja",
    "अप्रैल",
    "אפריל",
    "באפריל",
    "aprili",
    "aprila",
    "aprill",
    "aprīlis",
    "aprīlī",
    "aprīļa",
    "balandis",
    "balandžio",
    "اپریل",
    "এপ্রিল",
    "prill",
    "prilli",
    "април",
    "ապրիլ",
    "ապրիլի",
    "aprel",
    "აპრილი",
  ],
  [
    "květen",
    "května",
    "május",
    "máj",
    "mája",
    "toukokuuta",
    "toukokuu",
    "травень",
    "травня",
    "μαΐου",
    "μαΐ",
    "maig",
    "svibanj",
    "svibnja",
    "मई",
    "מאי",
    "במאי",
    "maja",
    "maijs",
    "maijā",
    "maija",
    "gegužė",
    "gegužės",
    "مئی",
    "মে",
    "maji",
    "май",
    "мај",
    "մայիս",
    "մայիսի",
    "მაისი",
  ],
  [
    "červen",
    "června",
    "június",
    "jún",
    "júna",
    "kesäkuuta",
    "kesäkuu",
    "червень",
    "червня",
    "ιουνίου",
    "iunie",
    "juny",
    "lipanj",
    "lipnja",
    "जून",
    "יוני",
    "ביוני",
    "junij",
    "junija",
    "juuni",
    "jūnijs",
    "jūnijā",
    "jūnija",
    "birželis",
    "birželio",
    "جون",
    "জুন",
    "qershor",
    "qershori",
    "юни",
    "јун",
    "јуни",
    "հունիս",
    "հունիսի",
    "iyun",
    "hunyo",
    "ივნისი",
  ],
  [
    "červenec",
    "července",
    "július",
    "júl",
    "júla",
    "heinäkuuta",
    "heinäkuu",
    "липень",
    "липня",
    "ιουλίου",
    "iulie",
    "juliol",
    "srpanj",
    "srpnja",
    "जुलाई",
    "יולי",
    "ביולי",
    "julai",
    "julij",
    "julija",
    "juuli",
    "jūlijs",
    "jūlijā",
    "jūlija",
    "liepa",
    "liepos",
    "جولائی",
    "জুলাই",
    "korrik",
    "korriku",
    "юли",
    "јул",
    "јули",
    "հուլիս",
    "հուլիսի",
    "iyul",
    "hulyo",
    "ივლისი",
  ],
  [
    "srpen",
    "srpna",
    "augusztus",
    "aug",
    "augusta",
    "elokuuta",
    "elokuu",
    "agustus",
    "серпень",
    "серпня",
    "αυγούστου",
    "agost",
    "kolovoz",
    "kolovoza",
    "अगस्त",
    "אוגוסט",
    "באוגוסט",
    "agosti",
    "avgust",
    "avgusta",
    "augusts",
    "augustā",
    "rugpjūtis",
    "rugpjūčio",
    "اگست",
    "ogos",
    "আগস্ট",
    "আগষ্ট",
    "gusht",
    "gushti",
    "август",
    "օգոստոս",
    "օգոստոսի",
    "avqust",
    "აგვისტო",
  ],
  [
    "září",
    "szeptember",
    "szept",
    "septembra",
    "syyskuuta",
    "syyskuu",
    "вересень",
    "вересня",
    "σεπτεμβρίου",
    "septembrie",
    "setembre",
    "rujan",
    "rujna",
    "सितंबर",
    "सितम्बर",
    "ספטמבר",
    "בספטמבר",
    "septemba",
    "septembris",
    "septembrī",
    "rugsėjis",
    "rugsėjo",
    "ستمبر",
    "সেপ্টেম্বর",
    "shtator",
    "shtatori",
    "септември",
    "септембар",
    "septembar",
    "սեպտեմբեր",
    "սեպտեմբերի",
    "sentyabr",
    "setyembre",
    "სექტემბერი",
  ],
  [
    "říjen",
    "října",
    "október",
    "okt",
    "októbra",
    "lokakuuta",
    "lokakuu",
    "жовтень",
    "жовтня",
    "οκτωβρίου",
    "octombrie",
    "listopad",
    "listopada",
    "अक्टूबर",
    "अक्तूबर",
    "אוקטובר",
    "באוקטובר",
    "oktoba",
    "oktobra",
    "oktoober",
    "oktobris",
    "oktobrī",
    "spalis",
    "spalio",
    "اکتوبر",
    "অক্টোবর",
    "tetor",
    "tetori",
    "октомври",
    "октобар",
    "oktobar",
    "հոկտեմբեր",
    "հոկտեմբերի",
    "oktyabr",
    "oktubre",
    "ოქტომბერი",
  ],
  [
    "listopadu",
    "novembra",
    "marraskuuta",
    "marraskuu",
    "листопада",
    "νοεμβρίου",
    "noiembrie",
    "studeni",
    "studenoga",
    "studenog",
    "नवंबर",
    "नवम्बर",
    "נובמבר",
    "בנובמבר",
    "novemba",
    "novembris",
    "novembrī",
    "lapkritis",
    "lapkričio",
    "نومبر",
    "নভেম্বর",
    "nëntor",
    "nëntori",
    "ноември",
    "новембар",
    "novembar",
    "նոյեմբեր",
    "նոյեմբերի",
    "noyabr",
    "nobyembre",
    "ნოემბერი",
  ],
  [
    "prosinec",
    "prosince",
    "decembra",
    "joulukuuta",
    "joulukuu",
    "desember",
    "грудень",
    "грудня",
    "δεκεμβρίου",
    "decembrie",
    "desembre",
    "prosinac",
    "prosinca",
    "दिसंबर",
    "दिसम्बर",
    "דצמבר",
    "בדצמבר",
    "desemba",
    "decembris",
    "decembrī",
    "detsember",
    "dets",
    "gruodis",
    "gruodžio",
    "دسمبر",
    "disember",
    "ডিসেম্বর",
    "dhjetor",
    "dhjetori",
    "декември",
    "децембар",
    "decembar",
    "դեկտեմբեր",
    "դեկտեմբերի",
    "dekabr",
    "disyembre",
    "დეკემბერი",
  ],
];

function buildTable(): Map<string, number> {
  const owners = new Map<string, Set<number>>();
  const full = new Map<string, number>();
  MONTHS.forEach((names, i) => {
    for (const name of names) {
      full.set(name, i + 1);
      for (let n = 3; n < name.length; n++) {
        const prefix = name.slice(0, n);
        owners.set(prefix, (owners.get(prefix) ?? new Set()).add(i + 1));
      }
    }
  });
  const table = new Map<string, number>();
  for (const [prefix, months] of owners) if (months.size === 1) table.set(prefix, [...months][0]!);
  for (const [name, month] of full) table.set(name, month);
  WHOLE_MONTHS.forEach((names, i) => {
    for (const name of names) if (!table.has(name)) table.set(name, i + 1);
  });
  return table;
}

const TABLE = buildTable();

/** The month (1–12) a word names, or undefined. */
export function monthOf(word: string): number | undefined {
  // NFC: Bengali's "য়" comes precomposed or as two code points ("জানুয়ারি"), the table holds the latter.
  return TABLE.get(word.toLowerCase().replace(/\.$/, "").normalize("NFC"));
}

/** The month the words name, or their first word does ("octubre de" → 10), or undefined. */
const monthOfFirstWord = (words: string): number | undefined =>
  monthOf(words) ?? monthOf(words.split(" ")[0]!);

/**
 * The first three letters of every month name of the prefix table, and the words chrono-node reads
 * that do not begin like a name in the table (Dutch "mrt", German "mrz", French "aout" without its
 * accent, Russian "мае"). tests/unit/extract-date-prefilter.test.ts checks that every month word of
 * chrono's dictionaries (the languages Tidings asks it about) begins with one.
 */
const MONTH_STARTS = new Set([...MONTHS.flat(), "mrt", "mrz", "aou", "мае"].map((name) => name.slice(0, 3)));

/** Whether a word of the text may name a month (for chrono or for us): a cheap, generous test. */
export function mayNameMonth(text: string): boolean {
  for (const [word] of text.toLowerCase().matchAll(/\p{L}[\p{L}\p{M}]{2,}/gu))
    // The names matched whole: only the table reads them, so only they, whole, may say a month.
    if (MONTH_STARTS.has(word.slice(0, 3)) || TABLE.has(word)) return true;
  return false;
}

// Letters and their marks: Devanagari writes a month's vowels as marks ("मार्च").
const WORD = "([\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+)?)";
/** A year: four digits, or two after an apostrophe ("14 Feb ’20"), this century's. */
const YEAR = "(\\d{4}|['’]\\d{2})";
const yearOf = (written: string): number =>
  written.length === 4 ? Number(written) : 2000 + Number(written.slice(1));
/** "21. Okt. 2018", "21 de octubre de 2018", "12 d’abril de 2025", "24 نيسان / أبريل 2020". */
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+|d['’])?${WORD}\\.?(?:\\s*/\\s*\\p{L}+)?,?\\s+(?:de\\s+)?${YEAR}(?!\\d)`,
  "giu",
);
/** "Juli 12, 2017", "Okt. 3 2018". */
const MONTH_DAY = new RegExp(
  `(?<![\\p{L}\\d])${WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}(?!\\d)`,
  "giu",
);

/**
 * "2025. március 12.", "2025 m. kovo 12 d.": year first, as Hungarian and Lithuanian write it (the
 * year's point or "m." is required; Lithuanian's "d.", day, belongs to the date).
 */
const YEAR_MONTH_DAY = new RegExp(
  `(?<![\\p{L}\\d])(\\d{4})(?:\\.|\\s+m\\.)\\s+${WORD}\\.?\\s+(\\d{1,2})(?:\\.|\\s+d\\.)?(?!\\d)`,
  "giu",
);
/** "2025. gada 12. martā": Latvian's year, its word for year, then day and month. */
const YEAR_DAY_MONTH = new RegExp(`(?<![\\p{L}\\d])(\\d{4})\\.\\s+gada\\s+(\\d{1,2})\\.\\s+${WORD}`, "giu");

/** Thai month names, January first, and their dotted abbreviations ("มี.ค."). */
const THAI_MONTHS = [
  ["มกราคม", "ม.ค."],
  ["กุมภาพันธ์", "ก.พ."],
  ["มีนาคม", "มี.ค."],
  ["เมษายน", "เม.ย."],
  ["พฤษภาคม", "พ.ค."],
  ["มิถุนายน", "มิ.ย."],
  ["กรกฎาคม", "ก.ค."],
  ["สิงหาคม", "ส.ค."],
  ["กันยายน", "ก.ย."],
  ["ตุลาคม", "ต.ค."],
  ["พฤศจิกายน", "พ.ย."],
  ["ธันวาคม", "ธ.ค."],
];
const THAI_MONTH = new Map(THAI_MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
/**
 * "21 มีนาคม 2568", "21 มี.ค. 2568", "วันที่ 21 มีนาคม พ.ศ. 2568": Thai pages mostly count years in
 * the Buddhist Era (พ.ศ.), 543 ahead of the Common Era (ค.ศ.), which they also use.
 */
const THAI_DATE = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s*(${[...THAI_MONTH.keys()].map((name) => name.replaceAll(".", "\\.")).join("|")})\\s*(?:(พ\\.ศ\\.|ค\\.ศ\\.)\\s*)?(\\d{4})(?!\\d)`,
  "gu",
);
/** Buddhist Era years: the Common Era's 1995 is 2538. */
const BUDDHIST_ERA = 543;

/**
 * The Common Era year of a Thai page's year: one past 2400 is the Buddhist Era's (no page of the
 * web's time writes such a year in the Common Era), unless the page names the era it counts in.
 */
export function thaiCommonEraYear(year: number, era?: "พ.ศ." | "ค.ศ."): number {
  const buddhist = era ? era === "พ.ศ." : year >= 2400;
  return buddhist ? year - BUDDHIST_ERA : year;
}

/** Solar Hijri months, Farvardin (from the March equinox) first, as Iran's and Afghanistan's Persian pages name them. */
const PERSIAN_MONTHS = [
  "فروردین",
  "اردیبهشت",
  "خرداد",
  "تیر",
  "مرداد",
  "شهریور",
  "مهر",
  "آبان",
  "آذر",
  "دی",
  "بهمن",
  "اسفند",
];
const PERSIAN_MONTH = new Map(PERSIAN_MONTHS.map((name, i) => [name, i + 1] as const));
/** "۲ تیر ۱۳۹۹", "دوشنبه ۲ تیر ۱۳۹۹" (digits read as western ones by then): day, month, Solar Hijri year. */
const PERSIAN_DATE = new RegExp(
  `(?<![\\d\\p{L}])(\\d{1,2})\\s*(${PERSIAN_MONTHS.join("|")})\\s*(1[34]\\d{2})(?!\\d)`,
  "gu",
);
/** Arabic yeh and kaf, which many Persian pages type for the Persian letters ("تير" for "تیر"): one code unit each. */
const persianLetters = (s: string): string => s.replace(/\u064A/g, "\u06CC").replace(/\u0643/g, "\u06A9");

/** The Gregorian day of a Solar Hijri one (1399-04-02 is 2020-06-22), or null for no such day. */
export function fromSolarHijri(
  year: number,
  month: number,
  day: number,
): { year: number; month: number; day: number } | null {
  if (!isValidJalaaliDate(year, month, day)) return null;
  const { gy, gm, gd } = toGregorian(year, month, day);
  return { year: gy, month: gm, day: gd };
}

/** A date written with a month name, and where the line says it. */
export interface NamedDate {
  year: number;
  month: number;
  day: number;
  index: number;
  end: number;
}

/** Every date written with a month name in the line: day-first forms, then month-first, then Thai, Persian (Solar Hijri), year-first (month or day next). */
export function* monthNameDates(s: string): Generator<NamedDate> {
  for (const m of s.matchAll(DAY_MONTH)) {
    const month = monthOfFirstWord(m[2]!);
    if (month)
      yield { year: yearOf(m[3]!), month, day: Number(m[1]), index: m.index, end: m.index + m[0].length };
  }
  for (const m of s.matchAll(MONTH_DAY)) {
    const words = m[1]!.split(" ");
    const month = monthOf(m[1]!) ?? monthOf(words[words.length - 1]!);
    // "Reuters November 18, 2019": the date starts at the month, not at the word before it.
    const index = monthOf(m[1]!) ? m.index : m.index + m[0].indexOf(words[words.length - 1]!);
    if (month) yield { year: yearOf(m[3]!), month, day: Number(m[2]), index, end: m.index + m[0].length };
  }
  for (const m of s.matchAll(THAI_DATE)) {
    const month = THAI_MONTH.get(m[2]!)!;
    yield {
      year: thaiCommonEraYear(Number(m[4]), m[3] as "พ.ศ." | "ค.ศ." | undefined),
      month,
      day: Number(m[1]),
      index: m.index,
      end: m.index + m[0].length,
    };
  }
  if (/[\u0600-\u06FF]/.test(s))
    for (const m of persianLetters(s).matchAll(PERSIAN_DATE)) {
      const date = fromSolarHijri(Number(m[3]), PERSIAN_MONTH.get(m[2]!)!, Number(m[1]));
      if (date) yield { ...date, index: m.index, end: m.index + m[0].length };
    }
  for (const m of s.matchAll(YEAR_MONTH_DAY)) {
    const month = monthOfFirstWord(m[2]!);
    if (month)
      yield { year: Number(m[1]), month, day: Number(m[3]), index: m.index, end: m.index + m[0].length };
  }
  for (const m of s.matchAll(YEAR_DAY_MONTH)) {
    const month = monthOfFirstWord(m[3]!);
    if (month)
      yield { year: Number(m[1]), month, day: Number(m[2]), index: m.index, end: m.index + m[0].length };
  }
}

/** Year, month and day from a date written with a month name, or null. */
export function fromMonthName(s: string): { year: number; month: number; day: number } | null {
  const first = monthNameDates(s).next();
  return first.done ? null : { year: first.value.year, month: first.value.month, day: first.value.day };
}
