// Every hostile payload (tests/hostile/) through the built extension in real Chromium: popup
// (read + Save), reader.html?id=, the context menu's reader.html?tabId=, the library page and the
// stored records. The pages forbid themselves to run or load anything (CSP), so a dialog, a
// PWNED title or a /pwned request can only come from Tidings. Also: the extension pages make no
// request but their own files (remote images are off by default), and huge pages end in time.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tsImport } from "tsx/esm/api";
import { launchExtension, requireBuild, distDir } from "./browsers.mjs";
import { serveHostile } from "../hostile/server.mjs";
import { findViolations, isScriptCapableUrl } from "../hostile/inspect.mjs";

const { PAYLOADS } = await tsImport("../hostile/payloads.ts", import.meta.url);
const { hostileArticle } = await tsImport("../hostile/article-page.ts", import.meta.url);

const extensionDir = join(distDir, "chrome-e2e");
const READ_LIMIT_MS = 15_000;
const CHUNKS = 5;

// Clobbering payloads get a page of their own: one that stopped extraction would hide the others.
const clobbers = PAYLOADS.filter((p) => p.family === "clobber");
const others = PAYLOADS.filter((p) => p.family !== "clobber");
const groups = [
  ...Array.from({ length: CHUNKS }, (_, i) => others.filter((_, j) => j % CHUNKS === i)),
  clobbers,
];

const SENTENCE = "The committee heard evidence from engineers, residents and the operator about the bridge. ";
const bigPage = (body) =>
  `<!DOCTYPE html><html lang="en"><head><title>Bridge repairs delayed</title></head><body><article><h1>Bridge repairs delayed</h1>${Array.from({ length: 20 }, () => `<p>${SENTENCE.repeat(3)}</p>`).join("")}${body}</article></body></html>`;

let server;
const figures = { payloads: PAYLOADS.length, pages: groups.length, executed: 0, extensionRequests: 0 };

before(async () => {
  requireBuild(extensionDir);
  const pages = {};
  server = await serveHostile(pages); // pages filled in below, once the origin is known
  groups.forEach((group, i) => {
    pages[`/hostile/${i}`] = {
      html: hostileArticle(group, {
        title: `Council night buses, part ${i + 1}`,
        pwned: `${server.origin}/pwned`,
      }),
    };
  });
  pages["/big/elements"] = { html: bigPage(`<div>${"<i>1</i>".repeat(200_000)}</div>`) };
  pages["/big/10mb"] = { html: bigPage(`<p>${SENTENCE.repeat(2)}</p>`.repeat(Math.ceil(10e6 / 190))) };
  pages["/big/mutating"] = {
    csp: false,
    html: bigPage(
      `<div id="m"></div><script>setInterval(() => { const m = document.getElementById("m"); m.append(Object.assign(document.createElement("p"), { textContent: "Live update " + Date.now() })); if (m.childNodes.length > 50) m.firstChild.remove(); document.body.setAttribute("data-t", Date.now()); }, 2);</script>`,
    ),
  };
});

after(async () => {
  await server?.stop();
  console.log(
    `hostile browser tier: ${figures.payloads} payloads on ${figures.pages} pages tried, ` +
      `${figures.executed} executed, ${figures.extensionRequests} extension requests observed ` +
      `(${JSON.stringify(figures)})`,
  );
});

async function launch() {
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";
  const profile = await mkdtemp(join(tmpdir(), "tidings-hostile-"));
  const { context, worker, extensionId } = await launchExtension(profile);
  const dialogs = [];
  const watch = (page) =>
    page.on("dialog", (d) => {
      dialogs.push(`${d.type()} "${d.message()}" on ${page.url()}`);
      void d.dismiss().catch(() => {});
    });
  context.pages().forEach(watch);
  context.on("page", watch);
  // Every request the extension makes (pages and worker): with remote images off (the default),
  // its own files only.
  const requests = [];
  context.on("request", (req) => {
    let from;
    try {
      from = req.frame().url();
    } catch {
      from = req.serviceWorker()?.url() ?? "worker";
    }
    if (from.startsWith("chrome-extension://") || from === "worker")
      requests.push({ url: req.url(), type: req.resourceType(), from });
  });
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  return {
    context,
    worker,
    dialogs,
    requests,
    close,
    page: (p) => `chrome-extension://${extensionId}/${p}`,
  };
}

async function openTab(ext, path) {
  const url = `${server.origin}${path}`;
  const tab = await ext.context.newPage();
  await tab.goto(url);
  const tabId = await ext.worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  );
  assert.ok(typeof tabId === "number", `no tab for ${url}`);
  return { tab, tabId };
}

/** Violations inside `selector` of an extension page, checked in that page's own DOM. */
const violationsIn = (page, selector) =>
  page.evaluate(
    `[...document.querySelectorAll(${JSON.stringify(selector)})].flatMap(${findViolations.toString()})`,
  );

/** Waits for the popup to end in an article or a sentence; returns which. */
async function popupOutcome(popup) {
  await popup.waitForFunction(
    () => !document.getElementById("article")?.hidden || !document.getElementById("status")?.hidden,
    null,
    { timeout: READ_LIMIT_MS + 5_000 },
  );
  const isArticle = await popup.evaluate(() => !document.getElementById("article")?.hidden);
  const status = isArticle ? "" : await popup.getByTestId("status-message").innerText();
  return { isArticle, status };
}

/** Every stored record, checked in an extension page: HTML fields and URL fields. */
async function storedViolations(page) {
  // One expression, the checkers inlined (extension pages forbid eval, and evaluate() sends text).
  return page.evaluate(`(async () => {
    const find = ${findViolations.toString()};
    const scriptUrl = ${isScriptCapableUrl.toString()};
    const db = await new Promise((res, rej) => {
      const r = indexedDB.open("tidings");
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const out = [];
    let records = 0;
    for (const name of db.objectStoreNames) {
      const rows = await new Promise((res) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => res(r.result);
      });
      for (const row of rows) {
        records++;
        for (const [key, value] of Object.entries(row ?? {})) {
          if (typeof value !== "string") continue;
          if (/^(url|leadImage|canonicalUrl|image)$/.test(key) && scriptUrl(value)) out.push(name + "." + key + "=" + value);
          if (key === "content") {
            const doc = new DOMParser().parseFromString(value, "text/html");
            out.push(...find(doc.body).map((v) => name + "." + key + ": " + v));
          }
        }
      }
    }
    db.close();
    return { out, records };
  })()`);
}

test("no hostile payload runs, survives or phones home through popup, reader, library and storage", async () => {
  const ext = await launch();
  const outcomes = [];
  try {
    for (let i = 0; i < groups.length; i++) {
      const { tab, tabId } = await openTab(ext, `/hostile/${i}`);
      const popup = await ext.context.newPage();
      await popup.goto(ext.page(`popup.html?tabId=${tabId}`));
      const { isArticle, status } = await popupOutcome(popup);
      outcomes.push(`page ${i} (${groups[i].length} payloads): ${isArticle ? "article" : status}`);
      assert.ok(isArticle, `page ${i} should read as an article: ${status}`);
      if (isArticle) {
        assert.deepEqual(await violationsIn(popup, "#article-content"), [], `popup, page ${i}`);
        const text = await popup.getByTestId("article-content").innerText();
        const kept = groups[i].filter((p) => text.includes(`Item ${p.id}:`)).length;
        outcomes.push(`  ${kept}/${groups[i].length} payload blocks shown`);
        await popup.getByTestId("save-button").click();
        await popup.getByTestId("remove-button").waitFor({ timeout: 10_000 });
      }
      await popup.close();

      // The context menu's path: read, save and show in one reader tab.
      const reader = await ext.context.newPage();
      await reader.goto(ext.page(`reader.html?tabId=${tabId}`));
      if (isArticle) {
        await reader.getByTestId("reader-saved-note").waitFor({ timeout: READ_LIMIT_MS + 5_000 });
        assert.deepEqual(await violationsIn(reader, "#reader-content"), [], `reader ?tabId, page ${i}`);
        const id = new URL(reader.url()).searchParams.get("id");
        const again = await ext.context.newPage();
        await again.goto(ext.page(`reader.html?id=${id}`));
        await again.getByTestId("reader-content").waitFor();
        assert.deepEqual(await violationsIn(again, "#reader-content"), [], `reader ?id, page ${i}`);
        await again.close();
      }
      await reader.close();
      await tab.close();
    }

    const library = await ext.context.newPage();
    await library.goto(ext.page("library.html"));
    await library.getByTestId("library-item").first().waitFor();
    assert.deepEqual(await violationsIn(library, "[data-testid=library-item]"), [], "library page");
    const stored = await storedViolations(library);
    assert.deepEqual(stored.out, [], "stored records");
    figures.storedRecords = stored.records;

    // Give late loads (lazy images, handlers on timers) a moment, then count.
    await library.waitForTimeout(1_500);
    for (const page of ext.context.pages()) assert.notEqual(await page.title(), "PWNED", page.url());
    figures.executed = ext.dialogs.length + server.pwned().length;
    assert.deepEqual(ext.dialogs, [], "dialogs");
    assert.deepEqual(server.pwned(), [], "/pwned requests");

    figures.extensionRequests = ext.requests.length;
    const foreign = ext.requests.filter(
      (r) => !r.url.startsWith("chrome-extension://") && !r.url.startsWith("data:image/"),
    );
    figures.extensionNetworkRequests = ext.requests.filter(
      (r) => !r.url.startsWith("chrome-extension://"),
    ).length;
    assert.deepEqual(
      foreign,
      [],
      "requests by the extension other than its own files (remote images are off)",
    );
    figures.outcomes = outcomes;
    console.log(outcomes.join("\n"));
  } finally {
    await ext.close();
  }
});

test("huge and restless pages end in time: 200,000 elements, 10 MB, a page that never stops mutating", async () => {
  const ext = await launch();
  try {
    for (const path of ["/big/elements", "/big/10mb", "/big/mutating"]) {
      const { tab, tabId } = await openTab(ext, path);
      const popup = await ext.context.newPage();
      const start = Date.now();
      await popup.goto(ext.page(`popup.html?tabId=${tabId}`));
      const { isArticle, status } = await popupOutcome(popup);
      const ms = Date.now() - start;
      figures[path] = { ms, outcome: isArticle ? "article" : status };
      assert.ok(ms < READ_LIMIT_MS, `${path} took ${ms} ms`);
      if (path === "/big/elements") assert.match(status, /too large/i);
      if (path === "/big/mutating") assert.ok(isArticle, status);
      await popup.close();
      await tab.close();
    }
  } finally {
    await ext.close();
  }
});
