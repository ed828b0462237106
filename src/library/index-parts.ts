/**
 * The search index to and from stored parts without one long task: MiniSearch's toJSON() and a
 * JSON.stringify of a 20,000-article index block the page for seconds (issue #4), so the term
 * list is written as JSON chunks with a yield between them, and read back the same way.
 */
import MiniSearch, { type Options } from "minisearch";

/** What is stored: MiniSearch's toJSON() without `index` (head) and the index in JSON chunks. */
export interface IndexParts {
  head: string;
  chunks: string[];
}

type PostingList = Map<number, Map<number, number>>;

/** MiniSearch keeps its terms in a private radix tree; toJSON() walks the same one (v7). */
function terms<T>(index: MiniSearch<T>): Iterable<[string, PostingList]> {
  return (index as unknown as { _index: Iterable<[string, PostingList]> })._index;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The same data as JSON.stringify(index), in parts, in chunks of `chunk` terms, yielding every 40 ms. */
export async function indexToParts<T>(index: MiniSearch<T>, chunk = 1_000): Promise<IndexParts> {
  const { index: none, ...rest } = index.toJSON.call(Object.create(index, { _index: { value: [] } }));
  void none;
  const chunks: string[] = [];
  let since = performance.now();
  let part: [string, Record<string, Record<string, number>>][] = [];
  for (const [term, fields] of terms(index)) {
    const data: Record<string, Record<string, number>> = {};
    for (const [fieldId, freqs] of fields) data[fieldId] = Object.fromEntries(freqs);
    part.push([term, data]);
    if (part.length >= chunk) {
      chunks.push(JSON.stringify(part));
      part = [];
      if (performance.now() - since > 40) {
        await yieldToPage();
        since = performance.now();
      }
    }
  }
  if (part.length) chunks.push(JSON.stringify(part));
  return { head: JSON.stringify(rest), chunks };
}

/** Load what indexToParts wrote (MiniSearch.loadJSAsync yields while it rebuilds the tree). */
export async function indexFromParts<T>(parts: IndexParts, options: Options<T>): Promise<MiniSearch<T>> {
  const index: unknown[] = [];
  for (const c of parts.chunks) {
    for (const entry of JSON.parse(c) as unknown[]) index.push(entry);
    await yieldToPage();
  }
  const js = { ...(JSON.parse(parts.head) as object), index };
  return MiniSearch.loadJSAsync<T>(js as Parameters<typeof MiniSearch.loadJSAsync>[0], options);
}
