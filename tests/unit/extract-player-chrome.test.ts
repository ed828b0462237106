import { describe, expect, it } from "vitest";
import { article, page, PROSE } from "./extract-helpers";

/** video.js's player as its script builds it (Brightcove's builds on it), a title bar and a caption dialog with it. */
const VIDEO_JS = `<figure class="story-video"><div class="video-js vjs-paused vjs-fluid" id="vjs_video_3" role="region" aria-label="Video Player">
  <video class="vjs-tech" preload="none" poster="/poster.jpg"></video><div class="vjs-poster"></div>
  <div class="vjs-loading-spinner" dir="ltr"><span class="vjs-control-text">Video Player is loading.</span></div>
  <button class="vjs-big-play-button" type="button" title="Play Video"><span class="vjs-control-text">Play Video</span></button>
  <div class="vjs-control-bar" dir="ltr"><button class="vjs-play-control vjs-control" type="button"><span class="vjs-control-text">Play</span></button>
  <div class="vjs-current-time vjs-time-control"><span class="vjs-control-text">Current Time&nbsp;</span><span class="vjs-current-time-display">0:00</span></div>
  <div class="vjs-duration vjs-time-control"><span class="vjs-control-text">Duration&nbsp;</span><span class="vjs-duration-display">2:31</span></div>
  <div class="vjs-progress-control"><div class="vjs-progress-holder" role="slider" aria-label="Progress Bar"><div class="vjs-load-progress"><span class="vjs-control-text"><span>Loaded</span>: <span>0%</span></span></div></div></div>
  <button class="vjs-fullscreen-control" type="button"><span class="vjs-control-text">Fullscreen</span></button></div></div>
  <figcaption>Flood water in the valley on Thursday morning.</figcaption></figure>`;

/** The same built by a site of hashed classes, its words in German. */
const HASHED = `<div class="css-1x2y"><div class="css-9k3q"><video src="/clip.mp4"></video>
  <div class="css-aa1"><span>Video wird geladen</span></div><div class="css-bb2"><span role="button" tabindex="0">Abspielen</span>
  <div role="progressbar" aria-valuenow="0"><span>Geladen: 0 %</span></div><span class="css-cc3">00:00 / 02:31</span></div></div></div>`;

const inStory = (player: string) => page().replace(`<p>${PROSE[1]}</p>`, `<p>${PROSE[1]}</p>${player}`);

describe("a media player's chrome", () => {
  it("removes the words of video.js's controls, the story and the player's caption kept", () => {
    const a = article(inStory(VIDEO_JS));
    for (const chrome of [
      "Video Player is loading",
      "Play Video",
      "Current Time",
      "Duration",
      "Loaded",
      "Fullscreen",
    ])
      expect(a.textContent).not.toContain(chrome);
    expect(a.content).toContain("<figcaption>Flood water in the valley on Thursday morning.</figcaption>");
    for (const paragraph of PROSE) expect(a.textContent).toContain(paragraph);
  });

  it("removes a hashed-class player's words by its controls, whatever its language", () => {
    const a = article(inStory(HASHED));
    for (const chrome of ["Video wird geladen", "Abspielen", "Geladen", "02:31"])
      expect(a.textContent).not.toContain(chrome);
    for (const paragraph of PROSE) expect(a.textContent).toContain(paragraph);
  });

  it("keeps the words beside a plain <video controls>, which has no controls of the page's own", () => {
    const plain = `<div class="clip"><video controls src="/clip.mp4"><p>Your browser cannot play this clip.</p></video><span>The harbour at dawn, filmed by a reader</span></div>`;
    expect(article(inStory(plain)).textContent).toContain("The harbour at dawn, filmed by a reader");
  });

  it("keeps a box's text that a player sits in among paragraphs of prose", () => {
    const box = `<div><video src="/clip.mp4"></video><button type="button">Play</button><p>Divers filmed the harbour wall from below last week, and the footage shows cracks running the length of its oldest section.</p></div>`;
    expect(article(inStory(box)).textContent).toContain("footage shows cracks running the length");
  });
});
