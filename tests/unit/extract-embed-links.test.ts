import { describe, expect, it } from "vitest";
import { embedPage } from "../../src/extract/embed-links";
import { article, page } from "./extract-helpers";

describe("a story's embeds, kept as links", () => {
  it.each([
    ["https://www.youtube.com/embed/AEyOoZ7JpyY?rel=0", "https://www.youtube.com/watch?v=AEyOoZ7JpyY"],
    ["//www.youtube-nocookie.com/embed/AEyOoZ7JpyY", "https://www.youtube.com/watch?v=AEyOoZ7JpyY"],
    ["https://player.vimeo.com/video/76979871?h=8272103f6e", "https://vimeo.com/76979871"],
    ["https://www.dailymotion.com/embed/video/x8abc12", "https://www.dailymotion.com/video/x8abc12"],
    [
      "https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk",
      "https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk",
    ],
    ["https://datawrapper.dwcdn.net/cw7t6/3/", "https://datawrapper.dwcdn.net/cw7t6/"],
    [
      "https://flo.uri.sh/visualisation/9054508/embed",
      "https://public.flourish.studio/visualisation/9054508/",
    ],
    ["https://e.infogram.com/abc-123?src=embed", "https://infogram.com/abc-123"],
    [
      "https://www.google.com/maps/embed/v1/place?q=Freier%20Platz%2010,%20Schaffhausen&key=SECRET",
      "https://www.google.com/maps/search/?api=1&query=Freier%20Platz%2010%2C%20Schaffhausen",
    ],
    ["https://ads.example/frame?slot=3", null],
    ["https://www.youtube.com/subscribe_embed?channel=x", null],
    ["https://www.facebook.com/plugins/like.php?href=x", null],
    [null, null],
  ])("%s → %s", (src, expected) => {
    expect(embedPage(src)?.url ?? null).toBe(expected);
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

  it("puts a link to a chart where its frame was, by a block Readability would otherwise clean away", () => {
    const chart = `<div class="embed"><iframe title="Water lost to leaks" src="https://datawrapper.dwcdn.net/cw7t6/3/" height="400"></iframe></div>`;
    const a = article(page().replace("</p>", `</p>${chart}`));
    expect(a.content).toContain('href="https://datawrapper.dwcdn.net/cw7t6/"');
    expect(a.content).toContain("↗ datawrapper.dwcdn.net/cw7t6/");
    expect(a.content.indexOf("cw7t6")).toBeLessThan(a.content.indexOf("irrigation systems"));
    expect(a.textContent).not.toContain("datawrapper");
  });

  it("names a map by its place, not by an address carrying the site's key", () => {
    const map = `<iframe src="https://www.google.com/maps/embed/v1/place?q=Freier%20Platz%2010&key=SECRET"></iframe>`;
    const a = article(page().replace("</p>", `</p>${map}`));
    expect(a.content).toContain("↗ google.com/maps · Freier Platz 10");
    expect(a.content).not.toContain("SECRET");
  });

  it("links an Instagram post whose card the clutter rules emptied, and leaves a tweet's text as it is", () => {
    const post = `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/BpWxLP7HzN3/?utm_source=ig_embed"><div><a href="https://www.instagram.com/p/BpWxLP7HzN3/">View this post on Instagram</a></div></blockquote>`;
    const tweet = `<blockquote class="twitter-tweet" cite="https://twitter.com/x/status/1"><p>The vote passed 61 to 12 tonight.</p>&mdash; Jane Roe</blockquote>`;
    const a = article(page().replace("</p>", `</p>${post}${tweet}`));
    expect(a.content).not.toMatch(/<blockquote[^>]*>\s*<\/blockquote>/);
    expect(a.content).toContain('href="https://www.instagram.com/p/BpWxLP7HzN3/"');
    expect(a.textContent).toContain("The vote passed 61 to 12 tonight.");
  });
});
