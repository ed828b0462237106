/**
 * Scores each corpus's runs with the public definitions in bench/scoring/: the runs are keyed by
 * who made them (Tidings and Readability.js in bench:extract; Tidings in Node, Chromium and
 * Firefox in bench:parity).
 */
import { parseHTML } from "linkedom";
import type { BodyPage, DatePage, ReadabilityPage, SnippetPage } from "./corpora.js";
import type { Run } from "./runners.js";
import { pageCounts, shingleScore } from "./scoring/shingles.js";
import { addCounts, countSnippets, normalizeSpace, snippetScore } from "./scoring/snippets.js";
import { dateScore, tallyDate } from "./scoring/dates.js";
import { median, p95 } from "./timing.js";

type Scores<K extends string> = Record<K, Record<string, number>>;

function timing(run: Run) {
  return { medianMs: median(run.ms), p95Ms: p95(run.ms), found: run.outputs.filter(Boolean).length };
}

function byRunner<K extends string>(
  score: (run: Run) => Record<string, number>,
  runs: Record<K, Run>,
): Scores<K> {
  return Object.fromEntries(
    (Object.entries(runs) as [K, Run][]).map(([who, run]) => [who, { ...score(run), ...timing(run) }]),
  ) as unknown as Scores<K>;
}

export function scoreBodies<K extends string>(pages: BodyPage[], runs: Record<K, Run>): Scores<K> {
  return byRunner(
    (run) => ({
      ...shingleScore(pages.map((page, i) => pageCounts(page.truth, run.outputs[i]?.text ?? ""))),
    }),
    runs,
  );
}

export function scoreSnippets<K extends string>(pages: SnippetPage[], runs: Record<K, Run>): Scores<K> {
  return byRunner((run) => {
    const totals = pages.reduce(
      (sum, page, i) => addCounts(sum, countSnippets(run.outputs[i]?.text ?? "", page.with, page.without)),
      { tp: 0, fn: 0, fp: 0, tn: 0 },
    );
    return snippetScore(totals);
  }, runs);
}

export function scoreDates<K extends string>(pages: DatePage[], runs: Record<K, Run>): Scores<K> {
  return byRunner((run) => {
    const tally = pages.reduce((t, page, i) => tallyDate(t, run.outputs[i]?.publishedTime, page.label), {
      pages: 0,
      given: 0,
      correct: 0,
    });
    return dateScore(tally);
  }, runs);
}

export const METADATA_FIELDS = [
  "title",
  "byline",
  "siteName",
  "publishedTime",
  "lang",
  "dir",
  "excerpt",
] as const;

const sameField = (a: unknown, b: unknown) =>
  (a ?? null) === null || (b ?? null) === null
    ? (a ?? null) === (b ?? null)
    : normalizeSpace(String(a)) === normalizeSpace(String(b));

/** A byline's lead-in ("By", "Par", "Von") is presentation: Tidings drops it (issue #3), Readability keeps it. */
const LEAD_IN = /^\s*(?:by|par|von|por|door|di)\s+/i;

/**
 * One field against Readability's expected value. Where Readability found no date, a date Tidings
 * finds is an extra, not an error (counted in datesFound; its quality is what publication-dates
 * measures); where Readability found one, Tidings must state the same string.
 */
function fieldMatches(field: (typeof METADATA_FIELDS)[number], ours: unknown, expected: unknown): boolean {
  if (field === "publishedTime" && (expected ?? null) === null) return true;
  if (field === "byline" && typeof ours === "string" && typeof expected === "string")
    return sameField(ours.replace(LEAD_IN, ""), expected.replace(LEAD_IN, ""));
  return sameField(ours, expected);
}

export function scoreReadabilityPages<K extends string>(
  pages: ReadabilityPage[],
  runs: Record<K, Run>,
): Scores<K> {
  const expectedText = pages.map(
    (page) => parseHTML(`<html><body>${page.expectedHtml}</body></html>`).document.body.textContent ?? "",
  );
  return byRunner((run) => {
    const f1s = pages.map((_, i) => {
      const c = pageCounts(expectedText[i] ?? "", run.outputs[i]?.text ?? "");
      const s = shingleScore([c]);
      return s.f1;
    });
    const fields = Object.fromEntries(
      METADATA_FIELDS.map((field) => [
        field,
        pages.filter((page, i) => fieldMatches(field, run.outputs[i]?.[field], page.metadata[field])).length /
          pages.length,
      ]),
    );
    const datesFound = run.outputs.filter((o) => o?.publishedTime).length;
    return { textF1: f1s.reduce((a, b) => a + b, 0) / pages.length, ...fields, datesFound };
  }, runs);
}
