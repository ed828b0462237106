/**
 * Realistic library data for bench:library, from the shared corpora: article texts (the
 * article-bodies ground truth, Readability's expected output for its test pages) varied into
 * 20,000 distinct articles, as a Pocket CSV (links only) and a Tidings JSON export (with text).
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";

export interface BaseText {
  title: string;
  byline: string | null;
  paragraphs: string[];
}

const strip = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&[a-z#0-9]+;/gi, " ")
    .replace(/\s+/g, " ")
    .trim();

export function loadBaseTexts(corpora: string): BaseText[] {
  const out: BaseText[] = [];
  const truth = JSON.parse(readFileSync(join(corpora, "article-bodies/ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody: string }
  >;
  for (const [id, { articleBody }] of Object.entries(truth)) {
    const paragraphs = articleBody
      .split(/\n+/)
      .map((p) => p.trim())
      .filter((p) => p.length > 40);
    if (paragraphs.length >= 3)
      out.push({
        title: `${paragraphs[0]!.split(/[.!?]/)[0]!.slice(0, 90)} (${id})`,
        byline: null,
        paragraphs,
      });
  }
  const rp = join(corpora, "readability-pages");
  for (const name of existsSync(rp) ? readdirSync(rp) : []) {
    const file = join(rp, name, "expected.html.gz");
    if (!existsSync(file)) continue;
    const html = gunzipSync(readFileSync(file)).toString("utf8");
    const meta = JSON.parse(readFileSync(join(rp, name, "expected-metadata.json"), "utf8")) as {
      title?: string;
      byline?: string | null;
    };
    const paragraphs = [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)]
      .map((m) => strip(m[1]!))
      .filter((p) => p.length > 40);
    if (paragraphs.length >= 3)
      out.push({ title: meta.title || name, byline: meta.byline ?? null, paragraphs });
  }
  return out;
}

const SITES = Array.from({ length: 60 }, (_, i) => `news${i}.example`);
const TAGS = [
  "science",
  "politics",
  "longread",
  "tech",
  "climate",
  "health",
  "economy",
  "culture",
  "sport",
  "history",
];
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export interface BenchArticle {
  url: string;
  title: string;
  site: string;
  byline: string | null;
  savedAt: number;
  tags: string[];
  archived: boolean;
  paragraphs: string[];
}

/** Article i: a window of its base text's paragraphs (rotated) plus one paragraph of another. */
export function benchArticles(bases: BaseText[], count: number, maxChars = 3_000): BenchArticle[] {
  const out: BenchArticle[] = [];
  const start = Date.UTC(2019, 0, 1);
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length]!;
    const other = bases[(i * 7 + 3) % bases.length]!;
    const from = Math.floor(i / bases.length) % base.paragraphs.length;
    const paragraphs: string[] = [];
    let size = 0;
    for (let k = 0; k < base.paragraphs.length && size < maxChars; k++) {
      const p = base.paragraphs[(from + k) % base.paragraphs.length]!;
      paragraphs.push(p);
      size += p.length;
    }
    paragraphs.splice(1, 0, other.paragraphs[i % other.paragraphs.length]!);
    out.push({
      url: `https://www.${SITES[i % SITES.length]}/${2019 + (i % 6)}/story-${i}?utm_source=pocket_saves`,
      title: `${base.title} — ${Math.floor(i / bases.length) + 1}`,
      site: SITES[i % SITES.length]!,
      byline: base.byline,
      savedAt: start + i * 7_200_000,
      tags: i % 4 === 0 ? [TAGS[i % TAGS.length]!, TAGS[(i >> 2) % TAGS.length]!] : [],
      archived: i % 3 === 0,
      paragraphs,
    });
  }
  return out;
}

const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function pocketCsv(articles: BenchArticle[]): string {
  const lines = ["title,url,time_added,tags,status"];
  for (const a of articles) {
    lines.push(
      [
        csvField(a.title),
        a.url,
        String(Math.floor(a.savedAt / 1000)),
        a.tags.join("|"),
        a.archived ? "archive" : "unread",
      ].join(","),
    );
  }
  return lines.join("\n") + "\n";
}

export function tidingsJson(articles: BenchArticle[]): string {
  const rows = articles.map((a, i) => {
    const text = a.paragraphs.join("\n\n");
    const words = text.split(/\s+/).length;
    return JSON.stringify({
      id: `bench-${i}`,
      url: a.url.replace(/\?utm_source=pocket_saves$/, ""),
      normUrl: a.url.replace(/\?utm_source=pocket_saves$/, ""),
      title: a.title,
      byline: a.byline,
      siteName: a.site,
      source: null,
      publishedTime: new Date(a.savedAt - 86_400_000 * (i % 30)).toISOString().slice(0, 10),
      lang: "en",
      dir: null,
      excerpt: a.paragraphs[0]!.slice(0, 200),
      content: a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(""),
      textContent: text,
      wordCount: words,
      readingMinutes: Math.max(1, Math.round(words / 230)),
      leadImage: null,
      savedAt: a.savedAt,
      updatedAt: a.savedAt,
      tags: a.tags,
      archived: a.archived,
      favourite: i % 50 === 0,
      progress: 0,
      linkOnly: false,
      highlights: null,
    });
  });
  return `{"format":"tidings-library","version":2,"articles":[\n${rows.join(",\n")}\n]}\n`;
}

/** 100 varied queries: single words from the texts, two-word phrases, prefixes, sites, authors. */
export function benchQueries(bases: BaseText[]): string[] {
  const words = bases.flatMap((b) => b.paragraphs.join(" ").match(/\p{L}{6,}/gu) ?? []);
  const pick = (k: number) => words[(k * 7919) % words.length]!.toLowerCase();
  const out: string[] = [];
  for (let k = 0; out.length < 100; k++) {
    const kind = k % 5;
    if (kind === 0 || kind === 1) out.push(pick(k));
    else if (kind === 2) out.push(`${pick(k)} ${pick(k + 1)}`);
    else if (kind === 3) out.push(pick(k).slice(0, 4));
    else out.push(k % 2 ? SITES[k % SITES.length]! : (bases[k % bases.length]!.byline ?? pick(k)));
  }
  return out;
}
