// The built extension (dist/chrome-e2e) in real headless Chromium, driven as a user would:
// read the seed page, save it, lose the network, restart the browser, still read it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveFixtures } from "./server.mjs";
import { launchExtension, root, requireBuild, distDir } from "./browsers.mjs";
import { SEED } from "./seed-expectations.mjs";
import { assertFixtureRead, fixtureCases } from "./fixture-reads.mjs";

const extensionDir = join(distDir, "chrome-e2e");
const screenshotDir = process.env.TIDINGS_DOCS_SCREENSHOTS
  ? join(root, "docs")
  : join(root, "tests/e2e/artifacts");

/** @type {Awaited<ReturnType<typeof serveFixtures>>} */
let server;
/** @type {string} */
let profile;

before(async () => {
  requireBuild(extensionDir);
  server = await serveFixtures();
  profile = await mkdtemp(join(tmpdir(), "tidings-chromium-"));
  await mkdir(screenshotDir, { recursive: true });
});

after(async () => {
  await server?.stop();
  if (profile) await rm(profile, { recursive: true, force: true });
});

const launch = (userDataDir = profile) =>
  launchExtension(userDataDir, { viewport: { width: 1000, height: 800 } });

/** The id of the tab showing `url`, asked of the extension (the e2e build may see loopback URLs). */
async function tabIdOf(worker, url) {
  const id = await worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  );
  assert.ok(typeof id === "number", `no tab found for ${url}`);
  return id;
}

async function openPopupFor(ext, url) {
  const article = await ext.context.newPage();
  await article.goto(url);
  const tabId = await tabIdOf(ext.worker, url);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(ext.page(`popup.html?tabId=${tabId}`));
  return { article, popup };
}

test("popup reads the seed page, saves it; the reader keeps it offline and after a restart", async () => {
  // Its own server, since this test takes the page away.
  const seedServer = await serveFixtures();
  let ext = await launch();
  let savedId;
  try {
    const { popup } = await openPopupFor(ext, seedServer.url("trt-world-seed"));
    const title = popup.getByTestId("article-title");
    await title.waitFor({ timeout: 15_000 });
    assert.equal((await title.textContent())?.trim(), SEED.title);

    const content = (await popup.getByTestId("article-content").innerText()).replace(/\s+/g, " ");
    for (const paragraph of SEED.paragraphs) assert.ok(content.includes(paragraph), `missing: ${paragraph}`);
    for (const clutter of SEED.clutter) assert.ok(!content.includes(clutter), `leaked: ${clutter}`);

    assert.match(await popup.getByTestId("article-source").innerText(), /Reuters/);
    const date = popup.getByTestId("article-date");
    assert.match((await date.getAttribute("datetime")) ?? "", /^2025-03-21/);
    assert.match(await date.innerText(), /21|March|Mar/);
    await popup.screenshot({ path: join(screenshotDir, "popup.png") });

    await popup.getByTestId("save-button").click();
    await popup.getByTestId("remove-button").waitFor({ timeout: 10_000 });
    assert.match(await popup.getByTestId("save-button").innerText(), /Saved/);
    const savedList = popup.getByTestId("saved-list");
    await savedList.getByText(SEED.title).first().waitFor({ timeout: 10_000 });

    const library = await ext.context.newPage();
    await library.goto(ext.page("library.html"));
    const item = library.getByTestId("library-item").first();
    await item.waitFor();
    const href = await item.locator('a[href*="reader.html?id="]').first().getAttribute("href");
    savedId = new URL(href ?? "", "chrome-extension://x/").searchParams.get("id");
    assert.ok(savedId, "library item links to the reader with an id");

    // The original page goes away: the reader shows the saved copy.
    await seedServer.stop();
    const reader = await ext.context.newPage();
    await reader.goto(ext.page(`reader.html?id=${savedId}`));
    await reader.getByTestId("reader-title").waitFor();
    const readerText = (await reader.getByTestId("reader-content").innerText()).replace(/\s+/g, " ");
    assert.ok(readerText.includes(SEED.paragraphs[0]));
    assert.ok(!readerText.includes(SEED.clutter[0]));
    await reader.screenshot({ path: join(screenshotDir, "reader.png") });
  } finally {
    await ext.context.close();
  }

  // Restart the browser on the same profile: the article is still saved.
  ext = await launch();
  try {
    const reader = await ext.context.newPage();
    await reader.goto(ext.page(`reader.html?id=${savedId}`));
    await reader.getByTestId("reader-title").waitFor();
    assert.equal((await reader.getByTestId("reader-title").innerText()).trim(), SEED.title);
    assert.match(await reader.getByTestId("reader-source").innerText(), /Reuters/);
  } finally {
    await ext.context.close();
  }
});

test("a page with no article ends in a clear message", async () => {
  const ext = await launch(await mkdtemp(join(tmpdir(), "tidings-chromium-")));
  try {
    const { popup } = await openPopupFor(ext, server.url("no-article"));
    const message = popup.getByTestId("status-message");
    await message.waitFor({ timeout: 15_000 });
    assert.match(await message.innerText(), /no article/i);
    assert.equal(await popup.getByTestId("save-button").isVisible(), false);
  } finally {
    await ext.context.close();
  }
});

test("a browser page extensions may not touch says so", async () => {
  const ext = await launch(await mkdtemp(join(tmpdir(), "tidings-chromium-")));
  try {
    const internal = await ext.context.newPage();
    await internal.goto("chrome://version/");
    // Without the tabs permission the URL is hidden: the newest tab has the highest id.
    const tabId = await ext.worker.evaluate(async () =>
      Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1)),
    );
    const popup = await ext.context.newPage();
    await popup.goto(ext.page(`popup.html?tabId=${tabId}`));
    const message = popup.getByTestId("status-message");
    await message.waitFor({ timeout: 15_000 });
    assert.match(await message.innerText(), /can.t|not allowed|don.t let/i);
  } finally {
    await ext.context.close();
  }
});

test("the context menu's path: reader.html?tabId=N reads the page, saves it and shows the saved copy", async () => {
  const ext = await launch(await mkdtemp(join(tmpdir(), "tidings-chromium-")));
  try {
    const url = server.url("wire-dateline");
    const article = await ext.context.newPage();
    await article.goto(url);
    const tabId = await tabIdOf(ext.worker, url);
    const reader = await ext.context.newPage();
    await reader.goto(ext.page(`reader.html?tabId=${tabId}`));
    await reader.getByTestId("reader-saved-note").waitFor({ timeout: 15_000 });
    assert.match(await reader.getByTestId("reader-source").innerText(), /\bAP\b/);
    assert.match(reader.url(), /reader\.html\?id=/);
    const library = await ext.context.newPage();
    await library.goto(ext.page("library.html"));
    await library.getByTestId("library-item").first().waitFor();
    assert.equal(await library.getByTestId("library-item").count(), 1);
  } finally {
    await ext.context.close();
  }
});

test("a tab read twice (popup, then reader) loads the extractor once and reads the page as it is now", async () => {
  const ext = await launch(await mkdtemp(join(tmpdir(), "tidings-chromium-")));
  try {
    const url = server.url("wire-dateline");
    const article = await ext.context.newPage();
    // Every script compiled in the tab, the extension's isolated world included.
    const cdp = await ext.context.newCDPSession(article);
    const loads = [];
    cdp.on("Debugger.scriptParsed", (e) => {
      if (/^chrome-extension:\/\/[^/]+\/content\.js$/.test(e.url)) loads.push(e.url);
    });
    await cdp.send("Debugger.enable");
    await article.goto(url);
    const tabId = await tabIdOf(ext.worker, url);

    const popup = await ext.context.newPage();
    await popup.goto(ext.page(`popup.html?tabId=${tabId}`));
    await popup.getByTestId("article-title").waitFor({ timeout: 15_000 });
    const firstTitle = (await popup.getByTestId("article-title").innerText()).trim();
    assert.equal(loads.length, 1, "the first read loads content.js");

    // The page changes between the reads: the second read sees it, from the extractor already there.
    const added =
      "A paragraph the page added after the first read, long enough to be part of the story it tells.";
    await article.evaluate((text) => {
      const p = document.createElement("p");
      p.textContent = text;
      document.querySelector("article p:last-of-type").after(p);
    }, added);
    const reader = await ext.context.newPage();
    await reader.goto(ext.page(`reader.html?tabId=${tabId}&save=0`));
    await reader.getByTestId("reader-title").waitFor({ timeout: 15_000 });
    assert.equal((await reader.getByTestId("reader-title").innerText()).trim(), firstTitle);
    assert.ok(
      (await reader.getByTestId("reader-content").innerText()).includes(added),
      "the page as it is now",
    );
    assert.match(await reader.getByTestId("reader-source").innerText(), /\bAP\b/);
    assert.equal(loads.length, 1, "the second read calls the extractor the tab holds");

    // A new page is a new world: loaded again.
    await article.reload();
    await popup.reload();
    await popup.getByTestId("article-title").waitFor({ timeout: 15_000 });
    assert.equal((await popup.getByTestId("article-title").innerText()).trim(), firstTitle);
    assert.equal(loads.length, 2, "a reloaded page loads content.js again");
  } finally {
    await ext.context.close();
  }
});

test("on a page an endless scroll filled, the popup shows the story scrolled into, the address moved to it or not", async () => {
  const ext = await launch(await mkdtemp(join(tmpdir(), "tidings-chromium-")));
  try {
    for (const { query, address } of [
      // The page's script moves the address to the story in view, as most news sites do.
      { query: "", address: /\/local\/town-closes-two-pools-1042$/ },
      // It leaves the address on the first story: the story in view is read all the same.
      { query: "?address=still", address: /\/endless-scroll\/\?address=still$/ },
    ]) {
      const article = await ext.context.newPage();
      await article.goto(server.url("endless-scroll") + query);
      await article.evaluate(() => document.querySelectorAll("article.story")[1]?.scrollIntoView());
      await article.waitForURL(address);
      const tabId = await tabIdOf(ext.worker, article.url());
      const popup = await ext.context.newPage();
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.goto(ext.page(`popup.html?tabId=${tabId}`));
      const title = popup.getByTestId("article-title");
      await title.waitFor({ timeout: 15_000 });
      assert.equal((await title.textContent())?.trim(), "Town closes two of its four swimming pools", query);
      assert.equal((await popup.getByTestId("article-byline").innerText()).trim(), "Raj Patel");
      assert.match((await popup.getByTestId("article-date").getAttribute("datetime")) ?? "", /^2025-05-29/);
      const content = (await popup.getByTestId("article-content").innerText()).replace(/\s+/g, " ");
      assert.ok(content.includes("though they say that will halve their training time."));
      assert.ok(!content.includes("harbour wall"), "the story above it stays out");
      if (!query) await popup.screenshot({ path: join(screenshotDir, "endless-scroll-popup.png") });
      await popup.close();
      await article.close();
    }
  } finally {
    await ext.context.close();
  }
});

test("every fixture page reads in Chromium's own DOM as its expected.json says (as in Node)", async () => {
  const ext = await launch(await mkdtemp(join(tmpdir(), "tidings-chromium-")));
  try {
    const asker = await ext.context.newPage();
    await asker.goto(ext.page("options.html"));
    for (const fixture of await fixtureCases()) {
      const url = server.url(fixture.name);
      const page = await ext.context.newPage();
      await page.goto(url);
      const tabId = await tabIdOf(ext.worker, url);
      const result = await asker.evaluate(
        (id) => chrome.runtime.sendMessage({ type: "read-tab", payload: { tabId: id } }),
        tabId,
      );
      await page.close();
      assertFixtureRead(fixture, result);
    }
  } finally {
    await ext.context.close();
  }
});
