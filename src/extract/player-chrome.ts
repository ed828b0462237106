/**
 * A script-made media player's chrome: the words its controls carry for screen readers, which a
 * page's stylesheet shows only as icons or not at all ("Video Player is loading.", "Play Video",
 * "Current Time 0:00", "Duration 2:31", "Loaded: 0%", "Fullscreen"; video.js, which Brightcove
 * builds on, JW Player, a newsroom's own). In a reader view they read as stray lines amid the story.
 *
 * The player is the widest box around a <video> or <audio> that holds little text and no paragraph
 * of prose, and holds a control of its own (a button, a slider, a progress bar) beside the media
 * element: a player a script built, not a story's plain <video controls>. Its lines go; the media
 * element, the player's caption (a <figcaption>) and a title set as a heading stay.
 */
import { removeGuarded, type Guard } from "./declutter-guard";
import { squashedLengthUpTo } from "./text";

/** Characters of text a player's box holds at most: its controls' words, a title, a time or two. */
const PLAYER_TEXT = 300;
/** A paragraph this long is prose: a box holding one is the story's, not a player's. */
const PROSE_LINE = 80;
const MEDIA = "video, audio, video-js";
const CONTROLS =
  "button, input[type=range], [role=slider], [role=progressbar], [role=button], [role=toolbar]";
/** What stays of a player: its media, its caption, a title set as a heading. */
const KEPT = "video, audio, figcaption, h1, h2, h3, h4, h5, h6";

/** The widest box around `media` that is still only a player's (see the module's comment). */
function playerBox(media: Element): Element | null {
  let box: Element | null = null;
  for (let n = media.parentElement; n && n.localName !== "body"; n = n.parentElement) {
    // The bounded length first: the other checks walk the whole box.
    if (n.localName === "article" || n.localName === "main") break;
    if (squashedLengthUpTo(n, PLAYER_TEXT) > PLAYER_TEXT || n.querySelector("h1")) break;
    if (Array.from(n.querySelectorAll("p")).some((p) => squashedLengthUpTo(p, PROSE_LINE) >= PROSE_LINE))
      break;
    box = n;
  }
  return box;
}

/** Whether the box holds a control outside its media elements (a <video controls> has none). */
const hasOwnControls = (box: Element): boolean =>
  Array.from(box.querySelectorAll(CONTROLS)).some((control) => !control.closest(MEDIA));

/** Removes every player's chrome from the page, its media, caption and title left in place. */
export function removePlayerChrome(doc: Document, guard: Guard): void {
  const done = new Set<Element>();
  for (const media of Array.from(doc.querySelectorAll(MEDIA))) {
    if (media.parentElement?.closest(MEDIA)) continue;
    const box = playerBox(media);
    if (!box || done.has(box) || !hasOwnControls(box)) continue;
    done.add(box);
    removeChrome(box, guard);
  }
}

/** Removes the box's parts that are neither kept nor hold a kept part, depth first. */
function removeChrome(box: Element, guard: Guard): void {
  for (const child of Array.from(box.children)) {
    if (child.matches(KEPT)) continue;
    if (child.querySelector(KEPT)) removeChrome(child, guard);
    else removeGuarded(child, guard);
  }
}
