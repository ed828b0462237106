/**
 * Publication-dates scoring (htmldate's evaluation): correct when the extracted date's calendar
 * day as written on the page (no time-zone shift) equals the label.
 */

/** The calendar day an ISO 8601 string states, read off its text (never converted to UTC). */
export function calendarDay(iso: string | null | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

export interface DateTally {
  pages: number;
  given: number;
  correct: number;
}

export function tallyDate(tally: DateTally, predicted: string | null | undefined, label: string): DateTally {
  const day = calendarDay(predicted);
  return {
    pages: tally.pages + 1,
    given: tally.given + (day ? 1 : 0),
    correct: tally.correct + (day === label ? 1 : 0),
  };
}

export function dateScore({ pages, given, correct }: DateTally) {
  return { accuracy: pages ? correct / pages : 0, precision: given ? correct / given : 0 };
}
