/**
 * How text becomes search terms, shared by the index builder (Node) and the query side (browser):
 * split on white space, dashes, apostrophes (French elision: `l’indépendance` → `l`, `indépendance`), quotes,
 * slashes, brackets and the punctuation that never stands inside a word (full stops and commas may: `U.S.`, `30,000`); trimmed of punctuation; lower case without accents. English and French stop words are
 * not indexed. Terms are kept whole, not stemmed: stems are worked out when the index loads, so that prefixes and
 * typos are matched against real words.
 */
import { fold } from './analyzer-fold.js';
import { isStopWord } from './lunr-setup.js';

export { fold };

const SEPARATOR_CHARS = String.raw`\s\u2010-\u2015\-'’‘\u0060"“”«»„()[\]{}/\\|:;!?~^+*=<>@#$%&…`;
const WORD = new RegExp(`[^${SEPARATOR_CHARS}]+`, 'gu');

export interface WordSpan {
  /** The term the word is indexed under (folded). */
  term: string;
  /** An English or French stop word: not indexed, but part of phrases. */
  stop: boolean;
  /** Where the word stands in the text (UTF-16 offsets), for highlights. */
  start: number;
  end: number;
}

/** Every word of a text with its place, stop words included. */
export function words(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const lead = raw.length - raw.replace(/^[^\p{L}\p{N}]+/u, '').length;
    const core = raw.slice(lead).replace(/[^\p{L}\p{N}]+$/u, '');
    if (!core) continue;
    const start = (m.index ?? 0) + lead;
    out.push({ term: fold(core), stop: isStopWord(core.toLowerCase()), start, end: start + core.length });
  }
  return out;
}

/** The terms a text is indexed under, in order, with repeats. */
export function indexTerms(text: string): string[] {
  return words(text)
    .filter((w) => !w.stop)
    .map((w) => w.term);
}
