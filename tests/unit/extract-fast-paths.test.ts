/** The extractor's speed paths answer exactly what the plain definitions do. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Prose } from "../../src/extract/declutter-guard";
import {
  linkDensity,
  squash,
  squashedLength,
  squashedLengthUpTo,
  squashedStart,
  textOf,
} from "../../src/extract/text";
import { article, doc, page } from "./extract-helpers";

/** Small nested markup with spaced text, links, <br>s and paragraphs. */
const markup: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(" ", "\n  ", "word ", "\u00a0x", "A longer run of plain words. ".repeat(4), "<br>"),
    fc
      .tuple(
        fc.constantFrom("div", "p", "span", "b", "a", "section", "td", "blockquote"),
        fc.array(tie("node"), { maxLength: 4 }),
      )
      .map(([tag, kids]) => `<${tag}>${kids.join("")}</${tag}>`),
  ),
})).node as fc.Arbitrary<string>;

const root = (html: string): Element =>
  doc(`<html><body><div id="r">${html}</div></body></html>`).querySelector("#r")!;

describe("squash", () => {
  /** Every whitespace the definition names (those of \s, and the zero-width space), and letters. */
  const WHITESPACE = " \t\n\v\f\r\u00a0\u200b\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
  const spaced = fc
    .array(fc.oneof(fc.constantFrom(...WHITESPACE), fc.constantFrom("a", "Wort", "é", "-")), {
      maxLength: 40,
    })
    .map((parts) => parts.join(""));

  it("is the plain definition: every run of \\s, NBSP and zero-width spaces one space, trimmed", () => {
    fc.assert(
      fc.property(spaced, (text) => squash(text) === text.replace(/[\s\u00a0\u200b]+/g, " ").trim()),
      { numRuns: 2000 },
    );
    expect(squash(" a \u200b b\u00a0\u00a0c\n")).toBe("a b c");
    expect(squash("a\u200bb")).toBe("a b");
  });
});

describe("squashedLengthUpTo", () => {
  it("is squashedLength(textContent), or limit + 1 past the limit", () => {
    fc.assert(
      fc.property(markup, fc.integer({ min: 0, max: 200 }), (html, limit) => {
        const el = root(html);
        const full = squashedLength(el.textContent);
        return squashedLengthUpTo(el, limit) === (full > limit ? limit + 1 : full);
      }),
    );
  });
});

describe("squashedStart", () => {
  it("is the start of textOf, as long as asked or all of it", () => {
    fc.assert(
      fc.property(markup, fc.integer({ min: 0, max: 200 }), (html, limit) => {
        const el = root(html);
        return squashedStart(el, limit) === textOf(el).slice(0, limit);
      }),
    );
  });

  it("reads across elements without adding spaces, as textContent does", () => {
    expect(squashedStart(root("<b>Karlsruhe</b>, <i>(12.11.2021)</i>.   Traditionell"), 30)).toBe(
      "Karlsruhe, (12.11.2021). Tradi",
    );
  });
});

/** Declutter's prose count as first written: one full walk per question. */
function plainProse(el: Element): number {
  let total = 0;
  for (const p of Array.from(el.querySelectorAll("p"))) {
    const text = textOf(p);
    if (text.length >= 80 && linkDensity(p) < 0.3) total += text.length;
  }
  // Runs of text between <br>s and blocks, going on through phrasing; a link's words not counted.
  const phrasing = "font span b strong i em u small mark abbr cite q sub sup time code s del ins".split(" ");
  for (const block of [el, ...Array.from(el.querySelectorAll("div, td, article, section, blockquote"))]) {
    if (!block.querySelector(":scope > br")) continue;
    let run = 0;
    for (const node of Array.from(block.childNodes)) {
      const tag = node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : null;
      if (node.nodeType === 3 || (tag && phrasing.includes(tag))) run += squash(node.textContent).length;
      else if (tag && tag !== "a") {
        if (run >= 80) total += run;
        run = 0;
      }
    }
    if (run >= 80) total += run;
  }
  return total;
}

describe("Prose (declutter's kept counts)", () => {
  it("counts what a full walk counts, for every element, before and after removals", () => {
    fc.assert(
      fc.property(markup, fc.array(fc.nat(), { maxLength: 3 }), (html, picks) => {
        const el = root(`<p>${"Plain words of a real paragraph that is long enough. ".repeat(3)}</p>${html}`);
        const counts = new Prose();
        const all = () => [el, ...Array.from(el.querySelectorAll("*"))];
        if (!all().every((e) => counts.of(e) === plainProse(e))) return false;
        for (const pick of picks) {
          const inner = Array.from(el.querySelectorAll("*"));
          if (!inner.length) break;
          const gone = inner[pick % inner.length]!;
          counts.forget(gone);
          gone.remove();
          if (!all().every((e) => counts.of(e) === plainProse(e))) return false;
        }
        return true;
      }),
    );
  });
});

describe("shown date lines", () => {
  it("need a numeral: words like 'tres horas' in a heading are no date", () => {
    const inside = `<h2>El viaje de un vuelo de tres horas cargado de indiferencia</h2>`;
    expect(article(page({ lang: "", inside })).publishedTime).toBeNull();
    expect(article(page({ lang: "", inside: `<h2>Publicado el 3 de mayo de 2025</h2>` })).publishedTime).toBe(
      "2025-05-03",
    );
  });
});
