/**
 * What the list shows: the rows that pass the view (unread / favourites / archived), tag, site
 * and search filters, in the chosen order. Pure, so it is tested without a page.
 */
import { hostOfUrl, type ArticleSummary } from "../library/index.js";

export type View = "all" | "unread" | "favourite" | "archived";
export type Sort =
  "saved-desc" | "saved-asc" | "published-desc" | "reading-asc" | "reading-desc" | "relevance";

export interface Filters {
  view: View;
  tag: string | null;
  site: string | null;
  /** Ids matching the search, best first; null when not searching. */
  matches: string[] | null;
  sort: Sort;
}

const sites = new WeakMap<object, string>();

/** The row's site; cached per row object (parsing 20,000 URLs for the sidebar counts is slow). */
export function siteOf(row: Pick<ArticleSummary, "siteName" | "url">): string {
  let site = sites.get(row);
  if (site === undefined) sites.set(row, (site = row.siteName?.trim() || hostOfUrl(row.url)));
  return site;
}

export function inView(row: ArticleSummary, view: View): boolean {
  switch (view) {
    case "all":
      return true;
    case "unread":
      return !row.archived && row.progress < 1;
    case "favourite":
      return row.favourite;
    case "archived":
      return row.archived;
  }
}

const published = (row: ArticleSummary) => (row.publishedTime ? Date.parse(row.publishedTime) || 0 : 0);

const ORDER: Record<Exclude<Sort, "relevance">, (a: ArticleSummary, b: ArticleSummary) => number> = {
  "saved-desc": (a, b) => b.savedAt - a.savedAt,
  "saved-asc": (a, b) => a.savedAt - b.savedAt,
  "published-desc": (a, b) => published(b) - published(a) || b.savedAt - a.savedAt,
  // Link-only articles have no reading time yet: they go last.
  "reading-asc": (a, b) => (a.linkOnly ? 1e9 : a.readingMinutes) - (b.linkOnly ? 1e9 : b.readingMinutes),
  "reading-desc": (a, b) => (b.linkOnly ? -1 : b.readingMinutes) - (a.linkOnly ? -1 : a.readingMinutes),
};

export function visibleRows(rows: Map<string, ArticleSummary>, f: Filters): ArticleSummary[] {
  const keep = (r: ArticleSummary) =>
    inView(r, f.view) && (!f.tag || r.tags.includes(f.tag)) && (!f.site || siteOf(r) === f.site);
  if (f.matches) {
    const found = f.matches.map((id) => rows.get(id)).filter((r): r is ArticleSummary => !!r && keep(r));
    return f.sort === "relevance" ? found : found.sort(ORDER[f.sort]);
  }
  const out = [...rows.values()].filter(keep);
  return out.sort(ORDER[f.sort === "relevance" ? "saved-desc" : f.sort]);
}

export interface Facets {
  views: Record<View, number>;
  tags: [string, number][];
  sites: [string, number][];
}

/** Counts for the sidebar: per view, per tag and per site (most used first). */
export function facets(rows: Iterable<ArticleSummary>): Facets {
  const views: Record<View, number> = { all: 0, unread: 0, favourite: 0, archived: 0 };
  const tags = new Map<string, number>();
  const sites = new Map<string, number>();
  for (const r of rows) {
    views.all++;
    if (inView(r, "unread")) views.unread++;
    if (r.favourite) views.favourite++;
    if (r.archived) views.archived++;
    for (const t of r.tags) tags.set(t, (tags.get(t) ?? 0) + 1);
    const s = siteOf(r);
    if (s) sites.set(s, (sites.get(s) ?? 0) + 1);
  }
  const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);
  return { views, tags: [...tags].sort(byCount), sites: [...sites].sort(byCount) };
}
