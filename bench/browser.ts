/**
 * `npm run bench:browser [-- --corpus DIR] [--limit N] [--reps R] [--pages N] [--profile DIR]`: the extractor in headless
 * Chromium on the corpus pages, served from 127.0.0.1 with page scripts blocked (CSP
 * `script-src 'unsafe-eval'`: no script source, so none of the page's own; every request off the
 * loopback aborted). In each page, interleaved and
 * repeated R times: (a) document clone + one full tree walk (the floor), (b) Readability.js alone
 * on a clone, (c) the full Tidings pipeline (extractArticle, bundled with esbuild like the content
 * bundle). Sample: every article-bodies and readability-pages page plus the first N (default 100)
 * of boilerplate-snippets and publication-dates. Prints medians, p95, max and sums, the ratios
 * c/b and c/a, the first run in each freshly loaded page (with the extractor's code not yet run),
 * a click (in a load of the page of its own: the content bundle as the build makes it, compiled and
 * run, then its one extraction, against Readability.js loaded and run once), and last one JSON line.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
// @ts-expect-error: build scripts in plain JavaScript, without types
import { contentBundle } from "../scripts/content-bundle.mjs";
import { loadCorpora } from "./corpora.js";
import { median, p95, round } from "./timing.js";
import type { PageTimes, Step } from "./browser-entry.js";
import type { ClickTimes } from "./click-entry.js";
import { STAGES, type Stage } from "../src/extract/stopwatch.js";
import { loopbackChromium, serveCorpusPages } from "./corpus-server.js";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: fileURLToPath(new URL("../../shared/corpora", import.meta.url)) },
    limit: { type: "string", default: "100" },
    reps: { type: "string", default: "3" },
    /** Cap on the whole sample (a quick run while iterating). */
    pages: { type: "string" },
    /** Write a V8 CPU profile of each page's interleaved runs into this directory (<n>.cpuprofile). */
    profile: { type: "string" },
  },
});
const limit = Number(values.limit);
const reps = Number(values.reps);
const PAGE_TIMEOUT_MS = 120_000;

/** One script for `page.evaluate`: an IIFE bundle, returned as text. */
async function pageScript(options: Parameters<typeof build>[0]): Promise<string> {
  const out = await build({
    bundle: true,
    format: "iife",
    target: ["chrome120"],
    logLevel: "warning",
    ...options,
    write: false,
  });
  return out.outputFiles![0]!.text;
}

const root = fileURLToPath(new URL("..", import.meta.url));
const script = await pageScript({
  entryPoints: [fileURLToPath(new URL("./browser-entry.ts", import.meta.url))],
  define: { "process.env.NODE_ENV": '"production"' },
  // The content bundle's plugins (chrono's edits), so that the bench runs the code that ships.
  plugins: contentBundle(root).plugins,
});
// A click, as the extension makes one: the content bundle exactly as the build makes it, loaded
// into the page, then its one extraction; against Readability.js loaded and run once.
const contentScript = await pageScript(contentBundle(root));
const readabilityScript = await pageScript({
  stdin: {
    contents:
      'import { Readability } from "@mozilla/readability";\n' +
      "globalThis.__readabilityClick = () => new Readability(document.cloneNode(true)).parse();",
    resolveDir: root,
  },
});
const clickScript = await pageScript({
  entryPoints: [fileURLToPath(new URL("./click-entry.ts", import.meta.url))],
});

const corpora = await loadCorpora(values.corpus);
const pages = [
  ...corpora.articleBodies.map((p) => ({ corpus: "articleBodies", ...p })),
  ...corpora.readabilityPages.map((p) => ({ corpus: "readabilityPages", ...p })),
  ...corpora.boilerplateSnippets.slice(0, limit).map((p) => ({ corpus: "boilerplateSnippets", ...p })),
  ...corpora.publicationDates.slice(0, limit).map((p) => ({ corpus: "publicationDates", ...p })),
].slice(0, values.pages ? Number(values.pages) : undefined);
if (pages.length === 0) {
  console.error(`no corpus pages under ${values.corpus} (pass --corpus DIR)`);
  process.exit(1);
}

// 'unsafe-eval' lets the click measure compile the bundles inside the page, where the clock is.
const server = await serveCorpusPages(pages, "'unsafe-eval'");
const { origin } = server;
const { browser, context } = await loopbackChromium(origin);

interface Result {
  corpus: string;
  id: string;
  median: Record<Step, number>;
  /** Tidings' stages, each the median over the repetitions. */
  stages: Record<Stage, number>;
  /**
   * The first repetition: the bench script was just injected, as the content script is on every
   * click, so this is the cost with the code not yet compiled (chrono's patterns included).
   */
  first: Record<Step, number>;
  /** A click, in a fresh load of the page of its own (see measureClick). */
  click: Record<"tidings" | "readability", ClickTimes>;
  tidings: string;
}

if (values.profile) await mkdir(values.profile, { recursive: true });
const results: Result[] = [];
const failures: { id: string; error: string }[] = [];
let page = await context.newPage();
const started = performance.now();

for (const [i, entry] of pages.entries()) {
  try {
    const times = await Promise.race([
      (async () => {
        await page.goto(`${origin}/page/${i}`, { waitUntil: "load", timeout: PAGE_TIMEOUT_MS });
        await page.evaluate(clickScript);
        const click = await page.evaluate(([c, r, first]) => globalThis.__tidingsClick!(c, r, first), [
          contentScript,
          readabilityScript,
          i % 2 === 1,
        ] as const);
        // The interleaved runs in a fresh load of the page, untouched by the click's extraction.
        await page.goto(`${origin}/page/${i}`, { waitUntil: "load", timeout: PAGE_TIMEOUT_MS });
        await page.evaluate(script);
        // A profiler per page: each navigation may move the tab to another renderer, and a session
        // started before it records nothing after.
        const cdp = values.profile ? await context.newCDPSession(page) : null;
        if (cdp) {
          await cdp.send("Profiler.enable");
          await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
          await cdp.send("Profiler.start");
        }
        const times = await page.evaluate(([r, url]) => globalThis.__tidingsBench!(r, url), [
          reps,
          entry.url,
        ] as const);
        if (cdp) {
          const { profile } = await cdp.send("Profiler.stop");
          await writeFile(join(values.profile!, `${i}.cpuprofile`), JSON.stringify(profile));
          await cdp.detach();
        }
        return { ...times, click };
      })(),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("page timed out")), PAGE_TIMEOUT_MS).unref(),
      ),
    ]);
    const t = times as PageTimes & { click: Result["click"] };
    results.push({
      corpus: entry.corpus,
      id: entry.id,
      median: {
        floor: median(t.ms.floor),
        readability: median(t.ms.readability),
        tidings: median(t.ms.tidings),
      },
      stages: Object.fromEntries(
        STAGES.map((stage) => [stage, median(t.stages.map((s) => s[stage] ?? 0))]),
      ) as Record<Stage, number>,
      first: { floor: t.ms.floor[0]!, readability: t.ms.readability[0]!, tidings: t.ms.tidings[0]! },
      click: t.click,
      tidings: t.tidings,
    });
  } catch (error) {
    failures.push({
      id: `${entry.corpus}/${entry.id}`,
      error: error instanceof Error ? error.message : String(error),
    });
    await page.close().catch(() => undefined);
    page = await context.newPage();
  }
  if ((i + 1) % 50 === 0) {
    console.error(`${i + 1}/${pages.length} pages, ${round((performance.now() - started) / 1000, 1)} s`);
  }
}
await browser.close();
server.close();

function summary(rows: Result[]) {
  const of = (step: Step) => rows.map((r) => r.median[step]);
  const sum = (step: Step) => of(step).reduce((a, b) => a + b, 0);
  const stat = (step: Step) => ({
    median: round(median(of(step))),
    p95: round(p95(of(step))),
    max: round(Math.max(0, ...of(step))),
    total: round(sum(step)),
  });
  const first = (step: Step) => rows.map((r) => r.first[step]);
  const firstSum = (step: Step) => first(step).reduce((a, b) => a + b, 0);
  const perPage = (num: Step, den: Step) =>
    round(median(rows.filter((r) => r.median[den] > 0).map((r) => r.median[num] / r.median[den])));
  return {
    pages: rows.length,
    floor: stat("floor"),
    readability: stat("readability"),
    tidings: stat("tidings"),
    /** Ratio of the medians. */
    tidingsOverReadability: round(median(of("tidings")) / median(of("readability"))),
    tidingsOverFloor: round(median(of("tidings")) / median(of("floor"))),
    /** Ratio of the sums over all pages: what the large pages cost, which medians do not show. */
    totalTidingsOverReadability: round(sum("tidings") / sum("readability")),
    /** Median of the per-page ratios. */
    perPageTidingsOverReadability: perPage("tidings", "readability"),
    perPageTidingsOverFloor: perPage("tidings", "floor"),
    /** Where Tidings' time goes: each stage's median over the pages (ms). */
    stages: Object.fromEntries(
      STAGES.map((stage) => [stage, round(median(rows.map((r) => r.stages[stage])))]),
    ),
    /** The first run in each freshly loaded page (what one click costs): medians and sums. */
    firstRun: {
      readability: { median: round(median(first("readability"))), total: round(firstSum("readability")) },
      tidings: { median: round(median(first("tidings"))), total: round(firstSum("tidings")) },
      tidingsOverReadability: round(median(first("tidings")) / median(first("readability"))),
      totalTidingsOverReadability: round(firstSum("tidings") / firstSum("readability")),
    },
    /**
     * A click: the content bundle loaded into a fresh page and its one extraction, against
     * Readability.js loaded and run once; medians, and the median of per-page ratios of the totals.
     */
    click: clickSummary(rows),
    /** Pages where Tidings answered an Article (the rest: a typed "no article", or an error). */
    articles: rows.filter((r) => r.tidings.startsWith("article")).length,
  };
}

function clickSummary(rows: Result[]) {
  const side = (who: "tidings" | "readability") => {
    const load = rows.map((r) => r.click[who].load);
    const total = rows.map((r) => r.click[who].load + r.click[who].run);
    return {
      load: round(median(load)),
      run: round(median(rows.map((r) => r.click[who].run))),
      total: round(median(total)),
      p95: round(p95(total)),
    };
  };
  const total = (r: Result, who: "tidings" | "readability") => r.click[who].load + r.click[who].run;
  const tidings = side("tidings");
  const readability = side("readability");
  return {
    tidings,
    readability,
    tidingsOverReadability: round(tidings.total / readability.total),
    perPageTidingsOverReadability: round(
      median(rows.map((r) => total(r, "tidings") / total(r, "readability"))),
    ),
  };
}

const all = summary(results);
const byCorpus = Object.fromEntries(
  [...new Set(results.map((r) => r.corpus))].map((c) => [c, summary(results.filter((r) => r.corpus === c))]),
);
console.log(`\n## headless Chromium, ms per page (median of ${reps} interleaved runs per page)`);
console.log(
  ["", "pages", "a floor", "b Readab.", "c Tidings", "c/b", "c/a", "c/b pp"]
    .map((c) => c.padStart(12))
    .join(""),
);
for (const [name, s] of Object.entries({ all, ...byCorpus })) {
  console.log(
    [
      name,
      s.pages,
      `${s.floor.median}`,
      `${s.readability.median}`,
      `${s.tidings.median}`,
      s.tidingsOverReadability,
      s.tidingsOverFloor,
      s.perPageTidingsOverReadability,
    ]
      .map((c) => String(c).padStart(12))
      .join(""),
  );
}
console.log(
  `p95: floor ${all.floor.p95} ms, Readability ${all.readability.p95} ms, Tidings ${all.tidings.p95} ms` +
    ` (c/b pp = median of per-page ratios)`,
);
console.log(
  `max: floor ${all.floor.max} ms, Readability ${all.readability.max} ms, Tidings ${all.tidings.max} ms; ` +
    `sum over pages: Readability ${all.readability.total} ms, Tidings ${all.tidings.total} ms ` +
    `(c/b ${all.totalTidingsOverReadability})`,
);
console.log(
  `first run in a fresh page (the extractor's code not yet run): medians Readability ${all.firstRun.readability.median} ms, ` +
    `Tidings ${all.firstRun.tidings.median} ms (c/b ${all.firstRun.tidingsOverReadability}); sums ` +
    `${all.firstRun.readability.total} / ${all.firstRun.tidings.total} ms (c/b ${all.firstRun.totalTidingsOverReadability})`,
);
console.log(
  `a click (bundle loaded into a fresh page, then one extraction): medians Readability.js ` +
    `${all.click.readability.load} + ${all.click.readability.run} = ${all.click.readability.total} ms, ` +
    `Tidings ${all.click.tidings.load} + ${all.click.tidings.run} = ${all.click.tidings.total} ms ` +
    `(c/b ${all.click.tidingsOverReadability}, per page ${all.click.perPageTidingsOverReadability})`,
);
console.log(
  `Tidings by stage (medians over pages, ms): ${STAGES.map((stage) => `${stage} ${all.stages[stage]}`).join(", ")}`,
);
if (failures.length) console.log(`failed pages: ${failures.map((f) => `${f.id} (${f.error})`).join(", ")}`);
console.log(JSON.stringify({ browser: "chromium", reps, ...all, byCorpus, failures: failures.length }));
