// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { removeArticle, restoreArticles, saveArticle } from "../../src/library/articles.js";
import { LibrarySearch } from "../../src/library/search-index.js";
import { processTerm, tokenize } from "../../src/library/tokenize.js";
import { indexToParts, partsToJS } from "../../src/library/index-parts.js";
import MiniSearch from "minisearch";
import { article, useFreshDbs } from "./library-helpers.js";

const db = useFreshDbs();

describe("tokenize", () => {
  it("splits spaced scripts on word characters and CJK with Intl.Segmenter", () => {
    expect(tokenize("Hello, world—it's 2025!")).toEqual(["Hello", "world", "it", "s", "2025"]);
    const zh = tokenize("我们在东京看天气预报");
    expect(zh.length).toBeGreaterThan(2);
    expect(zh.join("")).toBe("我们在东京看天气预报");
    expect(tokenize("東京の天気")).toContain("東京");
    expect(processTerm("Café")).toBe("cafe");
    expect(processTerm("が")).toBe("が");
  });
});

describe("LibrarySearch", () => {
  it("finds by title, site, byline and body text; CJK words; prefixes", async () => {
    const d = db();
    await saveArticle(
      article({
        url: "https://a.example/1",
        title: "Harbour dredging plan",
        textContent: "The estuary silt problem",
      }),
      { db: d },
    );
    await saveArticle(
      article({
        url: "https://b.example/2",
        title: "天気",
        siteName: "NHK",
        byline: "山田 太郎",
        textContent: "東京で雨が降りました",
      }),
      { db: d },
    );
    const search = await LibrarySearch.open({ db: d });
    expect(search.size).toBe(2);
    const [one] = (await d.articles.where("url").equals("https://a.example/1").primaryKeys()) as string[];
    expect(search.search("estuary")).toEqual([one]);
    expect(search.search("dredg")).toEqual([one]);
    expect(search.search("nhk")).toHaveLength(1);
    expect(search.search("東京")).toHaveLength(1);
    expect(search.search("estuary NHK")).toEqual([]);
  });

  it("is stored and caught up incrementally: only marked ids are indexed at open", async () => {
    const d = db();
    const a = await saveArticle(article({ url: "https://a.example/1", textContent: "first walrus" }), {
      db: d,
    });
    (await LibrarySearch.open({ db: d })).search("walrus");
    expect(await d.searchDirty.count()).toBe(0);

    const b = await saveArticle(article({ url: "https://a.example/2", textContent: "second walrus" }), {
      db: d,
    });
    await removeArticle(a.id, { db: d });
    expect(await d.searchDirty.count()).toBe(2);
    const reopened = await LibrarySearch.open({ db: d });
    expect(reopened.search("walrus")).toEqual([b.id]);
    expect(await d.searchDirty.count()).toBe(0);
  });

  it("stores each part as a row of its own, drops parts no longer used, rebuilds when one is missing", async () => {
    const d = db();
    const parts = async () => (await d.meta.where("key").startsWith("search-index/").primaryKeys()).sort();
    const saved = [];
    for (let i = 0; i < 3; i++)
      saved.push(
        await saveArticle(article({ url: `https://p.example/${i}`, textContent: `narwhal${i} tusk` }), {
          db: d,
        }),
      );
    await LibrarySearch.open({ db: d });
    const first = await parts();
    expect(first).toEqual(
      expect.arrayContaining([
        "search-index/documentIds/0",
        "search-index/fieldLength/0",
        "search-index/terms/0",
      ]),
    );
    expect((await d.meta.get("search-index"))?.value).toMatchObject({ version: 4, chunks: 1 });

    // Parts the stored head does not name are removed on the next store.
    await d.meta.put({ key: "search-index/terms/999", value: "[]" });
    await saveArticle(article({ url: "https://p.example/3", textContent: "narwhal3 tusk" }), { db: d });
    expect((await LibrarySearch.open({ db: d })).search("tusk")).toHaveLength(4);
    expect(await parts()).not.toContain("search-index/terms/999");

    // A part gone missing: the stored index is not trusted, every article is indexed again.
    await d.meta.delete((await parts()).find((k) => k.includes("/terms/"))!);
    const rebuilt = await LibrarySearch.open({ db: d });
    expect(rebuilt.search("tusk")).toHaveLength(4);
    expect(rebuilt.search("narwhal0")).toEqual([saved[0]!.id]);
  });

  it("indexes an import from memory, except what changed after it", async () => {
    const d = db();
    const search = await LibrarySearch.open({ db: d });
    const saved = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        saveArticle(article({ url: `https://a.example/${i}`, textContent: "ondisk" }), { db: d }),
      ),
    );
    await search.catchUp();
    await restoreArticles(saved, { db: d }); // one batch mark for 25 ids
    expect(await d.searchDirty.count()).toBe(1);
    const [first, second] = saved;
    await saveArticle(article({ url: second!.url, textContent: "changedlater" }), { db: d });
    const known = new Map(saved.map((a) => [a.id, { ...a, textContent: "inmemory" }]));
    expect(await search.catchUp({ known })).toBe(25);
    expect(search.search("inmemory")).toContain(first!.id);
    expect(search.search("inmemory")).not.toContain(second!.id);
    expect(search.search("changedlater")).toEqual([second!.id]);
    expect(await d.searchDirty.count()).toBe(0);
  });

  it("stores the index in parts that add up to MiniSearch's own serialisation", async () => {
    const index = new MiniSearch<{ id: string; text: string }>({ fields: ["text"] });
    index.addAll(Array.from({ length: 300 }, (_, i) => ({ id: `d${i}`, text: `word${i} common w${i % 7}` })));
    index.discard("d3");
    const parts = await indexToParts(index, 50);
    expect(parts.chunks.length).toBeGreaterThan(5);
    expect(await partsToJS(parts)).toEqual(JSON.parse(JSON.stringify(index)));
  });
});
