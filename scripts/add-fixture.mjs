#!/usr/bin/env node
// Adds a fixture case: npm run add-fixture -- NAME FILE URL
// Copies the page (decoded, gzip accepted) to tests/fixtures/NAME/source.html and writes
// expected.json from what the extractor gives today, for a human to review and trim.
import { build } from "esbuild";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const [name, file, url] = process.argv.slice(2);
if (!name || !file || !url || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
  console.error("Usage: npm run add-fixture -- NAME FILE URL   (NAME: kebab-case, e.g. lazy-image-2)");
  process.exit(1);
}
const dir = join(root, "tests", "fixtures", name);
if (existsSync(join(dir, "expected.json"))) {
  console.error(`tests/fixtures/${name} exists already; pick another name`);
  process.exit(1);
}

// The extractor is TypeScript: bundle a tiny entry next to node_modules so packages resolve.
const outfile = join(root, "node_modules", ".cache", "tidings", "add-fixture.mjs");
await build({
  stdin: {
    contents: `export { decodeHtmlBytes } from "./src/cli/decode.ts";
      export { parseHtmlDocument } from "./src/cli/parse-html.ts";
      export { extractArticle } from "./src/extract/index.ts";`,
    resolveDir: root,
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "esm",
  packages: "external",
  outfile,
  logLevel: "warning",
});
// eslint-disable-next-line no-unsanitized/method -- the URL is the bundle this script just wrote
const { decodeHtmlBytes, parseHtmlDocument, extractArticle } = await import(pathToFileURL(outfile).href);
const { JSDOM } = await import("jsdom");

const html = decodeHtmlBytes(new Uint8Array(await readFile(file)));
const now = new Date().toISOString();
const result = extractArticle(parseHtmlDocument(html), {
  url,
  now: new Date(now),
  sanitizerWindow: new JSDOM("").window,
});

const expected = { url, now, kind: result.kind };
if (result.kind === "no-article") {
  expected.reason = result.reason;
} else {
  const a = result.article;
  Object.assign(expected, {
    title: a.title,
    siteName: a.siteName,
    source: a.source,
    publishedTime: a.publishedTime,
    byline: a.byline,
    lang: a.lang,
    dir: a.dir,
    // Keep the paragraphs a reader must get; add snippets of clutter that must not appear.
    mustContain: a.textContent
      .split(/\n+/)
      .filter((p) => p.length >= 80)
      .slice(0, 12),
    mustNotContain: [],
  });
}
await mkdir(dir, { recursive: true });
await writeFile(join(dir, "source.html"), html);
await writeFile(join(dir, "expected.json"), JSON.stringify(expected, null, 2) + "\n");
console.log(
  `tests/fixtures/${name}: ${result.kind}. Review expected.json: check each field, add mustNotContain.`,
);
