// Smoke test of dist/firefox-e2e in real Firefox ESR: the extension loads, and its popup
// (opened as a tab) extracts the seed article with its source and date.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { serveFixtures } from "./server.mjs";
import { firefoxPath, requireBuild, distDir } from "./browsers.mjs";
import { SEED } from "./seed-expectations.mjs";
import { narrowedMetaLine } from "./meta-line.mjs";
import { assertFixtureRead, fixtureCases } from "./fixture-reads.mjs";

const extensionDir = join(distDir, "firefox-e2e");

/** @type {Awaited<ReturnType<typeof serveFixtures>>} */
let server;
/** @type {import("puppeteer-core").Browser} */
let browser;

before(async () => {
  requireBuild(extensionDir);
  server = await serveFixtures();
  browser = await puppeteer.launch({ browser: "firefox", executablePath: firefoxPath(), headless: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Polls `check` until it returns a truthy value or the time is up. */
async function until(check, what, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** An open page of the extension's own, once its extension API is there. */
function extensionPage(what) {
  return until(async () => {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => "");
      // Found while still loading, the page may not have its extension API yet: wait for it.
      const ready = await page
        .evaluate(() => typeof globalThis.browser?.tabs === "object")
        .catch(() => false);
      if (href.startsWith("moz-extension://") && ready) return page;
    }
    return undefined;
  }, what);
}

/** The id of the tab showing `url`, asked of the extension from one of its pages. */
async function tabIdOf(extensionTab, url) {
  const id = await extensionTab.evaluate(
    // @ts-expect-error -- `browser` is the extension API inside the extension page.
    // Firefox's tabs.query({url}) does not match patterns with a port: filter all tabs instead.
    async (u) => (await globalThis.browser.tabs.query({})).find((tab) => tab.url === u)?.id,
    url,
  );
  assert.equal(typeof id, "number", `the tab of ${url} is visible to the e2e build`);
  return id;
}

test("Firefox: the extension loads and its popup extracts the seed article", async () => {
  const article = await browser.newPage();
  await article.goto(server.url("trt-world-seed"));
  await browser.installExtension(extensionDir);

  // WebDriver BiDi may not navigate to moz-extension:// URLs; the extension opens its own
  // welcome page on install (tabs.create), and from inside it we go to the popup as a tab.
  const welcome = await extensionPage("the extension's welcome page");

  const articleUrl = server.url("trt-world-seed");
  const tabId = await tabIdOf(welcome, articleUrl);
  await welcome.evaluate((id) => {
    location.href = `popup.html?tabId=${id}`;
  }, tabId);

  const result = await until(
    () =>
      welcome.evaluate(() => {
        const title = document.querySelector('[data-testid="article-title"]');
        if (!title?.textContent?.trim()) return undefined;
        return {
          title: title.textContent?.trim(),
          source: document.querySelector('[data-testid="article-source"]')?.textContent ?? "",
          datetime: document.querySelector('[data-testid="article-date"]')?.getAttribute("datetime") ?? "",
          content: (document.querySelector('[data-testid="article-content"]')?.textContent ?? "").replace(
            /\s+/g,
            " ",
          ),
        };
      }),
    "the popup's article",
  );
  assert.equal(result.title, SEED.title);
  assert.match(result.source, /Reuters/);
  assert.match(result.datetime, /^2025-03-21/);
  for (const paragraph of SEED.paragraphs)
    assert.ok(result.content.includes(paragraph), `missing: ${paragraph}`);
  for (const clutter of SEED.clutter) assert.ok(!result.content.includes(clutter), `leaked: ${clutter}`);

  // The page changes between the reads; the second read (the extractor the tab already holds,
  // src/background/read-tab.ts) reads the page as it is now.
  const added = "A paragraph the page added after the first read, long enough to be part of the story.";
  await article.evaluate((text) => {
    const p = document.createElement("p");
    p.textContent = text;
    const last = [...document.querySelectorAll("p")].find((el) => el.textContent.startsWith("Neither"));
    last.after(p);
  }, added);

  // The same tab becomes the reader (as Alt+Shift+D opens it): article, then T for the next theme.
  await welcome.evaluate((id) => {
    location.href = `reader.html?tabId=${id}&save=0`;
  }, tabId);
  const readerTitle = await until(
    () => welcome.evaluate(() => document.querySelector('[data-testid="reader-title"]')?.textContent?.trim()),
    "the reader's article",
  );
  assert.equal(readerTitle, SEED.title);
  const readerText = await welcome.evaluate(
    () => document.querySelector('[data-testid="reader-content"]')?.textContent ?? "",
  );
  assert.ok(readerText.replace(/\s+/g, " ").includes(added), "the second read sees the page as it is now");
  // The meta line's "·" trails the item before it in Firefox too (`:has`): narrowed, the line wraps
  // after the separator and the next item opens its line.
  const wrap = await welcome.evaluate(narrowedMetaLine);
  assert.deepEqual(wrap, { secondOnNextLine: true, secondStartsTheLine: 0 });
  await welcome.keyboard.press("t");
  const theme = await until(
    () => welcome.evaluate(() => document.documentElement.dataset.theme),
    "a theme after pressing T",
  );
  assert.equal(theme, "light");
  const label = await welcome.evaluate(() => document.querySelector("#listen-label")?.textContent);
  assert.equal(label, "Listen", "UI strings come from _locales");
});

test("Firefox: every fixture page reads in Firefox's own DOM as its expected.json says (as in Node)", async () => {
  // The extension installed by the test before; its reader tab is one of its pages.
  const asker = await extensionPage("a page of the extension");
  for (const fixture of await fixtureCases()) {
    const url = server.url(fixture.name);
    const page = await browser.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(asker, url);
    const result = await asker.evaluate(
      // @ts-expect-error -- `browser` is the extension API inside the extension page.
      (id) => globalThis.browser.runtime.sendMessage({ type: "read-tab", payload: { tabId: id } }),
      tabId,
    );
    await page.close();
    assertFixtureRead(fixture, result);
  }
});

test("Firefox: on a page an endless scroll filled, the story scrolled into is read, the address moved to it or not", async () => {
  const asker = await extensionPage("a page of the extension");
  // The page's script moves the address to the story in view, as most news sites do; with
  // ?address=still it leaves the address on the first story.
  for (const query of ["", "?address=still"]) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    await page.goto(server.url("endless-scroll") + query);
    await page.evaluate(() => document.querySelectorAll("article.story")[1]?.scrollIntoView());
    const url = query
      ? server.url("endless-scroll") + query
      : await until(
          () =>
            page.evaluate(() => location.pathname === "/local/town-closes-two-pools-1042" && location.href),
          "the address to follow the scroll",
        );
    // The view settled (scroll events are dispatched with the next frame).
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const tabId = await tabIdOf(asker, url);
    const result = await asker.evaluate(
      // @ts-expect-error -- `browser` is the extension API inside the extension page.
      (id) => globalThis.browser.runtime.sendMessage({ type: "read-tab", payload: { tabId: id } }),
      tabId,
    );
    await page.close();
    assert.equal(result.kind, "article", result.message);
    assert.equal(result.article.title, "Town closes two of its four swimming pools", query);
    assert.equal(result.article.byline, "Raj Patel");
    assert.equal(result.article.publishedTime, "2025-05-29T16:05:00+01:00");
    assert.ok(result.article.textContent.includes("though they say that will halve their training time."));
    assert.ok(!result.article.textContent.includes("harbour wall"), "the story above it stays out");
  }
});
