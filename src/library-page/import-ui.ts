/**
 * The one way in: "Import…" (file picker) or dropping files anywhere on the page. Every file is
 * parsed and checked before anything is written; the report says what was imported, merged and
 * skipped, and why.
 */
import {
  importParsed,
  parseImportFilesInSlices,
  type ImportFile,
  type ArticleSummary,
  type ImportReport,
} from "../library/index.js";
import { t } from "../shared/i18n.js";
import { num, plural } from "./l10n.js";

interface ImportUiOptions {
  /** After a successful import (update the list and the search index from the report). */
  onImported: (report: ImportReport) => Promise<void>;
  /** Work on each written row while the import writes (see ImportDeps.onRow). */
  onRow?: (row: ArticleSummary) => void;
  showStatus: (text: string | null, error?: boolean) => void;
  signal?: AbortSignal;
}

function showReport(report: ImportReport, names: string[]): void {
  const box = document.getElementById("import-report") as HTMLElement;
  const head = document.createElement("p");
  head.className = "report__summary";
  head.dataset.testid = "import-summary";
  head.textContent = t(
    "library_importSummary",
    plural(report.imported, "library_newArticleOne", "library_newArticleOther"),
    plural(report.merged, "library_duplicateOne", "library_duplicateOther"),
    num(report.skipped.length),
    names.join(", "),
  );
  const close = document.createElement("button");
  close.type = "button";
  close.className = "button button--quiet report__close";
  close.textContent = t("library_dismiss");
  close.addEventListener("click", () => (box.hidden = true));
  box.replaceChildren(head, close);
  if (report.skipped.length) {
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = t("library_skippedDetails");
    const list = document.createElement("ul");
    for (const s of report.skipped.slice(0, 200)) {
      const li = document.createElement("li");
      li.textContent = `${s.origin}: ${s.reason}`;
      list.append(li);
    }
    details.append(summary, list);
    box.append(details);
  }
  box.hidden = false;
}

export async function importFiles(files: File[], o: ImportUiOptions): Promise<void> {
  if (!files.length) return;
  const names = files.map((f) => f.name);
  performance.mark("tidings:import-start");
  o.showStatus(t("library_importing", names.join(", ")));
  try {
    const read: ImportFile[] = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    const parsed = await parseImportFilesInSlices(read);
    performance.measure("tidings:import:parse", "tidings:import-start");
    const t1 = performance.now();
    const report = await importParsed(parsed, { signal: o.signal, onRow: o.onRow });
    performance.measure("tidings:import:write", { start: t1, end: performance.now() });
    const t2 = performance.now();
    await o.onImported(report);
    performance.measure("tidings:import:reload", { start: t2, end: performance.now() });
    o.showStatus(null);
    showReport(report, names);
    performance.measure("tidings:import", "tidings:import-start");
  } catch (error) {
    // Nothing was written: parsing failed before the transaction, or the transaction rolled back.
    const why = error instanceof Error ? error.message : String(error);
    o.showStatus(t("library_importFailed", why), true);
    performance.measure("tidings:import-failed", "tidings:import-start");
  }
}

export function setUpImport(o: ImportUiOptions): void {
  const input = document.getElementById("import-file") as HTMLInputElement;
  const button = document.getElementById("import-button") as HTMLButtonElement;
  const zone = document.getElementById("drop-zone") as HTMLElement;
  const { signal } = o;
  button.addEventListener("click", () => input.click(), { signal });
  input.addEventListener(
    "change",
    () => {
      const files = [...(input.files ?? [])];
      input.value = "";
      void importFiles(files, o);
    },
    { signal },
  );
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes("Files");
  let depth = 0;
  document.addEventListener(
    "dragenter",
    (e) => {
      if (!hasFiles(e)) return;
      depth++;
      zone.hidden = false;
    },
    { signal },
  );
  document.addEventListener(
    "dragleave",
    () => {
      if (--depth <= 0) zone.hidden = true;
    },
    { signal },
  );
  document.addEventListener("dragover", (e) => hasFiles(e) && e.preventDefault(), { signal });
  document.addEventListener(
    "drop",
    (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      zone.hidden = true;
      void importFiles([...(e.dataTransfer?.files ?? [])], o);
    },
    { signal },
  );
}
