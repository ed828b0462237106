/**
 * The article's summary. Readability's excerpt is the first description the page declares (JSON-LD,
 * Dublin Core, og:description, description, twitter:description, in that order), else the story's
 * first paragraph. Pages that declare several may put the site's name or a call to action in the
 * one read first ("au Webポータル", "Kliknij i zobacz więcej.") and the summary in another: a
 * short excerpt that shares next to no words with the story gives way to a declared description
 * that does and reads as prose (not a list of keywords). A long one stands: it says something,
 * if not what the story's opening does (a link digest's headlines).
 */
import { CJK_LETTER } from "./text";

/** The story's opening, where a summary's words are (a long story's end adds only noise). */
const OPENING_CHARS = 3000;
/** Words in a line that can only name a site or ask for a click. */
const SHORT_WORDS = 6;
/** At most this share of the excerpt's words in the story: it says nothing of it. */
const UNRELATED = 0.3;
/** At least this share of a description's words in the story: it summarises it. */
const RELATED = 0.6;

export function excerptOfStory(excerpt: string | null, declared: string[], storyText: string): string | null {
  if (!excerpt || declared.length < 2 || excerpt.split(/\s+/).length > SHORT_WORDS) return excerpt;
  const story = new Set(tokens(storyText.slice(0, OPENING_CHARS)));
  if (!story.size || shareIn(excerpt, story) > UNRELATED) return excerpt;
  const summary = declared.find(
    (description) =>
      description !== excerpt && !isKeywordList(description) && shareIn(description, story) >= RELATED,
  );
  return summary ?? excerpt;
}

/** The excerpt is one of `names` (the title, the site's name, its host), give or take case and a full stop. */
export function namesOnlyThePage(excerpt: string | null | undefined, names: (string | null)[]): boolean {
  const plain = (text: string) =>
    text
      .toLowerCase()
      .replace(/\s+/g, " ")
      .replace(/^www\./, "")
      .replace(/[\s.…]+$/, "")
      .trim();
  const said = plain(excerpt ?? "");
  return !!said && names.some((name) => !!name && plain(name) === said);
}

/** "Halloween-Kostüme, Halloween Verkleidung, Halloween Ideen": three or more short items, no sentence. */
function isKeywordList(text: string): boolean {
  const items = text.split(/[,;|、]/).map((item) => item.trim());
  return (
    items.length >= 3 && items.every((item) => item.split(/\s+/).length <= 4 && !/[.!?。！？]$/.test(item))
  );
}

function shareIn(text: string, story: Set<string>): number {
  const words = tokens(text);
  return words.length ? words.filter((word) => story.has(word)).length / words.length : 0;
}

/** Lower-cased words; in Chinese, Japanese and Korean, written without spaces, pairs of characters. */
function tokens(text: string): string[] {
  const found: string[] = [];
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (!CJK_LETTER.test(word)) found.push(word);
    else for (let i = 0; i + 1 < word.length; i++) found.push(word.slice(i, i + 2));
  }
  return found;
}
