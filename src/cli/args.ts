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
}

export const USAGE = `Usage:
  tidings extract FILE [--url URL] [--format json|text|markdown]
  tidings extract --batch MANIFEST.json --out RESULTS.json
  tidings --help

FILE is a saved HTML page (gzip accepted). MANIFEST maps ids to {file, url}, files relative to it.
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
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, file] = positionals;
  if (values.help || command !== "extract") return { command: "help", format: "json" };
  const format = values.format as Format;
  if (!["json", "text", "markdown"].includes(format)) throw new Error(`unknown format "${format}"`);
  if (values.batch && !values.out) throw new Error("--batch needs --out RESULTS.json");
  if (!values.batch && !file) throw new Error("extract needs a FILE or --batch MANIFEST.json");
  return { command: "extract", file, url: values.url, format, batch: values.batch, out: values.out };
}
