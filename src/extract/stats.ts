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

export interface TextStats {
  wordCount: number;
  readingMinutes: number;
}

export function textStats(text: string, lang?: string | null): TextStats {
  let words = 0;
  let cjkWords = 0;
  if (UNSPACED.test(text)) {
    const segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: "word" });
    for (const seg of segmenter.segment(text)) {
      if (!seg.isWordLike) continue;
      words++;
      if (CJK.test(seg.segment)) cjkWords++;
      CJK.lastIndex = 0;
    }
  } else {
    words = text.match(SPACED_WORD)?.length ?? 0;
    cjkWords = (text.match(/[\p{Script=Hangul}]+/gu) ?? []).length;
  }
  const cjkChars = text.match(CJK)?.length ?? 0;
  const minutes = (words - cjkWords) / WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE;
  return { wordCount: words, readingMinutes: Math.max(1, Math.round(minutes)) };
}
