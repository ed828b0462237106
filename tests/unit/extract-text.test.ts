/** The extractor's text helpers: the fast paths answer exactly what the plain definitions do. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  classTokens,
  hasText,
  linkDensity,
  metaContent,
  nameTokens,
  nameTokenTest,
  squash,
  squashedLength,
  textOf,
} from "../../src/extract/text";
import { blockText, lastBlockLine } from "../../src/extract/block-text";
import { doc } from "./extract-helpers";

const SPACES = [
  " ",
  "\n",
  "\t",
  "\r",
  "\f",
  "\v",
  "\u00a0",
  "\u200b",
  "\u2003",
  "\u3000",
  "\ufeff",
  "\u2028",
];
const textWithSpaces = fc
  .array(fc.oneof(fc.constantFrom(...SPACES), fc.constantFrom("a", "é", "字", ".", "-"), fc.string()), {
    maxLength: 30,
  })
  .map((parts) => parts.join(""));

describe("squashedLength", () => {
  it("is the length of the squashed text, for any text", () => {
    fc.assert(fc.property(textWithSpaces, (text) => squashedLength(text) === squash(text).length));
  });

  it("agrees with squash on every single code unit", () => {
    const disagree: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const text = `x${String.fromCharCode(c)}${String.fromCharCode(c)}y`;
      if (squashedLength(text) !== squash(text).length) disagree.push(c.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  it("counts nothing for empty and missing text", () => {
    expect(squashedLength(null)).toBe(0);
    expect(squashedLength(" \u00a0\u200b\n")).toBe(0);
  });
});

describe("lastBlockLine", () => {
  /** Random article markup: text with every kind of space, blocks, inline elements, line breaks, skipped elements. */
  const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      textWithSpaces.map((t) => t.replace(/[<>&]/g, "")),
      fc.constantFrom("<br>", "<hr>", "<!-- a comment -->", "\u00ad", "<script>var x = 1;</script>"),
      fc
        .tuple(
          fc.constantFrom(
            "p",
            "div",
            "span",
            "b",
            "li",
            "h2",
            "figcaption",
            "button",
            "form",
            "dialog",
            "tr",
            "td",
            "th",
          ),
          fc.array(tie("node"), { maxLength: 4 }),
        )
        .map(([tag, children]) => `<${tag}>${children.join("")}</${tag}>`),
    ),
  })).node;

  /** blockText's plain definition: the text with a break around each block, split and trimmed. */
  function plainBlockText(root: Element): string {
    const out: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === 3) out.push((node.nodeValue ?? "").replace(/\u00ad/g, "").replace(/\s+/g, " "));
      if (node.nodeType !== 1) return;
      const tag = (node as Element).tagName.toUpperCase();
      // Scripts, and what the sanitiser drops with its content; a form's content is the reader's.
      if (
        /^(?:SCRIPT|STYLE|IFRAME|FRAMESET|TEMPLATE|SVG|MATH|NOSCRIPT|BUTTON|SELECT|OPTION|TEXTAREA|DIALOG)$/.test(
          tag,
        )
      )
        return;
      // Table cells: words apart on the row's line.
      if (tag === "TD" || tag === "TH") out.push(" ");
      const block =
        /^(?:P|DIV|SECTION|ARTICLE|H[1-6]|LI|UL|OL|BLOCKQUOTE|PRE|FIGURE|FIGCAPTION|TABLE|TR|HEADER|FOOTER|DL|DT|DD|HR|BR)$/.test(
          tag,
        );
      if (block) out.push("\n\n");
      for (const child of Array.from(node.childNodes)) walk(child);
      if (block) out.push("\n\n");
    };
    walk(root);
    return out
      .join("")
      .split(/\n{2,}/)
      .map((line) => line.replace(/ +/g, " ").trim())
      .filter(Boolean)
      .join("\n\n")
      .normalize("NFC");
  }

  /** `holds` of the root element of any article made of the random markup. */
  const forAnyArticle = (holds: (root: Element) => boolean): void =>
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 6 }), (parts) => {
        const page = doc(`<html><body><div id="root">${parts.join("")}</div></body></html>`);
        return holds(page.getElementById("root")!);
      }),
      { numRuns: 1000 },
    );

  it("blockText (its lines read one by one) is the plain definition, for any article", () => {
    forAnyArticle((root) => blockText(root) === plainBlockText(root));
  });

  it("is the last line of blockText, for any article", () => {
    forAnyArticle((root) => lastBlockLine(root) === (blockText(root).split("\n\n").pop() ?? ""));
  });

  it("keeps a table's cells apart, a row to a line, whatever the markup's spacing", () => {
    const root = doc(
      `<html><body><div><table><tr><th>Eigner</th><th>Jahr</th></tr><tr><td>AKERDHAL</td><td><b>1911</b></td></tr></table></div></body></html>`,
    ).body.firstElementChild!;
    expect(blockText(root)).toBe("Eigner Jahr\n\nAKERDHAL 1911");
    expect(lastBlockLine(root)).toBe("AKERDHAL 1911");
  });

  it("keeps a <pre>'s lines and indentation, with <br> or a highlighter's line blocks as breaks", () => {
    const root = doc(
      `<html><body><div><p>Build it:</p>` +
        `<pre><code>int add(int x, int y) {\n    return x + y;   \n}\n\n\n\nint main() {}\n</code></pre>` +
        `<pre><span class="c">// add.c</span><br>#include &lt;emscripten.h&gt;<br><br>EMSCRIPTEN_KEEPALIVE</pre>` +
        `<pre><div class="line">$ emcc  -O3 add.c</div><div class="line">$ wasmer run add.wasm</div></pre>` +
        `<p>Then run it.</p></div></body></html>`,
    ).body.firstElementChild!;
    expect(blockText(root)).toBe(
      "Build it:\n\nint add(int x, int y) {\n    return x + y;\n}\n\nint main() {}\n\n" +
        "// add.c\n#include <emscripten.h>\n\nEMSCRIPTEN_KEEPALIVE\n\n" +
        "$ emcc  -O3 add.c\n$ wasmer run add.wasm\n\nThen run it.",
    );
  });

  it("reads a <pre> nested deeper than it walks as plain text, all of it", () => {
    const deep = "<span>".repeat(3000) + "x = 1\n  y = 2" + "</span>".repeat(3000);
    const root = doc(`<html><body><div><pre>a\n${deep}<br>z</pre></div></body></html>`).body
      .firstElementChild!;
    expect(blockText(root)).toBe("a\nx = 1\n  y = 2\nz");
  });

  it("reads a closing <pre> whole as the last line", () => {
    const root = doc(
      `<html><body><div><p>Output:</p><pre>  total   42\n  done</pre><p> </p></div></body></html>`,
    ).body.firstElementChild!;
    expect(lastBlockLine(root)).toBe("  total   42\n  done");
    expect(blockText(root).split("\n\n").pop()).toBe("  total   42\n  done");
  });

  it("reads the line before the last block's edge: a <br>, a closing paragraph", () => {
    const root = doc(
      `<html><body><div><p>First paragraph.</p><p>Second <b>one</b><br>Aktualisiert: <i>30.12.2016</i> </p><span> </span></div></body></html>`,
    ).body.firstElementChild!;
    expect(lastBlockLine(root)).toBe("Aktualisiert: 30.12.2016");
  });
});

describe("hasText", () => {
  it("is true exactly when textOf is not empty", () => {
    fc.assert(
      fc.property(textWithSpaces, (text) => {
        const el = doc(`<html><body><p></p></body></html>`).querySelector("p")!;
        el.textContent = text;
        return hasText(el) === (textOf(el) !== "");
      }),
    );
    expect(hasText(null)).toBe(false);
  });

  it("looks through nested elements, and not at comments", () => {
    const body = (inner: string) => doc(`<html><body>${inner}</body></html>`).body;
    expect(hasText(body(` <div>\n <span>\u00a0</span><b><i> x</i></b></div>`))).toBe(true);
    expect(hasText(body(` <div>\n <span>\u200b</span><!-- a comment --></div> `))).toBe(false);
  });
});

describe("linkDensity", () => {
  it("is the share of squashed text inside links", () => {
    const p = doc(
      `<html><body><p>Read  <a href="/a"> more\n here </a> about this</p></body></html>`,
    ).querySelector("p")!;
    // "Read more here about this" (25) of which "more here" (9) is linked.
    expect(linkDensity(p)).toBeCloseTo(9 / 25);
    expect(linkDensity(doc(`<html><body><p> </p></body></html>`).querySelector("p")!)).toBe(0);
  });
});

describe("metaContent", () => {
  const head = (metas: string) => doc(`<html><head>${metas}</head><body><p>x</p></body></html>`);

  it("answers the first key that any meta carries, in the order of the keys", () => {
    const d = head(
      `<meta property="og:title" content="From og"><meta name="twitter:title" content="From twitter">` +
        `<meta name="og:title" content="Second og">`,
    );
    expect(metaContent(d, "twitter:title", "og:title")).toBe("From twitter");
    expect(metaContent(d, "og:title", "twitter:title")).toBe("From og");
    expect(metaContent(d, "missing", "OG:Title")).toBe("From og");
  });

  it("skips metas without content and names nothing when none match", () => {
    const d = head(`<meta name="author" content="  "><meta name="author" content=" Jane  Doe ">`);
    expect(metaContent(d, "author")).toBe("Jane Doe");
    expect(metaContent(d, "description")).toBeNull();
  });
});

describe("classTokens", () => {
  it("splits class and id into lower-case tokens and their parts", () => {
    const el = doc(
      `<html><body><div class="Related-News  main_Rail" id="promoBox"></div></body></html>`,
    ).querySelector("div")!;
    expect(classTokens(el)).toEqual([
      "related-news",
      "main_rail",
      "promobox",
      "related",
      "news",
      "main",
      "rail",
      "promobox",
    ]);
    expect(classTokens(doc(`<html><body><div></div></body></html>`).querySelector("div")!)).toEqual([]);
  });
});

describe("nameTokenTest", () => {
  const TOKENS = ["related", "ad", "most-read", "tag_links", "c++", "a.b"];
  const names = fc
    .array(
      fc.oneof(
        fc.constantFrom(...TOKENS, "Related", "AD", "MOST-READ", "read", "most", "links", "tag", "ads", "x"),
        fc.constantFrom(" ", "-", "_", "--", "\t", "\u00a0", "\u3000"),
        fc.string({ maxLength: 4 }),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(""));

  it("answers what splitting the names into tokens answers, for any names", () => {
    const set = new Set(TOKENS);
    const test = nameTokenTest(set);
    fc.assert(
      fc.property(names, (n) => test(n) === nameTokens(n).some((t) => set.has(t))),
      { numRuns: 5000 },
    );
  });

  it("finds a token as a whole word or between dashes and underscores, never inside a word", () => {
    const test = nameTokenTest(["related", "most-read"]);
    expect(test("sidebar Related-Posts")).toBe(true);
    expect(test("x post_related")).toBe(true);
    expect(test("unrelated relatedness")).toBe(false);
    expect(test("widget most-read")).toBe(true);
    // A token with a dash of its own is only ever a whole word.
    expect(test("most-read-list")).toBe(false);
    expect(nameTokenTest([])("related")).toBe(false);
  });
});
