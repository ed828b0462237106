#!/usr/bin/env node
// Runs the end-to-end suites one after the other (each browser is heavy on a 2-core machine).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const suites = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["build-output", "cli", "chromium", "reader", "library", "hostile", "faults", "firefox"];
const files = suites.map((name) => `${dir}${name}.test.mjs`);
const run = spawnSync(process.execPath, ["--test", "--test-concurrency=1", ...files], { stdio: "inherit" });
process.exit(run.status ?? 1);
