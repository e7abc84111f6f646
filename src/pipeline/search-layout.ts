/**
 * How the index is cut into files, and how a posting's positions are written: constants and a helper both the
 * index writer (search-index.ts, in workers) and the build's main thread use, without lunr and its languages.
 */

/** The files of a shard: itself, its terms' positions, the stop words beside them, its tail. */
export type ShardFile = 'shard' | 'pos' | 'near' | 'tail';

/** Postings kept in a shard per term; the rest go to the shard's tail file. */
export const HEAD = 128;
/** A shard holds at most this many terms and about this many compressed bytes; a tail file about TAIL_BYTES. */
export const SHARD_TERMS = 256;
export const SHARD_BYTES = 4096;
export const TAIL_BYTES = 8192;

/**
 * One posting's positions as encodePositions writes them, as text, then `;` and the stop words beside them (a near
 * entry a position, space-separated: see stop-codes.ts), which go to the index's `near` files.
 */
export function positionsText(positions: readonly number[], near: string): string {
  // Count, then the first position and the gaps: built as a string (every term of every post goes through here).
  let text = String(positions.length);
  let previous = 0;
  for (const p of positions) {
    text += `,${p - previous}`;
    previous = p;
  }
  return `${text};${near}`;
}
