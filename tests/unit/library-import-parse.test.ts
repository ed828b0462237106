// @vitest-environment jsdom
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseImportFile } from "../../src/library/import/detect.js";
import { parseInstapaperCsv } from "../../src/library/import/instapaper-csv.js";
import { parseNetscapeBookmarks } from "../../src/library/import/netscape-bookmarks.js";
import { parseOmnivore } from "../../src/library/import/omnivore.js";
import { parsePocketCsv } from "../../src/library/import/pocket-csv.js";
import { parsePocketHtml } from "../../src/library/import/pocket-html.js";
import { csvSlices, parseImportFilesInSlices } from "../../src/library/import/parse-in-slices.js";
import { parseTidingsJson } from "../../src/library/import/tidings-json.js";
import { ImportFormatError } from "../../src/library/import/types.js";
import { sample, sampleBytes, sampleTree } from "./library-helpers.js";

const enc = (s: string) => new TextEncoder().encode(s);

describe("Pocket CSV", () => {
  it("reads title, url, time, |-separated tags and status; skips non-web URLs with a reason", () => {
    const { items, skipped } = parsePocketCsv(sample("pocket-part_000000.csv"), "part_000000.csv");
    expect(items.map((i) => i.title)).toEqual([
      "Why the sea is salty, explained",
      "A second read",
      'Quotes "inside" a title',
    ]);
    expect(items[0]).toMatchObject({
      savedAt: 1_700_000_000_000,
      tags: ["science", "oceans"],
      archived: false,
    });
    expect(items[1]).toMatchObject({ archived: true, tags: [], content: null });
    expect(skipped).toEqual([
      { origin: "part_000000.csv line 5", reason: "not a web address: javascript:alert(1)" },
    ]);
  });

  it("accepts the later parts with a cursor column", () => {
    const { items } = parsePocketCsv(sample("pocket-part_000001.csv"));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ url: "https://example.com/sea", archived: true, tags: ["geography"] });
  });

  it("names the line of a malformed row", () => {
    expect(() => parsePocketCsv(sample("pocket-bad.csv"), "bad.csv")).toThrow(
      /bad\.csv line 3: “yesterday” is not a Unix time/,
    );
  });

  it("names missing columns", () => {
    expect(() => parsePocketCsv("title,url\nA,https://a.example/\n", "x.csv")).toThrow(
      /x\.csv line 1: missing columns/,
    );
  });

  it("reads the parts inside Pocket's ZIP", () => {
    const zip = zipSync({
      "part_000000.csv": sampleBytes("pocket-part_000000.csv"),
      "part_000001.csv": sampleBytes("pocket-part_000001.csv"),
    });
    const { items, skipped } = parseImportFile({ name: "pocket.zip", bytes: zip });
    expect(items).toHaveLength(5);
    expect(skipped).toHaveLength(1);
    expect(items[3]?.origin).toBe("pocket.zip/part_000001.csv line 2");
  });
});

describe("Pocket ril_export.html", () => {
  it("reads the Unread and Read Archive lists with time_added and tags", () => {
    const { items } = parsePocketHtml(sample("ril_export.html"));
    expect(items.map((i) => [i.title, i.archived])).toEqual([
      ["Unread one", false],
      ["Unread two", false],
      ["Finished article", true],
    ]);
    expect(items[0]).toMatchObject({ savedAt: 1_500_000_000_000, tags: ["news", "long read"] });
  });

  it("refuses an HTML file that is not one", () => {
    expect(() => parsePocketHtml("<p>hi</p>", "x.html")).toThrow(ImportFormatError);
  });
});

describe("Instapaper CSV", () => {
  it("maps folders to archive, favourite or a tag and keeps the selection", () => {
    const { items } = parseInstapaperCsv(sample("instapaper.csv"));
    expect(items.map((i) => [i.archived, i.favourite, i.tags])).toEqual([
      [false, false, []],
      [true, false, []],
      [false, true, []],
      [false, false, ["Recipes"]],
    ]);
    expect(items[0]).toMatchObject({ excerpt: "A highlighted, quoted line", savedAt: 1_600_000_000_000 });
  });
});

describe("Netscape bookmarks", () => {
  it("reads links with folders (not the bookmarks bar) and TAGS as tags; skips place: URLs", () => {
    const { items, skipped } = parseNetscapeBookmarks(sample("bookmarks.html"));
    expect(items.map((i) => [i.title, i.tags])).toEqual([
      ["Top bookmark", []],
      ["Nested bookmark", ["Reading", "later", "history"]],
    ]);
    expect(skipped[0]?.reason).toMatch(/not a web address: place:/);
  });
});

describe("Omnivore ZIP", () => {
  it("reads metadata, keeps content and highlights, skips deleted items", () => {
    const tree = sampleTree("omnivore");
    const files = Object.fromEntries(Object.entries(tree).map(([p, b]) => [p, new TextDecoder().decode(b)]));
    const { items, skipped } = parseOmnivore(files);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      title: "A fine article",
      byline: "Jane Doe",
      archived: true,
      tags: ["essays", "Newsletter"],
      savedAt: Date.parse("2024-02-01T10:00:00.000Z"),
      publishedTime: "2024-01-30T08:00:00.000Z",
    });
    expect(items[0]?.content).toContain("tidal estuaries");
    expect(items[0]?.highlights).toContain("A note on it.");
    expect(items[1]).toMatchObject({ content: null, highlights: null });
    expect(skipped).toEqual([{ origin: "metadata_0_to_2.json entry 3", reason: "deleted in Omnivore" }]);
  });

  it("is recognised as a ZIP, and a broken metadata file names itself", () => {
    const tree = sampleTree("omnivore");
    expect(parseImportFile({ name: "omnivore.zip", bytes: zipSync(tree) }).items).toHaveLength(2);
    const broken = zipSync({ ...tree, "metadata_0_to_2.json": enc("[{") });
    expect(() => parseImportFile({ name: "o.zip", bytes: broken })).toThrow(
      /o\.zip\/metadata_0_to_2\.json: not valid JSON/,
    );
  });
});

describe("Tidings JSON", () => {
  it("names the article and field that is wrong", () => {
    const text = JSON.stringify({
      format: "tidings-library",
      version: 2,
      articles: [{ url: "https://a.example/" }],
    });
    expect(() => parseTidingsJson(text, "lib.json")).toThrow(/lib\.json article 1: field “id”/);
  });

  it("refuses other JSON", () => {
    expect(() => parseTidingsJson("{}", "x.json")).toThrow(/not a Tidings library export/);
    expect(() => parseTidingsJson("{", "x.json")).toThrow(/x\.json: not valid JSON/);
  });
});

describe("detection", () => {
  it("picks the parser from the content", () => {
    expect(parseImportFile({ name: "a.csv", bytes: sampleBytes("instapaper.csv") }).items).toHaveLength(4);
    expect(parseImportFile({ name: "b.html", bytes: sampleBytes("bookmarks.html") }).items).toHaveLength(2);
    expect(
      parseImportFile({ name: "ril_export.html", bytes: sampleBytes("ril_export.html") }).items,
    ).toHaveLength(3);
    expect(() => parseImportFile({ name: "c.csv", bytes: enc("a,b\n1,2\n") })).toThrow(
      /c\.csv line 1: not a Pocket/,
    );
  });
});

describe("parsing a large CSV in slices", () => {
  const rows = ["title,url,time_added,tags,status"];
  for (let i = 0; i < 9_000; i++) {
    const title = i % 7 ? `Story ${i}` : `"Quoted, ""multi""\nline ${i}"`;
    const url = i % 1_000 === 5 ? "ftp://x.example/" : `https://s.example/${i}`;
    rows.push(`${title},${url},${1_600_000_000 + i},${i % 3 ? "" : "a|b"},${i % 2 ? "archive" : "unread"}`);
  }
  const text = rows.join("\n") + "\n";

  it("cuts only between records and gives what one parse gives, line numbers included", async () => {
    const slices = csvSlices(text, 1_000);
    expect(slices.length).toBeGreaterThan(5);
    expect(`${slices[0]}\n${slices.slice(1).join("")}`).toBe(text);
    const file = { name: "part_000000.csv", bytes: enc(text) };
    const whole = parseImportFile(file);
    const sliced = await parseImportFilesInSlices([file], { records: 1_000 });
    expect(sliced).toEqual(whole);
    expect(sliced.skipped[0]!.origin).toBe("part_000000.csv line 7");
  });

  it("still names the bad line of a malformed file", async () => {
    const bad = text.replace(",https://s.example/4321,1600004321,", ",https://s.example/4321,yesterday,");
    const file = { name: "bad.csv", bytes: enc(bad) };
    expect(() => parseImportFile(file)).toThrow(/bad\.csv line 4323/);
    await expect(parseImportFilesInSlices([file], { records: 1_000 })).rejects.toThrow(/bad\.csv line 4323/);
  });
});
