// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { TidingsDb } from "../../src/library/db.js";
import {
  findByUrl,
  findSavedCopy,
  getArticle,
  removeArticles,
  restoreArticles,
  saveArticle,
  saveLink,
} from "../../src/library/articles.js";
import { addTags, renameTag, removeTag, setReadingProgress, updateState } from "../../src/library/state.js";
import { hostOfUrl, normalizeUrl } from "../../src/library/normalize-url.js";
import { storageUsage } from "../../src/library/persistence.js";
import { allSummaries, newestSummaries } from "../../src/library/summaries.js";
import { article, useFreshDbs } from "./library-helpers.js";

const db = useFreshDbs();

describe("schema v1 → v2", () => {
  it("moves bodies out, adds state with defaults and marks everything for indexing", async () => {
    const name = `tidings-migrate-${Math.random()}`;
    const v1 = new TidingsDb(name, { upTo: 1 });
    await v1.table("articles").bulkAdd([
      {
        ...article({ url: "https://a.example/x?utm_source=t#top", title: "One" }),
        id: "1",
        savedAt: 10,
        updatedAt: 10,
      },
      {
        ...article({ url: "https://b.example/", title: "Two", content: "<p>Two</p>" }),
        id: "2",
        savedAt: 20,
        updatedAt: 20,
      },
    ]);
    v1.close();

    const v2 = db(name);
    const one = await getArticle("1", { db: v2 });
    expect(one).toMatchObject({
      title: "One",
      content: "<p>Body</p>",
      textContent: "Body",
      normUrl: "https://a.example/x",
      tags: [],
      archived: false,
      favourite: false,
      progress: 0,
      linkOnly: false,
      highlights: null,
    });
    const row = await v2.articles.get("2");
    expect(row && "content" in row).toBe(false);
    expect((await v2.searchDirty.toArray()).map((d) => d.id).sort()).toEqual(["1", "2"]);
    expect(v2.verno).toBe(2);
  });
});

describe("hostOfUrl", () => {
  it("gives what URL gives (without www.), also where a regular expression would not", () => {
    const viaUrl = (u: string) => {
      try {
        return new URL(u).hostname.replace(/^www\./, "");
      } catch {
        return "";
      }
    };
    const urls = [
      "https://www.example.com/a?b#c",
      "http://news.example.co.uk:8080/x",
      "https://example.com",
      "https://EXAMPLE.com/",
      "https://user:pw@example.com/",
      "http://0x7f.1/",
      "http://192.168.0.1/a",
      "https://bücher.example/",
      "https://example.com./",
      "https://exa%41mple.com/",
      " https://example.com/ ",
      "https://example.com\\path",
      "not a url",
      "mailto:a@example.com",
    ];
    for (const u of urls) expect([u, hostOfUrl(u)]).toEqual([u, viaUrl(u)]);
  });
});

describe("normalizeUrl", () => {
  it("drops fragment and tracking parameters, keeps the rest", () => {
    expect(normalizeUrl("https://EX.com/a?utm_source=x&id=3&fbclid=y#c")).toBe("https://ex.com/a?id=3");
    expect(normalizeUrl("https://ex.com/a?utm_medium=m")).toBe("https://ex.com/a");
    expect(normalizeUrl("not a url")).toBe("not a url");
    expect(normalizeUrl("https://ex.com:443/a?#top")).toBe("https://ex.com/a");
    expect(normalizeUrl("https://ex.com/a?b=1&utm_campaign=c#x")).toBe("https://ex.com/a?b=1");
  });
});

describe("saving keeps the reader's state", () => {
  it("a re-save under a tracking URL fills in a link-only item and keeps id, tags and dates", async () => {
    const d = db();
    await d.articles.put({
      ...article({ url: "https://ex.com/a", content: "", textContent: "" }),
      id: "L",
      normUrl: "https://ex.com/a",
      savedAt: 5,
      updatedAt: 5,
      tags: ["t"],
      archived: true,
      favourite: true,
      progress: 0.5,
      linkOnly: true,
    } as never);
    const saved = await saveArticle(
      article({ url: "https://ex.com/a?utm_source=rss", content: "<p>Full</p>" }),
      {
        db: d,
        now: () => 99,
      },
    );
    expect(saved).toMatchObject({
      id: "L",
      savedAt: 5,
      tags: ["t"],
      archived: true,
      linkOnly: false,
      progress: 0.5,
    });
    expect((await findByUrl("https://ex.com/a", { db: d }))?.content).toBe("<p>Full</p>");
    expect(await d.articles.count()).toBe(1);
  });

  it("reading a page that is saved as a link only fills the entry in; a saved article stays as it is", async () => {
    const d = db();
    const link = await saveLink({ url: "https://ex.com/later", title: "Later" }, { db: d, now: () => 7 });
    await addTags([link.id], ["queue"], { db: d });
    const read = article({ url: "https://ex.com/later#top", content: "<p>The whole text.</p>" });
    const filled = await findSavedCopy(read, { db: d, now: () => 9 });
    expect(filled).toMatchObject({ id: link.id, linkOnly: false, savedAt: 7, tags: ["queue"] });
    expect((await getArticle(link.id, { db: d }))?.content).toBe("<p>The whole text.</p>");

    const again = await findSavedCopy(
      { ...read, content: "<p>Changed since.</p>" },
      { db: d, now: () => 11 },
    );
    expect(again).toMatchObject({ id: link.id, content: "<p>The whole text.</p>", updatedAt: 9 });
    expect(await findSavedCopy(article({ url: "https://ex.com/other" }), { db: d })).toBeUndefined();
    expect(await d.articles.count()).toBe(1);
  });
});

describe("state", () => {
  it("tags, archive, favourite, progress, rename and remove a tag", async () => {
    const d = db();
    const a = await saveArticle(article({ url: "https://ex.com/1" }), { db: d });
    const b = await saveArticle(article({ url: "https://ex.com/2" }), { db: d });
    await addTags([a.id, b.id], ["news", " news ", "long  read"], { db: d });
    expect((await d.articles.get(a.id))?.tags).toEqual(["news", "long read"]);
    await renameTag("news", "world", { db: d });
    await removeTag(null, "long read", { db: d });
    expect((await d.articles.get(b.id))?.tags).toEqual(["world"]);
    await updateState([a.id], { archived: true, favourite: true }, { db: d });
    expect(await d.articles.get(a.id)).toMatchObject({ archived: true, favourite: true });
    await setReadingProgress(a.id, 0.42, { db: d });
    expect((await d.articles.get(a.id))?.progress).toBe(0.42);
    await setReadingProgress(a.id, 7, { db: d });
    expect((await d.articles.get(a.id))?.progress).toBe(1);
    await expect(setReadingProgress("nope", 0.5, { db: d })).rejects.toMatchObject({ code: "not-found" });
  });

  it("remove returns the articles, restore puts them back identical (undo)", async () => {
    const d = db();
    const a = await saveArticle(article({ url: "https://ex.com/1", content: "<p>Keep me</p>" }), { db: d });
    await addTags([a.id], ["x"], { db: d });
    const before = await getArticle(a.id, { db: d });
    const removed = await removeArticles([a.id], { db: d });
    expect(await getArticle(a.id, { db: d })).toBeUndefined();
    await restoreArticles(removed, { db: d });
    expect(await getArticle(a.id, { db: d })).toEqual(before);
  });
});

describe("summaries", () => {
  it("reads the newest first and everything in slices", async () => {
    const d = db();
    for (let i = 0; i < 7; i++)
      await saveArticle(article({ url: `https://ex.com/${i}` }), { db: d, now: () => i });
    expect((await newestSummaries(2, { db: d })).map((r) => r.url)).toEqual([
      "https://ex.com/6",
      "https://ex.com/5",
    ]);
    expect(await allSummaries({ db: d, slice: 3 })).toHaveLength(7);
  });
});

describe("storageUsage", () => {
  it("reports the estimate and persistence", async () => {
    const storage = {
      estimate: async () => ({ usage: 1234, quota: 10_000 }),
      persisted: async () => true,
    } as unknown as StorageManager;
    expect(await storageUsage(storage)).toEqual({ usage: 1234, quota: 10_000, persisted: true });
    expect(await storageUsage(undefined)).toEqual({ usage: null, quota: null, persisted: false });
  });
});
