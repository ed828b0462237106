/** `tidings extract`: the extension's extractor over saved HTML files, in Node. */
import { parseCliArgs, USAGE, type CliArgs } from "./args";
import { runBatch } from "./batch";
import { extractFile } from "./extract-file";
import { formatArticle } from "./format";

async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 1;
  }
  if (args.command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.batch && args.out) {
    process.stdout.write(`${await runBatch(args.batch, args.out, args.savedAt)}\n`);
    return 0;
  }
  const result = await extractFile(args.file!, args.url, args.savedAt);
  if (result.kind === "no-article") {
    process.stderr.write(`${result.message} (${result.reason})\n`);
    return 2;
  }
  process.stdout.write(await formatArticle(result.article, args.format));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tidings: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
