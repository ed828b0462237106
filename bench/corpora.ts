/**
 * Loads the extraction corpora (shared/corpora/README.md): every page as decoded HTML with its
 * URL and its truth, one list per corpus. Pages are gzip files of the fetched bytes.
 */
import { readFile, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { decodeHtmlBytes } from "../src/cli/decode.js";

export interface BodyPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}
export interface SnippetPage {
  id: string;
  url: string;
  html: string;
  with: string[];
  without: string[];
}
export interface DatePage {
  id: string;
  url: string;
  html: string;
  label: string;
}
export interface ReadabilityPage {
  id: string;
  url: string;
  html: string;
  expectedHtml: string;
  metadata: Record<string, unknown>;
}

export interface Corpora {
  articleBodies: BodyPage[];
  boilerplateSnippets: SnippetPage[];
  publicationDates: DatePage[];
  readabilityPages: ReadabilityPage[];
}

const readJson = async (path: string) => JSON.parse(await readFile(path, "utf8"));
const readPage = async (path: string) => decodeHtmlBytes(await readFile(path));

/** Loads up to `limit` pages of each corpus under `dir` (a missing corpus gives an empty list). */
export async function loadCorpora(dir: string, limit = Infinity): Promise<Corpora> {
  const corpora: Corpora = {
    articleBodies: [],
    boilerplateSnippets: [],
    publicationDates: [],
    readabilityPages: [],
  };

  const bodies = join(dir, "article-bodies");
  if (existsSync(bodies)) {
    const truth: Record<string, { articleBody: string; url?: string }> = await readJson(
      join(bodies, "ground-truth.json"),
    );
    for (const [id, entry] of Object.entries(truth).slice(0, limit)) {
      const html = await readPage(join(bodies, "html", `${id}.html.gz`));
      corpora.articleBodies.push({
        id,
        url: entry.url ?? "https://example.com/",
        html,
        truth: entry.articleBody,
      });
    }
  }

  const snippets = join(dir, "boilerplate-snippets");
  if (existsSync(snippets)) {
    const evaldata: Record<string, { file: string; with: string[]; without: string[] }> = await readJson(
      join(snippets, "evaldata.json"),
    );
    for (const [key, entry] of Object.entries(evaldata).slice(0, limit)) {
      const url = key.startsWith("hard::") ? "https://example.com/" : key;
      const html = await readPage(join(snippets, "html", `${entry.file}.gz`));
      corpora.boilerplateSnippets.push({ id: key, url, html, with: entry.with, without: entry.without });
    }
  }

  const dates = join(dir, "publication-dates");
  if (existsSync(dates)) {
    const labels: Record<string, { file: string; date: string }> = await readJson(join(dates, "labels.json"));
    for (const [url, entry] of Object.entries(labels).slice(0, limit)) {
      const html = await readPage(join(dates, "html", `${entry.file}.gz`));
      corpora.publicationDates.push({ id: entry.file, url, html, label: entry.date });
    }
  }

  const readability = join(dir, "readability-pages");
  if (existsSync(readability)) {
    const cases = (await readdir(readability, { withFileTypes: true })).filter((d) => d.isDirectory());
    for (const { name } of cases.slice(0, limit)) {
      const caseDir = join(readability, name);
      corpora.readabilityPages.push({
        id: name,
        // Readability's own test suite reads every case as this URL.
        url: "http://fakehost/test/page.html",
        html: await readPage(join(caseDir, "source.html.gz")),
        expectedHtml: await readPage(join(caseDir, "expected.html.gz")),
        metadata: await readJson(join(caseDir, "expected-metadata.json")),
      });
    }
  }
  return corpora;
}
