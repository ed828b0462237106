// The built packages: the shipped extensions ask for exactly the five permissions and no host
// access; only the e2e builds add loopback hosts; Firefox gets its own background and gecko keys.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { requireBuild, distDir } from "./browsers.mjs";

const dist = distDir;
const PERMISSIONS = ["activeTab", "scripting", "storage", "unlimitedStorage", "contextMenus"];
const readManifest = async (dir) => JSON.parse(await readFile(join(dist, dir, "manifest.json"), "utf8"));

test("shipped builds and zips carry the five permissions, no host access, no static content script", async () => {
  requireBuild(join(dist, "chrome"));
  const zips = (await readdir(dist)).filter((name) => name.endsWith(".zip"));
  assert.deepEqual(zips.map((z) => z.replace(/-[\d.]+\.zip$/, "")).sort(), [
    "tidings-chrome",
    "tidings-firefox",
  ]);
  const fromZips = await Promise.all(
    zips.map(async (zip) =>
      JSON.parse(strFromU8(unzipSync(await readFile(join(dist, zip)))["manifest.json"])),
    ),
  );
  for (const manifest of [await readManifest("chrome"), await readManifest("firefox"), ...fromZips]) {
    assert.equal(manifest.manifest_version, 3);
    assert.deepEqual(manifest.permissions, PERMISSIONS);
    assert.equal(manifest.host_permissions, undefined);
    assert.equal(manifest.optional_host_permissions, undefined);
    assert.equal(manifest.content_scripts, undefined);
    assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self'; object-src 'none'");
  }
});

test("Chromium gets a service worker; Firefox background scripts and gecko settings", async () => {
  const chrome = await readManifest("chrome");
  assert.equal(chrome.background.service_worker, "background.js");
  assert.equal(chrome.browser_specific_settings, undefined);
  const firefox = await readManifest("firefox");
  assert.deepEqual(firefox.background.scripts, ["background.js"]);
  assert.equal(firefox.background.service_worker, undefined);
  assert.match(firefox.browser_specific_settings.gecko.id, /@/);
  assert.equal(firefox.browser_specific_settings.gecko.strict_min_version, "140.0");
  assert.deepEqual(firefox.browser_specific_settings.gecko.data_collection_permissions, {
    required: ["none"],
  });
});

test("only the e2e builds add host access, and only to loopback", async () => {
  for (const dir of ["chrome-e2e", "firefox-e2e"]) {
    const manifest = await readManifest(dir);
    assert.deepEqual(manifest.host_permissions, ["http://127.0.0.1/*", "http://localhost/*"]);
    assert.deepEqual(manifest.permissions, PERMISSIONS);
  }
});

test("extension pages load only their own module script: no inline script or handler, no eval in any bundle", async () => {
  for (const dir of ["chrome", "firefox"]) {
    const files = await readdir(join(dist, dir));
    const pages = files.filter((f) => f.endsWith(".html"));
    assert.ok(pages.length >= 4, `${dir}: pages`);
    for (const page of pages) {
      const html = await readFile(join(dist, dir, page), "utf8");
      const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi) ?? [];
      assert.deepEqual(
        scripts.filter((s) => !/^<script type="module" src="[\w-]+\.js"><\/script>$/.test(s)),
        [],
        `${dir}/${page}: a script that is not one of the extension's own files`,
      );
      assert.doesNotMatch(html, /\son[a-z]+\s*=/i, `${dir}/${page}: an inline event handler`);
      assert.doesNotMatch(html, /javascript:/i, `${dir}/${page}: a javascript: URL`);
    }
    // CSP `script-src 'self'` forbids eval anyway; a bundle that needs it would break at run time.
    for (const bundle of files.filter((f) => f.endsWith(".js"))) {
      const code = await readFile(join(dist, dir, bundle), "utf8");
      assert.doesNotMatch(
        code,
        /\beval\s*\(|\bnew\s+Function\s*\(/,
        `${dir}/${bundle}: eval or new Function`,
      );
    }
  }
});

test("every build's background knows its content.js by the hash the build stamped into both", async () => {
  // A tab's resident extractor is reused only when its stamp is the background's (read-tab.ts).
  const stamp = (text) => [...text.matchAll(/CONTENT_BUILD = (?:true \? )?"([^"]*)"/g)].map((m) => m[1]);
  const builds = [];
  for (const dir of ["chrome", "firefox", "chrome-e2e", "firefox-e2e"]) {
    const read = (file) => readFile(join(dist, dir, file), "utf8");
    builds.push({ where: dir, content: await read("content.js"), background: await read("background.js") });
  }
  for (const zip of (await readdir(dist)).filter((name) => name.endsWith(".zip"))) {
    const files = unzipSync(await readFile(join(dist, zip)));
    builds.push({
      where: zip,
      content: strFromU8(files["content.js"]),
      background: strFromU8(files["background.js"]),
    });
  }
  const stamps = new Set();
  for (const { where, content, background } of builds) {
    const [ofContent, ...moreInContent] = stamp(content);
    assert.match(ofContent ?? "", /^[0-9a-f]{16}$/, `${where}: content.js carries its hash`);
    assert.deepEqual(moreInContent, [], `${where}: content.js names one build`);
    assert.deepEqual(stamp(background), [ofContent], `${where}: the background expects that content.js`);
    stamps.add(ofContent);
  }
  // The same code in every build: one hash.
  assert.equal(stamps.size, 1);
});
