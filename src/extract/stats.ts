/**
 * Word count and reading time. Intl.Segmenter splits CJK text into words, so Chinese and
 * Japanese count too; their reading speed is measured in characters (about 500 a minute).
 * Text in scripts that separate words with spaces is counted with a regex: Segmenter is slow
 * (a third of the pipeline's time on long pages) and finds the same words there.
 */
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Scripts written without spaces between words: only Segmenter can count them. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** A word as Segmenter sees one in spaced scripts: letters and digits, joined by ' ’ . , _ or -. */
const SPACED_WORD = /[\p{L}\p{N}\p{M}_]+(?:['’.,][\p{L}\p{N}\p{M}_]+)*/gu;

/**
 * Segmenter's time grows much faster than its text in Node 20 (66 KB of mixed text 4.7 s, 132 KB
 * 21 s; today's Chromium and Firefox take ~20 ms for either), so the CLI would stall on a long
 * Japanese story: long text goes to it in pieces of at most this many characters, each cut where
 * no word goes on (a space, a line break, an ideographic stop or comma). Even short pieces cost
 * more per character the longer they are (896 KB in pieces of 4,000 characters: 310 ms; of 1,000:
 * 188 ms; of 250: 156 ms, with more cuts forced inside long unspaced runs).
 */
const PIECE = 1_000;
const NO_WORD_ACROSS = /[\s\u3000\u3001\u3002\uff01\uff0c\uff1f]/;

/** `text` in pieces of at most PIECE characters, cut after a character no word runs across. */
export function* segmentPieces(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > PIECE) {
    let cut = start + PIECE;
    const least = start + PIECE / 2;
    while (cut > least && !NO_WORD_ACROSS.test(text[cut - 1]!)) cut--;
    // Hundreds of characters with no space or stop: cut anyway (at most one word split in two),
    // but never between the halves of a surrogate pair.
    if (cut === least && !NO_WORD_ACROSS.test(text[cut - 1]!)) {
      cut = start + PIECE;
      if (/[\ud800-\udbff]/.test(text[cut - 1]!)) cut--;
    }
    yield text.slice(start, cut);
    start = cut;
  }
  yield text.slice(start);
}

export interface TextStats {
  wordCount: number;
  readingMinutes: number;
}

export function textStats(text: string, lang?: string | null): TextStats {
  let words = 0;
  let cjkWords = 0;
  if (UNSPACED.test(text)) {
    const segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: "word" });
    for (const piece of segmentPieces(text)) {
      for (const seg of segmenter.segment(piece)) {
        if (!seg.isWordLike) continue;
        words++;
        if (CJK.test(seg.segment)) cjkWords++;
        CJK.lastIndex = 0;
      }
    }
  } else {
    words = text.match(SPACED_WORD)?.length ?? 0;
    cjkWords = (text.match(/[\p{Script=Hangul}]+/gu) ?? []).length;
  }
  const cjkChars = text.match(CJK)?.length ?? 0;
  const minutes = (words - cjkWords) / WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE;
  return { wordCount: words, readingMinutes: Math.max(1, Math.round(minutes)) };
}
