// The built command line (dist/cli.js) as a user runs it: a new Node process per call, on the
// project's own fixture pages, in each output format and in batch mode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { existsSync } from "node:fs";
import { JSDOM } from "jsdom";
import { tsImport } from "tsx/esm/api";
import { distDir, root } from "./browsers.mjs";
import { findViolations } from "../hostile/inspect.mjs";

const cli = join(distDir, "cli.js");
const fixture = (name) => join(root, "tests", "fixtures", name, "source.html");
const expected = async (name) =>
  JSON.parse(await readFile(join(root, "tests", "fixtures", name, "expected.json"), "utf8"));

function tidings(...args) {
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test("extract FILE prints the article as JSON, with its source and date", async () => {
  assert.ok(existsSync(cli), `${cli} is missing: run \`npm run build\` before the end-to-end suite`);
  const want = await expected("wire-dateline");
  const run = tidings("extract", fixture("wire-dateline"), "--url", want.url);
  assert.equal(run.code, 0, run.stderr);
  const article = JSON.parse(run.stdout);
  assert.equal(article.title, want.title);
  assert.equal(article.source, want.source);
  assert.equal(article.publishedTime, want.publishedTime);
  for (const line of want.mustContain) assert.ok(article.textContent.includes(line), line);
  for (const clutter of want.mustNotContain) assert.ok(!article.textContent.includes(clutter), clutter);
  assert.doesNotMatch(article.content, /<script|\son\w+=/i);
});

test("text and Markdown formats carry the title, source and date", async () => {
  const want = await expected("wire-dateline");
  const text = tidings("extract", fixture("wire-dateline"), "--url", want.url, "--format", "text");
  assert.equal(text.code, 0, text.stderr);
  const [title, , sourceLine] = text.stdout.split("\n");
  assert.equal(title, want.title);
  assert.equal(sourceLine, `Source: ${want.source} · ${want.publishedTime}`);

  const md = tidings("extract", fixture("wire-dateline"), "--url", want.url, "--format", "markdown");
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, /^---\ntitle: "Senate passes stopgap bill to avert shutdown"\n/);
  assert.match(md.stdout, new RegExp(`\\npublished: "${want.publishedTime}"\\n`));
  assert.match(md.stdout, /\n---\n\n# Senate passes stopgap bill to avert shutdown\n\n/);
  assert.ok(md.stdout.includes(want.mustContain[1]));
});

test("a page without an article exits 2 with a reason; bad arguments exit 1 with the usage", async () => {
  const want = await expected("no-article");
  const none = tidings("extract", fixture("no-article"), "--url", want.url);
  assert.equal(none.code, 2);
  assert.equal(none.stdout, "");
  assert.match(none.stderr, /\(not-an-article\)\n$/);

  const bad = tidings("extract", fixture("no-article"), "--format", "pdf");
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /unknown format "pdf"[\s\S]*Usage:/);

  const missing = tidings("extract", join(tmpdir(), "tidings-no-such-file.html"));
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /^tidings: .*no-such-file/);
});

test("--batch writes one result per manifest entry; a bad entry never stops the rest", async () => {
  const dir = await mkdtemp(join(tmpdir(), "tidings-cli-"));
  const want = await expected("wire-dateline");
  // A gzipped copy, named relative to the manifest, as saved corpora are.
  await writeFile(join(dir, "wire.html.gz"), gzipSync(await readFile(fixture("wire-dateline"))));
  const manifest = {
    wire: { file: "wire.html.gz", url: want.url },
    listing: { file: fixture("no-article"), url: (await expected("no-article")).url },
    missing: { file: "missing.html" },
    malformed: { url: "https://example.com/" },
  };
  await writeFile(join(dir, "manifest.json"), JSON.stringify(manifest));
  const run = tidings("extract", "--batch", join(dir, "manifest.json"), "--out", join(dir, "out.json"));
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^1\/4 articles, 3 without, in [\d.]+ s → /);
  const text = await readFile(join(dir, "out.json"), "utf8");
  const results = JSON.parse(text);
  // Written a result at a time, as JSON.stringify would have written them all at once.
  assert.equal(text, `${JSON.stringify(results, null, 2)}\n`);
  assert.ok(!existsSync(join(dir, "out.json.partial")), "the partial file becomes the results");
  assert.deepEqual(Object.keys(results), Object.keys(manifest));
  assert.equal(results.wire.title, want.title);
  assert.equal(results.wire.publishedTime, want.publishedTime);
  assert.match(results.listing.error, /^not-an-article: /);
  assert.match(results.missing.error, /missing\.html/);
  assert.equal(results.malformed.error, "manifest entry has no file");
});

test("a batch stopped half-way leaves the results it had read in RESULTS.partial", async () => {
  const dir = await mkdtemp(join(tmpdir(), "tidings-cli-stopped-"));
  const url = (await expected("wire-dateline")).url;
  const manifest = Object.fromEntries(
    Array.from({ length: 2000 }, (_, i) => [`page-${i}`, { file: fixture("wire-dateline"), url }]),
  );
  await writeFile(join(dir, "manifest.json"), JSON.stringify(manifest));
  const partial = join(dir, "out.json.partial");
  const child = spawn(process.execPath, [
    cli,
    "extract",
    "--batch",
    join(dir, "manifest.json"),
    "--out",
    join(dir, "out.json"),
  ]);
  const exited = new Promise((done) => child.once("exit", done));
  // Stopped as an out-of-memory abort or a power cut would stop it: no chance to tidy up.
  while (!/"page-2": \{/.test(existsSync(partial) ? await readFile(partial, "utf8") : "")) {
    assert.equal(child.exitCode, null, "the batch ended before it could be stopped");
    await new Promise((wait) => setTimeout(wait, 10));
  }
  child.kill("SIGKILL");
  await exited;
  assert.ok(!existsSync(join(dir, "out.json")), "no results file that looks complete");
  const text = await readFile(partial, "utf8");
  // Every member before the last one begun is whole (members open with `,\n  "`; an article's own
  // fields with four spaces); each holds its page's article.
  const whole = JSON.parse(`${text.slice(0, text.lastIndexOf(',\n  "'))}\n}`);
  assert.ok(Object.keys(whole).length >= 2);
  for (const [i, id] of Object.keys(whole).entries()) {
    assert.equal(id, `page-${i}`);
    assert.ok(whole[id].textContent.length > 500, id);
  }
  await rm(dir, { recursive: true, force: true });
});

test("a malformed manifest is named with what is wrong, before any output is made", async () => {
  const dir = await mkdtemp(join(tmpdir(), "tidings-cli-manifest-"));
  for (const [name, text, message] of [
    ["truncated.json", '{"a": {"file": "a.html"', /truncated\.json is not JSON: /],
    ["list.json", '[{"file": "a.html"}]', /list\.json is not a manifest: it must be a JSON object/],
    ["null.json", "null", /null\.json is not a manifest/],
  ]) {
    await writeFile(join(dir, name), text);
    const run = tidings("extract", "--batch", join(dir, name), "--out", join(dir, "out.json"));
    assert.equal(run.code, 1, name);
    assert.match(run.stderr, new RegExp(`^tidings: .*${message.source}`), name);
    assert.ok(!existsSync(join(dir, "out.json")) && !existsSync(join(dir, "out.json.partial")), name);
  }
  await rm(dir, { recursive: true, force: true });
});

test("the built CLI sanitises every hostile payload with its bundled jsdom", async () => {
  const { PAYLOADS } = await tsImport("../hostile/payloads.ts", import.meta.url);
  const { hostileArticle } = await tsImport("../hostile/article-page.ts", import.meta.url);
  const dir = await mkdtemp(join(tmpdir(), "tidings-cli-hostile-"));
  const manifest = {};
  for (const payload of PAYLOADS) {
    const file = join(dir, `${payload.id}.html`);
    await writeFile(file, hostileArticle([payload], { pwned: "http://127.0.0.1:9/pwned" }));
    manifest[payload.id] = { file, url: "https://news.example/city/night-buses" };
  }
  await writeFile(join(dir, "manifest.json"), JSON.stringify(manifest));
  const run = tidings("extract", "--batch", join(dir, "manifest.json"), "--out", join(dir, "out.json"));
  assert.equal(run.code, 0, run.stderr);
  const results = JSON.parse(await readFile(join(dir, "out.json"), "utf8"));
  const { window } = new JSDOM("");
  const bad = [];
  for (const payload of PAYLOADS) {
    const article = results[payload.id];
    assert.ok(article && !article.error, `payload ${payload.id}: ${article?.error}`);
    const parsed = new window.DOMParser().parseFromString(article.content, "text/html");
    for (const line of findViolations(parsed.body)) bad.push(`${payload.id} ${payload.family}: ${line}`);
  }
  assert.deepEqual(bad, []);
  await rm(dir, { recursive: true, force: true });
});

test("the CLI starts from its code cache, and without it when the cache is not its own", async () => {
  const used = spawnSync(process.execPath, [cli, "--help"], {
    encoding: "utf8",
    env: { ...process.env, TIDINGS_CODE_CACHE: "report" },
  });
  assert.equal(used.status, 0);
  assert.match(used.stderr, /code cache used/);

  // A copy whose cache was made from other bytes (same length: V8's own check would accept it).
  const dir = await mkdtemp(join(tmpdir(), "tidings-cli-cache-"));
  for (const name of ["cli.js", "cli-main.cjs", "cli-main.cjs.v8-cache"])
    await copyFile(join(distDir, name), join(dir, name));
  const cache = await readFile(join(dir, "cli-main.cjs.v8-cache"));
  cache[0] ^= 0xff;
  await writeFile(join(dir, "cli-main.cjs.v8-cache"), cache);
  const want = await expected("wire-dateline");
  const stale = spawnSync(
    process.execPath,
    [join(dir, "cli.js"), "extract", fixture("wire-dateline"), "--url", want.url],
    {
      encoding: "utf8",
      env: { ...process.env, TIDINGS_CODE_CACHE: "report" },
    },
  );
  assert.equal(stale.status, 0, stale.stderr);
  assert.match(stale.stderr, /code cache stale/);
  assert.equal(JSON.parse(stale.stdout).title, want.title);

  // The right bytes but a cache V8 refuses (damaged): compiled as usual.
  cache[0] ^= 0xff;
  cache.fill(0, 20, 60);
  await writeFile(join(dir, "cli-main.cjs.v8-cache"), cache);
  const rejected = spawnSync(process.execPath, [join(dir, "cli.js"), "--help"], {
    encoding: "utf8",
    env: { ...process.env, TIDINGS_CODE_CACHE: "report" },
  });
  assert.equal(rejected.status, 0, rejected.stderr);
  assert.match(rejected.stderr, /code cache rejected/);
  await rm(dir, { recursive: true, force: true });
});

test("--saved-at: a date the page gives as '2 days ago' counts from when it was saved", async () => {
  const dir = await mkdtemp(join(tmpdir(), "tidings-cli-saved-"));
  const prose = Array.from(
    { length: 8 },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the harbour authority said the new ferry timetable would add two crossings a day and keep the night service through the winter months.</p>`,
  ).join("\n");
  const page = join(dir, "page.html");
  await writeFile(
    page,
    `<!DOCTYPE html><html lang="en"><head><title>Ferry timetable adds crossings</title></head><body>
<article><h1>Ferry timetable adds crossings</h1><p class="byline">By Jane Doe · <span class="date">2 days ago</span></p>
${prose}</article></body></html>`,
  );
  const run = tidings(
    "extract",
    page,
    "--url",
    "https://news.example/ferry",
    "--saved-at",
    "2020-05-10T12:00:00Z",
  );
  assert.equal(run.code, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).publishedTime, "2020-05-08");

  const manifest = {
    saved: { file: "page.html", savedAt: "2021-01-03" },
    wrong: { file: "page.html", savedAt: "last week" },
  };
  await writeFile(join(dir, "manifest.json"), JSON.stringify(manifest));
  const batch = tidings("extract", "--batch", join(dir, "manifest.json"), "--out", join(dir, "out.json"));
  assert.equal(batch.code, 0, batch.stderr);
  const results = JSON.parse(await readFile(join(dir, "out.json"), "utf8"));
  assert.equal(results.saved.publishedTime, "2021-01-01");
  assert.match(results.wrong.error, /^savedAt needs an ISO 8601 date/);

  const bad = tidings("extract", page, "--saved-at", "yesterday");
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--saved-at needs an ISO 8601 date[\s\S]*Usage:/);
  await rm(dir, { recursive: true, force: true });
});
