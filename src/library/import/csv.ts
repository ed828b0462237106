/** CSV with a header row (papaparse), with errors that name the line. */
import Papa from "papaparse";
import { ImportFormatError } from "./types.js";

export interface CsvRow {
  /** 1-based line of the record in the file (the header is line 1). */
  line: number;
  fields: Record<string, string>;
}

/** `firstLine`: the file line of the first record (a slice of a large file starts further down). */
export function parseCsv(text: string, fileName: string, required: string[], firstLine = 2): CsvRow[] {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
  });
  const fatal = result.errors.find((e) => e.type !== "Delimiter");
  if (fatal) {
    const line = (fatal.row ?? 0) + firstLine;
    throw new ImportFormatError(`${fileName} line ${line}: ${fatal.message}.`);
  }
  const header = result.meta.fields ?? [];
  const missing = required.filter((f) => !header.includes(f));
  if (missing.length) {
    throw new ImportFormatError(
      `${fileName} line 1: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (found: ${header.join(", ") || "none"}).`,
    );
  }
  return result.data.map((fields, i) => ({ line: i + firstLine, fields }));
}
