/** Shared by the extractor's unit tests: parse a page string, extract it with a fixed clock. */
import { JSDOM } from "jsdom";
import { expect } from "vitest";
import { parseHtmlDocument } from "../../src/cli/parse-html";
import { extractArticle, type ExtractResult } from "../../src/extract/index";
import type { Article } from "../../src/extract/types";

export const NOW = new Date("2025-06-01T12:00:00Z");
export const sanitizerWindow = new JSDOM("").window as unknown as Window & typeof globalThis;
export const doc = (html: string): Document => parseHtmlDocument(html);

/**
 * The standard story: four paragraphs, so that what Readability keeps of it passes its 500
 * characters and its first pass stands, the one that strips unlikely blocks, weighs class names
 * and cleans conditionally, as on a real page. With three, every test read the page again through
 * Readability's fallback passes without those, which hid faults (a figure widget dropped by name).
 */
export const PROSE = [
  "The regional parliament approved the new water management plan on Thursday after a debate that lasted well into the evening, with a large majority in favour.",
  "Under the plan, farmers will receive support to install more efficient irrigation systems, and towns will have to repair leaking pipes within the next five years.",
  "According to the environment ministry, some towns lose more than a third of their drinking water through leaks before it reaches households.",
  "Opposition members said the budget was too small for the scale of the problem, but they supported the measures on pipes and on monitoring of groundwater levels.",
];

/** A plausible article page: `head` goes into <head>, `before`/`after` around the article. */
/**
 * A story whose first sentence's words are glossary links marked "popup" (an annotated classic's
 * shape: clean-links in readability-pages), in a <div>: a <p>'s whole sentence is kept by a rule of
 * its own. What a reader's tools wrap around its runs must not cost the words.
 */
export const GLOSSARY_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Bartleby</title></head><body><article><h1>Bartleby, the Scrivener</h1>
  <div><a href="javascript:void(0)" class="popup">I</a> am a <a href="javascript:void(0)" class="popup">rather elderly</a> man. The nature of my avocations for the last thirty years has brought me into more than ordinary contact with what would seem an interesting and somewhat singular set of men</div>
  ${PROSE.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;

/** The page with each run of text in its body rewritten (as a reader's tool rewrites a page's text). */
export const rewriteBodyTexts = (html: string, rewrite: (text: string) => string): string =>
  html.replace(/<body>[^]*<\/body>/, (body) =>
    body.replace(/>([^<>]*\S[^<>]*)</g, (_m, text: string) => `>${rewrite(text)}<`),
  );

/** A body's HTML after one pass over its page (the pass changes the page in place). */
export function bodyAfter(pass: (page: Document) => void, body: string): string {
  const page = doc(`<html><body>${body}</body></html>`);
  pass(page);
  return page.body.innerHTML;
}

export function page(
  opts: { head?: string; before?: string; inside?: string; after?: string; lang?: string } = {},
): string {
  return `<!DOCTYPE html><html lang="${opts.lang ?? "en"}"><head><title>Parliament approves water plan</title>${opts.head ?? ""}</head>
  <body>${opts.before ?? ""}<article><h1>Parliament approves water plan</h1>${opts.inside ?? ""}
  ${PROSE.map((p) => `<p>${p}</p>`).join("\n")}</article>${opts.after ?? ""}</body></html>`;
}

export function run(html: string, url = "https://news.example/politics/water-plan"): ExtractResult {
  return extractArticle(doc(html), { url, now: NOW, sanitizerWindow });
}

export function article(html: string, url?: string): Article {
  const result = run(html, url);
  if (result.kind !== "article") throw new Error(`expected an article, got ${result.reason}`);
  return result.article;
}

/** The standard page with `inside` before its story: the story stays whole and `leak` is gone. */
export function expectRemoved(_kind: string, inside: string, leak: string): void {
  const a = article(page({ inside }));
  expect(a.textContent).not.toContain(leak);
  expect(a.textContent).toContain("water management plan");
}

/** Prose the clutter rules rightly take (the shop's notes aside), so that the order form holds under half the page's. */
export const shopNotes = [
  "Unsere Werkstatt liegt am Stadtrand; Abholung ist nach Absprache montags bis freitags von neun bis fünf möglich.",
  "Alle Preise verstehen sich inklusive Mehrwertsteuer und zuzüglich Versandkosten innerhalb Deutschlands und der EU.",
  "Wir nähen jede Decke einzeln auf Bestellung; Rücksendungen personalisierter Waren sind daher leider ausgeschlossen.",
  "Fragen zu Farben, Größen und Motiven beantworten wir gern per E-Mail oder telefonisch an jedem Werktag ab acht Uhr.",
  "Gutscheine gelten drei Jahre ab dem Kaufdatum und lassen sich für alle Decken, Kissen und Körbchen im Laden einlösen.",
  "Unser Newsletter erscheint einmal im Monat mit neuen Motiven, Stoffen und Terminen für den Werkstattverkauf vor Ort.",
]
  .map((p) => `<aside><p>${p}</p></aside>`)
  .join("");

/**
 * A shop page whose product description sits inside its order form: the form rule takes the form
 * (it holds under half of the page's prose), and only the second reading, as the page came, finds it.
 */
export const productPage = `<html lang="de"><head><title>Katzendecke mit Namen</title></head><body>
  <nav><a href="/">Start</a> <a href="/produkte">Produkte</a></nav>
  <div class="product"><h1>Katzendecke mit Namen</h1>
  <form class="productform" action="/cart" method="post"><p>Stückpreis: 36,00 EUR</p>
    <label>Farbe <select name="farbe"><option>Grau</option><option>Rosa</option></select></label>
    <label>Anzahl: <input type="number" name="anzahl" value="1"></label>
    <button type="submit">In den Warenkorb</button>
    <div class="description">
      <p>Hochwertige Hunde- oder Katzendecke in besonders kuscheliger und dicker Doppelverarbeitung mit Namen und Wunschmotiv, bestehend aus Polarfleece.</p>
      <p>Dieses Material ist ebenso robust wie pflegeleicht und flauschig weich; durch die beiden Lagen sieht man die Rückseite der Stickerei nicht.</p>
      <p>Die Decke liegt besonders schön und ist durch ihre Stärke auch sehr gut für draußen geeignet, im Garten wie auf Reisen.</p>
      <p>Die Stickerei übersteht auch häufiges Waschen bei vierzig Grad, und die Farben bleiben dabei kräftig und klar.</p>
      <p>Jede Decke wird in unserer Werkstatt von Hand genäht, bestickt und vor dem Versand noch einmal sorgfältig geprüft.</p>
    </div>
  </form></div>
  ${shopNotes}</body></html>`;
