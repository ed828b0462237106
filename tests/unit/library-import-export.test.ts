// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { TidingsDb } from "../../src/library/db.js";
import { getArticle, saveArticle } from "../../src/library/articles.js";
import { addTags, setReadingProgress, updateState } from "../../src/library/state.js";
import { importParsed } from "../../src/library/import/apply.js";
import { parseImportFile, parseImportFiles } from "../../src/library/import/detect.js";
import { linkItem } from "../../src/library/import/types.js";
import { articlesForExport } from "../../src/library/export/index.js";
import { exportTidingsJson } from "../../src/library/export/tidings-json.js";
import { articleMarkdown, exportMarkdown } from "../../src/library/export/markdown.js";
import { exportEpub } from "../../src/library/export/epub.js";
import { exportHtml } from "../../src/library/export/html.js";
import { article, useFreshDbs, sampleBytes, sampleTree } from "./library-helpers.js";

const db = useFreshDbs();

let n = 0;
const deps = (d: TidingsDb) => ({ db: d, now: () => 2_000_000_000_000, newId: () => `n${++n}` });
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe("import", () => {
  it("merges duplicates by normalised URL: earliest date, union of tags, richest content", async () => {
    const d = db();
    await saveArticle(article({ url: "https://example.com/fine", content: "<p>short</p>" }), {
      db: d,
      now: () => 1e12,
    });
    const parsed = parseImportFiles([
      { name: "part_000000.csv", bytes: sampleBytes("pocket-part_000000.csv") },
      { name: "part_000001.csv", bytes: sampleBytes("pocket-part_000001.csv") },
      { name: "omnivore.zip", bytes: zipSync(sampleTree("omnivore")) },
    ]);
    const report = await importParsed(parsed, deps(d));
    // 5 Pocket rows (one twice) + 2 Omnivore items (one already saved) = 5 new, 2 merged.
    expect(report).toMatchObject({ imported: 5, merged: 2 });
    expect(report.skipped.map((s) => s.reason)).toEqual([
      "not a web address: javascript:alert(1)",
      "deleted in Omnivore",
    ]);

    const sea = (await d.articles.where("normUrl").equals("https://example.com/sea").toArray())[0]!;
    expect(sea).toMatchObject({ savedAt: 1_690_000_000_000, archived: true, linkOnly: true });
    expect(sea.tags.sort()).toEqual(["geography", "oceans", "science"]);

    const fine = (await d.articles.where("normUrl").equals("https://example.com/fine").toArray())[0]!;
    const full = await getArticle(fine.id, { db: d });
    expect(full?.content).toContain("tidal estuaries");
    expect(full?.content).not.toMatch(/script|onerror/);
    expect(full?.highlights).toContain("A note on it.");
    expect(full).toMatchObject({ archived: true, tags: ["essays", "Newsletter"], linkOnly: false });
    expect(full!.wordCount).toBeGreaterThan(5);
  });

  it("a malformed file changes nothing", async () => {
    const d = db();
    await saveArticle(article(), { db: d });
    const files = [
      { name: "part_000000.csv", bytes: sampleBytes("pocket-part_000000.csv") },
      { name: "bad.csv", bytes: sampleBytes("pocket-bad.csv") },
    ];
    expect(() => parseImportFiles(files)).toThrow(/bad\.csv line 3/);
    expect(await d.articles.count()).toBe(1);
  });

  it("a failing write rolls the whole import back", async () => {
    const d = db();
    const parsed = parseImportFile({ name: "p.csv", bytes: sampleBytes("pocket-part_000000.csv") });
    // Two different normalised URLs, one exact URL: the unique url index refuses the second row.
    parsed.items[1]!.whole = {
      ...(await saveArticle(article({ url: "https://x.example/" }), { db: d })),
      id: "other",
      normUrl: "https://y.example/",
    };
    await expect(importParsed(parsed, deps(d))).rejects.toThrow();
    expect(await d.articles.count()).toBe(1);
  });
  it("writes in batches: every row once, in order, to onRow; a later batch failing undoes the earlier ones", async () => {
    const d = db();
    const items = Array.from({ length: 25 }, (_, i) =>
      linkItem({ url: `https://batch.example/${i}`, origin: `line ${i + 2}`, title: `Story ${i}` }),
    );
    const seen: string[] = [];
    const report = await importParsed(
      { items, skipped: [] },
      { ...deps(d), batch: 4, onRow: (row) => seen.push(row.title) },
    );
    expect(report.imported).toBe(25);
    expect(seen).toEqual(items.map((i) => i.title));
    expect(report.rows.map((r) => r.title)).toEqual(seen);
    expect(report.rows.map((r) => r.id)).toEqual(report.articles.map((a) => a.id));
    expect(report.rows[0]).not.toHaveProperty("textContent");
    expect(await d.articles.count()).toBe(25);

    const other = db();
    const kept = await saveArticle(article({ url: "https://x.example/" }), { db: other });
    const failing = items.map((i) => ({ ...i, url: i.url.replace("batch", "again") }));
    // The 21st row repeats a stored URL under another normalised URL: the unique url index refuses it.
    failing[20]!.whole = { ...kept, id: "other", normUrl: "https://y.example/" };
    await expect(
      importParsed({ items: failing, skipped: [] }, { ...deps(other), batch: 4 }),
    ).rejects.toThrow();
    expect(await other.articles.count()).toBe(1);
  });
});

describe("export", () => {
  it("Tidings JSON is lossless: export → wipe → import gives the identical library", async () => {
    const d = db();
    await importParsed(
      parseImportFiles([
        { name: "p.csv", bytes: sampleBytes("pocket-part_000000.csv") },
        { name: "o.zip", bytes: zipSync(sampleTree("omnivore")) },
        { name: "i.csv", bytes: sampleBytes("instapaper.csv") },
      ]),
      deps(d),
    );
    const saved = await saveArticle(
      article({
        url: "https://ex.com/ja",
        title: "東京の天気",
        content: "<p>今日は<b>晴れ</b>です。</p>",
        lang: "ja",
      }),
      { db: d },
    );
    await addTags([saved.id], ["天気", "weather"], { db: d });
    await updateState([saved.id], { favourite: true }, { db: d });
    await setReadingProgress(saved.id, 0.3, { db: d });

    const before = await articlesForExport(null, { db: d });
    const file = exportTidingsJson(before);
    const text = await file.blob.text();

    const wiped = db();
    const report = await importParsed(
      parseImportFile({ name: file.name, bytes: new TextEncoder().encode(text) }),
      deps(wiped),
    );
    expect(report).toMatchObject({ imported: before.length, merged: 0, skipped: [] });
    const byId = (list: typeof before) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await articlesForExport(null, { db: wiped }))).toEqual(byId(before));
  });

  it("Markdown has YAML front matter and the body; several articles zip", async () => {
    const d = db();
    const a = await saveArticle(
      article({
        title: 'Say "hi": a story',
        content:
          "<h2>Part</h2><p>Body <a href='https://x.example/'>link</a></p><table><tr><th>A</th></tr><tr><td>1</td></tr></table>",
      }),
      { db: d },
    );
    await addTags([a.id], ["one"], { db: d });
    const [full] = await articlesForExport([a.id], { db: d });
    const md = articleMarkdown(full!);
    expect(md).toMatch(/^---\ntitle: "Say \\"hi\\": a story"\nurl: "https:\/\/news\.example\/a"\n/);
    expect(md).toContain('tags:\n  - "one"');
    expect(md).toContain("## Part");
    expect(md).toContain("[link](https://x.example/)");
    expect(md).toMatch(/\| A +\|\n\| --- \|/);
    const two = exportMarkdown([full!, { ...full!, id: "2" }]);
    expect(Object.keys(unzipSync(await bytesOf(two.blob)))).toEqual([
      "say-hi-a-story.md",
      "say-hi-a-story-2.md",
    ]);
  });

  it("EPUB: mimetype first and stored, container, OPF, nav and well-formed chapters", async () => {
    const a = {
      ...article({ content: "<p>One<br>two &amp; <img src='x.png'> three</p>" }),
      id: "1",
      savedAt: 1,
      updatedAt: 1,
      normUrl: "",
      tags: [],
      archived: false,
      favourite: false,
      progress: 0,
      linkOnly: false,
      highlights: null,
    };
    const file = exportEpub([a, { ...a, id: "2", title: "B & C" }], { now: 0, id: "u" });
    const bytes = await bytesOf(file.blob);
    // Local header of the first entry: name "mimetype", method 0 (stored), data right after.
    expect(strFromU8(bytes.subarray(30, 38))).toBe("mimetype");
    expect(bytes[8]).toBe(0);
    expect(strFromU8(bytes.subarray(38, 58))).toBe("application/epub+zip");
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual([
      "mimetype",
      "META-INF/container.xml",
      "OEBPS/content.opf",
      "OEBPS/nav.xhtml",
      "OEBPS/chapter-1.xhtml",
      "OEBPS/chapter-2.xhtml",
    ]);
    const parser = new DOMParser();
    for (const name of [
      "OEBPS/content.opf",
      "OEBPS/nav.xhtml",
      "OEBPS/chapter-1.xhtml",
      "OEBPS/chapter-2.xhtml",
    ]) {
      const doc = parser.parseFromString(strFromU8(files[name]!), "application/xml");
      expect(doc.querySelector("parsererror"), name).toBeNull();
    }
    expect(strFromU8(files["OEBPS/chapter-1.xhtml"]!)).toContain("<br />");
    expect(strFromU8(files["OEBPS/nav.xhtml"]!)).toContain("B &#38; C");
  });

  it("HTML: one file with a contents list, sanitised bodies", async () => {
    const a = {
      ...article({ content: "<p>Hi</p><script>x()</script>" }),
      id: "1",
      savedAt: 1,
      updatedAt: 1,
      normUrl: "",
      tags: ["t"],
      archived: false,
      favourite: false,
      progress: 0,
      linkOnly: false,
      highlights: null,
    };
    const html = await exportHtml([a], window, 0).blob.text();
    expect(html).toContain('<a href="#a1">A</a>');
    expect(html).toContain("<p>Hi</p>");
    expect(html).not.toContain("x()");
  });
});
