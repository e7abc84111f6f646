/**
 * How text becomes search terms, shared by the index builder (Node) and the query side (browser):
 * split on white space, dashes, apostrophes (French elision: `l’indépendance` → `l`, `indépendance`), quotes,
 * slashes, brackets and the punctuation that never stands inside a word (full stops and commas may: `U.S.`,
 * `30,000`), CJK punctuation and full-width forms included (`导火索。Dunthiaen`); and where the script changes from
 * one written without spaces (Chinese, Japanese, Korean) to another with none between (`中文Dunthiaen`). Trimmed of
 * punctuation; lower case without accents. A run of Chinese or Japanese between punctuation is one word (a clause):
 * a word segmenter (Intl.Segmenter) would cut it otherwise in Node than in each browser, and the build and the
 * browser must read the same words; a query finds such a clause by its beginning, as it is typed. Stop words
 * (English and French, lunr's lists) are not indexed; which words they are is passed in, so that the browser needs
 * no lunr to read a query (the index ships the list: see index-format.ts). Terms are kept whole, not stemmed: stems
 * are worked out at build time, so that prefixes and typos are matched against real words.
 */
import { fold } from './analyzer-fold.js';

export { fold };

/** Whether a word (lower case, accents kept) is a stop word. */
export type IsStopWord = (word: string) => boolean;

/** Stop words from a list (as the index ships them). */
export function stopWordsFrom(list: readonly string[]): IsStopWord {
  const set = new Set(list);
  return (word) => set.has(word);
}

/**
 * CJK punctuation: 、。〃, the brackets 〈〉《》「」『』【】〔〕〖〗〘〙〚〛, 〜〝〞〟, the katakana middle dot, and the
 * full-width and half-width forms of ASCII and CJK punctuation (！＂＃…／, ：；＜＝＞？＠, ［＼］＾＿｀, ｛｜｝～｟｠｡｢｣､･).
 */
const CJK_SEPARATORS = String.raw`\u3001-\u3003\u3008-\u3011\u3014-\u301f\u30fb\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65`;
const SEPARATOR_CHARS = String.raw`\s\u2010-\u2015\-'’‘\u0060"“”«»„()[\]{}/\\|:;!?~^+*=<>@#$%&…${CJK_SEPARATORS}`;
/** A run of anything but separators, which `words` reads as one word or more (see isSeparator and scriptOf). */
export const WORD = new RegExp(`[^${SEPARATOR_CHARS}]+`, 'gu');
const SEPARATOR = new RegExp(`[${SEPARATOR_CHARS}]`, 'u');
const LEADING = /^[^\p{L}\p{N}]+/u;
const TRAILING = /[^\p{L}\p{N}]+$/u;

export interface WordSpan {
  /** The term the word is indexed under (folded). */
  term: string;
  /** An English or French stop word: not indexed, but part of phrases. */
  stop: boolean;
  /** Where the word stands in the text (UTF-16 offsets), for highlights. */
  start: number;
  end: number;
}

/** A run of a text as read: its leading punctuation's length, the word without it and its term. */
interface Read {
  lead: number;
  core: string;
  term: string;
  stop: boolean;
}

/**
 * Runs already read (the same few thousand words make most of any text), found by a hash of their characters
 * taken as the text is scanned, and compared in place: cutting each run out of the text to look it up in a Map
 * cost more than reading it (open addressing, linear probing).
 */
class ReadRuns {
  size = 0;
  private keys: (string | undefined)[] = new Array(1024);
  private hashes = new Int32Array(1024);
  private values: Read[] = new Array(1024);

  find(text: string, start: number, end: number, hash: number): Read | undefined {
    const mask = this.keys.length - 1;
    for (let k = hash & mask; ; k = (k + 1) & mask) {
      const key = this.keys[k];
      if (key === undefined) return undefined;
      if (this.hashes[k] === hash && key.length === end - start && text.startsWith(key, start)) return this.values[k];
    }
  }

  add(key: string, hash: number, value: Read): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let k = hash & mask;
    while (this.keys[k] !== undefined) k = (k + 1) & mask;
    this.keys[k] = key;
    this.hashes[k] = hash;
    this.values[k] = value;
    this.size++;
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    this.keys = new Array(2 * keys.length);
    this.hashes = new Int32Array(2 * keys.length);
    this.values = new Array(2 * keys.length);
    this.size = 0;
    keys.forEach((key, k) => key !== undefined && this.add(key, hashes[k], values[k]));
  }
}

/** Runs read, per stop word list. */
const seen = new WeakMap<IsStopWord, ReadRuns>();

/** Letters of the scripts written without spaces that stand next to Latin without one (`中文Dunthiaen`). */
const UNSPACED_LETTER = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Bopomofo}\p{scx=Hangul}]/u;
/** Letters of any other script (not Common nor Inherited: `ー` and combining marks belong to their neighbours). */
const OTHER_LETTER = /(?![\p{Script=Common}\p{Script=Inherited}])\p{L}/u;

const SEPARATE = 1;
const UNSPACED = 3;
const OTHER = 4;
/**
 * Each UTF-16 code unit's class, learnt the first time it is met: 1 a separator (SEPARATOR), else part of a word:
 * 2 of any script (digits, marks, inner punctuation), 3 a letter of an unspaced script, 4 a letter of another.
 * Reading a text unit by unit against it finds WORD's runs three times faster than the regex does (the build
 * reads every word of every post). No separator is astral, and neither half of a surrogate pair is one, as in WORD; the
 * first halves of planes 2 and 3 (U+20000–3FFFF) are CJK ideographs, other astral letters stand with any script.
 */
const classes = new Uint8Array(0x10000);

function classOf(unit: number): number {
  let c = classes[unit];
  if (!c) {
    const char = String.fromCharCode(unit);
    if (SEPARATOR.test(char)) c = SEPARATE;
    else if (UNSPACED_LETTER.test(char) || (unit >= 0xd840 && unit <= 0xd8bf)) c = UNSPACED;
    else if (OTHER_LETTER.test(char)) c = OTHER;
    else c = 2;
    classes[unit] = c;
  }
  return c;
}

export function isSeparator(unit: number): boolean {
  return classOf(unit) === SEPARATE;
}

/** Every word of a text with its place, stop words included. */
export function words(text: string, isStop: IsStopWord): WordSpan[] {
  let known = seen.get(isStop);
  if (!known || known.size > 100_000) seen.set(isStop, (known = new ReadRuns()));
  const out: WordSpan[] = [];
  const length = text.length;
  let i = 0;
  for (;;) {
    while (i < length && isSeparator(text.charCodeAt(i))) i++;
    if (i === length) break;
    const index = i;
    // Up to a separator, or to a letter of another script than the run's letters so far (unspaced or not).
    let script = 0;
    let hash = 0;
    for (; i < length; i++) {
      const unit = text.charCodeAt(i);
      const c = classOf(unit);
      if (c === SEPARATE) break;
      if (c === UNSPACED || c === OTHER) {
        if (script && c !== script) break;
        script = c;
      }
      hash = (Math.imul(hash, 31) + unit) | 0;
    }
    let word = known.find(text, index, i, hash);
    if (!word) {
      const raw = text.slice(index, i);
      const lead = raw.length - raw.replace(LEADING, '').length;
      const core = raw.slice(lead).replace(TRAILING, '');
      word = { lead, core, term: core && fold(core), stop: !!core && isStop(core.toLowerCase()) };
      known.add(raw, hash, word);
    }
    if (!word.core) continue;
    const start = index + word.lead;
    out.push({ term: word.term, stop: word.stop, start, end: start + word.core.length });
  }
  return out;
}

/** The terms a text is indexed under, in order, with repeats. */
export function indexTerms(text: string, isStop: IsStopWord): string[] {
  return words(text, isStop)
    .filter((w) => !w.stop)
    .map((w) => w.term);
}
