/**
 * Article-bodies scoring: 4-gram shingle precision/recall/F1, as defined in
 * shared/corpora/README.md (the scrapinghub article-extraction-benchmark definition).
 */

const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** 4-gram shingles with counts; a text under 4 tokens is one shingle. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const grams = tokens.length < n ? [tokens.join(" ")] : [];
  for (let i = 0; i + n <= tokens.length; i++) grams.push(tokens.slice(i, i + n).join(" "));
  for (const gram of grams) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  return counts;
}

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function pageCounts(truth: string, prediction: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [gram, count] of p) {
    const c = t.get(gram) ?? 0;
    tp += Math.min(c, count);
    fp += Math.max(0, count - c);
  }
  for (const [gram, count] of t) fn += Math.max(0, count - (p.get(gram) ?? 0));
  const total = tp + fp + fn;
  return total === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / total, fp: fp / total, fn: fn / total };
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Mean precision over pages with tp+fp > 0, mean recall over pages with tp+fn > 0, F1 of the means. */
export function shingleScore(pages: PageCounts[]): PRF {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
