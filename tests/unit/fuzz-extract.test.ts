/**
 * Property tests: whatever HTML arrives (generated markup, truncated or byte-mutated pages),
 * extractArticle never throws and answers one of its two typed shapes. Fixed seed, bounded runs.
 */
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { parseHtmlDocument } from "../../src/cli/parse-html";
import { extractArticle, type ExtractResult } from "../../src/extract/index";
import { isReadTabResult } from "../../src/messages";
import { page } from "./extract-helpers";

const sanitizerWindow = new JSDOM("").window as unknown as Window & typeof globalThis;
const URL = "https://news.example/world/story";
const SEED = 20250601;

/** Typed, and exactly what the background accepts from the injected script (src/messages.ts). */
const wellTyped = (result: ExtractResult): boolean =>
  (result.kind === "article" || result.kind === "no-article") && isReadTabResult(result);

const extract = (html: string) => extractArticle(parseHtmlDocument(html), { url: URL, sanitizerWindow });

const TAGS = [
  "p",
  "div",
  "article",
  "section",
  "span",
  "a",
  "img",
  "table",
  "tr",
  "td",
  "h1",
  "h2",
  "ul",
  "li",
  "script",
  "style",
  "svg",
  "math",
  "noscript",
  "template",
  "form",
  "iframe",
  "br",
];
const word = fc.constantFrom(
  "the",
  "council",
  "said",
  "on",
  "Tuesday",
  "<",
  ">",
  "&amp;",
  '"',
  "'",
  "=",
  "é",
  "中文",
  "\u202e",
  "",
);
const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.array(word, { maxLength: 30 }).map((w) => w.join(" ")),
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.array(
          fc.tuple(
            fc.constantFrom("class", "id", "href", "src", "onclick", "style", "lang", "dir", "x"),
            fc.string({ maxLength: 12 }),
          ),
          { maxLength: 3 },
        ),
        fc.array(tie("node"), { maxLength: 4 }),
        fc.boolean(),
      )
      .map(
        ([t, attrs, kids, close]) =>
          `<${t}${attrs.map(([k, v]) => ` ${k}="${v}"`).join("")}>${kids.join("")}${close ? `</${t}>` : ""}`,
      ),
  ),
})).node;

describe("extractArticle under generated input", () => {
  it("never throws on generated markup", () => {
    fc.assert(
      fc.property(node, fc.boolean(), (html, wrapInPage) => {
        expect(wellTyped(extract(wrapInPage ? page({ inside: html }) : html))).toBe(true);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("never throws on a truncated page", () => {
    const full = page({ before: "<nav><a href='/'>Home</a></nav>", after: "<footer>Footer</footer>" });
    fc.assert(
      fc.property(fc.nat({ max: full.length }), (cut) => {
        expect(wellTyped(extract(full.slice(0, cut)))).toBe(true);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("never throws on a page with random byte mutations", () => {
    const bytes = new TextEncoder().encode(
      page({ inside: "<figure><img src='/a.jpg'><figcaption>Caption</figcaption></figure>" }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 40,
        }),
        (edits) => {
          const copy = bytes.slice();
          for (const [at, value] of edits) copy[at] = value;
          expect(wellTyped(extract(new TextDecoder().decode(copy)))).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });
});
