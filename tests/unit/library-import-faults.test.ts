// @vitest-environment jsdom
/**
 * Hostile and broken import files (issue #6), through the library page's path (parse in slices,
 * then one transaction): each ends in a sentence naming the problem, and the library is unchanged.
 */
import "fake-indexeddb/auto";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { TidingsDb } from "../../src/library/db.js";
import { saveArticle } from "../../src/library/articles.js";
import { importParsed } from "../../src/library/import/apply.js";
import { MAX_UNZIPPED_BYTES, type ImportFile } from "../../src/library/import/detect.js";
import { parseImportFilesInSlices } from "../../src/library/import/parse-in-slices.js";
import { ImportFormatError } from "../../src/library/import/types.js";
import { article, sample, useFreshDbs } from "./library-helpers.js";

const db = useFreshDbs();

const POCKET_HEADER = "title,url,time_added,tags,status\n";
const row = (i: number) => `Story ${i},https://news.example/${i},1700000000,,unread\n`;

/** Import `files` into a library holding one article; answers the error and whether it changed. */
async function importInto(files: ImportFile[]): Promise<{ error: unknown; unchanged: boolean }> {
  const d: TidingsDb = db();
  await saveArticle(article({ url: "https://news.example/kept" }), { db: d });
  const before = JSON.stringify([await d.articles.toArray(), await d.bodies.toArray()]);
  const error = await parseImportFilesInSlices(files)
    .then((parsed) => importParsed(parsed, { db: d }))
    .then(
      () => null,
      (e: unknown) => e,
    );
  const after = JSON.stringify([await d.articles.toArray(), await d.bodies.toArray()]);
  return { error, unchanged: before === after };
}

/** Overwrite the declared unpacked size of every entry of a ZIP (local and central headers). */
function claimSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe("import faults: clear error, library unchanged", () => {
  it("truncated: a Tidings JSON export cut short, a ZIP cut short", async () => {
    const json = JSON.stringify({ format: "tidings", version: 1, articles: [article()] });
    const cutJson = await importInto([
      { name: "tidings.json", bytes: strToU8(json.slice(0, json.length / 2)) },
    ]);
    expect(cutJson.error).toBeInstanceOf(ImportFormatError);
    expect(String(cutJson.error)).toMatch(/tidings\.json/);
    expect(cutJson.unchanged).toBe(true);

    const zip = zipSync({ "part_000000.csv": strToU8(sample("pocket-part_000000.csv")) });
    const cutZip = await importInto([{ name: "pocket.zip", bytes: zip.slice(0, zip.length - 30) }]);
    expect(cutZip.error).toBeInstanceOf(ImportFormatError);
    expect(String(cutZip.error)).toMatch(/pocket\.zip: not a readable ZIP/);
    expect(cutZip.unchanged).toBe(true);
  });

  it("wrong columns", async () => {
    const csv = "name,link,when\nA,https://news.example/a,1700000000\n";
    const { error, unchanged } = await importInto([{ name: "export.csv", bytes: strToU8(csv) }]);
    expect(String(error)).toMatch(/export\.csv line 1: not a Pocket .* or Instapaper/);
    expect(unchanged).toBe(true);
  });

  it("50 MB: a Pocket CSV with one broken row at the very end names that line", async () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => row(i)).join("");
    const copies = Math.ceil(50e6 / rows.length);
    const csv = POCKET_HEADER + rows.repeat(copies) + "Broken,https://news.example/x,yesterday,,unread\n";
    expect(csv.length).toBeGreaterThan(50e6);
    const { error, unchanged } = await importInto([{ name: "big.csv", bytes: strToU8(csv) }]);
    expect(String(error)).toMatch(new RegExp(`big\\.csv line ${copies * 1_000 + 2}\\b`));
    expect(unchanged).toBe(true);
  }, 120_000);

  it("zip bomb: entries claiming more than the bound are refused before inflating", async () => {
    const zip = zipSync({ "part_000000.csv": strToU8(sample("pocket-part_000000.csv")) });
    const { error, unchanged } = await importInto([
      { name: "bomb.zip", bytes: claimSize(zip, MAX_UNZIPPED_BYTES + 1) },
    ]);
    expect(String(error)).toMatch(/bomb\.zip: unpacked it would exceed 512 MB/);
    expect(unchanged).toBe(true);
  });

  it("zip bomb: a ZIP inside the ZIP is refused", async () => {
    const inner = zipSync({ "part_000000.csv": strToU8(sample("pocket-part_000000.csv")) });
    const { error, unchanged } = await importInto([
      { name: "nested.zip", bytes: zipSync({ "part_000000.csv": inner }) },
    ]);
    expect(String(error)).toMatch(/nested\.zip\/part_000000\.csv: a ZIP inside the ZIP/);
    expect(unchanged).toBe(true);
  });

  it.each(["../../part_000000.csv", "/etc/part_000000.csv", "C:\\part_000000.csv", "a/../../x.csv"])(
    "path traversal: an entry named %s refuses the file",
    async (path) => {
      const zip = zipSync({ [path]: strToU8(sample("pocket-part_000000.csv")) });
      const { error, unchanged } = await importInto([{ name: "evil.zip", bytes: zip }]);
      expect(String(error)).toMatch(/evil\.zip: the entry .* points outside the archive/);
      expect(unchanged).toBe(true);
    },
  );

  it("wrong encoding: a Latin-1 file is refused, not imported garbled; UTF-16 with a BOM is read", async () => {
    const latin1 = Uint8Array.from(
      `${POCKET_HEADER}Caf\u00e9 news,https://news.example/cafe,1700000000,,unread\n`,
      (c) => c.charCodeAt(0),
    );
    const { error, unchanged } = await importInto([{ name: "latin1.csv", bytes: latin1 }]);
    expect(String(error)).toMatch(/latin1\.csv: not UTF-8 text/);
    expect(unchanged).toBe(true);

    const text = `${POCKET_HEADER}Caf\u00e9 news,https://news.example/cafe,1700000000,,unread\n`;
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
    const parsed = await parseImportFilesInSlices([{ name: "utf16.csv", bytes: utf16 }]);
    expect(parsed.items.map((i) => i.title)).toEqual(["Caf\u00e9 news"]);
  });
});
