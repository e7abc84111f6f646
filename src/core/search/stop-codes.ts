/**
 * Stop words are not indexed, but a phrase may hold them (`smaller neither`, `due to the`): beside each indexed
 * word's position the index keeps the stop words just before it and just after it (up to MAX_RUN each way: the
 * `near` files, see index-format.ts), so that a phrase's stop words are checked on the index as its other words
 * are, however common those are. Built in Node, read in the browser: one code for both.
 *
 * A stop word's code is a hash of its folded term, two characters of [A-Za-z0-9_.] (4,096 codes; ASCII, which the
 * CDN bundles must be, and nothing JSON escapes). The seed makes the hash perfect over lunr's English and
 * lunr-languages' French stop words (275 terms once folded, checked when it was chosen): two stop words never share
 * a code. Were a later list to make two share one, a phrase with one would also take the other there (never the
 * reverse).
 */

/** Stop words kept on each side of a position: a longer run of them is checked in the text. */
export const MAX_RUN = 4;

/** A code's length. */
const CODE = 2;

/**
 * What the index keeps beside a position: the codes of the stop words before it (in text order, the nearest last),
 * a colon, those after it (the nearest first). Only stop words right beside it count, with no gap between.
 */
export const nearEntry = (before: string, after: string): string => `${before}:${after}`;

/**
 * The stop word `distance` words before (negative) or after (positive) a position, from its near entry: its code,
 * or undefined when the word there is not a stop word (or is past a gap).
 */
export function stopAt(entry: string, distance: number): string | undefined {
  const colon = entry.indexOf(':');
  const start = distance < 0 ? colon + distance * CODE : colon + 1 + (distance - 1) * CODE;
  if (distance < 0 ? start < 0 : start + CODE > entry.length) return undefined;
  return entry.slice(start, start + CODE);
}

const SEED = 0x6bc2fb32;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.';

/** A stop word's code (its folded term, as WordSpan.term has it). */
export function stopCode(term: string): string {
  let h = SEED;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  // FNV-1a's low bits depend on the low bits alone: mixed (murmur3's finaliser) before they are taken.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  const code = (h >>> 0) % 4096;
  return ALPHABET[code >> 6] + ALPHABET[code & 63];
}
