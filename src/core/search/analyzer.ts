/**
 * How text becomes search terms, shared by the index builder (Node) and the query side (browser):
 * split on white space, dashes, apostrophes (French elision: `l’indépendance` → `l`, `indépendance`), quotes,
 * slashes, brackets and the punctuation that never stands inside a word (full stops and commas may: `U.S.`,
 * `30,000`); trimmed of punctuation; lower case without accents. Stop words (English and French, lunr's lists) are
 * not indexed; which words they are is passed in, so that the browser needs no lunr to read a query (the index
 * ships the list: see index-format.ts). Terms are kept whole, not stemmed: stems are worked out at build time, so
 * that prefixes and typos are matched against real words.
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

const SEPARATOR_CHARS = String.raw`\s\u2010-\u2015\-'’‘\u0060"“”«»„()[\]{}/\\|:;!?~^+*=<>@#$%&…`;
/** A word: a run of anything but separators (what `words` reads; see isSeparator). */
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

/** Words as read, per stop word list: the same few thousand words make most of any text. */
const seen = new WeakMap<IsStopWord, Map<string, { lead: number; core: string; term: string; stop: boolean }>>();

/**
 * Each UTF-16 code unit's class, learnt from SEPARATOR the first time it is met: 1 a separator, 2 part of a word.
 * Reading a text unit by unit against it finds WORD's runs three times faster than the regex does (the build
 * reads every post twice). No separator is astral, and neither half of a surrogate pair is one, as in WORD.
 */
const classes = new Uint8Array(0x10000);

export function isSeparator(unit: number): boolean {
  let c = classes[unit];
  if (!c) classes[unit] = c = SEPARATOR.test(String.fromCharCode(unit)) ? 1 : 2;
  return c === 1;
}

/** Every word of a text with its place, stop words included. */
export function words(text: string, isStop: IsStopWord): WordSpan[] {
  let known = seen.get(isStop);
  if (!known || known.size > 100_000) seen.set(isStop, (known = new Map()));
  const out: WordSpan[] = [];
  const length = text.length;
  let i = 0;
  for (;;) {
    while (i < length && isSeparator(text.charCodeAt(i))) i++;
    if (i === length) break;
    const index = i;
    while (i < length && !isSeparator(text.charCodeAt(i))) i++;
    const raw = text.slice(index, i);
    let word = known.get(raw);
    if (!word) {
      const lead = raw.length - raw.replace(LEADING, '').length;
      const core = raw.slice(lead).replace(TRAILING, '');
      word = { lead, core, term: core && fold(core), stop: !!core && isStop(core.toLowerCase()) };
      known.set(raw, word);
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
