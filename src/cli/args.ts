/** Command-line arguments of `tidings extract`. */
import { parseArgs } from "node:util";

export type Format = "json" | "text" | "markdown";

export interface CliArgs {
  command: "extract" | "help";
  file?: string;
  url?: string;
  format: Format;
  batch?: string;
  out?: string;
  /** When the page was saved: relative dates ("2 days ago") are read from it, and later dates refused. */
  savedAt?: Date;
}

export const USAGE = `Usage:
  tidings extract FILE [--url URL] [--saved-at DATE] [--format json|text|markdown]
  tidings extract --batch MANIFEST.json --out RESULTS.json [--saved-at DATE]
  tidings --help

FILE is a saved HTML page (gzip accepted). MANIFEST maps ids to {file, url, savedAt?}, files
relative to it. --saved-at (or an entry's savedAt) is when the page was saved, as ISO 8601
(2025-03-21 or 2025-03-21T09:30:00Z): a date the page gives as "2 days ago" is counted from it,
and dates more than a day after it are refused. Without it, from now.
Exit codes: 0 article, 2 no article on the page, 1 usage or read error.`;

export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: "string" },
      format: { type: "string", default: "json" },
      batch: { type: "string" },
      out: { type: "string" },
      "saved-at": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, file] = positionals;
  if (values.help || command !== "extract") return { command: "help", format: "json" };
  const format = values.format as Format;
  if (!["json", "text", "markdown"].includes(format)) throw new Error(`unknown format "${format}"`);
  if (values.batch && !values.out) throw new Error("--batch needs --out RESULTS.json");
  if (!values.batch && !file) throw new Error("extract needs a FILE or --batch MANIFEST.json");
  const savedAt =
    values["saved-at"] === undefined ? undefined : savedAtDate(values["saved-at"], "--saved-at");
  return { command: "extract", file, url: values.url, format, batch: values.batch, out: values.out, savedAt };
}

/** An ISO 8601 date or date-time ("2025-03-21", "2025-03-21T09:30:00Z"); `what` names it in the error. */
export function savedAtDate(value: unknown, what: string): Date {
  const date =
    typeof value === "string" && /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value)
      ? new Date(value)
      : null;
  if (!date || Number.isNaN(date.getTime()))
    throw new Error(`${what} needs an ISO 8601 date, such as 2025-03-21 or 2025-03-21T09:30:00Z`);
  return date;
}
