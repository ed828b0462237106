/**
 * bench:library — a 20,000-article library in real headless Chromium, through the extension's
 * own library page (dist/chrome-e2e): import a 20,000-row Pocket CSV (links only), then a Tidings
 * JSON of the same 20,000 URLs with corpus text (they merge: the library becomes searchable),
 * then first paint, 100 searches, export everything as JSON, storage used. Usage:
 *   npm run bench:library [-- --count 20000 --corpus ../shared/corpora]
 * --import-only stops after the Pocket import; --cpu-profile FILE writes a CPU profile of the
 * page during that import (open it in Chromium's DevTools) and prints the top self times;
 * --trace FILE writes a Chromium trace of that import and prints what the longest tasks ran.
 * The last line is one JSON object.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "playwright-core";
import { benchArticles, benchQueries, loadBaseTexts, pocketCsv, tidingsJson } from "./library-corpus.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const count = Number(arg("count", "20000"));
const corpus = resolve(arg("corpus", join(root, "../shared/corpora")));
const dist = resolve(process.env.TIDINGS_DIST ?? join(tmpdir(), "tidings-bench-library-dist"));

console.log(`building the extension into ${dist}…`);
execFileSync(process.execPath, [join(root, "scripts/build.mjs")], {
  env: { ...process.env, TIDINGS_DIST: dist },
});
const extension = join(dist, "chrome-e2e");

const bases = loadBaseTexts(corpus);
const articles = benchArticles(bases, count, Number(arg("chars", "2000")));
const csv = Buffer.from(pocketCsv(articles));
const json = Buffer.from(tidingsJson(articles));
const queries = benchQueries(bases);
console.log(
  `${bases.length} corpus texts → ${count} articles; CSV ${(csv.length / 1e6).toFixed(1)} MB, JSON ${(json.length / 1e6).toFixed(1)} MB`,
);

const profile = await mkdtemp(join(tmpdir(), "tidings-bench-library-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  acceptDownloads: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
  ],
  viewport: { width: 1280, height: 800 },
});

const measure = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);

/** The import's time (until the list shows it) and until the search index has caught up. */
async function importFile(page: Page, name: string, buffer: Buffer): Promise<[number, number]> {
  const before = (await measure(page, "tidings:import")).length;
  const indexedBefore = (await measure(page, "tidings:import:indexed")).length;
  // Playwright passes buffers over 50 MB only as files.
  const path = join(profile, "..", `${profile.split("/").pop()}-${name}`);
  await writeFile(path, buffer);
  await page.setInputFiles("#import-file", path);
  await page.waitForFunction(
    (n) =>
      performance.getEntriesByName("tidings:import").length > n ||
      performance.getEntriesByName("tidings:import-failed").length > 0,
    before,
    { timeout: 300_000, polling: 100 },
  );
  // Only now: the page reads the file when it imports, and a file removed before is NotFoundError.
  await rm(path);
  const failed = await measure(page, "tidings:import-failed");
  if (failed.length)
    throw new Error(`import of ${name} failed: ${await page.getByTestId("status-message").innerText()}`);
  // After the measurement; a loaded machine can keep the page busy for a while (catch-up).
  console.log(`  ${await page.getByTestId("import-summary").innerText({ timeout: 300_000 })}`);
  // The index catches up after the list shows the import: wait for it too (its tasks count
  // among the long ones, and the next step starts from a quiet page).
  await page.waitForFunction(
    (n) => performance.getEntriesByName("tidings:import:indexed").length > n,
    indexedBefore,
    { timeout: 600_000, polling: 100 },
  );
  return [
    (await measure(page, "tidings:import")).at(-1)!,
    (await measure(page, "tidings:import:indexed")).at(-1)!,
  ];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  /** CPU time of the thread, µs (wall time is dur). */
  tdur?: number;
  args?: { data?: { functionName?: string; url?: string; lineNumber?: number } };
}

/** The 12 longest RunTask events of the page's main thread and the largest events inside each. */
function longestTasks(json: string): string[] {
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.name === "thread_name" && /CrRendererMain/.test(JSON.stringify(e.args)));
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === "X");
  const tasks = onMain.filter((e) => e.name === "RunTask").sort((a, b) => b.dur! - a.dur!);
  return tasks.slice(0, 12).map((t) => {
    const inside = onMain
      .filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur! && (e.dur ?? 0) > 5_000)
      .map((e) => {
        const d = e.args?.data;
        const what = d?.functionName ? ` ${d.functionName}:${d.lineNumber ?? ""}` : "";
        return `${e.name}${what} ${Math.round(e.dur! / 1000)}`;
      });
    const cpu = Math.round((t.tdur ?? 0) / 1000);
    return `    ${Math.round(t.dur! / 1000)} ms (${cpu} ms CPU): ${inside.slice(0, 14).join(", ")}`;
  });
}

/** The 25 functions with the most self time in a CDP CPU profile, "ms name url:line". */
function topSelfTimes(cpu: {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}): string[] {
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (cpu.samples ?? []).forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (cpu.timeDeltas?.[i] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, ms]) => `    ${Math.round(ms)} ms ${k}`);
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const round = (x: number) => Math.round(x * 10) / 10;

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const url = `chrome-extension://${new URL(worker.url()).host}/library.html`;
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]");

  // Long tasks during the Pocket import (Chromium reports tasks over 50 ms).
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; longTaskStarts: number[] };
    w.longTasks = [];
    w.longTaskStarts = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        w.longTasks.push(e.duration);
        w.longTaskStarts.push(e.startTime);
      }),
    ).observe({ type: "longtask" });
  });
  const profilePath = process.argv.includes("--cpu-profile") ? arg("cpu-profile", "") : null;
  const cdp = profilePath ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
    await cdp.send("Profiler.start");
  }
  const tracePath = process.argv.includes("--trace") ? arg("trace", "") : null;
  const tracer = tracePath ? await context.newCDPSession(page) : null;
  await tracer?.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-v8.gc",
    transferMode: "ReturnAsStream",
  });
  console.log(`importing ${count} Pocket rows…`);
  const [importMs, indexedMs] = await importFile(page, "part_000000.csv", csv);
  if (tracer && tracePath) {
    const done = new Promise<string>((resolve) =>
      tracer.once("Tracing.tracingComplete", (e) => resolve(e.stream!)),
    );
    await tracer.send("Tracing.end");
    const stream = await done;
    let text = "";
    for (;;) {
      const chunk = await tracer.send("IO.read", { handle: stream, size: 1 << 20 });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, "base64").toString("utf8") : chunk.data;
      if (chunk.eof) break;
    }
    await writeFile(tracePath, text);
    console.log(`  trace in ${tracePath}; the longest tasks:\n${longestTasks(text).join("\n")}`);
  }
  if (cdp && profilePath) {
    const { profile: cpu } = await cdp.send("Profiler.stop");
    await writeFile(profilePath, JSON.stringify(cpu));
    console.log(`  CPU profile in ${profilePath}; top self times:\n${topSelfTimes(cpu).join("\n")}`);
  }
  await page.waitForTimeout(300);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const longestTaskMs = Math.max(0, ...longTasks);
  console.log(
    "  phases:",
    await page.evaluate(() =>
      performance
        .getEntriesByType("measure")
        .filter((e) => /^tidings:(import:|catch-up|render)/.test(e.name))
        .map((e) => `${e.name} ${Math.round(e.duration)}`)
        .join(", "),
    ),
    "; long tasks:",
    longTasks.map(Math.round).join(" "),
  );
  // Where the long ones fell: the phases (measures) they overlap, from the import's start.
  console.log(
    "  tasks over 150 ms:",
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; longTaskStarts: number[] };
      const t0 = performance.getEntriesByName("tidings:import-start").at(-1)?.startTime ?? 0;
      const phases = performance
        .getEntriesByType("measure")
        .filter((e) => /^tidings:(import:|catch-up|render)/.test(e.name));
      return w.longTasks
        .map((d, i) => [d, w.longTaskStarts[i]!] as const)
        .filter(([d]) => d > 150)
        .map(([d, s]) => {
          const during = phases
            .filter((p) => p.startTime <= s + d && p.startTime + p.duration >= s)
            .map((p) => p.name.replace("tidings:", ""));
          return `${Math.round(d)} ms at ${Math.round(s - t0)} (${during.join(", ")})`;
        })
        .join("; ");
    }),
  );

  if (process.argv.includes("--import-only")) {
    console.log(
      JSON.stringify({ articles: count, importMs: round(importMs), longestTaskMs: round(longestTaskMs) }),
    );
    process.exit(0);
  }
  console.log(`importing the same ${count} articles with text (Tidings JSON)…`);
  const [textImportMs, textIndexedMs] = await importFile(page, "tidings-library.json", json);

  // First rows painted, from navigation start, over three fresh opens of the page.
  const paints: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName("tidings:first-rows").length > 0);
    paints.push(await page.evaluate(() => performance.getEntriesByName("tidings:first-rows")[0]!.startTime));
    await page.waitForSelector("body[data-ready=true]", { timeout: 120_000 });
  }
  const firstPaintMs = percentile(paints, 50);
  const openReadyMs = await page.evaluate(() => performance.now());

  const search = page.getByTestId("search-input");
  const latencies: number[] = [];
  let hits = 0;
  for (const q of queries) {
    await search.fill(q);
    latencies.push((await measure(page, "tidings:search")).at(-1)!);
    const text = await page.getByTestId("library-count").innerText();
    if (!/^0 of/.test(text)) hits++;
  }
  await search.fill("");
  const slowest = queries.map((q, i) => [q, round(latencies[i]!)] as const).sort((a, b) => b[1] - a[1]);
  console.log(
    "  slowest searches:",
    slowest
      .slice(0, 8)
      .map(([q, ms]) => `${q} ${ms}`)
      .join(", "),
  );

  const downloadPromise = page.waitForEvent("download", { timeout: 300_000 });
  await page.getByTestId("export-button").click();
  const download = await downloadPromise;
  const exportMs = (await measure(page, "tidings:export")).at(-1)!;
  const exportPath = join(profile, "export.json");
  await download.saveAs(exportPath);
  const exported = JSON.parse(
    await import("node:fs/promises").then((fs) => fs.readFile(exportPath, "utf8")),
  ) as { articles: unknown[] };
  const bytes = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

  console.log(
    `Pocket import ${round(importMs)} ms, searchable after ${round(indexedMs)} ms (longest task ${round(longestTaskMs)} ms, ${longTasks.length} tasks over 50 ms)`,
  );
  console.log(
    `text import (JSON, merging into the Pocket rows) ${round(textImportMs)} ms, searchable after ${round(textIndexedMs)} ms`,
  );
  console.log(
    `first rows painted: ${paints.map(round).join(", ")} ms; page ready incl. search index ${round(openReadyMs)} ms`,
  );
  console.log(
    `search over ${queries.length} queries: p50 ${round(percentile(latencies, 50))} ms, p95 ${round(percentile(latencies, 95))} ms (${hits} with results)`,
  );
  console.log(
    `export JSON ${round(exportMs)} ms, ${exported.articles.length} articles; storage ${(bytes / 1e6).toFixed(0)} MB`,
  );
  console.log(
    JSON.stringify({
      articles: exported.articles.length,
      importMs: round(importMs),
      searchP50Ms: round(percentile(latencies, 50)),
      searchP95Ms: round(percentile(latencies, 95)),
      firstPaintMs: round(firstPaintMs),
      exportMs: round(exportMs),
      bytes,
      longestTaskMs: round(longestTaskMs),
    }),
  );
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
