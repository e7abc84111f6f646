/**
 * When a query is worth searching (and its count or "no results" worth announcing): from two characters — one
 * letter of an alphabet matches half the archive and says *No results for "c"* to a screen reader at the first
 * keystroke —, or from one character of a script in which one character is a word (Han, kana, Hangul syllables,
 * Bopomofo, Yi: 港, 猫, 길).
 */
export const MIN_QUERY_LENGTH = 2;

const WORD_PER_CHARACTER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}\p{sc=Yi}]/u;

/** User-perceived characters (an accent typed as a combining mark counts with its letter). */
function characters(text: string): number {
  if (typeof Intl.Segmenter !== 'function') return [...text].length;
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
}

export const longEnough = (query: string): boolean => {
  const text = query.trim();
  return WORD_PER_CHARACTER.test(text) || characters(text) >= MIN_QUERY_LENGTH;
};
