import { describe, expect, it } from "vitest";
import { dropStoryCopy } from "../../src/extract/story-copies";
import { article, bodyAfter } from "./extract-helpers";

const paragraphs = [
  "De la música cotidiana a la incertidumbre: the first months of the lockdown changed what people played at home, the platform said.",
  "Songs by Luis Miguel and José José were among the most requested, along with playlists for working and for studying at the kitchen table.",
  "Later in the year the listening moved back towards dance music and parties, as the first restrictions were lifted in the larger cities.",
  "Podcasts for children grew by almost two hundred per cent in the first weeks, and those for meditation and exercise followed them.",
  "The company expects the same growth in Mexico that it saw in Brazil, where podcasts now reach one in four of its listeners each week.",
  "Digital wallets spread in the same months, the executive said, and both habits look set to stay now that the worst of the pandemic is over.",
];
const story = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join("");

describe("a second copy of the story", () => {
  it("goes: a template's copy a script trims on load, read without the script", () => {
    const html = `<!DOCTYPE html><html lang="es"><head><title>La música de la pandemia</title></head><body><article><h1>La música de la pandemia</h1>
      <div class="content-body">${story(paragraphs)}</div><div class="ad"></div>
      <div class="content-continued-body"><h4>EL FENÓMENO DE LOS PODCAST</h4>${story(paragraphs.slice(1))}</div></article></body></html>`;
    const text = article(html).textContent;
    for (const p of paragraphs) expect(text.split(p).length - 1).toBe(1);
  });

  it("leaves a few repeated paragraphs: a refrain, a pull quote", () => {
    const body = `<div>${story(paragraphs)}<blockquote><p>${paragraphs[1]}</p></blockquote>${story(paragraphs.slice(2, 5))}</div>`;
    expect(bodyAfter((doc) => dropStoryCopy(doc.body), body)).toBe(body);
  });

  it("removes only the copied run, not the new paragraphs after it", () => {
    const after =
      "A new closing paragraph that the first copy never held, about the year to come and its concerts.";
    const body = `<div>${story(paragraphs)}${story(paragraphs)}<p>${after}</p></div>`;
    expect(bodyAfter((doc) => dropStoryCopy(doc.body), body)).toBe(
      `<div>${story(paragraphs)}<p>${after}</p></div>`,
    );
  });
});
