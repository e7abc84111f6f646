/**
 * A term shard as the engine uses it: terms found by binary search, stems grouped, each term's postings decoded
 * when first needed (best first), its tail and positions fetched only by a query that needs them.
 */
import {
  type SearchShard,
  type ShardNear,
  type ShardPositions,
  type ShardTail,
  decodePositions,
  decodePostings,
  decodeStem,
  dequantise,
} from '../../core/search/index-format.js';
import { lowerBoundOf } from '../../core/search/sorted.js';

/** Postings decoded: posts and their weights, best first. */
export interface Postings {
  docs: number[];
  weights: number[];
  /** Where the head ended, for reading the tail on. */
  end: { level: number; doc: number };
}

export class DecodedShard {
  readonly terms: string[];
  readonly index = new Map<string, number>();
  /** Terms by stem: `e:<English stem>`, `f:<French stem>`. */
  readonly stems = new Map<string, number[]>();
  private readonly heads = new Map<number, Postings>();
  private readonly tails = new Map<number, Postings>();
  /** Per term: each posting's positions, and where each posting's start among all of them. */
  private readonly positions = new Map<number, { lists: number[][]; starts: number[] }>();
  /** Per term: the stop words beside each of its positions (near entries), all postings in turn. */
  private readonly near = new Map<number, string[]>();

  constructor(
    private readonly raw: SearchShard,
    readonly n: number,
    private readonly head: number,
  ) {
    this.terms = raw.terms ? raw.terms.split(' ') : [];
    this.terms.forEach((term, t) => {
      this.index.set(term, t);
      for (const [prefix, code] of [
        ['e', raw.stems.en[t]],
        ['f', raw.stems.fr[t]],
      ] as const) {
        if (code === null || code === undefined) continue;
        const key = `${prefix}:${decodeStem(term, code)}`;
        const group = this.stems.get(key);
        if (group) group.push(t);
        else this.stems.set(key, [t]);
      }
    });
  }

  df(t: number): number {
    return this.raw.df[t];
  }

  /** Whether the term has postings past the head (in the tail file). */
  isCut(t: number): boolean {
    return this.raw.df[t] > this.head;
  }

  /** The term's best postings. */
  headOf(t: number): Postings {
    let p = this.heads.get(t);
    if (!p) this.heads.set(t, (p = decode(this.raw.postings[t])));
    return p;
  }

  /** Which of the shard's tail files holds the rest of the term's postings. */
  tailFile(t: number): number {
    return this.raw.tails[t];
  }

  /** Which of the shard's position files holds the term's positions. */
  positionsFile(t: number): number {
    return this.raw.positions[t];
  }

  /** The rest of its postings, from that tail file. */
  tailOf(t: number, tail: ShardTail): Postings {
    let p = this.tails.get(t);
    if (!p) this.tails.set(t, (p = decode(tail.postings[tail.terms.indexOf(t)] ?? [], this.headOf(t).end)));
    return p;
  }

  /**
   * Positions of the term in post `doc`, if it has the term in its head (or, given the tail, in its tail); given
   * the near file too, the stop words beside each (an entry a position: see stop-codes.ts).
   */
  positionsIn(
    t: number,
    doc: number,
    positions: ShardPositions,
    tail?: ShardTail,
    near?: ShardNear,
  ): { at: number[]; near?: string[] } | undefined {
    let decoded = this.positions.get(t);
    if (!decoded) {
      const lists = decodePositions(positions.positions[positions.terms.indexOf(t)] ?? []);
      // Where each posting's positions start among all of the term's (its near entries are in that order).
      const starts = [0];
      for (const list of lists) starts.push(starts[starts.length - 1] + list.length);
      this.positions.set(t, (decoded = { lists, starts }));
    }
    const head = this.headOf(t).docs;
    let k = head.indexOf(doc);
    if (k < 0) {
      const j = tail ? this.tailOf(t, tail).docs.indexOf(doc) : -1;
      if (j < 0) return undefined;
      k = head.length + j;
    }
    const at = decoded.lists[k];
    if (!near) return { at };
    let entries = this.near.get(t);
    if (!entries) this.near.set(t, (entries = (near.near[near.terms.indexOf(t)] ?? '').split(' ')));
    return { at, near: entries.slice(decoded.starts[k], decoded.starts[k + 1]) };
  }

  /** Indexes of the terms that start with `prefix`: a run of the sorted terms. */
  completions(prefix: string): number[] {
    const out: number[] = [];
    for (let t = lowerBoundOf(this.terms, prefix); t < this.terms.length && this.terms[t].startsWith(prefix); t++) {
      out.push(t);
    }
    return out;
  }
}

function decode(flat: readonly number[], from?: Postings['end']): Postings {
  const docs: number[] = [];
  const weights: number[] = [];
  const end = decodePostings(
    flat,
    (doc, level) => {
      docs.push(doc);
      weights.push(dequantise(level));
    },
    from,
  );
  return { docs, weights, end };
}
