#!/usr/bin/env node
// Builds the extension for Chromium and Firefox from the one manifest.json, the e2e variants
// (the same extension plus loopback host access, for tests that cannot make a user gesture),
// the CLI, and the two store zips. Usage: node scripts/build.mjs [--watch is not supported]
import { build } from "esbuild";
import { zipSync } from "fflate";
import { spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile, chmod } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { linkedomEdits } from "./linkedom-edits.mjs";
import { jsdomEdits } from "./jsdom-edits.mjs";
import { chronoEdits } from "./chrono-edits.mjs";
import { EXTENSION_BUNDLE, buildContentBundle } from "./content-bundle.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
// TIDINGS_DIST builds elsewhere (several engineers building and testing at once on one machine).
const dist = process.env.TIDINGS_DIST ? resolve(process.env.TIDINGS_DIST) : join(root, "dist");
const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
const manifest = JSON.parse(await readFile(join(root, "manifest.json"), "utf8"));

/** Extension pages: each is src/<dir>/<name>.html + .ts (+ .css). */
const pages = [
  { dir: "popup", name: "popup" },
  { dir: "reader", name: "reader" },
  { dir: "library-page", name: "library" },
  { dir: "options", name: "options" },
];

const E2E_HOSTS = ["http://127.0.0.1/*", "http://localhost/*"];
const GECKO = {
  id: "tidings@tidings-reader.org",
  strict_min_version: "140.0",
  data_collection_permissions: { required: ["none"] },
};

function manifestFor(target, { e2e }) {
  const m = structuredClone(manifest);
  m.version = pkg.version;
  if (target === "firefox") {
    m.background = { scripts: ["background.js"], type: "module" };
    // Firefox for Android learnt data_collection_permissions in 142.
    m.browser_specific_settings = { gecko: GECKO, gecko_android: { strict_min_version: "142.0" } };
  }
  if (e2e) m.host_permissions = E2E_HOSTS;
  return m;
}

async function bundleScripts(outdir) {
  const content = await buildContentBundle(root);
  await mkdir(outdir, { recursive: true });
  await writeFile(join(outdir, "content.js"), content.code);
  await build({
    ...EXTENSION_BUNDLE,
    // The background reuses a tab's resident extractor only when it is this build's (read-tab.ts).
    define: { ...EXTENSION_BUNDLE.define, __TIDINGS_CONTENT_BUILD__: JSON.stringify(content.build) },
    entryPoints: {
      background: "src/background/index.ts",
      ...Object.fromEntries(pages.map((p) => [p.name, `src/${p.dir}/${p.name}.ts`])),
    },
    format: "esm",
    splitting: false,
    outdir,
  });
}

async function copyStatic(outdir) {
  await cp(join(root, "icons"), join(outdir, "icons"), { recursive: true });
  // Every UI string and the manifest's __MSG_…__ values (default_locale "en").
  await cp(join(root, "_locales"), join(outdir, "_locales"), { recursive: true });
  for (const { dir, name } of pages) {
    await cp(join(root, "src", dir, `${name}.html`), join(outdir, `${name}.html`));
    const css = join(root, "src", dir, `${name}.css`);
    await cp(css, join(outdir, `${name}.css`)).catch((e) => {
      if (e.code !== "ENOENT") throw e;
    });
  }
  await cp(join(root, "src", "shared", "theme.css"), join(outdir, "theme.css"));
}

async function filesUnder(dir) {
  const out = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath ?? entry.path, entry.name);
    out[relative(dir, full).split("\\").join("/")] = new Uint8Array(await readFile(full));
  }
  return out;
}

/** Fail the build on anything a strict extension-page CSP would refuse (eval, new Function). */
async function checkNoEval(dir) {
  const files = await filesUnder(dir);
  for (const [name, bytes] of Object.entries(files)) {
    if (!name.endsWith(".js")) continue;
    const text = new TextDecoder().decode(bytes);
    if (/\beval\s*\(|\bnew\s+Function\s*\(/.test(text)) {
      throw new Error(`${name} contains eval or new Function, which the extension CSP forbids`);
    }
  }
}

/**
 * One warm-up run of the built CLI over the test fixtures' pages, which leaves V8's code cache of
 * the bundle (with the extractor's functions compiled) beside it.
 */
async function writeCodeCache() {
  const fixtures = join(root, "tests", "fixtures");
  const pages = (await readdir(fixtures, { withFileTypes: true })).filter((d) => d.isDirectory());
  const manifest = Object.fromEntries(
    pages.map((d) => [
      d.name,
      { file: join(fixtures, d.name, "source.html"), url: `https://example.com/${d.name}` },
    ]),
  );
  const work = await mkdtemp(join(tmpdir(), "tidings-build-"));
  try {
    await writeFile(join(work, "manifest.json"), JSON.stringify(manifest));
    const run = spawnSync(
      process.execPath,
      [
        join(dist, "cli.js"),
        "extract",
        "--batch",
        join(work, "manifest.json"),
        "--out",
        join(work, "out.json"),
      ],
      { env: { ...process.env, TIDINGS_CODE_CACHE: "write" }, stdio: ["ignore", "ignore", "inherit"] },
    );
    if (run.status !== 0) throw new Error(`the CLI's warm-up run exited ${run.status}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await rm(dist, { recursive: true, force: true });
const staging = join(dist, ".staging");
await mkdir(staging, { recursive: true });
await bundleScripts(staging);
await copyStatic(staging);
await checkNoEval(staging);

for (const target of ["chrome", "firefox"]) {
  for (const e2e of [false, true]) {
    const out = join(dist, e2e ? `${target}-e2e` : target);
    await cp(staging, out, { recursive: true });
    await writeFile(join(out, "manifest.json"), JSON.stringify(manifestFor(target, { e2e }), null, 2) + "\n");
  }
  const zip = zipSync(await filesUnder(join(dist, target)), { level: 9 });
  await writeFile(join(dist, `tidings-${target}-${pkg.version}.zip`), zip);
}
await rm(staging, { recursive: true, force: true });

// The CLI: the same src/extract code, bundled for Node with every dependency (jsdom too) into one
// file, started by a small launcher from V8's code cache (src/cli/launcher.ts).
await build({
  entryPoints: ["src/cli/index.ts"],
  outfile: join(dist, "cli-main.cjs"),
  bundle: true,
  platform: "node",
  // CommonJS: the launcher compiles it as one script, with a code cache.
  format: "cjs",
  target: "node20",
  // Smaller to read and hash on every start; its error messages are the text it prints.
  minify: true,
  plugins: [linkedomEdits, jsdomEdits, chronoEdits],
  logLevel: "warning",
});
await build({
  entryPoints: ["src/cli/launcher.ts"],
  outfile: join(dist, "cli.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  banner: { js: "#!/usr/bin/env node" },
  logLevel: "warning",
});
await chmod(join(dist, "cli.js"), 0o755);
await writeCodeCache();

console.log(
  `built ${relative(root, dist) || dist}: chrome, firefox (+ -e2e variants), zips and the CLI (cli.js, cli-main.cjs and its code cache; v${pkg.version})`,
);
