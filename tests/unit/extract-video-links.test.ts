import { describe, expect, it } from "vitest";
import { videoPage } from "../../src/extract/video-links";
import { article, page } from "./extract-helpers";

describe("a story's video, kept as a link", () => {
  it.each([
    ["https://www.youtube.com/embed/AEyOoZ7JpyY?rel=0", "https://www.youtube.com/watch?v=AEyOoZ7JpyY"],
    ["//www.youtube-nocookie.com/embed/AEyOoZ7JpyY", "https://www.youtube.com/watch?v=AEyOoZ7JpyY"],
    ["https://player.vimeo.com/video/76979871?h=8272103f6e", "https://vimeo.com/76979871"],
    ["https://www.dailymotion.com/embed/video/x8abc12", "https://www.dailymotion.com/video/x8abc12"],
    ["https://ads.example/frame?slot=3", null],
    ["https://www.youtube.com/subscribe_embed?channel=x", null],
    [null, null],
  ])("%s → %s", (src, expected) => {
    expect(videoPage(src)).toBe(expected);
  });

  it("puts a link to the video where its player was, outside the running text", () => {
    const player = `<iframe width="560" height="315" src="https://www.youtube.com/embed/AEyOoZ7JpyY" allowfullscreen></iframe>`;
    const a = article(page().replace("</p>", `</p>${player}`));
    expect(a.content).not.toContain("<iframe");
    expect(a.content).toContain('href="https://www.youtube.com/watch?v=AEyOoZ7JpyY"');
    expect(a.content.indexOf("water management plan")).toBeLessThan(a.content.indexOf("youtube.com/watch"));
    expect(a.content.indexOf("youtube.com/watch")).toBeLessThan(a.content.indexOf("irrigation systems"));
    expect(a.textContent).not.toContain("youtube");
  });

  it("reads a lazy player's address, and leaves no trace of other frames", () => {
    const frames =
      `<iframe data-src="https://player.vimeo.com/video/76979871" src="about:blank"></iframe>` +
      `<iframe src="https://ads.example/frame?slot=3"></iframe>`;
    const a = article(page().replace("</p>", `</p>${frames}`));
    expect(a.content).toContain('href="https://vimeo.com/76979871"');
    expect(a.content).not.toContain("ads.example");
  });
});
