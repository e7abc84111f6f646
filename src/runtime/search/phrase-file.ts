/**
 * A positions file read as a shard of its own, for the words of a phrase: its terms' whole postings (never cut, so
 * no tail to read) and positions. A phrase's word then costs one file (two with stop words checked beside it),
 * where its shard, tail and positions file cost three; the index's layout (SearchLayout) says which file holds it.
 */
import type { ShardNear, ShardPositions } from '../../core/search/index-format.js';
import { DecodedShard } from './shard.js';

export class PhraseFile {
  readonly shard: DecodedShard;
  /** The file's positions, its terms numbered as in `shard`. */
  readonly positions: ShardPositions;

  constructor(file: ShardPositions, n: number) {
    const own = file.terms.map((_, i) => i);
    this.shard = new DecodedShard(
      {
        terms: file.words,
        df: file.df,
        postings: file.postings,
        stems: { en: [], fr: [] },
        tails: own.map(() => -1),
        positions: own.map(() => 0),
      },
      n,
      Infinity,
    );
    this.positions = { ...file, terms: own };
  }

  /** The stop words beside the same positions (the near file of the same number), its terms numbered likewise. */
  near(file: ShardNear): ShardNear {
    return { terms: file.terms.map((_, i) => i), near: file.near };
  }
}
