/**
 * Appeals for the readers' support, at a story's end or amid it: a box with a title ("Support
 * independent journalism", "Apoya el periodismo incómodo"), a few lines on the newsroom's
 * independence and its readers' gifts, and a button ("Donate now", "Apoya a El Faro"). Its lines
 * are too long and too many for the pitch rules, which read one short line at a time; the box is
 * told by its call or title and by what every long line of it speaks of.
 */
import { blockLines } from "./block-text";
import { isAboutSupport, isSupportCall, isSupportTitle } from "./clutter-words";
import { drop, type Guard } from "./declutter-guard";
import { isAttached, squashedLengthUpTo, textOf } from "./text";

/** The longest box taken for an appeal (a few paragraphs, a title, a button). */
const BOX_MAX = 1500;
/** A line this long is prose, and must speak of support for its box to be an appeal. */
const LONG_LINE = 80;

const INLINE = /^(?:A|SPAN|EM|STRONG|B|I|U|SMALL|FONT|MARK)$/;
const CALLS = new Set(["A", "BUTTON"]);
const TITLES = new Set(["H2", "H3", "H4", "H5", "H6", "P", "STRONG", "B"]);

export function removeSupportAppeals(doc: Document, guard: Guard): void {
  const body = doc.body;
  if (!body) return;
  for (const trigger of triggers(body)) {
    if (!isAttached(trigger)) continue;
    const line = lineOf(trigger);
    if (!line || guard.protects(line)) continue;
    drop(boxAround(line, body, guard) ?? line, guard);
  }
}

/**
 * Calls to give standing alone on their line, and appeals' titles. One pass over every element:
 * linkedom matches a list of selectors ("a, button, h2, …") at about twice the cost.
 */
function triggers(body: Element): Element[] {
  const found: Element[] = [];
  for (const el of Array.from(body.querySelectorAll("*"))) {
    const call = CALLS.has(el.tagName);
    if (!call && !TITLES.has(el.tagName)) continue;
    if (
      call
        ? squashedLengthUpTo(el, 40) <= 40 && isSupportCall(textOf(el))
        : squashedLengthUpTo(el, 80) <= 80 && isSupportTitle(textOf(el))
    )
      found.push(el);
  }
  return found;
}

/**
 * The block the trigger makes a line of by itself: the trigger, or the nearest block around it
 * when that holds no other words (`<div><a><span>Apoya a El Faro</span></a></div>`). Null when
 * the trigger sits inside a sentence ("you can <a>donate</a> to the fund").
 */
function lineOf(trigger: Element): Element | null {
  const text = textOf(trigger);
  let line = trigger;
  for (let up = trigger.parentElement; up && up.tagName !== "BODY"; up = up.parentElement) {
    if (textOf(up) !== text) break;
    line = up;
    if (!INLINE.test(up.tagName)) break;
  }
  const parent = line.parentElement;
  if (INLINE.test(line.tagName) && parent && INLINE.test(parent.tagName)) return null;
  // A link in a paragraph's words: the paragraph's, not a line of its own.
  if (
    INLINE.test(line.tagName) &&
    parent &&
    /^(?:P|LI|TD|DD)$/.test(parent.tagName) &&
    textOf(parent) !== text
  )
    return null;
  return line;
}

/**
 * The largest block around the line that is an appeal: short, every long line of it on support
 * (its readers, their gifts, independence, journalism), and at least one such line; none when the
 * first prose met speaks of something else (the story around a lone button).
 */
function boxAround(line: Element, body: Element, guard: Guard): Element | null {
  let box: Element | null = null;
  for (let up = line.parentElement; up && up !== body; up = up.parentElement) {
    if (guard.protects(up) || up.querySelector("h1") || squashedLengthUpTo(up, BOX_MAX) > BOX_MAX) break;
    let prose = 0;
    let other = false;
    for (const text of blockLines(up)) {
      if (text.length < LONG_LINE) continue;
      if (!isAboutSupport(text)) {
        other = true;
        break;
      }
      prose++;
    }
    if (other) break;
    if (prose) box = up;
  }
  return box;
}
