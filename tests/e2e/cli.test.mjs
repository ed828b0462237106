// The built command line (dist/cli.js) as a user runs it: a new Node process per call, on the
// project's own fixture pages, in each output format and in batch mode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { existsSync } from "node:fs";
import { distDir, root } from "./browsers.mjs";

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
  const results = JSON.parse(await readFile(join(dir, "out.json"), "utf8"));
  assert.deepEqual(Object.keys(results), Object.keys(manifest));
  assert.equal(results.wire.title, want.title);
  assert.equal(results.wire.publishedTime, want.publishedTime);
  assert.match(results.listing.error, /^not-an-article: /);
  assert.match(results.missing.error, /missing\.html/);
  assert.equal(results.malformed.error, "manifest entry has no file");
});
