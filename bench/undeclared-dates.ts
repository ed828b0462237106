/**
 * A page with every date it declares taken away: JSON-LD blocks, date <meta>s (by name, property,
 * itemprop or http-equiv) and itemprop date annotations. What is left is what a page that declares
 * no date gives the extractor: the dates it shows, and its URL. bench:extract scores the
 * publication-dates pages so as well as they come, since the kept-aside halves hold such pages
 * and the development halves mostly declare theirs (a fallback's faults hide behind metadata).
 */
const JSON_LD = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json[^>]*>[\s\S]*?<\/script\s*>/gi;
/** A <meta> whose name says date or time (not one whose content merely mentions either). */
const DATE_META =
  /<meta\b[^>]*\b(?:name|property|itemprop|http-equiv)\s*=\s*["']?[^"'\s>]*(?:date|time|published|modified|created|issued)[^>]*>/gi;
const ITEMPROP_DATE = /\sitemprop\s*=\s*["']?(?:datePublished|dateModified|dateCreated|uploadDate)["']?/gi;

export function withoutDeclaredDates(html: string): string {
  return html.replace(JSON_LD, "").replace(DATE_META, "").replace(ITEMPROP_DATE, "");
}
