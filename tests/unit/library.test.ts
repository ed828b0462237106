// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TidingsDb } from "../../src/library/db.js";
import { getArticle, isSaved, listArticles, removeArticle, saveArticle } from "../../src/library/articles.js";
import { LibraryError, toLibraryError } from "../../src/library/errors.js";
import { article } from "./library-helpers.js";

let db: TidingsDb;
let clock = 1_000;
let ids = 0;
const deps = () => ({ db, now: () => clock, newId: () => `id-${++ids}` });

beforeEach(() => {
  db = new TidingsDb(`tidings-test-${Math.random()}`);
  clock = 1_000;
});

afterEach(async () => {
  await db.delete();
});

describe("library", () => {
  it("saves an article with an id and timestamps", async () => {
    const saved = await saveArticle(article(), deps());
    expect(saved).toMatchObject({ url: "https://news.example/a", savedAt: 1_000, updatedAt: 1_000 });
    expect(saved.id).toMatch(/^id-/);
    expect(await getArticle(saved.id, { db })).toEqual(saved);
  });

  it("upserts by URL: keeps id and first savedAt, refreshes content and updatedAt", async () => {
    const first = await saveArticle(article({ title: "Old" }), deps());
    clock = 5_000;
    const second = await saveArticle(article({ title: "New" }), deps());
    expect(second.id).toBe(first.id);
    expect(second.savedAt).toBe(1_000);
    expect(second.updatedAt).toBe(5_000);
    const all = await listArticles({ db });
    expect(all).toHaveLength(1);
    expect(all[0]?.title).toBe("New");
  });

  it("lists newest first", async () => {
    for (const [i, url] of ["https://a.example/", "https://b.example/", "https://c.example/"].entries()) {
      clock = 1_000 + i * 10;
      await saveArticle(article({ url, title: url }), deps());
    }
    expect((await listArticles({ db })).map((a) => a.url)).toEqual([
      "https://c.example/",
      "https://b.example/",
      "https://a.example/",
    ]);
  });

  it("removes and reports isSaved", async () => {
    const saved = await saveArticle(article(), deps());
    expect(await isSaved(saved.url, { db })).toBe(true);
    await removeArticle(saved.id, { db });
    expect(await isSaved(saved.url, { db })).toBe(false);
    expect(await getArticle(saved.id, { db })).toBeUndefined();
  });

  it("sanitises HTML before writing it", async () => {
    const dirty =
      '<p onclick="x()">Hi<script>alert(1)</script><img src="a.png" onerror="alert(2)"></p><iframe></iframe>';
    const saved = await saveArticle(article({ content: dirty }), deps());
    const stored = await getArticle(saved.id, { db });
    expect(stored?.content).toBe('<p>Hi<img src="a.png"></p>');
  });

  it("refuses to write without a window to sanitise with", async () => {
    await expect(saveArticle(article(), { ...deps(), win: null as never })).rejects.toThrow(/window/);
    expect(await listArticles({ db })).toEqual([]);
  });
});

describe("library errors", () => {
  it("maps quota errors, also when wrapped", () => {
    const wrapped = Object.assign(new Error("Transaction aborted"), {
      name: "AbortError",
      inner: { name: "QuotaExceededError" },
    });
    const error = toLibraryError(wrapped);
    expect(error).toBeInstanceOf(LibraryError);
    expect(error.code).toBe("quota");
    expect(error.message).toMatch(/library is full/);
  });

  it("maps open failures to a sentence about IndexedDB", () => {
    const error = toLibraryError(Object.assign(new Error("x"), { name: "OpenFailedError" }));
    expect(error.code).toBe("unavailable");
    expect(error.message).toMatch(/could not open its library/);
  });

  it("surfaces an unavailable database from the API", async () => {
    const broken = new TidingsDb(`tidings-broken-${Math.random()}`);
    await broken.open();
    broken.close({ disableAutoOpen: true });
    await expect(listArticles({ db: broken })).rejects.toMatchObject({
      name: "LibraryError",
      code: "unavailable",
    });
  });
});
