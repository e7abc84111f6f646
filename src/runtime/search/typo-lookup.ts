/**
 * Words of the archive one typo away from a word it does not have, found in the typo dictionaries (built by
 * pipeline/search-typos.ts): one edit to a word of four letters or more leaves its first two letters or its last
 * two alone (three from seven letters), so the words meant are among those sharing the word's start, or its end.
 * The one exception, two middle letters swapped in a four-letter word (`pzyo` for `pyzo`), keeps the first letter
 * and the next but one: that start is looked up too. Each dictionary is sharded; a lookup reads the few small
 * shards of those ranges, and only for a word that has no exact match.
 */
import { rangeOf } from '../../core/search/sorted.js';
import { TypoFinder } from '../../core/search/typos.js';
import type { SearchSource } from '../data/search-source.js';

const reversed = (word: string) => [...word].reverse().join('');

/** The shards of a dictionary that hold the words starting with `key`. */
function shardsStarting(boundaries: readonly string[], key: string): number[] {
  const first = rangeOf(boundaries, key);
  const out = [first];
  while (out[out.length - 1] < boundaries.length && boundaries[out[out.length - 1]].startsWith(key)) {
    out.push(out[out.length - 1] + 1);
  }
  return out;
}

export async function typoCandidates(
  word: string,
  partial: boolean,
  read: (by: 'prefix' | 'suffix', n: number) => ReturnType<SearchSource['typos']>,
  boundaries: SearchSource['manifest']['typos'],
): Promise<string[]> {
  const k = word.length >= 7 ? 3 : 2;
  const start = word.slice(0, k);
  const end = reversed(word).slice(0, k);
  const swapped = word.length === 4 ? word[0] + word[2] : undefined;
  const [byStart, byEnd, bySwapped] = await Promise.all([
    Promise.all(shardsStarting(boundaries.prefix, start).map((n) => read('prefix', n))),
    Promise.all(shardsStarting(boundaries.suffix, end).map((n) => read('suffix', n))),
    swapped ? Promise.all(shardsStarting(boundaries.prefix, swapped).map((n) => read('prefix', n))) : [],
  ]);
  const terms = (shards: { terms: string }[], keep: (t: string) => boolean) =>
    shards.flatMap((s) => (s.terms ? s.terms.split(' ') : [])).filter(keep);
  // A word still being typed matches the start of a word one typo away; a finished one, the whole word.
  const found = new Set(new TypoFinder(terms(byStart, (t) => t.startsWith(start))).find(word, partial));
  for (const t of new TypoFinder(terms(byEnd, (t) => t.endsWith(reversed(end)))).find(word)) found.add(t);
  if (swapped) {
    for (const t of new TypoFinder(terms(bySwapped, (t) => t.startsWith(swapped))).find(word)) found.add(t);
  }
  return [...found];
}
