/**
 * `npm run bench:parity [-- --corpus DIR] [--limit N] [--browsers chromium,firefox] [--match a,b]`: Tidings'
 * figures where it ships. bench:extract measures the extractor on linkedom, the CLI's DOM; the
 * extension runs it on the page's own DOM in Chromium and Firefox, whose HTML parsers differ from
 * linkedom's (attribute case, misnested tags, <noscript>, foster-parented table content). This
 * runs the same extractor on every corpus page in Node and in each browser (the page served from
 * 127.0.0.1 with its scripts blocked, every request off the loopback aborted), scores each with
 * the scorers of bench:extract, and lists the pages whose text differs from Node's. Prints tables,
 * and last one JSON line. Quality, not speed: each page is extracted once.
 */
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
// @ts-expect-error: build scripts in plain JavaScript, without types
import { contentBundle } from "../scripts/content-bundle.mjs";
// @ts-expect-error: a plain .mjs module shared with the end-to-end suites.
import { firefoxPath } from "../tests/e2e/browsers.mjs";
import { loopbackChromium, serveCorpusPages } from "./corpus-server.js";
import { loadCorpora } from "./corpora.js";
import { outputOf, verdictOf, type Output } from "./output.js";
import type { PageAnswer } from "./parity-entry.js";
import { nextTask, tidingsInNode, type Run } from "./runners.js";
import { scoreBodies, scoreDates, scoreReadabilityPages, scoreSnippets } from "./score-corpora.js";
import { pageCounts, shingleScore } from "./scoring/shingles.js";
import { normalizeSpace } from "./scoring/snippets.js";
import { round } from "./timing.js";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: fileURLToPath(new URL("../../shared/corpora", import.meta.url)) },
    /** Pages per corpus (a quick run while iterating). */
    limit: { type: "string" },
    browsers: { type: "string", default: "chromium,firefox" },
    /** Only the pages whose id holds one of these comma-separated strings (to look again at a few). */
    match: { type: "string" },
  },
});
type Browser = "chromium" | "firefox";
type Where = "node" | Browser;
const browsers = values.browsers.split(",").filter(Boolean) as Browser[];
for (const b of browsers) {
  if (b !== "chromium" && b !== "firefox") throw new Error(`unknown browser ${b}: chromium or firefox`);
}
const PAGE_TIMEOUT_MS = 60_000;

const corpora = await loadCorpora(values.corpus, values.limit ? Number(values.limit) : Infinity);
const CORPORA = ["articleBodies", "boilerplateSnippets", "publicationDates", "readabilityPages"] as const;
type CorpusName = (typeof CORPORA)[number];
const matches = values.match?.split(",").filter(Boolean);
const keep = (page: { id: string }) => !matches || matches.some((m) => page.id.includes(m));
const sample = {
  articleBodies: corpora.articleBodies.filter(keep),
  boilerplateSnippets: corpora.boilerplateSnippets.filter(keep),
  publicationDates: corpora.publicationDates.filter(keep),
  readabilityPages: corpora.readabilityPages.filter(keep),
};
const pages = CORPORA.flatMap((corpus) =>
  (sample[corpus] as { id: string; url: string; html: string }[]).map((p) => ({ corpus, ...p })),
);
if (pages.length === 0) {
  console.error(`no corpus pages under ${values.corpus} (pass --corpus DIR)`);
  process.exit(1);
}

const root = fileURLToPath(new URL("..", import.meta.url));
const bundle = await build({
  entryPoints: [fileURLToPath(new URL("./parity-entry.ts", import.meta.url))],
  bundle: true,
  format: "iife",
  target: ["chrome120", "firefox128"],
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
  // The content bundle's plugins (chrono's edits), so that the browsers run the code that ships.
  plugins: contentBundle(root).plugins,
  write: false,
});
const script = bundle.outputFiles[0]!.text;

// The extension reads pages their scripts have run on, but those scripts need the network the
// pages came from: here none runs.
const server = await serveCorpusPages(pages, "'none'");
const { origin } = server;

/** One browser tab, as much as this bench needs of playwright's and puppeteer's pages. */
interface Tab {
  goto(url: string): Promise<unknown>;
  evaluate(script: string): Promise<unknown>;
  close(): Promise<unknown>;
}

async function openChromium(): Promise<{ newTab: () => Promise<Tab>; close: () => Promise<void> }> {
  const { browser, context } = await loopbackChromium(origin);
  return {
    newTab: async () => {
      const page = await context.newPage();
      return {
        goto: (url) => page.goto(url, { waitUntil: "load", timeout: PAGE_TIMEOUT_MS }),
        evaluate: (source) => page.evaluate(source),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function openFirefox(): Promise<{ newTab: () => Promise<Tab>; close: () => Promise<void> }> {
  const { default: puppeteer } = await import("puppeteer-core");
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: firefoxPath(),
    headless: true,
  });
  return {
    newTab: async () => {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on("request", (request) => {
        // A request the page has dropped meanwhile (navigated away) is no longer there to answer.
        const answer = request.url().startsWith(origin) ? request.continue() : request.abort();
        answer.catch(() => undefined);
      });
      return {
        goto: (url) => page.goto(url, { waitUntil: "load", timeout: PAGE_TIMEOUT_MS }),
        evaluate: (source) => page.evaluate(source),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

interface Answer {
  output: Output | null;
  /** "article", a "no article" reason, or the error that stopped the page. */
  kind: string;
}

async function runBrowser(where: Browser): Promise<Answer[]> {
  const browser = where === "chromium" ? await openChromium() : await openFirefox();
  const answers: Answer[] = [];
  let tab = await browser.newTab();
  const started = performance.now();
  for (const [i, entry] of pages.entries()) {
    try {
      const answer = (await Promise.race([
        (async () => {
          await tab.goto(`${origin}/page/${i}`);
          await tab.evaluate(script);
          return tab.evaluate(`globalThis.__tidingsParity(${JSON.stringify(entry.url)})`);
        })(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error("page timed out")), PAGE_TIMEOUT_MS).unref(),
        ),
      ])) as PageAnswer;
      answers.push("error" in answer ? { output: null, kind: `error: ${answer.error}` } : answer);
    } catch (error) {
      answers.push({
        output: null,
        kind: `error: ${error instanceof Error ? error.message : String(error)}`,
      });
      await tab.close().catch(() => undefined);
      tab = await browser.newTab();
    }
    if ((i + 1) % 200 === 0) {
      console.error(
        `${where}: ${i + 1}/${pages.length} pages, ${round((performance.now() - started) / 1000, 1)} s`,
      );
    }
  }
  await browser.close();
  return answers;
}

async function runNode(): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (const page of pages) {
    // Back to the event loop between pages, or every sanitised document stays alive (runners.ts).
    await nextTask();
    try {
      const result = tidingsInNode(page.html, page.url);
      answers.push({ output: outputOf(result), kind: verdictOf(result) });
    } catch (error) {
      answers.push({
        output: null,
        kind: `error: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return answers;
}

const answers: Partial<Record<Where, Answer[]>> = { node: await runNode() };
for (const where of browsers) answers[where] = await runBrowser(where);
server.close();
const places = Object.keys(answers) as Where[];

/** One corpus's outputs per place, as bench:extract's scorers take them (no timings here). */
function runsOf(corpus: CorpusName): Record<Where, Run> {
  const at = pages.flatMap((p, i) => (p.corpus === corpus ? [i] : []));
  return Object.fromEntries(
    places.map((where) => [where, { outputs: at.map((i) => answers[where]![i]!.output), ms: [] }]),
  ) as unknown as Record<Where, Run>;
}

const pick = (scores: Record<string, Record<string, number>>, keys: string[]) =>
  Object.fromEntries(
    Object.entries(scores).map(([where, s]) => [
      where,
      Object.fromEntries(keys.map((k) => [k, round(s[k]!, 4)])),
    ]),
  );
/** Each corpus of the sample, scored per place; a corpus the sample left out has no row. */
const scores: Partial<Record<CorpusName, Record<string, Record<string, number>>>> = {};
if (sample.articleBodies.length)
  scores.articleBodies = pick(scoreBodies(sample.articleBodies, runsOf("articleBodies")), [
    "f1",
    "precision",
    "recall",
  ]);
if (sample.boilerplateSnippets.length)
  scores.boilerplateSnippets = pick(
    scoreSnippets(sample.boilerplateSnippets, runsOf("boilerplateSnippets")),
    ["f1", "leakRate"],
  );
if (sample.publicationDates.length)
  scores.publicationDates = pick(scoreDates(sample.publicationDates, runsOf("publicationDates")), [
    "accuracy",
    "precision",
  ]);
if (sample.readabilityPages.length)
  scores.readabilityPages = pick(scoreReadabilityPages(sample.readabilityPages, runsOf("readabilityPages")), [
    "textF1",
    "title",
    "byline",
    "publishedTime",
    "lang",
    "excerpt",
  ]);

console.log(`\n## Tidings in ${places.join(", ")}: the same ${pages.length} pages, scored alike`);
console.log(["", "", ...places].map((c, i) => c.padStart(i < 2 ? 22 : 12)).join(""));
for (const [corpus, byPlace] of Object.entries(scores)) {
  const figures = Object.keys(byPlace.node ?? {});
  for (const figure of figures) {
    console.log(
      [corpus, figure, ...places.map((w) => String(byPlace[w]?.[figure] ?? "–"))]
        .map((c, i) => c.padStart(i < 2 ? 22 : 12))
        .join(""),
    );
  }
}

/**
 * Where a browser's answer differs from Node's: another verdict (article or not), another date,
 * or another text (scored as shingle F1 of the browser's text against Node's).
 */
function differences(where: Where) {
  const rows = pages.map((page, i) => {
    const node = answers.node![i]!;
    const other = answers[where]![i]!;
    const text = (a: Answer) => normalizeSpace(a.output?.text ?? "");
    const sameText = text(node) === text(other);
    return {
      id: `${page.corpus}/${page.id}`,
      verdict: node.kind === other.kind ? null : `${node.kind} → ${other.kind}`,
      date:
        (node.output?.publishedTime ?? null) === (other.output?.publishedTime ?? null)
          ? null
          : `${node.output?.publishedTime ?? "none"} → ${other.output?.publishedTime ?? "none"}`,
      f1: sameText ? 1 : shingleScore([pageCounts(text(node), text(other))]).f1,
      sameText,
    };
  });
  const differing = rows.filter((r) => !r.sameText || r.verdict || r.date);
  return {
    pages: rows.length,
    sameText: rows.filter((r) => r.sameText).length,
    textF1AgainstNode: round(rows.reduce((sum, r) => sum + r.f1, 0) / rows.length, 4),
    otherVerdict: rows.filter((r) => r.verdict).length,
    otherDate: rows.filter((r) => r.date).length,
    errors: answers[where]!.filter((a) => a.kind.startsWith("error")).length,
    worst: differing
      .sort((a, b) => a.f1 - b.f1)
      .slice(0, 12)
      .map((r) => ({
        id: r.id,
        f1: round(r.f1, 3),
        ...(r.verdict && { verdict: r.verdict }),
        ...(r.date && { date: r.date }),
      })),
  };
}

const parity = Object.fromEntries(browsers.map((where) => [where, differences(where)]));
for (const [where, d] of Object.entries(parity)) {
  console.log(
    `\n## ${where} against Node: same text on ${d.sameText} of ${d.pages} pages (mean text F1 ${d.textF1AgainstNode}), ` +
      `another verdict on ${d.otherVerdict}, another date on ${d.otherDate}, errors ${d.errors}`,
  );
  for (const w of d.worst) {
    console.log(
      `  ${w.f1.toFixed(3)}  ${w.id.slice(0, 90)}${w.verdict ? `  [${w.verdict}]` : ""}${w.date ? `  [date ${w.date}]` : ""}`,
    );
  }
}
console.log(JSON.stringify({ corpus: values.corpus, pages: pages.length, scores, parity }));
