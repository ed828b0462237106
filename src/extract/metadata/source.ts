/**
 * Who published the page (siteName) and which wire or agency the story credits (source):
 * "SOURCE: Reuters", "Source: AFP", "LONDON (Reuters) -", "(AP) —", "Quelle: dpa", "Reporting by …".
 */
import { beforeNextLabel, metaContent, squash } from "../text";
import { namesInByline } from "./byline";
import { AGENCIES, AGENCY_WORDS, BYLINE_WITH_WIRE } from "./agency-names";
import { mainArticle, nameOf, type JsonLdItem } from "./json-ld";

/** The agency's usual name, or null for a name we do not know. */
export function normaliseAgency(name: string): string | null {
  const clean = squash(name).replace(/[.:;]+$/, "");
  for (const [pattern, canonical] of AGENCIES) if (pattern.test(clean)) return canonical || clean;
  return null;
}

/** The agencies a credit names, each once, by their usual names: ["Reuters", "AFP"] from "Reuters / AFP". */
function knownAgencies(raw: string): string[] {
  const parts = raw
    .split(/\s*(?:,|\/|&|\+|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bwith\b)\s*/i)
    .map((p) => squash(p))
    .filter(Boolean);
  return [...new Set(parts.map(normaliseAgency).filter((p): p is string => !!p))];
}

/** "Reuters, AFP" from "SOURCE: Reuters / AFP"; unknown names kept as written when short. */
function creditList(raw: string): string | null {
  const known = knownAgencies(raw);
  if (known.length) return known.join(", ");
  const whole = squash(raw).replace(/[.;]+$/, "");
  return whole.length > 0 && whole.length <= 40 && /^[\p{L}\d][\p{L}\d .'&-]*$/u.test(whole) ? whole : null;
}

/** The words that label a credit line ("Source:", "Quelle:", "Źródło:", "来源："). */
export const CREDIT_LABEL =
  "source|sources|quelle|quellen|fuente|fuentes|fonte|fonti|kaynak|bron|kilde|källa|lähde|źródło|zdroj|forrás|" +
  "источник|джерело|πηγή|nguồn|sumber|المصدر|منبع|מקור|स्रोत|সূত্র|(?:本文)?(?:来源|來源|出处|出處)";
const CREDIT_LINE = new RegExp(`(?:^|\\n)\\s*(?:${CREDIT_LABEL})\\s*[:：]\\s*([^\\n]{2,60})(?=\\n|$)`, "giu");
/** At most this much text (a photo credit, a sign-off) may follow the story's credit line. */
const CREDIT_CLOSES = 300;
const DATELINE = new RegExp(
  // The dash may come through as a quotation mark from a page whose encoding was misread; EFE
  // writes a point before it ("MADRID, 21 mar (EFE).-").
  // Arabic, Hebrew and the Indian scripts have no capitals: the place opens with any letter of theirs.
  `(?:^|\\n)\\s*[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}\\d .,'/-]{0,50}\\s*\\((${AGENCY_WORDS})\\)\\.?\\s*[-–—:"”]`,
  "u",
);
/**
 * "नई दिल्ली, 21 मार्च (भाषा) केंद्र सरकार …": PTI's Hindi service and others write no dash after
 * the wire; the place and the day before it ("The news agency (dpa) reported" names no day).
 */
const DAY_DATELINE = new RegExp(
  `(?:^|\\n)\\s*[\\p{Lu}\\p{Lo}][\\p{L}\\p{M} .'/-]{0,30},\\s*(?:\\d{1,2}\\.?\\s*[\\p{L}\\p{M}.]{3,12}|[\\p{L}\\p{M}.]{3,12}\\s*\\d{1,2})\\s*\\((${AGENCY_WORDS})\\)\\s+(?=\\p{L})`,
  "u",
);
/** "Jakarta, ANTARA - …": the place, a comma, the wire unbracketed. */
const COMMA_DATELINE = new RegExp(
  `(?:^|\\n)\\s*\\p{Lu}[\\p{L} .'-]{1,30},\\s*(${AGENCY_WORDS})\\s*[-–—]`,
  "u",
);
/**
 * The Russian and Ukrainian wires' datelines: the place, the day and month, then the wire ("МОСКВА,
 * 21 мар — РИА Новости.", "МОСКВА, 21 марта. /ТАСС/.", "Київ, 21 березня. Укрінформ.").
 */
const CYRILLIC_DATELINE =
  /(?:^|\n)\s*\p{Lu}[\p{L} .-]{1,30}[,.]\s*\d{1,2}\s+\p{L}{3,10}\.?\s*(?:[-–—.]\s*)?\/?\s*(РИА Новости|ТАСС|Интерфакс|Укрінформ|УНІАН|БелТА)(?!\p{L})/u;
const BARE_CREDIT = new RegExp(`(?:^|\\n)\\s*\\((${AGENCY_WORDS})\\)\\s*[-–—:]`, "u");
/** The wire in parentheses closing the story's last paragraph: "… skeptisch geäußert. (dpa)", "(AFP/Reuters)". */
const CLOSING_CREDIT = new RegExp(
  `[.!?"“”»]\\s*\\(((?:${AGENCY_WORDS})(?:\\s*[/,]\\s*(?:${AGENCY_WORDS}))*)\\)\\s*$`,
  "u",
);
/**
 * "Le Monde avec AFP", "Redaktion mit dpa", "(with Reuters)", "Mit Material von dpa und AFP.", "Mit
 * Material der Nachrichtenagenturen dpa und AFP", "With reporting by Reuters", "*Com Reuters": a
 * line crediting the wire the desk wrote with, its closing stop or not.
 */
const WITH_WORD =
  "(?:[Aa]vec|[Ww]ith(?: (?:additional )?reporting (?:by|from))?|[Mm]it(?: (?:[Mm]aterial|[Ii]nformationen) (?:von|der|des)(?: (?:den )?[Nn]achrichtenagenturen| [Aa]genturen| [Aa]gentur)?)?|[Cc]on|[Cc]om)";
const WIRES = `((?:${AGENCY_WORDS})(?:\\s*(?:,|/|et|and|und|y|e)\\s*(?:${AGENCY_WORDS}))*)`;
// With words before the credit ("Redaktion mit dpa") the line ends at the wire; opening the line,
// the credit may end with a stop ("Mit Material von dpa."). A story's "… spoke with Reuters." has both.
const WITH_CREDIT = new RegExp(
  `(?:^|\\n)\\s*\\(?\\*?(?:(?:[\\p{L} .'’-]{0,30}?\\s)?${WITH_WORD}\\s+${WIRES}\\)?|${WITH_WORD}\\s+${WIRES}\\.?\\)?\\.?)\\s*(?:\\n|$)`,
  "u",
);
/** The wire alone on the story's last line after a dash: "— The Associated Press", "- AFP". */
const DASH_SIGNOFF = new RegExp(`(?:^|\\n)\\s*[—–-]+\\s*(?:[Tt]he\\s+)?(${AGENCY_WORDS})\\s*$`, "u");
/** A German desk's sign-off: the writer's initials and the wires, "mm/dpa", "ssu/dpa/AFP". */
const SLASH_CREDIT = /(?:^|\n)\s*\(?((?:[\p{L}]{1,12}\s*\/\s*){1,4}[\p{L}]{1,12})\)?\s*$/u;
/**
 * An Asian wire's dateline: "新华社北京3月21日电" (Xinhua), "(서울=연합뉴스)" (Yonhap),
 * "【ワシントン共同】" (Kyodo).
 */
const ASIAN_DATELINE =
  /(?:^|\n)\s*(?:(新华社|新華社|中新社)[^\n]{0,16}?电|[(（][^)）\n]{0,10}=\s*(연합뉴스|뉴시스|뉴스1)\s*[)）]|【[^】\n]{0,12}?(共同|時事)】|[(（](中央社)[^)）\n]{0,24}?電\s*[)）])/u;
const ASIAN_AGENCIES: Record<string, string> = {
  新华社: "Xinhua",
  新華社: "Xinhua",
  中新社: "China News Service",
  연합뉴스: "Yonhap",
  뉴시스: "Newsis",
  뉴스1: "News1",
  共同: "Kyodo",
  中央社: "CNA",
  時事: "Jiji",
};
/** A Japanese or Chinese wire's credit closing the story: "…と発表した。（共同）". */
const ASIAN_CLOSING = /[（(](共同|時事|新华社|新華社|中新社)[)）]\s*$/u;
/** "Com informações da Agência Brasil", "Con información de EFE": the wire the desk wrote from. */
const FROM_INFORMATION =
  /(?:^|\n)\s*\(?(?:com informações|con informaci[óo]n)\s+(?:d[aeo]s?\s+|de la\s+|del\s+)?([^\n()]{2,40}?)\)?\.?\s*(?:\n|$)/iu;
/** Persian "به گزارش ایرنا،", "به گزارش خبرگزاری تسنیم،": "as … reports", opening the story. */
const REPORTED_BY = /(?:^|\n)\s*به گزارش\s+(?:خبرگزاری\s+)?([^\s،,]{2,12})\s*[،,]/u;
/** Vietnamese "Theo TTXVN" closing the story: "according to" a wire (known ones only: "Theo" is a name too). */
const ACCORDING_TO = /(?:^|\n)\s*Theo\s+([^\n]{2,20}?)\.?\s*$/u;
/** "(With inputs from PTI)", "(इनपुट: पीटीआई)", "(भाषा इनपुट के साथ)": an Indian desk's wire. */
const WITH_INPUTS =
  /(?:^|\n)\s*\(?(?:with (?:inputs?|agency inputs?) from|इनपुट\s*[:：-]?)\s*([^\n()]{2,40}?)\)?\.?\s*$|(?:^|\n)\s*\(?([^\n()]{2,20}?)\s+इनपुट के साथ\)?\s*$/iu;
const REUTERS_STYLE = /(?:^|\n)\s*\(?(?:Reporting|Additional reporting) by [\p{Lu}]/u;
/** dpa's copy code closing a story: "dpa-infocom, dpa:250321-930-412345/1". */
const DPA_CODE = /\bdpa-infocom\b|\bdpa:\d{6}-/;
const COPYRIGHT = new RegExp(`(?:©|copyright)\\s*(?:\\d{4}\\s*)?(?:the\\s+)?(${AGENCY_WORDS})\\b`, "i");

/**
 * The credited wire in an article's text (paragraphs separated by newlines), or null.
 * Only the first lines carry a dateline and only the last lines carry a credit.
 */
export function findWireSource(text: string): string | null {
  // A caption or two may come before the dateline's paragraph.
  const head = text.slice(0, 1500);
  const tail = text.slice(-1500);
  // The credit closes the story: a "Source: Met Office" under a fact box with more story after it
  // names where the box's figures come from, not who wrote the story.
  const credit = [...tail.matchAll(CREDIT_LINE)].at(-1);
  const closes = !!credit && tail.length - (credit.index + credit[0].length) <= CREDIT_CLOSES;
  const fromCredit = credit && closes ? creditList(credit[1]!) : null;
  if (fromCredit) return fromCredit;
  const dateline =
    DATELINE.exec(head) ??
    BARE_CREDIT.exec(head) ??
    COMMA_DATELINE.exec(head) ??
    DAY_DATELINE.exec(head) ??
    CYRILLIC_DATELINE.exec(head);
  if (dateline) return normaliseAgency(dateline[1]!);
  const asian = ASIAN_DATELINE.exec(head);
  if (asian) return ASIAN_AGENCIES[asian[1] ?? asian[2] ?? asian[3] ?? asian[4]!] ?? null;
  const reported = REPORTED_BY.exec(head);
  const fromReport = reported ? knownAgencies(reported[1]!) : [];
  if (fromReport.length) return fromReport.join(", ");
  const withWire = WITH_CREDIT.exec(tail) ?? WITH_CREDIT.exec(head);
  if (withWire) return creditList((withWire[1] ?? withWire[2])!);
  const according = ACCORDING_TO.exec(tail) ?? WITH_INPUTS.exec(tail);
  const fromAccording = according ? knownAgencies(according[1] ?? according[2]!) : [];
  if (fromAccording.length) return fromAccording.join(", ");
  const information = FROM_INFORMATION.exec(tail);
  const fromInformation = information ? creditList(information[1]!) : null;
  if (fromInformation) return fromInformation;
  const asianClosing = ASIAN_CLOSING.exec(tail);
  if (asianClosing) return ASIAN_AGENCIES[asianClosing[1]!] ?? null;
  const signoff = DASH_SIGNOFF.exec(tail);
  if (signoff) return normaliseAgency(signoff[1]!);
  const closing = CLOSING_CREDIT.exec(tail);
  if (closing) return knownAgencies(closing[1]!).join(", ");
  const slashed = SLASH_CREDIT.exec(tail);
  const wires = slashed ? knownAgencies(slashed[1]!) : [];
  if (wires.length) return wires.join(", ");
  if (REUTERS_STYLE.test(tail)) return "Reuters";
  if (DPA_CODE.test(tail)) return "dpa";
  const copyright = COPYRIGHT.exec(tail);
  return copyright ? normaliseAgency(copyright[1]!) : null;
}

/** A credit inside a meta line, after its date or before its writer: "… 14:05 来源：新华社 作者：王伟". */
const LABELLED_CREDIT = new RegExp(`(?:^|[\\s|·•,，])(?:${CREDIT_LABEL})\\s*[:：]\\s*(.+)`, "iu");

/**
 * The wire a date or byline line above the story credits ("2025-03-21 14:05 来源：新华社", "Published
 * 21 March 2025 | Source: Reuters"): known agencies only, as a site's own name ("来源：本站") is
 * written there too.
 */
export function creditInMetaLines(lines: string[]): string | null {
  for (const line of lines) {
    const credit = LABELLED_CREDIT.exec(line);
    const wires = credit ? knownAgencies(beforeNextLabel(credit[1]!)) : [];
    if (wires.length) return wires.join(", ");
  }
  return null;
}

/**
 * The wire a byline credits: its last name when that is an agency after the writers' ("DANICA KIRKA,
 * JILL LAWLESS, Associated Press" → AP, the byline without it), the byline when it is the wire alone
 * ("Reuters"), or a German desk's sign-off ("det/dpa"). The byline comes back without a trailing
 * wire; a wire alone stays the byline too (the wire wrote it).
 */
export function wireInByline(byline: string | null): { byline: string | null; wire: string | null } {
  if (!byline) return { byline, wire: null };
  const withWire = BYLINE_WITH_WIRE.exec(byline);
  if (withWire && withWire.index > 0)
    return { byline: byline.slice(0, withWire.index), wire: knownAgencies(withWire[1]!).join(", ") };
  const names = namesInByline(byline);
  const last = normaliseAgency(names[names.length - 1]!);
  if (last && names.length > 1) return { byline: names.slice(0, -1).join(", "), wire: last };
  if (last) return { byline, wire: last };
  const slashed = SLASH_CREDIT.exec(byline);
  const wires = slashed ? knownAgencies(slashed[1]!) : [];
  return { byline, wire: wires.length ? wires.join(", ") : null };
}

/**
 * The publisher's name as the page declares it: JSON-LD publisher, else og:site_name (Readability's
 * rule). Null when undeclared: the pages show the host then (src/shared/article-meta.ts sourceLine).
 */
export function findSiteName(doc: Document, items: JsonLdItem[]): string | null {
  const main = mainArticle(items);
  const publisher = main ? nameOf(main["publisher"]) : null;
  return squash(publisher ?? metaContent(doc, "og:site_name")) || null;
}
