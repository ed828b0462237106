/**
 * Sections a page folds away but lets the reader open, and the browser's find-in-page too
 * (`hidden="until-found"`: Wikipedia's mobile site folds every section after the lead so). They
 * are the page's own text, shown on demand, so the reader view shows them; Readability, like our
 * clutter rules, drops every element marked hidden.
 */
export function unfoldSections(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll("[hidden]")))
    if (el.getAttribute("hidden")!.trim().toLowerCase() === "until-found") el.removeAttribute("hidden");
}
