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
const WORD = new RegExp(`[^${SEPARATOR_CHARS}]+`, 'gu');
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

/** Every word of a text with its place, stop words included. */
export function words(text: string, isStop: IsStopWord): WordSpan[] {
  let known = seen.get(isStop);
  if (!known || known.size > 100_000) seen.set(isStop, (known = new Map()));
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    let word = known.get(raw);
    if (!word) {
      const lead = raw.length - raw.replace(LEADING, '').length;
      const core = raw.slice(lead).replace(TRAILING, '');
      word = { lead, core, term: core && fold(core), stop: !!core && isStop(core.toLowerCase()) };
      known.set(raw, word);
    }
    if (!word.core) continue;
    const start = (m.index ?? 0) + word.lead;
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
