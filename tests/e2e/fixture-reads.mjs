// What a browser's read of each fixture page must give: expected.json's verdict, its fields that
// do not depend on the page's address, and its snippets. The fixtures are served from 127.0.0.1,
// where expected.json names each page's real address (site names from the host, resolved image
// URLs differ); Node's reading of the same pages is tests/fixtures/fixtures.test.ts.
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { root } from "./browsers.mjs";

const fixtures = join(root, "tests", "fixtures");
const PLACE_FREE = ["title", "byline", "publishedTime", "source", "lang", "dir"];

/** Every fixture case with its expected.json. */
export async function fixtureCases() {
  const names = (await readdir(fixtures, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  return Promise.all(
    names.map(async (name) => ({
      name,
      expected: JSON.parse(await readFile(join(fixtures, name, "expected.json"), "utf8")),
    })),
  );
}

/** Asserts that `result` (a read-tab answer) is what the case expects. */
export function assertFixtureRead({ name, expected }, result) {
  assert.equal(result.kind, expected.kind, `${name}: ${result.reason ?? result.message ?? ""}`);
  if (expected.kind !== "article") return;
  for (const key of PLACE_FREE.filter((k) => k in expected))
    assert.equal(result.article[key], expected[key], `${name}: ${key}`);
  const text = result.article.textContent.replace(/\s+/g, " ");
  for (const snippet of expected.mustContain ?? [])
    assert.ok(text.includes(snippet.replace(/\s+/g, " ")), `${name} keeps ${snippet}`);
  for (const snippet of expected.mustNotContain ?? [])
    assert.ok(!text.includes(snippet.replace(/\s+/g, " ")), `${name} drops ${snippet}`);
}
