/**
 * What a reader typed, read as words and phrases, never as lunr syntax: `foo:`, `~`, `^`, `+`, `-`, `*` are just
 * characters here. Words in double quotes (straight, curly or guillemets) are a phrase; a quote left open runs to
 * the end. The last word is unfinished while the reader is still typing it (no space after it yet).
 */
import { type IsStopWord, type WordSpan, words } from './analyzer.js';

export interface QueryWord extends WordSpan {
  /** The reader is still typing it: match it as a prefix. */
  partial: boolean;
}

export interface ParsedQuery {
  /** Every word, in order (phrase words included). */
  words: QueryWord[];
  /** Phrases: folded words that must stand together, stop words included. */
  phrases: string[][];
  /** The same phrases' words, with whether each is a stop word (not in the index's positions). */
  phraseWords: QueryWord[][];
}

/** Longest query we read; a reader's query is a few words, and 10,000 characters must not cost 10,000 terms. */
export const MAX_QUERY_LENGTH = 256;
const MAX_WORDS = 12;

const OPENING = /["“”„«»]/u;

export function parseQuery(input: string, isStop: IsStopWord): ParsedQuery {
  const text = input.slice(0, MAX_QUERY_LENGTH);
  const all: QueryWord[] = [];
  const phrases: string[][] = [];
  const phraseWords: QueryWord[][] = [];
  // Split on double quotes: odd pieces are inside quotes.
  const pieces = text.split(new RegExp(OPENING.source, 'gu'));
  let offset = 0;
  pieces.forEach((piece, i) => {
    const found = words(piece, isStop).map((w) => ({
      ...w,
      start: w.start + offset,
      end: w.end + offset,
      partial: false,
    }));
    if (i % 2 === 1 && found.length > 1) {
      phrases.push(found.map((w) => w.term));
      phraseWords.push(found);
    }
    all.push(...found);
    offset += piece.length + 1;
  });
  const last = all[all.length - 1];
  // Still typing the last word: nothing after it (a space or a closing quote ends it).
  if (last && last.end === text.length && text.length === input.length) last.partial = true;
  return { words: all.slice(0, MAX_WORDS), phrases, phraseWords };
}
