/**
 * The search index to and from stored parts without one long task: MiniSearch's toJSON() and a
 * JSON.stringify of a 20,000-article index block the page for seconds (issue #4), so the terms
 * and the per-document maps are written as JSON chunks with a yield every 40 ms, and read back
 * the same way.
 */
import MiniSearch, { type Options } from "minisearch";
import { timeSlicer } from "./yield.js";

const DOC_MAPS = ["documentIds", "fieldLength", "storedFields"] as const;
type DocMap = (typeof DOC_MAPS)[number];

/** What is stored: toJSON()'s small fields (head), its per-document maps and terms in chunks. */
export interface IndexParts {
  head: string;
  docs: Record<DocMap, string[]>;
  chunks: string[];
}

type PostingList = Map<number, Map<number, number>>;
/** MiniSearch's private state that toJSON() reads (v7); a unit test pins the two together. */
interface Internals {
  _index: Iterable<[string, PostingList]>;
  _documentIds: Map<number, unknown>;
  _fieldLength: Map<number, unknown>;
  _storedFields: Map<number, unknown>;
}
const PRIVATE: Record<DocMap, keyof Internals> = {
  documentIds: "_documentIds",
  fieldLength: "_fieldLength",
  storedFields: "_storedFields",
};

/** Calls `step` per item, yielding to the page between time slices. */
async function sliced<T>(items: Iterable<T>, step: (item: T) => void): Promise<void> {
  const slicer = timeSlicer();
  for (const item of items) {
    step(item);
    await slicer.pause();
  }
}

/** JSON arrays of `chunk` items each. */
async function jsonChunks<T>(items: Iterable<T>, chunk: number, map: (item: T) => unknown = (x) => x) {
  const out: string[] = [];
  let part: unknown[] = [];
  await sliced(items, (item) => {
    part.push(map(item));
    if (part.length >= chunk) {
      out.push(JSON.stringify(part));
      part = [];
    }
  });
  if (part.length) out.push(JSON.stringify(part));
  return out;
}

/** The same data as JSON.stringify(index), in parts of `chunk` terms or documents. */
export async function indexToParts<T>(index: MiniSearch<T>, chunk = 1_000): Promise<IndexParts> {
  const own = index as unknown as Internals;
  const empty = { value: new Map() };
  const small = index.toJSON.call(
    Object.create(index, {
      _index: { value: [] },
      _documentIds: empty,
      _fieldLength: empty,
      _storedFields: empty,
    }),
  );
  const docs = {} as Record<DocMap, string[]>;
  for (const name of DOC_MAPS)
    docs[name] = await jsonChunks(own[PRIVATE[name]] as Map<number, unknown>, chunk * 5);
  const chunks = await jsonChunks(own._index, chunk, ([term, fields]) => {
    const data: Record<string, Record<string, number>> = {};
    for (const [fieldId, freqs] of fields) data[fieldId] = Object.fromEntries(freqs);
    return [term, data];
  });
  return { head: JSON.stringify(small), docs, chunks };
}

/** What toJSON() would have returned, rebuilt from the parts. */
export async function partsToJS(parts: IndexParts): Promise<ReturnType<MiniSearch["toJSON"]>> {
  const js = JSON.parse(parts.head) as ReturnType<MiniSearch["toJSON"]>;
  for (const name of DOC_MAPS) {
    const entries: [string, unknown][] = [];
    await sliced(parts.docs[name], (c) => entries.push(...(JSON.parse(c) as [string, unknown][])));
    (js as unknown as Record<DocMap, unknown>)[name] = Object.fromEntries(entries);
  }
  const index: ReturnType<MiniSearch["toJSON"]>["index"] = [];
  await sliced(parts.chunks, (c) => index.push(...(JSON.parse(c) as typeof index)));
  return { ...js, index };
}

/** Load what indexToParts wrote (MiniSearch.loadJSAsync yields while it rebuilds the tree). */
export async function indexFromParts<T>(parts: IndexParts, options: Options<T>): Promise<MiniSearch<T>> {
  return MiniSearch.loadJSAsync<T>(await partsToJS(parts), options);
}
