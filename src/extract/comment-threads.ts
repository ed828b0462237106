/**
 * A thread of readers' comments, told by its shape when its classes say nothing (a site of hashed
 * classes, a script's widget): blocks side by side in one box, each holding one "Reply" button of
 * its own (a name, a time, the comment's words). The box goes with its heading ("Join the
 * conversation (12)"), which it holds. The guard keeps a thread that is the page's prose (a
 * forum's posts, each with its reply button, are the page).
 */
import { isReplyCall } from "./clutter-words";
import { removeGuarded, type Guard } from "./declutter-guard";
import { squashedLengthUpTo, textOf } from "./text";

/** Comments side by side that make a thread. */
const THREAD_ITEMS = 2;

export function removeCommentThreads(doc: Document, guard: Guard): void {
  for (const thread of findCommentThreads(doc)) removeGuarded(thread, guard);
}

/** Each document's threads, looked for once: the date rules ask first, the clutter rules after. */
const found = new WeakMap<Document, Element[]>();

/**
 * The page's comment threads, told by their shape (the date rules read no comment's time), as the
 * page came: the clutter rules remove what is still attached of them.
 */
export function findCommentThreads(doc: Document): Element[] {
  let threads = found.get(doc);
  if (!threads) found.set(doc, (threads = lookForThreads(doc)));
  return threads;
}

function lookForThreads(doc: Document): Element[] {
  const body = doc.body;
  if (!body) return [];
  const calls = Array.from(body.querySelectorAll("button, a")).filter(
    (el) => squashedLengthUpTo(el, 20) <= 20 && isReplyCall(textOf(el)),
  );
  if (calls.length < THREAD_ITEMS) return [];
  // How many calls each block holds: one walk up from each call (a page of hundreds of comments
  // is read in calls × depth steps).
  const held = new Map<Element, number>();
  for (const call of calls)
    for (let up = call.parentElement; up && up !== body; up = up.parentElement)
      held.set(up, (held.get(up) ?? 0) + 1);
  // Each call's comment: the widest block around it that holds no other call.
  const items = new Map<Element, number>();
  for (const call of calls) {
    let item: Element = call;
    for (let up = call.parentElement; up && up !== body && held.get(up) === 1; up = up.parentElement)
      item = up;
    // A call alone on its line is no comment (a reply form's own button).
    if (item === call || !item.parentElement) continue;
    items.set(item.parentElement, (items.get(item.parentElement) ?? 0) + 1);
  }
  return Array.from(items).flatMap(([thread, count]) => (count >= THREAD_ITEMS ? [thread] : []));
}
