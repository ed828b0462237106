// The reader in real headless Chromium, driven with the keyboard only: open a news page in the
// reader as the Alt+Shift+R shortcut does (reader.html?tabId=N&save=0), dark theme and larger text
// with T and +, listen with Space, save with S, find it in the library with Tab and Enter; then
// axe on the popup, reader (every theme), library and options pages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveFixtures } from "./server.mjs";
import { launchExtension, root, requireBuild, distDir } from "./browsers.mjs";
import { SEED } from "./seed-expectations.mjs";
import { narrowedMetaLine } from "./meta-line.mjs";
import { runAxe, countByImpact } from "./axe.mjs";
import { serveRtlPage } from "./rtl-page.mjs";

const extensionDir = join(distDir, "chrome-e2e");
const screenshotDir = process.env.TIDINGS_DOCS_SCREENSHOTS
  ? join(root, "docs")
  : join(root, "tests/e2e/artifacts");

let server;
let profile;
let ext;

before(async () => {
  requireBuild(extensionDir);
  server = await serveFixtures();
  profile = await mkdtemp(join(tmpdir(), "tidings-reader-"));
  await mkdir(screenshotDir, { recursive: true });
  ext = await launchExtension(profile, { viewport: { width: 1100, height: 850 } });
});

after(async () => {
  await ext?.context.close();
  await server?.stop();
  if (profile) await rm(profile, { recursive: true, force: true });
});

async function tabIdOf(url) {
  const id = await ext.worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  );
  assert.equal(typeof id, "number", `no tab for ${url}`);
  return id;
}

const theme = (page) => page.evaluate(() => document.documentElement.dataset.theme ?? "system");

const axeReport = {};
async function checkAxe(name, page) {
  const violations = await runAxe(page);
  axeReport[name] = { ...countByImpact(violations), rules: violations.map((v) => `${v.id}(${v.impact})`) };
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(bad, [], `${name}: serious or critical axe violations`);
}

test("keyboard only: open in the reader, dark theme, larger text, listen, save, find it in the library", async () => {
  const url = server.url("trt-world-seed");
  const article = await ext.context.newPage();
  await article.goto(url);
  const tabId = await tabIdOf(url);

  const reader = await ext.context.newPage();
  await reader.goto(ext.page(`reader.html?tabId=${tabId}&save=0`));
  await reader.getByTestId("reader-title").waitFor({ timeout: 15_000 });
  assert.equal((await reader.getByTestId("reader-title").innerText()).trim(), SEED.title);
  assert.match(await reader.getByTestId("reader-source").innerText(), /Reuters/);
  assert.match(await reader.getByTestId("time-left").innerText(), /^1 min left$/);
  assert.doesNotMatch(reader.url(), /\?id=/, "opening in the reader does not save");

  // A meta line too narrow for its items (a long byline or source) wraps after the "·", so the
  // next item opens its own line: the separator trails the item before it, never leads a line.
  const wrap = await reader.evaluate(narrowedMetaLine);
  assert.deepEqual(wrap, { secondOnNextLine: true, secondStartsTheLine: 0 });

  // T cycles system → light → sepia → dark; + makes the text larger (20 → 24 px).
  const before = await reader
    .getByTestId("reader-content")
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  while ((await theme(reader)) !== "dark") await reader.keyboard.press("t");
  await reader.keyboard.press("+");
  await reader.keyboard.press("+");
  const after = await reader
    .getByTestId("reader-content")
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(after > before, `font grew (${before} → ${after})`);
  const bg = await reader.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(bg, "rgb(20, 25, 27)", "dark background");

  // Space starts listening: a paragraph is highlighted, or the page says there are no voices.
  await reader.keyboard.press(" ");
  await reader.getByTestId("speech-bar").waitFor();
  const reacted = await reader
    .waitForFunction(
      () =>
        document.querySelector(".speaking") !== null ||
        /no voices|cannot read aloud/i.test(
          document.querySelector('[data-testid="speech-status"]')?.textContent ?? "",
        ),
      undefined,
      { timeout: 5_000 },
    )
    .then(() => reader.evaluate(() => (document.querySelector(".speaking") ? "highlight" : "no-voices")));
  console.log(`# listening: ${reacted}`);

  // S saves; the address becomes the saved copy's.
  await reader.locator("body").focus();
  await reader.keyboard.press("s");
  await reader.waitForURL(/reader\.html\?id=/, { timeout: 10_000 });
  assert.match(await reader.getByTestId("reader-saved-note").innerText(), /Saved/);
  const savedId = new URL(reader.url()).searchParams.get("id");

  // Scrolling saves reading progress (the library keeps it; restored below on reopening).
  for (let i = 0; i < 4; i++) await reader.keyboard.press("ArrowDown");
  await reader.waitForFunction(() => window.scrollY > 0);
  await reader.waitForTimeout(1200); // smooth scrolling settles, then the progress is saved
  const scrolled = await reader.evaluate(() => window.scrollY);

  // ? opens the help overlay, Escape closes it.
  await reader.keyboard.press("?");
  await reader.getByTestId("help").waitFor();
  await reader.keyboard.press("Escape");
  await reader.getByTestId("help").waitFor({ state: "hidden" });

  // The library, with the keyboard: / searches, ArrowDown reaches the result, Enter opens it.
  const library = await ext.context.newPage();
  await library.goto(ext.page("library.html"));
  await library.getByTestId("library-item").first().waitFor();
  // The page wires its keys once settings are applied: wait until "/" has focused the search box.
  await library.keyboard.press("/");
  await library.waitForFunction(() => document.activeElement?.matches("input[type=search], input"), null, {
    timeout: 10_000,
  });
  await library.keyboard.type("Shoigu");
  // The search is asynchronous: wait for the result row before moving to it.
  await library.locator(`[data-id="${savedId}"]`).waitFor({ timeout: 10_000 });
  await library.keyboard.press("ArrowDown");
  const focused = await library
    .waitForFunction(() => document.activeElement?.closest("[data-id]")?.getAttribute("data-id"), null, {
      timeout: 5_000,
    })
    .then((handle) => handle.jsonValue())
    .catch(() => undefined);
  assert.equal(focused, savedId, "the search result row has the focus");
  await library.keyboard.press("Enter");
  await library.waitForURL(/reader\.html\?id=/);
  await library.getByTestId("reader-title").waitFor();
  assert.equal((await library.getByTestId("reader-title").innerText()).trim(), SEED.title);
  assert.equal(await theme(library), "dark", "settings are remembered across pages");
  const restored = await library.evaluate(() => window.scrollY);
  assert.ok(Math.abs(restored - scrolled) < 40, `reading position restored (${scrolled} → ${restored})`);
});

test("right to left, a wide table that scrolls by itself, and no remote image until asked", async () => {
  const rtl = await serveRtlPage();
  try {
    const article = await ext.context.newPage();
    await article.goto(rtl.url);
    const reader = await ext.context.newPage();
    await reader.goto(ext.page(`reader.html?tabId=${await tabIdOf(rtl.url)}&save=0`));
    await reader.getByTestId("reader-title").waitFor({ timeout: 15_000 });
    const layout = await reader.evaluate(() => {
      const article = document.getElementById("article");
      const scroller = document.querySelector(".table-scroll");
      return {
        dir: getComputedStyle(article).direction,
        tableScrolls: scroller.scrollWidth > scroller.clientWidth,
        pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        caption: document.querySelector("figcaption")?.textContent,
        placeholder: document.querySelector(".image-placeholder")?.textContent,
        // The header's words in the UI's language read left to right ("1 min read", not "min read 1").
        uiText: ["#reader-reading-time > span", "#reader-original"].map((selector) => {
          const el = document.querySelector(selector);
          return [getComputedStyle(el).direction, el.closest("[lang]").lang.slice(0, 2)];
        }),
      };
    });
    assert.deepEqual(layout, {
      dir: "rtl",
      tableScrolls: true,
      pageScrolls: false,
      caption: "قطار في المحطة المركزية.",
      placeholder: "Image not loaded: قطار في المحطة",
      uiText: [
        ["ltr", "en"],
        ["ltr", "en"],
      ],
    });
    await reader.waitForTimeout(300);
    assert.deepEqual(
      rtl.requests.filter((r) => r.includes("photo")),
      [],
      "remote images off: no request",
    );
    await reader.getByTestId("images-note").getByRole("button").click();
    await reader.waitForFunction(
      () => document.querySelector('#reader-content img[src*="photo.jpg"]') !== null,
    );
    await reader.waitForTimeout(500);
    assert.ok(
      rtl.requests.some((r) => r.includes("photo.jpg")),
      "loaded once asked",
    );
    await reader.evaluate(() => document.querySelector(".toast")?.classList.remove("toast"));
    await checkAxe("reader (rtl, table)", reader);
    await reader.close();
    await article.close();
  } finally {
    await rtl.stop();
  }
});

test("Save link: the reader stores a link-only item and says so; A archives it", async () => {
  const link = "https://news.example/later?id=7";
  const reader = await ext.context.newPage();
  await reader.goto(
    ext.page(`reader.html?link=${encodeURIComponent(link)}&title=${encodeURIComponent("Read me later")}`),
  );
  await reader.getByTestId("reader-saved-note").waitFor({ timeout: 10_000 });
  assert.match(await reader.getByTestId("reader-saved-note").innerText(), /Link saved.*Only the link/s);
  assert.equal((await reader.getByTestId("reader-title").innerText()).trim(), "Read me later");
  assert.match(reader.url(), /reader\.html\?id=/);
  await reader.keyboard.press("a");
  await reader.waitForFunction(
    () => document.querySelector('[data-testid="announce"]')?.textContent === "Archived.",
  );
  await reader.close();
});

test("the shortcuts the manifest suggests are the ones the browser assigns", async () => {
  const commands = await ext.worker.evaluate(() => chrome.commands.getAll());
  const keys = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
  // Chromium 156 silently leaves keys it reserves unassigned (Alt+Shift+R, Alt+Shift+P, Alt+Shift+T).
  assert.deepEqual(keys, {
    _execute_action: "Alt+Shift+O",
    "read-page": "Alt+Shift+D",
    "save-page": "Alt+Shift+S",
  });
});

test("axe: popup, reader in every theme, library and options have no serious or critical violation", async () => {
  const url = server.url("wire-dateline");
  const article = await ext.context.newPage();
  await article.goto(url);
  const tabId = await tabIdOf(url);

  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(ext.page(`popup.html?tabId=${tabId}`));
  await popup.getByTestId("article-title").waitFor({ timeout: 15_000 });
  await checkAxe("popup", popup);

  const reader = await ext.context.newPage();
  await reader.goto(ext.page(`reader.html?tabId=${await tabIdOf(server.url("wire-dateline"))}`));
  await reader.getByTestId("reader-saved-note").waitFor({ timeout: 15_000 });
  const seedTab = await ext.context.newPage();
  await seedTab.goto(server.url("trt-world-seed"));
  await reader.goto(ext.page(`reader.html?tabId=${await tabIdOf(server.url("trt-world-seed"))}&save=0`));
  await reader.getByTestId("reader-title").waitFor({ timeout: 15_000 });
  await reader.evaluate(() => document.fonts.ready);
  // Back to the default size (the first test made it larger), for the screenshots.
  await reader.keyboard.press("-");
  await reader.keyboard.press("-");
  for (const name of ["light", "sepia", "dark"]) {
    while ((await theme(reader)) !== name) await reader.keyboard.press("t");
    await reader.evaluate(() => {
      window.scrollTo(0, 0);
      document.querySelector(".toast")?.classList.remove("toast");
    });
    await checkAxe(`reader (${name})`, reader);
    await reader.screenshot({ path: join(screenshotDir, `reader-${name}.png`) });
  }
  // The open "Aa" panel and the help overlay are part of the page too.
  await reader.getByTestId("text-settings").click();
  await reader.evaluate(() => document.querySelector(".toast")?.classList.remove("toast"));
  await checkAxe("reader (text settings open)", reader);
  await reader.screenshot({ path: join(screenshotDir, "reader-settings.png") });
  await reader.keyboard.press("Escape");

  const library = await ext.context.newPage();
  await library.goto(ext.page("library.html"));
  await library.getByTestId("library-item").first().waitFor();
  await checkAxe("library", library);

  const options = await ext.context.newPage();
  await options.goto(ext.page("options.html"));
  await options.getByTestId("shortcuts").locator("dt").first().waitFor();
  await checkAxe("options", options);
  await options.screenshot({ path: join(screenshotDir, "options.png"), fullPage: true });

  console.log(`# axe: ${JSON.stringify(axeReport)}`);
});
