import { Readability } from "@mozilla/readability";
import { describe, expect, it } from "vitest";
import { article, doc } from "./extract-helpers";

const LETTER = [
  "Our institutions are facing a moment of trial. Powerful protests for justice are leading to overdue demands for reform, along with wider calls for greater equality and inclusion across society.",
  "The free exchange of information and ideas, the lifeblood of a liberal society, is daily becoming more constricted. We refuse any false choice between justice and freedom, which cannot exist without each other.",
  "This stifling atmosphere will ultimately harm the most vital causes of our time. The restriction of debate, whether by a repressive government or an intolerant society, invariably hurts those who lack power.",
];
// Three columns of "Name, Affiliation" entries and a note row: Readability scores each cell as a
// paragraph with dozens of commas, the row outscores the letter, and (the row not being its
// table's only one) the letter is never looked at.
const names = (column: number): string =>
  Array.from({ length: 40 }, (_, i) => `Signatory ${column}-${i}, University of Somewhere`).join("<br>");
const SIGNATORIES = `<table><tbody><tr><td>${names(1)}</td><td>${names(2)}</td><td>${names(3)}</td></tr><tr><td colspan="3">More signatures will follow.</td></tr></tbody></table>`;

function letterPage(extra = ""): string {
  return `<!DOCTYPE html><html lang="en"><head><title>A letter on open debate</title>${extra}</head><body>
    <nav><a href="/">Home</a> <a href="/letters">Letters</a></nav>
    <article><h1>A letter on open debate</h1><div class="content">
      ${LETTER.map((p) => `<p>${p}</p>`).join("\n")}
      ${SIGNATORIES}
      <p>Institutions are listed for identification purposes only.</p>
    </div></article></body></html>`;
}

describe("a long table of short entries does not outscore the story around it", () => {
  it("is the whole story with Readability alone — the failure this rule is for", () => {
    const text = new Readability(doc(letterPage())).parse()?.textContent ?? "";
    expect(text).toContain("Signatory 1-0");
    expect(text).not.toContain("moment of trial");
  });

  it("keeps the letter and its signatories, in order", () => {
    const a = article(letterPage(), "https://magazine.example/letter");
    expect(a.textContent).toContain("moment of trial");
    expect(a.textContent).toContain("hurts those who lack power");
    expect(a.textContent).toContain("Signatory 3-39, University of Somewhere");
    expect(a.textContent.indexOf("lack power")).toBeLessThan(a.textContent.indexOf("Signatory 1-0"));
    expect(a.content).toContain("<table>");
    // Never the marker that held the table's place: not as text, not as the excerpt.
    expect(a.textContent).not.toContain("tidings-table");
    expect(a.content).not.toContain("tidings-table");
    expect(a.excerpt).toBe(LETTER[0]);
  });

  it("makes the links and images of the table absolute and drops its presentational attributes", () => {
    const html = letterPage()
      .replace("<table>", '<table width="100%" bgcolor="#fff">')
      .replace(
        "Signatory 1-0, University",
        '<a href="/people/ann">Signatory 1-0</a>, <img src="img/ann.png" alt=""> University',
      );
    const a = article(html, "https://magazine.example/2020/letter");
    expect(a.textContent).toContain("moment of trial");
    expect(a.content).toContain('href="https://magazine.example/people/ann"');
    expect(a.content).toContain('src="https://magazine.example/2020/img/ann.png"');
    expect(a.content).not.toMatch(/width="100%"|bgcolor/);
  });

  it("leaves a table that is the page alone (a league table under a short introduction)", () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) =>
        `<tr><td>${i + 1}</td><td>Club number ${i + 1}</td><td>${60 - i}</td><td>${i}:${30 - i}</td></tr>`,
    ).join("");
    const html = `<!DOCTYPE html><html lang="en"><head><title>League table</title></head><body><main>
      <h1>League table after round 12</h1>
      <p>${LETTER[0]}</p>
      <table><thead><tr><th>#</th><th>Club</th><th>Points</th><th>Goals</th></tr></thead><tbody>${rows}</tbody></table>
    </main></body></html>`;
    const a = article(html, "https://sport.example/table");
    expect(a.textContent).toContain("Club number 30");
  });

  it("leaves a short table inside the story where it is (a score box in a match report)", () => {
    const story = LETTER.map((p) => `<p>${p}</p>`).join("");
    const html = `<!DOCTYPE html><html lang="en"><head><title>Match report</title></head><body><article>
      <h1>Match report</h1><table><tr><td>Home</td><td>57</td></tr><tr><td>Away</td><td>33</td></tr></table>
      ${story}</article></body></html>`;
    const a = article(html, "https://sport.example/report");
    expect(a.textContent).toContain("Home");
    expect(a.textContent).toContain("moment of trial");
  });
});
