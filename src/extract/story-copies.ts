/**
 * A second copy of the story's paragraphs in Readability's output: a template that prints the
 * story twice and lets a script trim one copy on load ("content-body" keeps two paragraphs,
 * "content-continued-body" the rest), or a copy for another screen. Read without the script, the
 * page tells its story twice; the copy goes. A few repeated paragraphs stay (a pull quote, a
 * refrain, a test page's repeated "Lorem ipsum"): only a long run of them, in the same order, is a
 * copy.
 */
import { textOf } from "./text";

const BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt";
/** A paragraph long enough that its repetition is no refrain. */
const LONG = 80;
/** Long paragraphs a run repeats, at least, to be a copy of the story. */
const COPY_PARAGRAPHS = 5;

/** Removes each run of blocks that repeat earlier ones and hold COPY_PARAGRAPHS long paragraphs. */
export function dropStoryCopy(root: Element): void {
  // Innermost blocks: a list's items, not the list that holds them.
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  const seen = new Set<string>();
  let run: Element[] = [];
  let long = 0;
  const endRun = () => {
    if (long >= COPY_PARAGRAPHS) for (const el of run) el.remove();
    run = [];
    long = 0;
  };
  for (const block of blocks) {
    const text = textOf(block);
    if (!text) continue;
    if (seen.has(text)) {
      run.push(block);
      if (text.length >= LONG) long++;
    } else {
      endRun();
      seen.add(text);
    }
  }
  endRun();
}
