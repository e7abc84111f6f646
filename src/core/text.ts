/** Text measures both sides agree on: words (any script), reading time, excerpts. */

/** Reading speed for prose in a second language or on screen; Medium uses 265, most readers read slower. */
const WORDS_PER_MINUTE = 230;

const segmenters = new Map<string, Intl.Segmenter>();
const segmenter = (lang: string) => {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
  return s;
};

/** Scripts written without spaces between words: only they need a word segmenter. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Intl.Segmenter in Node 20's V8 copies the whole input for every segment it returns (Chromium issue 326176949,
 * fixed in later V8), so one long paragraph costs time quadratic in its length: 7 s for 64 K Chinese characters.
 * Segmenting pieces of about this many characters, cut where every word-break rule agrees there is a boundary,
 * gives the same words in linear time.
 */
const PIECE = 2048;
/**
 * Where a piece may end: after white space or a CJK full stop, comma, ! or ? (they stand outside any word and end
 * a dictionary run), before anything that could attach to them (white space, combining marks, format characters).
 */
const CUT = /[\s\u3001\u3002\uff01\uff1f](?=[^\s\p{M}\p{Cf}])/gu;

/** The text in pieces that segment to the same words as the whole. */
function* pieces(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > 2 * PIECE) {
    // Look for a cut in a bounded window, so a text with none stays linear.
    const window = text.slice(start + PIECE, start + 8 * PIECE);
    CUT.lastIndex = 0;
    const m = CUT.exec(window);
    // Without one (8 K characters of Chinese without a full stop), cut anyway: at most one word per cut differs.
    let end = start + PIECE + (m ? m.index + m[0].length : 0);
    if (!m && /[\udc00-\udfff]/.test(text[end])) end++;
    yield text.slice(start, end);
    start = end;
  }
  yield text.slice(start);
}

/**
 * Elsewhere a word is what /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*\/u matches: a letter or digit, then letters, marks,
 * digits, apostrophes, dots and hyphens. What a character can be in such a word, and whether it is of an UNSPACED
 * script: bit flags.
 */
const START = 1;
const CONTINUE = 2;
const UNSPACED_CHAR = 4;
const KNOWN = 8;
/** Each BMP code unit's flags, learnt the first time it is met (the regexes' answers, one character at a time). */
const flags = /* @__PURE__ */ new Uint8Array(0x10000);
const astralFlags = new Map<number, number>();

function flagsOf(char: string): number {
  return (
    KNOWN |
    (/^[\p{L}\p{N}]$/u.test(char) ? START : 0) |
    (/^[\p{L}\p{M}\p{N}'’.-]$/u.test(char) ? CONTINUE : 0) |
    (UNSPACED.test(char) ? UNSPACED_CHAR : 0)
  );
}

/**
 * Those words counted by reading the text once, character by character (a third of the regex's time), or
 * -1 as soon as a character of an UNSPACED script shows the text needs the segmenter.
 */
function countSpacedWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let f: number;
    const low = unit >= 0xd800 && unit <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    if (low >= 0xdc00 && low <= 0xdfff) {
      const point = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      f = astralFlags.get(point) ?? 0;
      if (!f) astralFlags.set(point, (f = flagsOf(String.fromCodePoint(point))));
      i++;
    } else {
      f = flags[unit];
      if (!f) flags[unit] = f = flagsOf(String.fromCharCode(unit));
    }
    if (f & UNSPACED_CHAR) return -1;
    if (inWord) inWord = (f & CONTINUE) !== 0;
    else if (f & START) {
      n++;
      inWord = true;
    }
  }
  return n;
}

/**
 * Words as a reader counts them, in any script: Intl.Segmenter where words are not separated by spaces (Chinese,
 * Japanese, Thai…), the words above elsewhere (ten times faster over a large archive, and the same count).
 */
export function countWords(text: string, lang: string): number {
  const spaced = countSpacedWords(text);
  if (spaced >= 0) return spaced;
  let n = 0;
  for (const piece of pieces(text)) for (const s of segmenter(lang).segment(piece)) if (s.isWordLike) n++;
  return n;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * The text with white space collapsed and trimmed, or, for a long text, enough of its start to cut an excerpt from
 * (longer than `max` + 1): the same first characters, without copying megabytes.
 */
function collapsedStart(text: string, max: number): string {
  if (text.length > 8 * max) {
    const start = text
      .slice(0, 8 * max)
      .replace(/\s+/g, ' ')
      .trimStart();
    if (start.length > max + 1) return start;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The text cut at a sentence end (or else a word end) within `max` characters, with an ellipsis if cut. */
export function excerptOf(text: string, max = 220): string {
  const clean = collapsedStart(text, max);
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max);
  const sentence = head.search(/[.!?…](?=\s[^.!?…]*$)/u);
  if (sentence > max * 0.5) return head.slice(0, sentence + 1);
  return `${head.replace(/\s+\S*$/u, '').replace(/[\s,;:–—-]+$/u, '')}…`;
}
