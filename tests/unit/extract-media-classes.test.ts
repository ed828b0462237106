import { describe, expect, it } from "vitest";
import { unweighMediaLayouts } from "../../src/extract/media-classes";
import { doc } from "./extract-helpers";

const PROSE =
  "Since 2014 the agency has helped its sister societies build early warning systems in seventeen countries, so that money and supplies reach families days before a storm.";

function classesAfter(body: string): string[] {
  const d = doc(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);
  unweighMediaLayouts(d);
  return Array.from(d.querySelectorAll("[class]"), (el) => el.getAttribute("class") ?? "");
}

describe("unweighMediaLayouts: 'media' leaves the classes of blocks holding prose", () => {
  it("drops every media-named class of a media object that holds two paragraphs of prose", () => {
    const body = `<div class="o-media o-media--left js-lightbox-gallery"><div class="o-media__img"><img src="a.jpg" alt=""></div><div class="media-body text"><p>${PROSE}</p><p>${PROSE}</p></div></div>`;
    expect(classesAfter(body)).toEqual(["js-lightbox-gallery", "o-media__img", "text"]);
  });

  it("leaves a media block with one paragraph, short captions or mostly links as it is", () => {
    const one = `<div class="media"><p>${PROSE}</p></div>`;
    const captions = `<div class="media-gallery"><p>Photo: the flood of 2021.</p><p>Photo: the new siren.</p></div>`;
    const links = `<div class="social-media"><p><a href="/a">${PROSE}</a></p><p><a href="/b">${PROSE}</a></p></div>`;
    expect(classesAfter(one + captions + links)).toEqual(["media", "media-gallery", "social-media"]);
  });

  it("leaves a class that only contains the letters in a word ('intermediate')", () => {
    expect(classesAfter(`<div class="intermediate"><p>${PROSE}</p><p>${PROSE}</p></div>`)).toEqual([
      "intermediate",
    ]);
  });
});
