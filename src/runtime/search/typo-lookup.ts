/**
 * Words of the archive one typo away from a word it does not have, found in the typo dictionaries (built by
 * pipeline/search-typos.ts): one edit (a letter wrong, missing, extra, or two swapped) to a word of n letters leaves
 * its first a letters or its last b letters alone whenever a + b ≤ n − 1, so the words meant are among those
 * sharing the word's start of a letters, or its end of b. The one exception, two middle letters swapped in a
 * four-letter word (`pzyo` for `pyzo`), keeps the first letter and the next but one: that start is looked up too.
 * Each dictionary is sharded; a lookup reads the shards of those two ranges, and only for a word that has no exact
 * match. The words of a start whose whole range lies in the term shard already read for the word (its home: a
 * start of four letters or more mostly does) are taken from there instead, so such a word reads one dictionary
 * shard, of its end.
 */
import { type SearchManifest, shardOf } from '../../core/search/index-format.js';
import { rangeOf } from '../../core/search/sorted.js';
import { TypoFinder, typoWord } from '../../core/search/typos.js';
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

/** The term shard read for a word: its terms, and whether it holds every term that starts with a given start. */
export interface HomeShard {
  terms: readonly string[];
  holds(start: string): boolean;
}

/** Shard n of an index as a home shard: it holds a start when the start sorts in it and the next shard's first term does not begin with it. */
export function homeShard(shard: { n: number; terms: readonly string[] }, manifest: SearchManifest): HomeShard {
  const next = manifest.boundaries[shard.n];
  return { terms: shard.terms, holds: (start) => shardOf(manifest, start) === shard.n && !next?.startsWith(start) };
}

/**
 * The start and end (reversed) to look a word up by: of the splits a + b = n − 1 (each at least two letters), the
 * one that reads the fewest dictionary shards (a common ending, `-es` or `-ing`, spans five or more; a start the
 * home shard holds, none). A word still being typed keeps a start of two letters (three from seven letters): its
 * start is what finds the words it starts one typo away, and a longer one would miss those with a typo in it.
 */
function splitOf(word: string, partial: boolean, boundaries: SearchSource['manifest']['typos'], home?: HomeShard) {
  const end = reversed(word);
  const n = word.length;
  const fixed = n >= 7 ? 3 : 2;
  const cost = (start: string, end: string) =>
    (home?.holds(start) ? 0 : shardsStarting(boundaries.prefix, start).length) +
    shardsStarting(boundaries.suffix, end).length;
  let best = { start: word.slice(0, fixed), end: end.slice(0, Math.max(2, n - 1 - fixed)), shards: Infinity };
  if (partial) return best;
  for (let a = 2; n - 1 - a >= 2; a++) {
    const split = { start: word.slice(0, a), end: end.slice(0, n - 1 - a), shards: 0 };
    split.shards = cost(split.start, split.end);
    if (split.shards < best.shards) best = split;
  }
  return best;
}

export async function typoCandidates(
  word: string,
  partial: boolean,
  read: (by: 'prefix' | 'suffix', n: number) => ReturnType<SearchSource['typos']>,
  boundaries: SearchSource['manifest']['typos'],
  home?: HomeShard,
): Promise<string[]> {
  const { start, end } = splitOf(word, partial, boundaries, home);
  const swapped = word.length === 4 ? word[0] + word[2] : undefined;
  // The words of the dictionary shards that hold a start (or an end).
  const wordsIn = (by: 'prefix' | 'suffix', key: string) =>
    Promise.all(shardsStarting(boundaries[by], key).map((n) => read(by, n))).then((shards) =>
      shards.flatMap((s) => (s.terms ? s.terms.split(' ') : [])),
    );
  const [byStart, byEnd, bySwapped] = await Promise.all([
    home?.holds(start) ? home.terms.filter(typoWord) : wordsIn('prefix', start),
    wordsIn('suffix', end),
    swapped ? wordsIn('prefix', swapped) : [],
  ]);
  // A word still being typed matches the start of a word one typo away; a finished one, the whole word.
  const found = new Set(new TypoFinder(byStart.filter((t) => t.startsWith(start))).find(word, partial));
  for (const t of new TypoFinder(byEnd.filter((t) => t.endsWith(reversed(end)))).find(word)) found.add(t);
  if (swapped) {
    for (const t of new TypoFinder(bySwapped.filter((t) => t.startsWith(swapped))).find(word)) found.add(t);
  }
  return [...found];
}
