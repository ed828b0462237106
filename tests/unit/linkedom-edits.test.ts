// The CLI bundle's edits to linkedom (scripts/linkedom-edits.mjs): a page parsed by the edited
// linkedom still answers listeners and selectors as before, and an upgrade that changes a file
// stops the build instead of half-applying an edit.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a build script, plain JavaScript without types
import { checkLinkSetters, editLinkedom, linkedomEdits } from "../../scripts/linkedom-edits.mjs";

const linkedomEsm = join(
  createRequire(import.meta.url)
    .resolve("linkedom")
    .replace(/cjs[\\/]index\.js$/, ""),
  "esm",
);
const source = (path: string) => readFile(join(linkedomEsm, path), "utf8");

interface BundledLinkedom {
  parseHTML(html: string): { document: Document; window: typeof globalThis };
  DOMParser: typeof DOMParser;
}

async function bundledLinkedom(): Promise<BundledLinkedom> {
  const out = await build({
    stdin: { contents: 'export { parseHTML, DOMParser } from "linkedom";', resolveDir: process.cwd() },
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    plugins: [linkedomEdits],
    logLevel: "silent",
  });
  const code = out.outputFiles[0]!.text;
  expect(code).not.toMatch(/constructor\(\) \{\s*wm\.set\(this/);
  expect(code).toContain("cachedCompile(");
  expect(code).toContain("lowerNames.get(localName)");
  expect(code).toContain("upperNames.get(localName)");
  expect(code).not.toContain("return this.classList.value");
  expect(code).toContain("listed.set(walkedFrom(this)");
  // The code is the bundle built just above from linkedom's own files.
  // eslint-disable-next-line no-unsanitized/method
  return (await import(
    `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`
  )) as BundledLinkedom;
}

describe("linkedom as the CLI bundles it", () => {
  it("still adds, dispatches, bubbles and removes listeners", async () => {
    const { parseHTML } = await bundledLinkedom();
    const { document, window } = parseHTML("<main><p id=a>One <b>two</b></p></main>");
    const p = document.getElementById("a")!;
    const b = p.querySelector("b")!;
    const seen: string[] = [];
    const onP = (event: Event) => seen.push(`p:${event.type}`);
    p.addEventListener("ping", onP);
    b.addEventListener("ping", () => seen.push("b:ping"), { once: true });
    const Ev = (window as unknown as { Event: typeof Event }).Event;
    b.dispatchEvent(new Ev("ping", { bubbles: true }));
    b.dispatchEvent(new Ev("ping", { bubbles: true }));
    expect(seen).toEqual(["b:ping", "p:ping", "p:ping"]);
    p.removeEventListener("ping", onP);
    // Nodes that never had a listener: removing and dispatching are no-ops, not errors.
    document.body.removeEventListener("ping", onP);
    b.dispatchEvent(new Ev("ping", { bubbles: true }));
    expect(seen).toHaveLength(3);
  });

  it("answers the same selectors the same way, each time, on every document", async () => {
    const { parseHTML } = await bundledLinkedom();
    const html = (n: number) =>
      `<main><article class=story><p id=a${n}>One</p><aside><p id=b${n} class=x>Two</p></aside></article></main>`;
    for (const n of [1, 2]) {
      const { document } = parseHTML(html(n));
      for (let round = 0; round < 2; round++) {
        expect(Array.from(document.querySelectorAll("p, aside")).map((el) => el.id || el.localName)).toEqual([
          `a${n}`,
          "aside",
          `b${n}`,
        ]);
        const b = document.getElementById(`b${n}`)!;
        expect(b.matches("aside > p.x")).toBe(true);
        expect(b.matches("main > p")).toBe(false);
        expect(b.closest("article.story")?.localName).toBe("article");
        // :scope binds the element it is asked of: never served from another element's answer.
        const article = document.querySelector("article")!;
        const aside = document.querySelector("aside")!;
        expect(article.querySelectorAll(":scope > p")).toHaveLength(1);
        expect(aside.querySelectorAll(":scope > p")[0]?.id).toBe(`b${n}`);
      }
    }
  });

  it("matches type selectors whatever case a name was made in, as before", async () => {
    // The edit keeps each lowercased name: an HTML document still matches case-insensitively
    // (createElement("SECTION") is stock linkedom's upper-case name), an XML one exactly.
    const { parseHTML, DOMParser } = await bundledLinkedom();
    const { document } = parseHTML("<main><P id=a>One</P><Custom-Card id=b></Custom-Card></main>");
    const made = document.createElement("SECTION");
    made.id = "c";
    document.querySelector("main")!.append(made);
    const ids = (selectors: string, root: ParentNode = document) =>
      Array.from(root.querySelectorAll(selectors)).map((el) => el.id);
    for (let round = 0; round < 2; round++) {
      expect(ids("p, custom-card, section")).toEqual(["a", "b", "c"]);
      expect(ids("SECTION, P")).toEqual(["a", "c"]);
      expect(made.matches("main > section")).toBe(true);
    }
    const xml = new DOMParser().parseFromString("<feed><Entry id='x'/><entry id='y'/></feed>", "text/xml");
    expect(ids("entry", xml)).toEqual(["y"]);
    expect(ids("Entry", xml)).toEqual(["x"]);
    // tagName and nodeName: uppercase in an HTML document (kept per name), as written in XML.
    for (let round = 0; round < 2; round++) {
      expect(Array.from(document.querySelectorAll("main *"), (el) => el.tagName)).toEqual([
        "P",
        "CUSTOM-CARD",
        "SECTION",
      ]);
      expect(made.nodeName).toBe("SECTION");
      expect(Array.from(xml.querySelectorAll("*"), (el) => el.tagName)).toEqual(["feed", "Entry", "entry"]);
    }
  });

  it("reads an element's class attribute as a browser does, and follows changes to its class list", async () => {
    const { parseHTML } = await bundledLinkedom();
    const { document } = parseHTML('<main><p id=a class=" story  lead story">One</p><p id=b>Two</p></main>');
    const a = document.getElementById("a")!;
    const b = document.getElementById("b")!;
    // As written (stock linkedom gave its class list joined: "story lead"), and null when absent.
    expect(a.getAttribute("class")).toBe(" story  lead story");
    expect(a.className).toBe(" story  lead story");
    expect(b.getAttribute("class")).toBeNull();
    expect(b.className).toBe("");
    expect(document.querySelectorAll(".lead, [class~=story]")).toHaveLength(1);
    a.classList.add("wide");
    expect(a.getAttribute("class")).toBe("story lead wide");
    a.classList.remove("story");
    expect(a.className).toBe("lead wide");
    b.className = "teaser";
    expect([b.getAttribute("class"), b.classList.contains("teaser"), b.matches(".teaser")]).toEqual([
      "teaser",
      true,
      true,
    ]);
    b.setAttribute("class", "card");
    expect([b.className, b.matches(".teaser"), b.outerHTML.includes('class="card"')]).toEqual([
      "card",
      false,
      true,
    ]);
    b.removeAttribute("class");
    expect([b.getAttribute("class"), b.className, b.classList.length]).toEqual([null, "", 0]);
  });

  it("answers :has and :contains afresh after the page changes", async () => {
    // css-select memoises these per element inside a compiled test; a test kept across calls
    // must not keep that memo, or an answer given before a change is given after it.
    const { parseHTML } = await bundledLinkedom();
    const { document } = parseHTML("<main><div id=d><p>One</p></div></main>");
    const div = document.getElementById("d")!;
    expect(document.querySelectorAll("div:has(b)")).toHaveLength(0);
    expect(div.matches(":contains(Two)")).toBe(false);
    div.append(document.createElement("b"), "Two");
    expect(document.querySelectorAll("div:has(b)")).toHaveLength(1);
    expect(div.matches(":contains(Two)")).toBe(true);
    expect(div.querySelector("p")?.closest("div:has(b)")).toBe(div);
  });

  it("answers every query afresh after any change to the tree, as a walk of it would", async () => {
    // Edit 6 keeps the elements a query walked (of a document, or of any element with 64 or more)
    // while no link changed. Random changes of every kind, each followed by queries of the
    // document, its body and an element, held to a walk of the tree made without querySelector.
    const { parseHTML } = await bundledLinkedom();
    const selectors = ["p", ".x", "span, em", "*", "div > p", "template, b"];
    const page =
      "<main>" +
      Array.from(
        { length: 30 },
        (_, i) => `<div id=d${i}><p class=${i % 3 ? "x" : "y"}>${i}</p><span>s</span></div>`,
      ).join("") +
      "<template><p class=x>inside</p></template></main>";
    const walk = (root: Element | Document): Element[] =>
      Array.from(root.children).flatMap((el) => [el, ...(el.localName === "template" ? [] : walk(el))]);
    const change = fc.record({
      op: fc.constantFrom(
        "append",
        "before",
        "after",
        "prepend",
        "remove",
        "move",
        "replace",
        "inner",
        "text",
        "class",
        "unclass",
        "clone",
        "adopt",
        "fragment",
      ),
      a: fc.nat(),
      b: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 25 }), (changes) => {
        const { document } = parseHTML(`<!doctype html><html><body>${page}</body></html>`);
        const other = parseHTML("<html><body><p class=x>other</p><em>e</em></body></html>").document;
        const made = (tag: string) => Object.assign(document.createElement(tag), { className: "x" });
        const check = () => {
          const all = walk(document);
          const roots: (Document | Element)[] = [document, document.body, all[all.length >> 1]!];
          for (const root of roots)
            for (const sel of selectors) {
              const want = walk(root).filter((el) => el.matches(sel));
              expect(Array.from(root.querySelectorAll(sel))).toEqual(want);
              expect(root.querySelector(sel)).toBe(want[0] ?? null);
            }
        };
        check();
        for (const { op, a, b } of changes) {
          const all = walk(document.body);
          const el = all[a % all.length]!;
          const to = all[b % all.length]!;
          if (op === "append") el.append(made("p"));
          else if (op === "before") el.before(made("span"));
          else if (op === "after") el.after(made("em"), "text");
          else if (op === "prepend") el.prepend(made("b"));
          else if (op === "remove") el.remove();
          else if (op === "move" && !el.contains(to)) to.append(el);
          else if (op === "replace") el.replaceWith(made("p"));
          else if (op === "inner") el.innerHTML = "<p class=x>t</p><span><em>u</em></span>";
          else if (op === "text") el.textContent = "plain";
          else if (op === "class") el.setAttribute("class", "x");
          else if (op === "unclass") el.removeAttribute("class");
          else if (op === "clone") to.append(el.cloneNode(true));
          else if (op === "adopt") to.append(other.body.firstElementChild ?? made("p"));
          else if (op === "fragment") {
            const fragment = document.createDocumentFragment();
            fragment.append(made("p"), made("span"));
            to.append(fragment);
          }
          if (!document.body.firstElementChild) document.body.append(made("main"));
          check();
        }
      }),
      { numRuns: 150 },
    );
  });

  it("refuses a changed file rather than half-applying an edit", async () => {
    const events = await source("interface/event-target.js");
    expect(editLinkedom("interface/event-target.js", events)).toContain(
      "if (!map) wm.set(this, (map = new Map));",
    );
    expect(() =>
      editLinkedom(
        "interface/event-target.js",
        events.replace("wm.set(this, new Map);", "wm.set(this, new Map());"),
      ),
    ).toThrow(/linkedom's interface\/event-target\.js changed/);
    expect(() =>
      editLinkedom("interface/event-target.js", `${events}\nexport const peek = (t) => wm.get(this).size;`),
    ).toThrow(/somewhere new/);
    const utils = await source("shared/utils.js");
    expect(editLinkedom("shared/utils.js", utils)).toContain("upperNames.get(localName)");
    expect(() =>
      editLinkedom("shared/utils.js", `${utils}\nexport const upper = (e) => e.localName.toUpperCase();`),
    ).toThrow(/uppercases a name somewhere new/);
    const parsing = await source("shared/parse-from-string.js");
    expect(editLinkedom("shared/parse-from-string.js", parsing)).not.toContain("className");
    const element = await source("interface/element.js");
    expect(editLinkedom("interface/element.js", element)).not.toContain("classList.value");
    expect(() =>
      editLinkedom("interface/element.js", `${element}\nexport const names = (e) => e.classList.value;`),
    ).toThrow(/class list's joined value somewhere new/);
    const matches = await source("shared/matches.js");
    expect(editLinkedom("shared/matches.js", matches)).toContain("const cachedCompile");
    expect(() =>
      editLinkedom("shared/matches.js", matches.replace("CSSselect.is(", "CSSselect.is (")),
    ).toThrow(/linkedom's shared\/matches\.js changed/);
    expect(() =>
      editLinkedom(
        "shared/matches.js",
        `${matches}\nexport const one = (e, s) => CSSselect.selectOne(s, e);`,
      ),
    ).toThrow(/calls css-select somewhere new/);
    // Edit 6 counts changes where linkedom links nodes: a link set anywhere else stops the build.
    const parent = await source("mixin/parent-node.js");
    expect(editLinkedom("mixin/parent-node.js", parent)).toContain("listedElements(this)");
    expect(() => checkLinkSetters("mixin/parent-node.js", parent)).not.toThrow();
    expect(() => checkLinkSetters("interface/element.js", "node[NEXT] = next;")).toThrow(
      /interface\/element\.js sets node links 1 times \(edit 6 counts on 0\)/,
    );
    expect(() =>
      checkLinkSetters("shared/utils.js", `${utils}\nconst link = (a, b) => { a[PREV] = b; };`),
    ).toThrow(/sets node links 5 times/);
  });
});
