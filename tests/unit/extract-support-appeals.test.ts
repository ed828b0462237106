/** Appeals for the readers' support (support-appeals.ts), in the shapes and languages sites give them. */
import { describe, expect, it } from "vitest";
import { article, PROSE } from "./extract-helpers";

/** A story long enough that an appeal box is a small part of it, as on a real page. */
const STORY = [
  ...PROSE,
  "Farmers' unions welcomed the irrigation grants but warned that the application process was too slow for the coming summer season.",
  "Several mayors said their towns had already started replacing the oldest pipes, paid for from their own budgets over the last decade.",
  "The ministry will publish a map of the worst leaks every year, so that residents can see how quickly their own town is improving.",
  "The plan now goes to the upper house, which is expected to vote on it before the summer recess without major changes.",
];

function story(box: string, where: "end" | "middle", lang = "en"): string {
  const paragraphs = STORY.map((p) => `<p>${p}</p>`);
  paragraphs.splice(where === "end" ? paragraphs.length : 4, 0, box);
  return `<!DOCTYPE html><html lang="${lang}"><head><title>Parliament approves water plan</title></head><body><article><h1>Parliament approves water plan</h1>${paragraphs.join("\n")}</article></body></html>`;
}

const APPEALS: [string, string, string, string][] = [
  [
    "a titled box with a paragraph and a button",
    "en",
    `<div class="box"><h3>Support independent journalism</h3><p>We are a small, independent newsroom, and our reporting on water, land and climate is free for everyone to read. That is only possible because thousands of readers chip in every month. If you value what we do, please consider a contribution.</p><a class="button" href="/donate">Donate now</a></div>`,
    "small, independent newsroom",
  ],
  [
    "lines set with <br> under a bold title",
    "es",
    `<div><div><div><strong>Apoya el periodismo incómodo</strong></div>Si te parece valioso el trabajo de El Diario, apóyanos para seguir. Únete a nuestra comunidad de lectores que con su membresía mensual o anual garantizan nuestra sostenibilidad.<br><br>Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.<br></div><div>Te necesitamos para seguir incomodando al poder.</div><div><a href="https://apoyo.example"><span>Apoya a El Diario</span></a></div></div>`,
    "Te necesitamos",
  ],
  [
    "an untitled box told by its button alone",
    "en",
    `<div class="contributions"><p><strong>… we have a small favour to ask.</strong> Millions are turning to us for open, independent, quality news every day, and readers in 180 countries now support us financially. That is why we keep our reporting open for all readers.</p><p><a href="/contribute">Support us</a></p></div>`,
    "small favour to ask",
  ],
  [
    "a German box",
    "de",
    `<div class="hint"><h4>Unterstützen Sie unabhängigen Journalismus</h4><p>Unsere Redaktion recherchiert jeden Tag für Sie, unabhängig von Konzernen und Parteien. Damit alle Texte frei lesbar bleiben, sind wir auf die Unterstützung unserer Leserinnen und Leser angewiesen.</p><p><a href="/abo">Jetzt unterstützen</a></p></div>`,
    "Konzernen und Parteien",
  ],
  [
    "an Italian box",
    "it",
    `<div class="box"><h3>Sostieni il giornalismo indipendente</h3><p>Il nostro giornale è libero e gratuito per tutti, senza padroni. Per continuare a raccontare il territorio abbiamo bisogno del sostegno dei nostri lettori, anche con un piccolo contributo.</p><a href="/sostieni">Sostienici</a></div>`,
    "senza padroni",
  ],
  [
    "a Portuguese box",
    "pt",
    `<div class="box"><h3>Apoie o jornalismo independente</h3><p>Nosso trabalho é financiado pelos leitores. Não temos anunciantes nem donos: somos independentes para investigar quem tem poder, e qualquer contribuição faz diferença.</p><a href="/apoie">Quero apoiar</a></div>`,
    "financiado pelos leitores",
  ],
  [
    "a Dutch box",
    "nl",
    `<div class="box"><h3>Steun onafhankelijke journalistiek</h3><p>Onze artikelen zijn gratis te lezen, zonder betaalmuur. Dat kan alleen dankzij de steun van lezers zoals jij: met een kleine bijdrage per maand blijven we onafhankelijk.</p><a href="/doneer">Doneer nu</a></div>`,
    "zonder betaalmuur",
  ],
];

describe("appeals for the readers' support", () => {
  it.each(
    APPEALS.flatMap(([name, lang, box, leak]) =>
      (["end", "middle"] as const).map((where) => [name, where, lang, box, leak]),
    ),
  )("removes %s, at the story's %s", (_name, where, lang, box, leak) => {
    const text = article(story(box, where as "end" | "middle", lang)).textContent;
    expect(text).not.toContain(leak);
    for (const p of STORY) expect(text).toContain(p);
  });

  const charity =
    "The charity said donations had fallen by a third this year, and it asked supporters to consider a monthly contribution, however small, so that its volunteers could keep the water points open.";

  it("takes a lone button after a story paragraph on gifts, and keeps the paragraph", () => {
    const text = article(
      story(
        `<p>${charity}</p><p><a class="btn" href="https://charity.example/give">Donate now</a></p>`,
        "end",
      ),
    ).textContent;
    expect(text).toContain(charity);
    expect(text).not.toContain("Donate now");
  });

  it("keeps a link to give that is a word of the story's sentence", () => {
    const line = `${charity} Readers can <a href="https://charity.example/give">donate</a> on its website.`;
    expect(article(story(`<p>${line}</p>`, "end")).textContent).toContain(
      "Readers can donate on its website.",
    );
  });

  it("keeps the byline and date in a row that holds a call to give", () => {
    const row = `<div class="meta"><span class="byline">By Jane Doe</span> <time datetime="2025-03-21">March 21, 2025</time> <a href="/support">Support us</a></div>`;
    const a = article(story("", "end").replace("</h1>", `</h1>${row}`));
    expect(a.byline).toBe("Jane Doe");
    expect(a.publishedTime).toBe("2025-03-21");
    expect(a.textContent).toContain(STORY[0]);
  });
});
