/**
 * Who published the page (siteName) and which wire or agency the story credits (source):
 * "SOURCE: Reuters", "Source: AFP", "LONDON (Reuters) -", "(AP) —", "Quelle: dpa", "Reporting by …".
 */
import { metaContent, squash } from "../text";
import { mainArticle, nameOf, type JsonLdItem } from "./json-ld";

/** Known agencies: a pattern for each spelling and the name the agency goes by. */
const AGENCIES: [RegExp, string][] = [
  [/^(?:reuters|thomson reuters)$/i, "Reuters"],
  [/^(?:afp|agence france[- ]presse)$/i, "AFP"],
  [/^(?:ap|associated press|the associated press)$/i, "AP"],
  [/^(?:dpa|deutsche presse-agentur)$/i, "dpa"],
  [/^(?:efe|agencia efe)$/i, "EFE"],
  [/^ansa$/i, "ANSA"],
  [/^(?:kyodo|kyodo news)$/i, "Kyodo"],
  [/^(?:xinhua|xinhua news agency)$/i, "Xinhua"],
  [/^(?:tass|itar-tass)$/i, "TASS"],
  [/^(?:anadolu|anadolu agency|aa)$/i, "Anadolu"],
  [/^(?:pa|pa media|press association)$/i, "PA"],
  [/^(?:bloomberg|bloomberg news)$/i, "Bloomberg"],
  [/^upi$/i, "UPI"],
  [/^(?:kna|apa|sda|epd|kna)$/i, ""],
];
const AGENCY_WORDS =
  "Reuters|AFP|AP|Associated Press|dpa|EFE|ANSA|Kyodo|Xinhua|TASS|Anadolu|PA|Bloomberg|UPI|Agence France-Presse";

/** The agency's usual name, or null for a name we do not know. */
export function normaliseAgency(name: string): string | null {
  const clean = squash(name).replace(/[.:;]+$/, "");
  for (const [pattern, canonical] of AGENCIES) if (pattern.test(clean)) return canonical || clean;
  return null;
}

/** "Reuters, AFP" from "SOURCE: Reuters / AFP"; unknown names kept as written when short. */
function creditList(raw: string): string | null {
  const parts = raw
    .split(/\s*(?:,|\/|&|\+|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bwith\b)\s*/i)
    .map((p) => squash(p))
    .filter(Boolean);
  const known = parts.map(normaliseAgency).filter((p): p is string => !!p);
  if (known.length) return [...new Set(known)].join(", ");
  const whole = squash(raw).replace(/[.;]+$/, "");
  return whole.length > 0 && whole.length <= 40 && /^[\p{L}\d][\p{L}\d .'&-]*$/u.test(whole) ? whole : null;
}

const CREDIT_LINE =
  /(?:^|\n)\s*(?:source|sources|quelle|quellen|fuente|fuentes|fonte|fonti|kaynak|bron)\s*:\s*([^\n]{2,60})(?:\n|$)/i;
const DATELINE = new RegExp(
  `(?:^|\\n)\\s*[\\p{Lu}][\\p{L}\\d .,'/-]{0,50}\\s*\\((${AGENCY_WORDS})\\)\\s*[-–—:]`,
  "u",
);
const BARE_CREDIT = new RegExp(`(?:^|\\n)\\s*\\((${AGENCY_WORDS})\\)\\s*[-–—:]`, "u");
const REUTERS_STYLE = /(?:^|\n)\s*\(?(?:Reporting|Additional reporting) by [\p{Lu}]/u;
const COPYRIGHT = new RegExp(`(?:©|copyright)\\s*(?:\\d{4}\\s*)?(?:the\\s+)?(${AGENCY_WORDS})\\b`, "i");

/**
 * The credited wire in an article's text (paragraphs separated by newlines), or null.
 * Only the first lines carry a dateline and only the last lines carry a credit.
 */
export function findWireSource(text: string): string | null {
  const head = text.slice(0, 600);
  const tail = text.slice(-1500);
  const credit = CREDIT_LINE.exec(tail);
  const fromCredit = credit ? creditList(credit[1]!) : null;
  if (fromCredit) return fromCredit;
  const dateline = DATELINE.exec(head) ?? BARE_CREDIT.exec(head);
  if (dateline) return normaliseAgency(dateline[1]!);
  if (REUTERS_STYLE.test(tail)) return "Reuters";
  const copyright = COPYRIGHT.exec(tail);
  return copyright ? normaliseAgency(copyright[1]!) : null;
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
