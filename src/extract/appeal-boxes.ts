/**
 * Boxes that speak to the reader rather than tell the story, told by their call and by what every
 * long line of them speaks of, whatever their classes:
 * - appeals for the readers' support, at a story's end or amid it: a title ("Support independent
 *   journalism", "Apoya el periodismo incómodo"), a few lines on the newsroom's independence and its
 *   readers' gifts, and a button ("Donate now", "Apoya a El Faro");
 * - a newsletter's sign-up promo that links to its sign-up page: a title ("Get our free newsletter"),
 *   a line on what comes to the inbox and when, and the link ("Sign up", "Jetzt abonnieren") (a
 *   promo with a form of its own goes by its form);
 * - notices asking consent to cookies: a line or two on cookies, tracking and privacy, and a button
 *   ("I Accept", "Alle akzeptieren"). Sites name their boxes for this ("privacy-consent"), but a
 *   site whose classes are hashes ("css-1x2y3z") names nothing, and its notice's long lines outscore
 *   a story made mostly of tables.
 * Their lines are too long and too many for the pitch rules, which read one short line at a time.
 */
import { blockLines } from "./block-text";
import {
  isAboutConsent,
  isAboutNewsletter,
  isAboutSupport,
  isConsentCall,
  isConsentVoice,
  isNewsletterCall,
  isNewsletterTitle,
  isSupportCall,
  isSupportTitle,
} from "./clutter-words";
import { drop, type Guard } from "./declutter-guard";
import { isAttached, squashedLengthUpTo, textOf } from "./text";

/** What a kind of box is told by: its call (a button or link), its title, and its long lines' topic. */
interface Appeal {
  isCall(text: string): boolean;
  isTitle(text: string): boolean;
  isAbout(text: string): boolean;
  /**
   * Whether the box goes even when it holds a real share of the page's prose. A consent notice
   * does when it opens in the site's voice ("We use cookies", "Wir verwenden Cookies"): its lines
   * are all on cookies and it holds the button that accepts them, which no story does, and on a
   * story told mostly in tables (a game's statistics) its two paragraphs are most of the prose
   * the guard counts. (A story on cookie banners that quotes one further down is no notice.)
   */
  overrulesGuard(box: Element): boolean;
  /**
   * Whether the call goes alone when no box around it is the appeal's. Not a sign-up link's: a
   * promo whose lines other rules took first is told by its title and call together then, and
   * "Jetzt anmelden" alone may be an event's own registration.
   */
  dropsLoneCall: boolean;
}

const APPEALS: Appeal[] = [
  {
    isCall: isSupportCall,
    isTitle: isSupportTitle,
    isAbout: isAboutSupport,
    overrulesGuard: () => false,
    dropsLoneCall: true,
  },
  // A consent notice has no title of its own: its first line is long, and told by its button.
  {
    isCall: isConsentCall,
    isTitle: () => false,
    isAbout: isAboutConsent,
    overrulesGuard: opensAsNotice,
    dropsLoneCall: true,
  },
  {
    isCall: isNewsletterCall,
    isTitle: isNewsletterTitle,
    isAbout: isAboutNewsletter,
    overrulesGuard: () => false,
    dropsLoneCall: false,
  },
];

/** Whether the box's first line of prose is a notice's, in the site's voice. */
function opensAsNotice(box: Element): boolean {
  for (const line of blockLines(box)) if (line.length >= TOPIC_LINE) return isConsentVoice(line);
  return false;
}

/** The longest box taken for an appeal (a few paragraphs, a title, a button). */
const BOX_MAX = 1500;
/** A line this long is prose, and must speak of the box's topic for the box to be an appeal. */
const LONG_LINE = 80;
/** A line this long counts as the appeal's prose when it speaks of the topic ("Independent journalism needs your support."). */
const TOPIC_LINE = 40;

const INLINE = /^(?:A|SPAN|EM|STRONG|B|I|U|SMALL|FONT|MARK)$/;
const CALLS = new Set(["A", "BUTTON"]);
const TITLES = new Set(["H2", "H3", "H4", "H5", "H6", "P", "STRONG", "B"]);

export function removeAppealBoxes(doc: Document, guard: Guard): void {
  const body = doc.body;
  if (!body) return;
  for (const [trigger, appeal] of triggers(body)) {
    if (!isAttached(trigger)) continue;
    const line = lineOf(trigger);
    if (!line || guard.protects(line)) continue;
    const box = boxAround(line, body, guard, appeal);
    if (box || appeal.dropsLoneCall) drop(box ?? line, guard);
  }
}

/**
 * Calls standing alone on their line, and appeals' titles, with the kind of box each tells. One
 * pass over every element: linkedom matches a list of selectors ("a, button, h2, …") at about
 * twice the cost.
 */
function triggers(body: Element): [Element, Appeal][] {
  const found: [Element, Appeal][] = [];
  for (const el of Array.from(body.querySelectorAll("*"))) {
    const call = CALLS.has(el.tagName);
    if (!call && !TITLES.has(el.tagName)) continue;
    const limit = call ? 40 : 80;
    if (squashedLengthUpTo(el, limit) > limit) continue;
    const text = textOf(el);
    const appeal = APPEALS.find((a) => (call ? a.isCall(text) : a.isTitle(text)));
    if (appeal) found.push([el, appeal]);
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
 * The largest block around the line that is an appeal: short, every long line of it on the topic
 * (support: its readers, their gifts, independence, journalism; consent: cookies, tracking,
 * privacy; a newsletter: the inbox, the mornings it comes), and at least one line on it; none when the first prose met speaks of something else
 * (the story around a lone button).
 */
function boxAround(line: Element, body: Element, guard: Guard, appeal: Appeal): Element | null {
  let box: Element | null = null;
  for (let up = line.parentElement; up && up !== body; up = up.parentElement) {
    if (up.querySelector("h1") || (guard.protects(up) && !appeal.overrulesGuard(up))) break;
    if (squashedLengthUpTo(up, BOX_MAX) > BOX_MAX) break;
    let prose = 0;
    let other = false;
    for (const text of blockLines(up)) {
      if (text.length < TOPIC_LINE) continue;
      if (appeal.isAbout(text)) prose++;
      else if (text.length >= LONG_LINE) {
        other = true;
        break;
      }
    }
    if (other) break;
    if (prose) box = up;
  }
  return box;
}
