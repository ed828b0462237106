// The CLI bundle's edits to jsdom and css-tree (scripts/jsdom-edits.mjs): each applies to the
// installed version's exact text and leaves no file read beside the module behind; a changed
// file stops the build; jsdom bundled with them sanitises every hostile payload as jsdom itself
// does and still tells its MutationObservers. That the CLI's own bundle sanitises is also the
// CLI end-to-end suite's hostile-payload test.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a build script, plain JavaScript without types
import { EDITED_FILES, editForBundle, jsdomEdits } from "../../scripts/jsdom-edits.mjs";
import { sanitizeArticleHtml } from "../../src/extract/sanitize";
import { hostileArticle } from "../hostile/article-page";
import { PAYLOADS } from "../hostile/payloads";

const files = EDITED_FILES as string[];
const edit = editForBundle as (key: string, path: string, source: string) => Promise<string>;
const installed = (key: string) => join(process.cwd(), "node_modules", key);

describe("jsdom edits for the CLI bundle", () => {
  it.each(files)("%s: applies to the installed text and reads nothing beside itself", async (key) => {
    const path = installed(key);
    const edited = await edit(key, path, await readFile(path, "utf8"));
    expect(edited).not.toMatch(/__dirname|require\.resolve|createRequire|import\.meta\.url/);
  });

  it("inlines jsdom's user-agent stylesheet", async () => {
    const key = files.find((f) => f.endsWith("computed-style.js"))!;
    const path = installed(key);
    const edited = await edit(key, path, await readFile(path, "utf8"));
    const css = await readFile(join(path, "../../../../browser/default-stylesheet.css"), "utf8");
    expect(edited).toContain(JSON.stringify(css));
  });

  it("stops on a file whose text changed", async () => {
    const key = files[0]!;
    await expect(edit(key, installed(key), "module.exports = {};\n")).rejects.toThrow(
      /changed .*review scripts\/jsdom-edits\.mjs/,
    );
  });
});

describe("jsdom as the CLI bundles it", () => {
  let dir = "";
  let Bundled: typeof JSDOM;

  beforeAll(async () => {
    const out = await build({
      stdin: { contents: 'module.exports = require("jsdom");', resolveDir: process.cwd() },
      bundle: true,
      platform: "node",
      format: "cjs",
      write: false,
      plugins: [jsdomEdits],
      logLevel: "silent",
    });
    const code = out.outputFiles[0]!.text;
    expect(code).toContain("observers.registered");
    dir = await mkdtemp(join(tmpdir(), "tidings-jsdom-"));
    const file = join(dir, "jsdom.cjs");
    await writeFile(file, code);
    ({ JSDOM: Bundled } = createRequire(file)(file) as { JSDOM: typeof JSDOM });
  }, 60_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("sanitises every hostile payload as jsdom itself does", () => {
    const html = hostileArticle(PAYLOADS);
    const mine = sanitizeArticleHtml(html, new Bundled("").window as unknown as Window & typeof globalThis);
    const theirs = sanitizeArticleHtml(html, new JSDOM("").window as unknown as Window & typeof globalThis);
    expect(mine).toBe(theirs);
    expect(mine).not.toMatch(/<script|\son\w+=/i);
  });

  it("keeps computed styles, live ranges, live collections and memoised queries as jsdom does", () => {
    // What a script would see of each thing the change-bookkeeping edits touch, before and after
    // changes to the tree and to a text.
    const observe = (Dom: typeof JSDOM) => {
      const { window } = new Dom(
        "<style>.red p { color: rgb(255, 0, 0) }</style><div><p>Hello world</p></div><section></section>",
      );
      const { document } = window;
      const p = document.querySelector("p")!;
      const text = p.firstChild as Text;
      const seen: unknown[] = [window.getComputedStyle(p).color];
      const range = document.createRange();
      range.setStart(text, 6);
      range.setEnd(text, 11);
      const bolds = document.body.getElementsByTagName("b");
      const tagged = document.getElementsByTagName("b");
      seen.push(bolds.length, tagged === document.getElementsByTagName("b"));

      text.insertData(0, ">> ");
      seen.push(range.startOffset, range.endOffset, range.toString());
      const section = document.querySelector("section")!;
      section.className = "red";
      section.append(p);
      p.append(document.createElement("b"));
      seen.push(window.getComputedStyle(p).color, range.startContainer.nodeName, range.collapsed);
      seen.push(bolds.length, tagged === document.getElementsByTagName("b"), tagged.length);
      window.close();
      return seen;
    };
    const theirs = observe(JSDOM);
    expect(theirs).toEqual([
      ...["rgb(0, 0, 0)", 0, true, 9, 14, "world"],
      // (Moving the paragraph collapsed the range to where it stood.)
      ...["rgb(255, 0, 0)", "DIV", true, 1, false, 1],
    ]);
    expect(observe(Bundled)).toEqual(theirs);
  });

  it("still tells observers of child, text and attribute changes, once one is registered", async () => {
    const { window } = new Bundled("<main><p id=a>One</p></main>");
    const { document } = window;
    const p = document.getElementById("a")!;
    // Changes before any observer exist go to no one, as in jsdom itself.
    p.append(" two");
    const seen: string[] = [];
    const observer = new window.MutationObserver((records) => {
      for (const r of records) seen.push(`${r.type}:${(r.target as Element).nodeName}`);
    });
    observer.observe(document.body, {
      childList: true,
      characterData: true,
      attributes: true,
      subtree: true,
    });
    p.append(document.createElement("b"));
    (p.firstChild as Text).data += " three";
    p.setAttribute("class", "lead");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(["childList:P", "characterData:#text", "attributes:P"]);
    window.close();
  });
});
