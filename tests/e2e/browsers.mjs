// Finds the real browsers the end-to-end suites drive, with a clear message when one is missing.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join, resolve } from "node:path";

export const root = fileURLToPath(new URL("../../", import.meta.url));

/** Where the build put the extension (TIDINGS_DIST, as for scripts/build.mjs, else dist/). */
export const distDir = process.env.TIDINGS_DIST ? resolve(process.env.TIDINGS_DIST) : join(root, "dist");

function find(envName, candidates, debianPackage) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envName}=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No ${debianPackage} found (looked at ${candidates.join(", ")}). ` +
        `Install it with: apt-get update && apt-get install -y ${debianPackage} (or set ${envName}).`,
    );
  }
  return found;
}

export const chromiumPath = () => find("CHROMIUM_PATH", ["/usr/bin/chromium"], "chromium");
export const firefoxPath = () => find("FIREFOX_PATH", ["/usr/bin/firefox-esr"], "firefox-esr");

/** Chromium flags for a closed network: no background requests, no sandbox as root. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
];

export function requireBuild(dir) {
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(`${dir} is missing: run \`npm run build\` before the end-to-end suite`);
  }
}

/**
 * Starts headless Chromium on `profileDir` with the e2e build loaded, and answers the context,
 * the extension's service worker and a function giving the URL of one of its pages.
 * @param {string} profileDir
 * @param {{ viewport?: { width: number, height: number } }} [options]
 */
export async function launchExtension(profileDir, { viewport } = {}) {
  const extensionDir = join(distDir, "chrome-e2e");
  requireBuild(extensionDir);
  const { chromium } = await import("playwright-core");
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
    ...(viewport ? { viewport } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, page: (path) => `chrome-extension://${extensionId}/${path}` };
}
