/**
 * Pathological pages through the extractor in Node (linkedom document, jsdom window to sanitise):
 * 10 MB of HTML, 200,000 elements, nesting 5,000 deep, one 5 MB line, a 10,000-row table, and
 * shapes once super-linear: on real pages, a long highlighted code listing, a long Japanese text,
 * a long flat story closed by a rule; made up, a story closed by thousands of date lines, and a
 * front page of teasers (a no-article verdict on a large page).
 * Each page runs in its own process with a time cap (a page that never finishes is a finding,
 * not a hung bench). Prints a table, then one JSON line.
 * Usage: npm run bench:robustness [-- --cap-s 60]
 */
import { fileURLToPath } from "node:url";
import { spawn } from "node:child_process";
import { JSDOM } from "jsdom";
import { parseHtmlDocument } from "../src/cli/parse-html";
import { extractArticle } from "../src/extract/index";

const SENTENCE =
  "The committee heard evidence from engineers, residents and the operator about the state of the bridge and the cost of repairs. ";
const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>${i}. ${SENTENCE.repeat(2)}</p>`).join("\n");
const wrap = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Bridge repairs delayed again</title></head><body><article><h1>Bridge repairs delayed again</h1>${body}</article></body></html>`;

export const PAGES: Record<string, () => string> = {
  "10 MB of HTML": () => wrap(prose(Math.ceil((10 * 1024 * 1024) / 270))),
  "200,000 elements": () =>
    wrap(prose(20) + `<div>${Array.from({ length: 200_000 }, (_, i) => `<i>${i % 10}</i>`).join("")}</div>`),
  "nesting 5,000 deep": () => wrap("<div>".repeat(5_000) + prose(20) + "</div>".repeat(5_000)),
  "one 5 MB line": () =>
    wrap(`<p>${SENTENCE.repeat(Math.ceil((5 * 1024 * 1024) / SENTENCE.length))}</p>` + prose(5)),
  "table of 10,000 rows": () =>
    wrap(
      prose(10) +
        `<table>${Array.from({ length: 10_000 }, (_, i) => `<tr><td>${i}</td><td>Row ${i} of the figures</td><td>${i * 3}</td></tr>`).join("")}</table>`,
    ),
  // Shapes found on real pages (this machine's Rust and Node docs through extract --batch), each
  // once super-linear somewhere in the pipeline.
  "20,000 highlighted code comments": () =>
    wrap(
      prose(5) +
        `<pre><code>${Array.from({ length: 20_000 }, (_, i) => `<span class="comment">// step ${i}</span>\nlet x${i} = ${i};`).join("\n")}</code></pre>`,
    ),
  "300 KB of Japanese": () =>
    wrap(
      `<div>${"<p>東京都は十日、新しい橋の工事を始めると発表した。住民の説明会は来月開かれる。</p>".repeat(8_000)}</div>`,
    ),
  "a book of 5,000 paragraphs and a rule": () =>
    wrap(
      `<div>${prose(5_000)}<hr><p>Acme Bridges is a leading international provider of bridge repairs.</p></div>`,
    ),
  // Found by doubling made-up shapes (comments, rails, dates, tables…) until one grew faster.
  "a story closed by 8,000 date lines": () =>
    wrap(
      prose(10) +
        Array.from(
          { length: 8_000 },
          (_, i) => `<div class="meta">Published ${(i % 28) + 1} March 2024</div>`,
        ).join(""),
    ),
  // A no-article verdict on a large page: read once (the second reading, without the clutter
  // rules, is for pages of up to 10,000 elements; this one has 40,000).
  "a front page of 8,000 teasers": () =>
    `<!DOCTYPE html><html lang="en"><head><title>City Paper</title></head><body><main>${Array.from(
      { length: 8_000 },
      (_, i) =>
        `<div class="card"><h3><a href="/s/${i}">Headline number ${i} of the day in the city</a></h3><p>A short teaser for story ${i}, with a few words more.</p></div>`,
    ).join("")}</main></body></html>`,
};

interface Row {
  page: string;
  megabytes: number;
  elements: number | null;
  parseMs: number | null;
  extractMs: number | null;
  result: string;
}

function measure(name: string): Row {
  const html = PAGES[name]!();
  const sanitizerWindow = new JSDOM("").window as unknown as Window & typeof globalThis;
  let t = performance.now();
  const doc = parseHtmlDocument(html);
  const parseMs = Math.round(performance.now() - t);
  const elements = doc.querySelectorAll("*").length;
  console.log(JSON.stringify({ parseMs, elements }));
  t = performance.now();
  let result: string;
  try {
    const r = extractArticle(doc, { url: "https://news.example/city/bridge-repairs", sanitizerWindow });
    result = r.kind === "article" ? `article, ${r.article.wordCount} words` : `no-article (${r.reason})`;
  } catch (error) {
    result = `threw: ${error instanceof Error ? error.message.slice(0, 60) : String(error)}`;
  }
  const extractMs = Math.round(performance.now() - t);
  return {
    page: name,
    megabytes: +(html.length / 1024 / 1024).toFixed(1),
    elements,
    parseMs,
    extractMs,
    result,
  };
}

/** One page in a child process (its own heap and stack), killed at the cap. */
function inChild(name: string, capMs: number): Promise<Row> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx/esm", fileURLToPath(import.meta.url), "--one", name],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const row: Row = { page: name, megabytes: 0, elements: null, parseMs: null, extractMs: null, result: "" };
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      for (const line of out.split("\n").slice(0, -1)) Object.assign(row, JSON.parse(line));
      out = out.slice(out.lastIndexOf("\n") + 1);
    });
    const timer = setTimeout(() => {
      row.result = `gave up after ${capMs / 1000} s`;
      child.kill("SIGKILL");
    }, capMs);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (!row.result) row.result = `crashed (${signal ?? `exit ${code}`})`;
      row.megabytes ||= +(PAGES[name]!().length / 1024 / 1024).toFixed(1);
      resolve(row);
    });
  });
}

const one = process.argv.indexOf("--one");
if (one > 0) {
  console.log(JSON.stringify(measure(process.argv[one + 1] ?? "")));
} else {
  const capArg = process.argv.indexOf("--cap-s");
  const capMs = (capArg > 0 ? Number(process.argv[capArg + 1]) : 60) * 1000;
  const rows: Row[] = [];
  for (const name of Object.keys(PAGES)) {
    process.stderr.write(`${name}… `);
    const row = await inChild(name, capMs);
    process.stderr.write(`${row.result}\n`);
    rows.push(row);
  }
  console.table(rows);
  const finished = rows.filter((r) => r.extractMs !== null);
  console.log(
    JSON.stringify({
      bench: "robustness",
      node: process.version,
      capMs,
      finished: finished.length,
      worstFinishedMs: Math.max(0, ...finished.map((r) => (r.parseMs ?? 0) + (r.extractMs ?? 0))),
      pages: rows,
    }),
  );
}
