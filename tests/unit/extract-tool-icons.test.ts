import { describe, expect, it } from "vitest";
import { isToolIcon } from "../../src/extract/tool-icons";
import { article, doc, page } from "./extract-helpers";

/** An image as a page sets a button: inside its link (or, `linked` false, alone). */
const img = (src: string, linked = true): Element =>
  doc(
    `<html><body>${linked ? `<a href="/tool"><img src="${src}"></a>` : `<img src="${src}">`}</body></html>`,
  ).querySelector("img")!;

describe("a button's picture", () => {
  it.each([
    "https://news.example/wp-content/plugins/wp-print/images/print.gif",
    "https://news.example/modules/print/icons/print_icon.gif",
    "https://cdn.printfriendly.com/buttons/printfriendly-pdf-button-nobg.png",
    "https://news.example/img/icon_lupe.png?__blob=normal&v=1",
    "https://news.example/images/icon-plus.gif",
    "https://news.example/designimages/nbc-ajax-loader.gif",
    "https://news.example/styles/images/drucken.gif",
  ])("is told by a tool's word and an icon's in its file's name: %s", (src) => {
    expect(isToolIcon(img(src))).toBe(true);
  });

  it.each([
    // A smiley names no tool: it is the writer's.
    "https://blog.example/wp-includes/images/smilies/icon_smile.gif",
    // A photograph of a printer, a close-up: a tool's word without an icon's.
    "https://news.example/uploads/2025/03/3d-printer-close-up.jpg",
    // An icon that names no tool (a wiki's character portrait).
    "https://wiki.example/images/b/b6/Pam_Icon.png",
  ])("leaves a picture whose name is not a button's: %s", (src) => {
    expect(isToolIcon(img(src))).toBe(false);
  });

  it("tells a GIF named for a tool by its link or a loader's name, not an animated GIF of the story", () => {
    expect(isToolIcon(img("https://news.example/designimages/nbc-ajax-loader.gif", false))).toBe(true);
    expect(isToolIcon(img("https://news.example/uploads/3d-print-timelapse.gif", false))).toBe(false);
    expect(isToolIcon(img("https://news.example/uploads/zoom-call.gif", false))).toBe(false);
    const linkedToItsCopy = doc(
      `<html><body><a href="/uploads/3d-print-timelapse-large.gif"><img src="/uploads/3d-print-timelapse.gif"></a></body></html>`,
    ).querySelector("img")!;
    expect(isToolIcon(linkedToItsCopy)).toBe(false);
  });

  it("goes from the story with its link, and the story's pictures stay", () => {
    const inside = `<p><a href="/print/water-plan"><img src="/images/print.gif" alt="Drucker optimierte Version"></a></p><figure><img src="/uploads/reservoir.jpg" alt="The reservoir" width="800" height="450"><figcaption>The reservoir in March.</figcaption></figure>`;
    const a = article(page({ inside }));
    expect(a.content).not.toContain("print.gif");
    expect(a.content).not.toContain("/print/water-plan");
    expect(a.content).toContain("reservoir.jpg");
  });
});
