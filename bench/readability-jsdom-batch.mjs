#!/usr/bin/env node
// Baseline for the CLI speed figure: plain Readability.js over jsdom, whole process, doing less
// work than `tidings extract --batch` (no metadata rules, no sanitising, no clutter rules).
// Usage: node bench/readability-jsdom-batch.mjs MANIFEST.json OUT.json
import { readFile, writeFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { dirname, resolve } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [manifestPath, outPath] = process.argv.slice(2);
const manifest = JSON.parse(await readFile(manifestPath, "utf8"));
const results = {};
const virtualConsole = new VirtualConsole(); // jsdom's CSS parser complains loudly about real pages
for (const [id, { file, url }] of Object.entries(manifest)) {
  try {
    let bytes = await readFile(resolve(dirname(manifestPath), file));
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    const dom = new JSDOM(bytes, { url, virtualConsole });
    const parsed = new Readability(dom.window.document).parse();
    results[id] = parsed ? { title: parsed.title, textContent: parsed.textContent } : { error: "no article" };
    dom.window.close();
  } catch (error) {
    results[id] = { error: String(error) };
  }
}
await writeFile(outPath, JSON.stringify(results));
