/**
 * dist/cli.js: starts the CLI bundle (dist/cli-main.cjs: the CLI with every dependency, jsdom
 * included) from V8's code cache, which `npm run build` writes beside it after one warm-up run.
 * Compiling the bundle's ~7 MB was most of every start; from the cache a start takes about a
 * third of a second less, and a batch run finds the extractor's functions already compiled.
 *
 * The cache is only a shortcut: it is used when it was made from these exact bytes (its first
 * 20 bytes are the bundle's SHA-1; V8's own check compares lengths only) and V8 accepts it (same
 * Node version and flags). Otherwise the bundle is compiled as usual.
 *
 * TIDINGS_CODE_CACHE=write (the build) writes the cache when the run ends;
 * TIDINGS_CODE_CACHE=report prints to stderr whether the cache was used.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const mainPath = fileURLToPath(new URL("./cli-main.cjs", import.meta.url));
const cachePath = `${mainPath}.v8-cache`;
const mode = process.env["TIDINGS_CODE_CACHE"];

const bytes = readFileSync(mainPath);
const digest = createHash("sha1").update(bytes).digest();
let cached: Buffer | undefined;
let state = "none";
try {
  const file = readFileSync(cachePath);
  if (file.subarray(0, digest.length).equals(digest)) cached = file.subarray(digest.length);
  else state = "stale";
} catch {
  // No cache (not built yet, or removed): compile as usual.
}

// The CommonJS wrapper Node itself puts around a module.
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${bytes.toString("utf8")}\n})`,
  { filename: mainPath, ...(cached ? { cachedData: cached } : {}) },
);
if (cached) state = script.cachedDataRejected ? "rejected" : "used";

if (mode === "write") {
  // After the run, so the functions it compiled (the extractor's) are in the cache too.
  process.once("exit", () => writeFileSync(cachePath, Buffer.concat([digest, script.createCachedData()])));
} else if (mode === "report") {
  process.once("exit", () => process.stderr.write(`tidings: code cache ${state}\n`));
}

const module = { exports: {} };
const run = script.runInThisContext() as (
  exports: unknown,
  require: NodeJS.Require,
  module: unknown,
  filename: string,
  dirname: string,
) => void;
run(module.exports, createRequire(mainPath), module, mainPath, dirname(mainPath));
