// The library page of the built extension (dist/chrome-e2e) in real headless Chromium: import a
// Pocket CSV of a few thousand rows and a Tidings JSON with text, search a word of a body,
// archive and tag, export Markdown and JSON, and re-import the JSON into a fresh profile.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { strFromU8, unzipSync } from "fflate";
import { chromiumPath, CHROMIUM_ARGS, requireBuild, distDir } from "./browsers.mjs";

const extensionDir = join(distDir, "chrome-e2e");
const temp = [];
after(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});

async function launch() {
  requireBuild(extensionDir);
  const profile = await mkdtemp(join(tmpdir(), "tidings-library-"));
  temp.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    acceptDownloads: true,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
    viewport: { width: 1200, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/library.html`);
  await page.waitForSelector("body[data-ready=true]");
  return { context, page, profile };
}

const ROWS = 3_000;
function pocketCsv() {
  const lines = ["title,url,time_added,tags,status"];
  for (let i = 0; i < ROWS; i++) {
    lines.push(
      `Story ${i},https://news.example/${i}?utm_source=pocket,${1_600_000_000 + i * 60},${i % 10 ? "" : "tenth|pocket"},${i % 2 ? "archive" : "unread"}`,
    );
  }
  return Buffer.from(lines.join("\n"));
}

function withText() {
  const article = (i, url, title, body) => ({
    id: `t${i}`,
    url,
    normUrl: url,
    title,
    byline: "A. Writer",
    siteName: "Example News",
    source: null,
    publishedTime: "2025-03-21",
    lang: "en",
    dir: null,
    excerpt: null,
    content: `<p>${body}</p>`,
    textContent: body,
    wordCount: body.split(" ").length,
    readingMinutes: 1,
    leadImage: null,
    savedAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
    tags: [],
    archived: false,
    favourite: false,
    progress: 0,
    linkOnly: false,
    highlights: null,
  });
  return Buffer.from(
    JSON.stringify({
      format: "tidings-library",
      version: 2,
      articles: [
        article(
          1,
          "https://news.example/7",
          "Story 7",
          "The harbour pilots spoke of a marmalade sky over the estuary.",
        ),
        article(2, "https://other.example/a", "Another story", "Nothing about fruit preserves here at all."),
      ],
    }),
  );
}

async function importFile(page, name, buffer) {
  await page.getByTestId("import-report").evaluate((el) => (el.hidden = true));
  await page.setInputFiles("#import-file", { name, mimeType: "application/octet-stream", buffer });
  const summary = page.getByTestId("import-summary");
  await summary.waitFor({ timeout: 30_000 });
  return summary.innerText();
}

async function exportAs(page, format) {
  await page.getByTestId("export-format").selectOption(format);
  const download = page.waitForEvent("download");
  await page.getByTestId("export-button").click();
  const file = await download;
  const path = join(temp[0], `${format}-${Date.now()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

const byId = (list) => [...list].sort((a, b) => a.id.localeCompare(b.id));

test("import, search, archive, tag, export and re-import the library", async () => {
  const first = await launch();
  let json;
  try {
    const { page } = first;
    assert.match(await importFile(page, "part_000000.csv", pocketCsv()), /Imported 3,000 new articles/);
    assert.match(
      await importFile(page, "library.json", withText()),
      /Imported 1 new article, merged 1 duplicate/,
    );
    assert.match(await page.getByTestId("library-count").innerText(), /^3,001 articles/);

    // A word from a body finds its article (merged into the Pocket row of the same page).
    await page.getByTestId("search-input").fill("marmalade");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=library-item]").length === 1);
    const hit = page.getByTestId("library-item").first();
    assert.match(await hit.innerText(), /Story 7/);
    assert.ok(await hit.locator('a[href*="reader.html?id="]').count(), "the text copy opens in the reader");
    await page.getByTestId("search-input").fill("");

    // Keyboard: focus the first row, archive it with "e"; select two rows and tag them.
    await page.getByTestId("library-item").first().focus();
    const firstTitle = await page.locator("[data-testid=library-item] h2").first().innerText();
    await page.keyboard.press("e");
    await page.getByRole("button", { name: /^Archived/ }).click();
    await page.getByTestId("library-item").first().waitFor();
    await page.getByTestId("search-input").fill(firstTitle);
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=library-item]").length >= 1);
    await page.getByTestId("search-input").fill("");
    await page.getByRole("button", { name: /^All articles/ }).click();

    const boxes = page.locator("[data-testid=library-item] .row__check");
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByTestId("bulk-tag").click();
    await page.getByTestId("dialog-input").fill("e2e-tag");
    await page.getByTestId("dialog-ok").click();
    await page.getByTestId("tag-filter").filter({ hasText: "e2e-tag" }).waitFor();
    assert.match(await page.getByTestId("tag-filter").filter({ hasText: "e2e-tag" }).innerText(), /2/);

    // Markdown of the selection: a ZIP of two files with front matter.
    const md = await exportAs(page, "markdown");
    const files = unzipSync(new Uint8Array(md.bytes));
    assert.equal(Object.keys(files).length, 2);
    const text = strFromU8(Object.values(files)[0]);
    assert.match(text, /^---\ntitle: "/);
    assert.match(text, /tags:\n {2}- "e2e-tag"/);

    await page.getByRole("button", { name: "Clear selection" }).click();
    json = await exportAs(page, "json");
    const exported = JSON.parse(json.bytes.toString("utf8"));
    assert.equal(exported.articles.length, 3_001);
    assert.equal(exported.articles.filter((a) => a.tags.includes("e2e-tag")).length, 2);
    assert.ok(exported.articles.some((a) => a.textContent.includes("marmalade")));
  } finally {
    await first.context.close();
  }

  // A fresh profile: importing the JSON gives the same library.
  const second = await launch();
  try {
    const { page } = second;
    assert.match(await importFile(page, json.name, json.bytes), /Imported 3,001 new articles, merged 0/);
    const again = JSON.parse((await exportAs(page, "json")).bytes.toString("utf8"));
    const before = JSON.parse(json.bytes.toString("utf8"));
    assert.deepEqual(byId(again.articles), byId(before.articles));

    // Dropped anywhere on the page, a file is imported like a picked one; a link shows as such.
    const drop = (name, text) =>
      page.evaluate(
        ([n, t]) => {
          const data = new DataTransfer();
          data.items.add(new File([t], n, { type: "text/csv" }));
          document.dispatchEvent(new DragEvent("dragenter", { dataTransfer: data, bubbles: true }));
          document.dispatchEvent(
            new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }),
          );
        },
        [name, text],
      );
    const header = "URL,Title,Selection,Folder,Timestamp\n";
    await page.getByTestId("import-report").evaluate((el) => (el.hidden = true));
    await drop(
      "instapaper-export.csv",
      `${header}https://dropped.example/a,A dropped story,,Unread,1700000000\n`,
    );
    await page.getByTestId("import-summary").waitFor();
    assert.match(await page.getByTestId("import-summary").innerText(), /Imported 1 new article, merged 0/);
    assert.match(await page.getByTestId("library-count").innerText(), /^3,002 articles/);
    await page.getByTestId("search-input").fill("dropped story");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=library-item]").length === 1);
    assert.match(
      await page.getByTestId("library-item").first().innerText(),
      /A dropped story[\s\S]*Link only/,
    );

    // A malformed file: the message names its line, and nothing is imported.
    await drop(
      "broken.csv",
      `${header}https://dropped.example/b,B,,Unread,1700000000\nhttps://dropped.example/c,C,,Unread,yesterday\n`,
    );
    await page.waitForFunction(() =>
      /broken\.csv line 3/.test(document.querySelector("[data-testid=status-message]")?.textContent ?? ""),
    );
    await page.getByTestId("search-input").fill("");
    assert.match(await page.getByTestId("library-count").innerText(), /^3,002 articles/);
  } finally {
    await second.context.close();
  }
});
