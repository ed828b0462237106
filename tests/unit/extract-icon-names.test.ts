import { describe, expect, it } from "vitest";
import { dropIconNames } from "../../src/extract/icon-names";
import { article, doc, page } from "./extract-helpers";

describe("an icon font's names", () => {
  it("takes the names out and joins the text runs they split", () => {
    const page = doc(
      `<html><body><p id="p">Ver <span class="material-icons md-18">arrow_forward</span>más</p><p id="s"><i class="icon material-symbols-outlined">schedule</i> 14:05</p></body></html>`,
    );
    dropIconNames(page);
    expect(page.getElementById("p")?.innerHTML).toBe("Ver más");
    expect(page.getElementById("p")?.firstChild?.nodeValue).toBe("Ver más");
    expect(page.getElementById("s")?.textContent).toBe(" 14:05");
  });

  it("leaves words that are no icon's name, and the same words outside an icon font", () => {
    const html = `<html><body><p><span class="material-icons">Read more</span> <i>lock</i> <span class="icons">home</span></p></body></html>`;
    const page = doc(html);
    dropIconNames(page);
    expect(page.body.textContent).toBe("Read more lock home");
  });

  it("lets the rules read a paywall's badge and a byline as the page shows them", () => {
    const inside = `<p class="byline"><i class="material-icons">person</i>By Jane Doe</p><div class="badge"><i class="material-icons md-12">lock</i><strong>Para suscriptores</strong></div>`;
    const a = article(page({ inside }));
    expect(a.byline).toBe("Jane Doe");
    expect(a.textContent).not.toContain("lock");
    expect(a.textContent).not.toContain("suscriptores");
    expect(a.textContent).toContain("water management plan");
  });
});
