// axe-core in an extension page. The pages' CSP (script-src 'self') refuses an injected <script>,
// but playwright's evaluate runs through the DevTools protocol, which the page CSP does not govern.
import axe from "axe-core";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/** Runs axe on the page; answers the violations with their impact and how many nodes each. */
export async function runAxe(page) {
  const loaded = await page.evaluate(() => typeof globalThis.axe === "object");
  if (!loaded) await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) =>
      globalThis.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    TAGS,
  );
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.length,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
  }));
}

/** { critical, serious, moderate, minor } counts of violating rules. */
export function countByImpact(violations) {
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of violations) counts[v.impact ?? "minor"] += 1;
  return counts;
}
