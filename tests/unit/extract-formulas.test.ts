import { describe, expect, it } from "vitest";
import { keepFormulas } from "../../src/extract/formulas";
import { article, doc, page } from "./extract-helpers";

const MATHJAX = `<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML">
  <mjx-math aria-hidden="true"><mjx-mi>a</mjx-mi></mjx-math>
  <mjx-assistive-mml display="inline"><math xmlns="http://www.w3.org/1998/Math/MathML">
  <mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml></mjx-container>`;

describe("formulas", () => {
  it("turns each <math> into the text of its symbols, a block one for a displayed formula", () => {
    const d = doc(`<html><body><p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, then
      <math display="block"><mi>x</mi><mo>=</mo><mn>1</mn></math></p></body></html>`);
    keepFormulas(d);
    expect(d.querySelector("math")).toBeNull();
    expect(d.querySelector("p span")?.textContent).toBe("a ≠ 0");
    expect(d.querySelector("p div")?.textContent).toBe("x = 1");
  });

  it("keeps a MathJax formula, whose container's class reads like a menu", () => {
    const inside = `<p>The rule holds when ${MATHJAX} for every value the ministry checked in its review of the plan.</p>`;
    const a = article(page({ inside }));
    expect(a.textContent).toContain("when a ≠ 0 for every value");
    expect(a.content).not.toContain("<math");
  });
});
