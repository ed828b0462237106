/**
 * The library page: every saved article in a virtualised list (20,000 rows stay smooth), full-text
 * search, views, tags and sites, sorting, bulk actions with Undo, import and export.
 */
import {
  allSummaries,
  exportArticles,
  LibrarySearch,
  newestSummaries,
  summariesById,
  timeSlicer,
  yieldToPage,
  type ArticleSummary,
  type ExportFormat,
  type ImportReport,
  type SavedArticle,
} from "../library/index.js";
import { applySettings } from "../shared/apply-settings.js";
import { localize, t } from "../shared/i18n.js";
import { getSettings, onSettingsChanged } from "../shared/settings.js";
import { createActions } from "./actions.js";
import { download } from "./download.js";
import { setUpImport } from "./import-ui.js";
import { libraryItem, type RowActions } from "./library-item.js";
import { articles, num, plural } from "./l10n.js";
import { renderSidebar, setUpSidebar } from "./sidebar.js";
import { facets, siteOf, visibleRows, type Filters, type Sort } from "./view-state.js";
import { VirtualList } from "./virtual-list.js";

const ROW_HEIGHT = 88;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const locale = [...navigator.languages];
const controller = new AbortController();
const { signal } = controller;

const rows = new Map<string, ArticleSummary>();
const selected = new Set<string>();
const filters: Filters = { view: "all", tag: null, site: null, matches: null, sort: "saved-desc" };
let search: LibrarySearch | undefined;
let loaded = false;
/** Bumped whenever `rows` changes: the sidebar's counts are only recomputed then. */
let rowsVersion = 0;
let sidebarKey = "";

function showStatus(text: string | null, error = false): void {
  const status = $("status");
  status.textContent = text ?? "";
  status.hidden = text === null;
  status.classList.toggle("status--error", error);
}
const fail = (error: unknown) => showStatus(error instanceof Error ? error.message : String(error), true);

const actions = createActions({ rows, changed, fail });
const rowActions: RowActions = {
  isSelected: (id) => selected.has(id),
  select: (id, on) => {
    if (on) selected.add(id);
    else selected.delete(id);
    renderSelection();
  },
  favourite: (a) => void actions.favourite([a.id], !a.favourite),
  archive: (a) => void actions.archive([a.id], !a.archived),
  tag: (a) => void actions.editTags(a),
  remove: (a) => void actions.remove([a.id]),
  filterTag: (t) => setFilter({ tag: t }),
};

const list = new VirtualList<ArticleSummary>({
  viewport: $("viewport"),
  list: $("library-list"),
  rowHeight: ROW_HEIGHT,
  key: (r) => r.id,
  render: (r) => libraryItem(r, locale, rowActions),
  signal,
  onKey: (e, r) => {
    const row = document.querySelector<HTMLElement>(`[data-id="${CSS.escape(r.id)}"]`);
    const keys: Record<string, () => void> = {
      Enter: () => row?.querySelector<HTMLAnchorElement>("a[data-testid=open-link]")?.click(),
      x: () => rowActions.select(r.id, !selected.has(r.id)),
      s: () => rowActions.favourite(r),
      e: () => rowActions.archive(r),
      t: () => rowActions.tag(r),
      Delete: () => rowActions.remove(r),
    };
    keys.Backspace = keys.Delete!;
    keys[" "] = keys.x!;
    const act = keys[e.key];
    if (!act) return false;
    act();
    if (e.key === "x" || e.key === " ") {
      const box = row?.querySelector<HTMLInputElement>(".row__check");
      if (box) box.checked = selected.has(r.id);
    }
    return true;
  },
});

function currentRows(): ArticleSummary[] {
  return visibleRows(rows, filters);
}

function render(): void {
  const start = performance.now();
  const shown = currentRows();
  list.setItems(shown);
  const total = rows.size;
  const query = ($("search") as HTMLInputElement).value.trim();
  $("count").textContent =
    shown.length === total ? articles(total) : t("library_countFiltered", num(shown.length), num(total));
  const empty = $("empty");
  empty.hidden = shown.length > 0 || !loaded;
  empty.textContent = total
    ? query
      ? filters.view !== "all" || filters.tag || filters.site
        ? t("library_emptyQueryFiltered", query)
        : t("library_emptyQuery", query)
      : t("library_emptyView")
    : t("library_emptyLibrary");
  // Counting 20,000 rows and rebuilding the sidebar on every keystroke of a search is most of
  // its cost: only when the rows or the sidebar's own filters change.
  const key = `${rowsVersion} ${filters.view} ${filters.tag} ${filters.site}`;
  if (key !== sidebarKey) {
    sidebarKey = key;
    scheduleSidebar();
  }
  renderSelection();
  performance.measure("tidings:render", { start, end: performance.now() });
}

let sidebarQueued = false;

/** The sidebar's counts in a task of their own, after the list (20,000 rows to count). */
function scheduleSidebar(): void {
  if (sidebarQueued) return;
  sidebarQueued = true;
  void yieldToPage().then(() => {
    sidebarQueued = false;
    renderSidebar(facets(rows.values()), filters, sidebarActions);
  });
}

function renderSelection(): void {
  for (const id of selected) if (!rows.has(id)) selected.delete(id);
  $("selection-bar").hidden = selected.size === 0;
  $("selection-count").textContent = t("library_selectedCount", num(selected.size));
  $("export-button").textContent = selected.size
    ? t("library_exportSelected", num(selected.size))
    : t("library_exportAll");
}

function setFilter(patch: Partial<Filters>): void {
  Object.assign(filters, patch);
  $("viewport").scrollTop = 0;
  render();
}

const sidebarActions = {
  view: (view: Filters["view"]) => setFilter({ view }),
  tag: (tag: string | null) => setFilter({ tag }),
  site: (site: string | null) => setFilter({ site }),
  renameTag: (t: string) => void actions.renameTag(t),
  removeTag: (t: string) => void actions.removeTag(t),
};

/** Reload some rows after a change (removed ones disappear), re-index if asked, redraw. */
async function changed(ids: string[], { reindex = false } = {}): Promise<void> {
  const fresh = await summariesById(ids);
  for (const id of ids) rows.delete(id);
  for (const r of fresh) rows.set(r.id, r);
  rowsVersion++;
  if (reindex && search) await catchUp();
  else render();
}

function runSearch(): void {
  const query = ($("search") as HTMLInputElement).value;
  const start = performance.now();
  filters.matches = query.trim() ? (search?.search(query) ?? []) : null;
  performance.measure("tidings:search:index", { start, end: performance.now() });
  if (!search && query.trim()) showStatus(t("library_preparingSearch"));
  render();
  performance.measure("tidings:search", { start, end: performance.now() });
}

async function reloadAll(): Promise<void> {
  const all = await allSummaries({ signal });
  rows.clear();
  for (const r of all) rows.set(r.id, r);
  rowsVersion++;
  loaded = true;
  if (search) await catchUp();
  else runSearch();
}

let indexing: Promise<void> = Promise.resolve();

/** Bring the search index up to date (one catch-up at a time), then search again. */
function catchUp(known?: Map<string, SavedArticle>): Promise<void> {
  // A failed catch-up must not stop the later ones (its marks stay: the next one retries).
  indexing = indexing.catch(fail).then(async () => {
    const start = performance.now();
    await search?.catchUp({ signal, known });
    performance.measure("tidings:catch-up", { start, end: performance.now() });
    runSearch();
  });
  return indexing;
}

/** After an import: the written rows are in the report, so nothing is read back. */
async function imported(report: ImportReport): Promise<void> {
  const known = new Map(report.articles.map((a) => [a.id, a]));
  // The list keeps light rows only (20,000 bodies would stay in memory otherwise); each row's
  // site was worked out while the import wrote (onRow), not all at once by the sidebar's counts.
  const slicer = timeSlicer();
  for (const row of report.rows) {
    rows.set(row.id, row);
    await slicer.pause();
  }
  rowsVersion++;
  // Drawing the list (sorting 20,000 rows, the sidebar's counts) is a task of its own.
  await yieldToPage();
  runSearch();
  // The list is up to date now; the index follows in slices (search finds the new articles
  // when it has), so the import is done for the reader before it is for the search.
  if (search)
    void catchUp(known)
      .then(() => performance.measure("tidings:import:indexed", "tidings:import-start"))
      .catch(fail);
}

async function exportNow(): Promise<void> {
  const format = ($("export-format") as HTMLSelectElement).value as ExportFormat;
  const ids = selected.size ? [...selected] : null;
  const start = performance.now();
  showStatus(
    ids ? plural(ids.length, "library_exportingOne", "library_exportingOther") : t("library_exportingAll"),
  );
  try {
    const file = await exportArticles(format, ids);
    download(file.name, file.blob);
    showStatus(null);
    performance.measure("tidings:export", { start, end: performance.now() });
  } catch (error) {
    fail(error);
  }
}

function wire(): void {
  const input = $("search") as HTMLInputElement;
  input.addEventListener("input", runSearch, { signal });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      input.value = "";
      runSearch();
    } else if (e.key === "ArrowDown") {
      e.preventDefault();
      list.focusRow(0);
    }
  });
  document.addEventListener(
    "keydown",
    (e) => {
      const typing = (e.target as HTMLElement).closest("input, select, textarea, dialog");
      if (e.key === "/" && !typing) {
        e.preventDefault();
        input.focus();
      }
    },
    { signal },
  );
  const sort = $("sort") as HTMLSelectElement;
  sort.addEventListener("change", () => setFilter({ sort: sort.value as Sort }), { signal });
  $("export-button").addEventListener("click", () => void exportNow(), { signal });
  $("selection-bar").addEventListener(
    "click",
    (e) => {
      const kind = (e.target as HTMLElement).closest<HTMLButtonElement>("[data-bulk]")?.dataset.bulk;
      const ids = [...selected];
      if (kind === "archive" || kind === "unarchive") void actions.archive(ids, kind === "archive");
      else if (kind === "favourite") void actions.favourite(ids, true);
      else if (kind === "tag") void actions.addTags(ids);
      else if (kind === "remove") void actions.remove(ids);
      if (kind === "clear" || kind === "remove") selected.clear();
      if (kind === "clear") render();
    },
    { signal },
  );
  setUpSidebar(sidebarActions, signal);
  setUpImport({ onImported: imported, onRow: siteOf, showStatus, signal });
  // Saves from the popup or the reader while this page is open show when it is seen again.
  document.addEventListener(
    "visibilitychange",
    () => {
      if (document.visibilityState === "visible" && loaded) void reloadAll().catch(fail);
    },
    { signal },
  );
}

async function main(): Promise<void> {
  localize();
  // The saved theme before the first rows, so the page does not flash in the system's colours.
  applySettings(await getSettings());
  onSettingsChanged(applySettings, signal);
  wire();
  // The first screen from the newest rows alone, before the whole library is read.
  for (const r of await newestSummaries(Math.ceil(innerHeight / ROW_HEIGHT) + 8)) rows.set(r.id, r);
  list.setItems(currentRows());
  // Nothing else until that screen is painted: reading 20,000 rows competes with the first frame.
  await new Promise<void>((painted) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark("tidings:first-rows");
        painted();
      }),
    ),
  );
  await reloadAll();
  search = await LibrarySearch.open({ signal });
  showStatus(null);
  runSearch();
  document.body.dataset.ready = "true";
}

main().catch(fail);
