/**
 * Whole-process speed over article-bodies: `tidings extract --batch` (dist/cli.js) against plain
 * Readability.js over jsdom (bench/readability-jsdom-batch.mjs), both started as new processes,
 * in `rounds` interleaved pairs (the order alternating): one pair of ~5 and ~14 s runs swung
 * between 2.8× and 3.9× on this shared machine, the median of three pairs much less.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, round } from "./timing.js";

const root = fileURLToPath(new URL("..", import.meta.url));

function wallMs(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (run.status !== 0) throw new Error(`${args.join(" ")} exited ${run.status}`);
  return performance.now() - start;
}

export async function benchCli(corpusDir: string, rounds = 3): Promise<Record<string, number | number[]>> {
  const cli = join(root, "dist", "cli.js");
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  const bodies = join(corpusDir, "article-bodies");
  const truth: Record<string, { url?: string }> = JSON.parse(
    await readFile(join(bodies, "ground-truth.json"), "utf8"),
  );
  const manifest = Object.fromEntries(
    Object.entries(truth).map(([id, { url }]) => [
      id,
      { file: join(bodies, "html", `${id}.html.gz`), url: url ?? "https://example.com/" },
    ]),
  );
  const dir = await mkdtemp(join(tmpdir(), "tidings-bench-"));
  const manifestPath = join(dir, "manifest.json");
  await writeFile(manifestPath, JSON.stringify(manifest));

  const runTidings = () =>
    wallMs([cli, "extract", "--batch", manifestPath, "--out", join(dir, "tidings.json")]);
  const runReadability = () =>
    wallMs([join(root, "bench", "readability-jsdom-batch.mjs"), manifestPath, join(dir, "readability.json")]);
  const tidings: number[] = [];
  const readability: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2) {
      readability.push(runReadability());
      tidings.push(runTidings());
    } else {
      tidings.push(runTidings());
      readability.push(runReadability());
    }
  }
  const results = JSON.parse(await readFile(join(dir, "tidings.json"), "utf8")) as Record<
    string,
    { error?: string }
  >;
  return {
    pages: Object.keys(manifest).length,
    tidingsErrors: Object.values(results).filter((r) => r.error).length,
    rounds,
    /** Medians of the rounds, and their ratio. */
    tidingsMs: median(tidings),
    readabilityJsdomMs: median(readability),
    speedup: median(readability) / median(tidings),
    /** Each round's ratio, to show the spread. */
    speedups: tidings.map((ms, i) => round(readability[i]! / ms, 2)),
  };
}
