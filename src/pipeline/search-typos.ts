/**
 * The typo dictionaries (runtime/search/typo-lookup.ts reads them): every word of the archive that a typo could
 * be meant for, sorted by its start and, in a second dictionary, by its end, each cut into small shards. One edit
 * to a word of four letters or more leaves its first two letters or its last two alone (three for seven letters
 * or more; a four-letter word's two middle letters swapped are looked up by the swapped start), so a misspelt word
 * finds every word one edit away in two or three small ranges, wherever the index keeps it.
 */
import { typoWord } from '../core/search/typos.js';
import type { DataSink } from './data-sink.js';

/** Raw characters per typo shard (about a kilobyte compressed). */
export const TYPO_SHARD_CHARS = 2400;

export const reversed = (term: string): string => [...term].reverse().join('');

/** Writes both dictionaries; their boundaries go in the search manifest. */
export function writeTypoDictionaries(
  vocabulary: Iterable<string>,
  sink: DataSink,
  name: (by: 'prefix' | 'suffix', n: number) => string,
  chars = TYPO_SHARD_CHARS,
): { prefix: string[]; suffix: string[] } {
  const byStart = [...vocabulary].filter(typoWord).sort();
  const byEnd = byStart.map((t) => [reversed(t), t] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const cut = (list: readonly (readonly [key: string, term: string])[], by: 'prefix' | 'suffix') => {
    const boundaries: string[] = [];
    let shard: string[] = [];
    let size = 0;
    const flush = () => {
      sink.write(name(by, boundaries.length), { terms: shard.join(' ') });
      shard = [];
      size = 0;
    };
    for (const [key, term] of list) {
      if (shard.length && size + term.length + 1 > chars) {
        flush();
        boundaries.push(key);
      }
      shard.push(term);
      size += term.length + 1;
    }
    flush();
    return boundaries;
  };
  return {
    prefix: cut(
      byStart.map((t) => [t, t] as const),
      'prefix',
    ),
    suffix: cut(byEnd, 'suffix'),
  };
}
