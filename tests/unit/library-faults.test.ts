// @vitest-environment jsdom
/**
 * Storage faults (issue #6): the quota running out in the middle of a save, and five pages saving
 * at once, each through its own connection to the one database.
 */
import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TidingsDb } from "../../src/library/db.js";
import { getArticle, saveArticle } from "../../src/library/articles.js";
import { LibraryError } from "../../src/library/errors.js";
import { importParsed } from "../../src/library/import/apply.js";
import { parseImportFile } from "../../src/library/import/detect.js";
import { article, sampleBytes, useFreshDbs } from "./library-helpers.js";

const db = useFreshDbs();

afterEach(() => vi.restoreAllMocks());

/** What the library holds, table by table, to compare before and after a fault. */
async function snapshot(d: TidingsDb) {
  return {
    articles: await d.articles.toArray(),
    bodies: await d.bodies.toArray(),
    searchDirty: await d.searchDirty.toArray(),
  };
}

/**
 * The browser refuses writes to `store` with a QuotaExceededError, at the IndexedDB layer (under
 * Dexie): the row in the other store, written earlier in the same transaction, must not stay.
 */
function exhaustQuotaOn(store: string) {
  const put = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore["put"]>
  ) {
    if (this.name === store) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    return put.apply(this, args);
  });
}

describe("quota exhausted", () => {
  it("a new save fails with the sentence about a full library and leaves nothing half-written", async () => {
    const d = db();
    await saveArticle(article({ url: "https://news.example/kept" }), { db: d });
    const before = await snapshot(d);
    const spy = exhaustQuotaOn("bodies");
    const failure = await saveArticle(article({ url: "https://news.example/new" }), { db: d }).catch(
      (e: unknown) => e,
    );
    expect(spy).toHaveBeenCalled();
    expect(failure).toBeInstanceOf(LibraryError);
    expect(failure).toMatchObject({ code: "quota", message: expect.stringMatching(/library is full/) });
    vi.restoreAllMocks();
    expect(await snapshot(d)).toEqual(before);
  });

  it("a re-save that hits the quota keeps the saved copy as it was", async () => {
    const d = db();
    const saved = await saveArticle(article({ content: "<p>First version</p>" }), {
      db: d,
      now: () => 1_000,
    });
    const before = await snapshot(d);
    exhaustQuotaOn("bodies");
    await expect(
      saveArticle(article({ content: "<p>Second version</p>" }), { db: d, now: () => 2_000 }),
    ).rejects.toMatchObject({ code: "quota" });
    vi.restoreAllMocks();
    expect(await snapshot(d)).toEqual(before);
    expect(await getArticle(saved.id, { db: d })).toMatchObject({
      content: "<p>First version</p>",
      updatedAt: 1_000,
    });
  });

  it("an import that hits the quota halfway writes none of it", async () => {
    const d = db();
    await saveArticle(article({ url: "https://news.example/kept" }), { db: d });
    const before = await snapshot(d);
    const parsed = parseImportFile({ name: "p.csv", bytes: sampleBytes("pocket-part_000000.csv") });
    expect(parsed.items.length).toBeGreaterThan(1);
    exhaustQuotaOn("searchDirty");
    await expect(importParsed(parsed, { db: d })).rejects.toMatchObject({ code: "quota" });
    vi.restoreAllMocks();
    expect(await snapshot(d)).toEqual(before);
  });
});

describe("five tabs saving at once", () => {
  const pages = (name: string) => Array.from({ length: 5 }, () => db(name));

  it("five different articles through five connections: all five stored, whole", async () => {
    const name = `tidings-five-${Math.random()}`;
    const tabs = pages(name);
    const saved = await Promise.all(
      tabs.map((d, i) =>
        saveArticle(article({ url: `https://news.example/${i}`, content: `<p>Story ${i}</p>` }), { db: d }),
      ),
    );
    const check = db(name);
    expect(await check.articles.count()).toBe(5);
    for (const [i, s] of saved.entries())
      expect(await getArticle(s.id, { db: check })).toMatchObject({ content: `<p>Story ${i}</p>` });
  });

  it("the same article from five tabs at once: one record, no duplicate", async () => {
    const name = `tidings-same-${Math.random()}`;
    const saved = await Promise.all(pages(name).map((d) => saveArticle(article(), { db: d })));
    expect(new Set(saved.map((s) => s.id)).size).toBe(1);
    const check = db(name);
    expect(await check.articles.count()).toBe(1);
    expect(await check.bodies.count()).toBe(1);
  });
});
