// Shared by the library unit tests: a fresh database per test, sample files, an article maker.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";
import { TidingsDb } from "../../src/library/db.js";
import type { Article } from "../../src/extract/types.js";

export const samples = join(dirname(fileURLToPath(import.meta.url)), "samples/library");

export function sample(name: string): string {
  return readFileSync(join(samples, name), "utf8");
}

export function sampleBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(samples, name)));
}

/** Every file under a sample folder, by path relative to it. */
export function sampleTree(dir: string): Record<string, Uint8Array> {
  const root = join(samples, dir);
  const out: Record<string, Uint8Array> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(root, full)] = new Uint8Array(readFileSync(full));
    }
  };
  walk(root);
  return out;
}

export function freshDb(): TidingsDb {
  return new TidingsDb(`tidings-test-${Math.random()}`);
}

/**
 * Call at a test file's top level: answers a maker of databases (fresh, or opened by name),
 * each deleted after its test.
 */
export function useFreshDbs(): (name?: string) => TidingsDb {
  const dbs: TidingsDb[] = [];
  afterEach(async () => {
    for (const d of dbs.splice(0)) await d.delete();
  });
  return (name) => {
    const d = name ? new TidingsDb(name) : freshDb();
    dbs.push(d);
    return d;
  };
}

export function article(overrides: Partial<Article> = {}): Article {
  return {
    url: "https://news.example/a",
    title: "A",
    byline: null,
    siteName: "Example",
    source: null,
    publishedTime: "2025-03-21",
    lang: "en",
    dir: "ltr",
    excerpt: null,
    content: "<p>Body</p>",
    textContent: "Body",
    wordCount: 1,
    readingMinutes: 1,
    leadImage: null,
    ...overrides,
  };
}
