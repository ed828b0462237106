/**
 * The dates, times and weekdays of a line, and the words left once they are out: what tells a
 * stamp or a date line ("Veröffentlicht am 26. Oktober 2023, 14:05 Uhr") from a story's sentence
 * that holds a date ("On 22 March 2025, the council voted to close the old pool.").
 */
import { monthNameDates } from "./metadata/month-names";

/** The day of the week a stamp names ("Wednesday, November 20, 2019", "Jueves, 21 Abril 2022"). */
export const WEEKDAYS =
  /(?<![\p{L}])(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|sonnabend|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|(?:maan|dins|woens|donder|vrij|zater|zon)dag|mon|tue|wed|thu|fri|sat|sun)(?![\p{L}])\.?/giu;

/** A numeric date ("15.12.2022", "29/01/2020", "2022-12-15") or a time ("07h36", "14:05 Uhr"). */
const NUMBERS_OF_DATE = /\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}[:h.]\d{2}(?:\s?(?:uhr|h))?/giu;

/** The words of a line once its dates and times are taken out ("am", "le à"). */
export function wordsBesideDates(line: string): string {
  let rest = line;
  const named = [...monthNameDates(rest)];
  for (const d of named.reverse()) rest = rest.slice(0, d.index) + " " + rest.slice(d.end);
  rest = rest.replace(NUMBERS_OF_DATE, " ");
  return rest.replace(/[\p{P}\p{S}\d\s]+/gu, " ").trim();
}

/** The words of a line once its dates, times and weekdays are taken out. */
export const wordsBesideDays = (line: string): string => wordsBesideDates(line.replace(WEEKDAYS, " "));

/**
 * A story's sentence, not a stamp or a dateline: it closes with a full stop and, its dates and
 * weekdays taken out, holds two lower-case words of three letters or more ("On 22 March 2025, the
 * council voted to close the old pool.", "Veröffentlicht wird der Bericht im Mai."). A stamp's words
 * are few, short or names ("Posted: Thursday, April 21, 2022. 10:11 pm CST.", "Von Deutscher Tennis
 * Bund 4. 2. 2022."). A byline's role adds lower-case words of its own ("By Jane Doe, staff
 * writer."): read as a sentence with `least` 3 ("Von Montag an gilt das neue Gesetz.").
 */
export function readsAsSentence(line: string, least = 2): boolean {
  if (!/[.!?…]["”»’)]?$/u.test(line)) return false;
  const words = wordsBesideDays(line).split(" ");
  return words.filter((w) => w.length >= 3 && /^\p{Ll}/u.test(w)).length >= least;
}
