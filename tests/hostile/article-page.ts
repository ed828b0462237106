/**
 * Puts hostile payloads inside an otherwise normal news article, so the extractor keeps the
 * blocks that carry them: a headline, a dateline, real-looking paragraphs, and each payload in
 * its own block with a sentence of its own (the marker "Item N" shows whether it survived).
 */
import { PWNED, type Payload } from "./payloads";

const PROSE = [
  "The city council voted on Tuesday to extend the night bus network to three outlying districts, after a two-year campaign by residents who said they had no way home after late shifts.",
  "Transport officials said the new routes would start in September and cost about 4 million euros a year, paid partly by a regional fund and partly by a small rise in parking fees in the centre.",
  "Opposition councillors backed the plan but questioned the timetable, saying drivers were already scarce and that the operator had missed its recruitment targets twice in the past year.",
  "Residents of the eastern districts, where the last bus now leaves at half past eleven, welcomed the decision and said they would watch closely whether the promised frequency was kept.",
];

export interface PageOptions {
  title?: string;
  /** Replaces the __PWNED__ placeholder (the test server's /pwned address). */
  pwned?: string;
}

/** One article page holding every given payload. */
export function hostileArticle(payloads: readonly Payload[], options: PageOptions = {}): string {
  const title = options.title ?? "Council extends night bus network to outlying districts";
  const head = payloads.map((p) => p.head ?? "").join("\n");
  const blocks = payloads.map(
    (p, i) =>
      `<p>${PROSE[i % PROSE.length]}</p>\n<div class="story-block"><p>Item ${p.id}: the council's report, section ${p.id}, sets out the figures in detail for each district and each line.</p>\n${p.body}\n<p>Item ${p.id} ends here; the next section of the report covers staffing and the timetable.</p></div>`,
  );
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="Hostile Gazette">
<meta property="article:published_time" content="2025-03-21T09:30:00Z">
${head}
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>${title}</h1>
<p class="byline">By Jane Doe</p>
<img src="/img/lead.png" alt="A night bus at a stop">
${blocks.join("\n")}
${PROSE.map((p) => `<p>${p}</p>`).join("\n")}
</article></main>
<footer><p>© Hostile Gazette</p></footer>
</body></html>`;
  return options.pwned ? html.split(PWNED).join(options.pwned) : html;
}
