// The CLI bundle's edit to linkedom (scripts/linkedom-lazy-listeners.mjs): listeners still work
// on nodes of a page parsed by the edited linkedom, and an upgrade that changes the file stops the
// build instead of half-applying the edit.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a build script, plain JavaScript without types
import { lazyListeners, linkedomLazyListeners } from "../../scripts/linkedom-lazy-listeners.mjs";

const eventTargetPath = join(
  createRequire(import.meta.url)
    .resolve("linkedom")
    .replace(/cjs[\\/]index\.js$/, ""),
  "esm",
  "interface",
  "event-target.js",
);

interface BundledLinkedom {
  parseHTML(html: string): { document: Document; window: typeof globalThis };
}

async function bundledLinkedom(): Promise<BundledLinkedom> {
  const out = await build({
    stdin: { contents: 'export { parseHTML } from "linkedom";', resolveDir: process.cwd() },
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    plugins: [linkedomLazyListeners],
    logLevel: "silent",
  });
  const code = out.outputFiles[0]!.text;
  expect(code).not.toMatch(/constructor\(\) \{\s*wm\.set\(this/);
  // The code is the bundle built just above from linkedom's own files.
  // eslint-disable-next-line no-unsanitized/method
  return (await import(
    `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`
  )) as BundledLinkedom;
}

describe("linkedom with listener maps made on demand", () => {
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

  it("refuses a changed event-target.js rather than half-applying the edit", async () => {
    const source = await readFile(eventTargetPath, "utf8");
    expect(lazyListeners(source)).toContain("if (!map) wm.set(this, (map = new Map));");
    expect(() => lazyListeners(source.replace("wm.set(this, new Map);", "wm.set(this, new Map());"))).toThrow(
      /linkedom's event-target\.js changed/,
    );
    expect(() => lazyListeners(`${source}\nexport const peek = (t) => wm.get(this).size;`)).toThrow(
      /somewhere new/,
    );
  });
});
