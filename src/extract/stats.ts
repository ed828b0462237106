/**
 * Word count and reading time. Intl.Segmenter splits CJK text into words, so Chinese and
 * Japanese count too; their reading speed is measured in characters (about 500 a minute).
 */
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

export interface TextStats {
  wordCount: number;
  readingMinutes: number;
}

export function textStats(text: string, lang?: string | null): TextStats {
  const segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: "word" });
  let words = 0;
  let cjkWords = 0;
  for (const seg of segmenter.segment(text)) {
    if (!seg.isWordLike) continue;
    words++;
    if (CJK.test(seg.segment)) cjkWords++;
    CJK.lastIndex = 0;
  }
  const cjkChars = text.match(CJK)?.length ?? 0;
  const minutes = (words - cjkWords) / WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE;
  return { wordCount: words, readingMinutes: Math.max(1, Math.round(minutes)) };
}
