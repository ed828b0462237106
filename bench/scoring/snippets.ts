/**
 * Boilerplate-snippets scoring (trafilatura's evaluation): `with` snippets must be in the
 * output, `without` snippets must not; totals over all pages give P/R/F1/accuracy, and the
 * clutter leak rate is fp / (fp + tn).
 */

export const normalizeSpace = (text: string) => text.replace(/\s+/g, " ").trim();

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export function countSnippets(
  output: string,
  withSnippets: string[],
  withoutSnippets: string[],
): SnippetCounts {
  const text = normalizeSpace(output);
  const found = (snippet: string) => text.includes(normalizeSpace(snippet));
  const kept = withSnippets.filter(found).length;
  const leaked = withoutSnippets.filter(found).length;
  return { tp: kept, fn: withSnippets.length - kept, fp: leaked, tn: withoutSnippets.length - leaked };
}

export function addCounts(a: SnippetCounts, b: SnippetCounts): SnippetCounts {
  return { tp: a.tp + b.tp, fn: a.fn + b.fn, fp: a.fp + b.fp, tn: a.tn + b.tn };
}

export function snippetScore({ tp, fn, fp, tn }: SnippetCounts) {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const all = tp + fn + fp + tn;
  return {
    precision,
    recall,
    f1,
    accuracy: all ? (tp + tn) / all : 0,
    leakRate: fp + tn ? fp / (fp + tn) : 0,
  };
}
