/**
 * Publication dates for display. A date-only ISO value ("2025-03-21") names a calendar day, not
 * an instant: it is formatted as that day in UTC so no time zone can shift it to the 20th.
 */
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DisplayDate {
  /** For <time datetime>: the value as the page stated it. */
  datetime: string;
  /** Localised text. */
  text: string;
}

export function formatPublished(
  iso: string,
  locale?: string | string[],
  timeZone?: string,
): DisplayDate | null {
  const value = iso.trim();
  const day = DATE_ONLY.exec(value);
  if (day) {
    const [, y, m, d] = day.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    // Date.UTC rolls "2025-13-45" over into 2026: refuse days that do not exist.
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
    return {
      datetime: value,
      text: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date),
    };
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const text = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone }).format(
    date,
  );
  return { datetime: value, text };
}

/** A saved-at timestamp (ms) as a short local date. */
export function formatSavedAt(ms: number, locale?: string | string[], timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(new Date(ms));
}

/** Fill a <time> element, or hide it when there is no usable date. */
export function fillTime(el: HTMLTimeElement, iso: string | null, locale?: string | string[]): void {
  const shown = iso ? formatPublished(iso, locale) : null;
  el.hidden = !shown;
  el.dateTime = shown?.datetime ?? "";
  el.textContent = shown?.text ?? "";
}
