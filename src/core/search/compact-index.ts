/**
 * The search index as shipped: lunr's model without lunr's bulk, split by term into shards a query loads as it
 * needs them. lunr serialises a float per term per field per document plus an object per posting; all of that
 * follows from term frequencies and field lengths, so we ship those as small integers and rebuild `lunr.Index`es
 * at load, with the BM25 weights lunr computes, to the three decimals it rounds them to.
 *
 * Scores add up across shards: a post's score is the sum of the BM25 weights of the query's terms in its fields
 * (lunr's field vectors, without lunr's division by the query vector's length: see lunr-setup.ts). A small
 * archive is one shard, shipped with the manifest in one chunk.
 */
import { lunr } from './lunr-setup.js';

export const FIELDS = ['title', 'headings', 'body'] as const;
export type Field = (typeof FIELDS)[number];

/** Field boosts: a word in the title says more about a post than the same word in its body. */
export const FIELD_BOOSTS: Record<Field, number> = { title: 4, headings: 2, body: 1 };

/** What every shard's weights depend on, and what results need: loaded with the first query. */
export interface SearchManifest {
  v: 2;
  /** Per post, in index order: its language (index into `langs`) and its term count in each field. */
  posts: number[][];
  langs: string[];
  /** The first term of each shard after the first, sorted: shard n holds terms from boundaries[n-1] on. */
  boundaries: string[];
  /** How many posts' ids each id store holds (ids are loaded for results only). */
  idsPerStore: number;
  /** A small archive's one shard and all its ids, in the same chunk as the manifest. */
  inline?: { shard: SearchShard; ids: string[] };
}

export interface SearchShard {
  /** The shard's terms, sorted, joined by spaces. */
  terms: string;
  /**
   * Per term (same order), per field in FIELDS order: `[postGap, tf, postGap, tf, …]`, posts in increasing order,
   * each as the gap from the previous one (the first from -1). Fields are separated by a 0 gap.
   */
  postings: number[][];
  /**
   * Each term's English and French stems, worked out at build time (the stemmers are slow on a whole vocabulary):
   * a number is how many letters the stemmer cut from the end of the term, a string is a stem that is not a plain
   * cut (`happy` → "happi"); null when the term is in no post of that language.
   */
  stems: { en: (number | string | null)[]; fr: (number | string | null)[] };
}

/** Encodes a stem against its term (see SearchShard.stems). */
export function encodeStem(term: string, stem: string): number | string {
  return term.startsWith(stem) ? term.length - stem.length : stem;
}

export function decodeStem(term: string, code: number | string): string {
  return typeof code === 'number' ? term.slice(0, term.length - code) : code;
}

/** The shard that holds `term` (or would). */
export function shardOf(manifest: SearchManifest, term: string): number {
  let lo = 0;
  let hi = manifest.boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (manifest.boundaries[mid] <= term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** BM25 as lunr.Builder computes it (k1 = 1.2, b = 0.75), rounded as lunr rounds it. */
function bm25(idf: number, tf: number, fieldLength: number, average: number, boost: number): number {
  const k1 = 1.2;
  const b = 0.75;
  const score = (idf * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (fieldLength / average)) + tf);
  return Math.round(score * boost * 1000) / 1000;
}

/** lunr.idf: posts counted once per field they have the term in. */
function idf(postsWithTerm: number, postCount: number): number {
  const x = (postCount - postsWithTerm + 0.5) / (postsWithTerm + 0.5);
  return Math.log(1 + Math.abs(x));
}

export interface LoadedShard {
  index: lunr.Index;
  /** The shard's terms, sorted (binary search finds completions). */
  terms: string[];
  /** Posts each term occurs in (any field), for choosing among many expansions. */
  documentFrequency: Int32Array;
}

/** lunr copies match metadata out of postings; with no metadata kept, every posting can share one object. */
const NO_METADATA = Object.freeze({});

/**
 * lunr intersects every query term with the index's TokenSet (a trie of all terms, slow to build). Our queries
 * only ever name terms the index has, expanded beforehand, so the intersection is the term itself.
 */
const EXACT_TERMS_ONLY = { intersect: (clause: lunr.TokenSet) => clause };

/** Average term count of each field over all posts. */
export function averageLengths(manifest: SearchManifest): number[] {
  const n = manifest.posts.length || 1;
  return FIELDS.map((_, f) => manifest.posts.reduce((sum, p) => sum + p[f + 1], 0) / n);
}

export function loadShard(
  shard: SearchShard,
  manifest: SearchManifest,
  averages = averageLengths(manifest),
): LoadedShard {
  const terms = shard.terms ? shard.terms.split(' ') : [];
  const postCount = manifest.posts.length;
  const invertedIndex: Record<string, any> = Object.create(null);
  const vectors = FIELDS.map(() => new Map<number, number[]>());
  const documentFrequency = new Int32Array(terms.length);

  for (let t = 0; t < terms.length; t++) {
    const flat = shard.postings[t];
    const posting: Record<string, any> = { _index: t };
    for (const field of FIELDS) posting[field] = Object.create(null);
    // First pass: how many posts (for idf); second: their weights.
    let count = 0;
    for (let i = 0; i < flat.length; i++) {
      if (flat[i] !== 0) {
        count++;
        i++;
      }
    }
    documentFrequency[t] = count;
    const termIdf = idf(count, postCount);
    for (let i = 0, f = 0, post = -1; i < flat.length; i++) {
      if (flat[i] === 0) {
        f++;
        post = -1;
        continue;
      }
      post += flat[i];
      const tf = flat[++i];
      posting[FIELDS[f]][post] = NO_METADATA;
      let vector = vectors[f].get(post);
      if (!vector) vectors[f].set(post, (vector = []));
      vector.push(t, bm25(termIdf, tf, manifest.posts[post][f + 1], averages[f], FIELD_BOOSTS[FIELDS[f]]));
    }
    invertedIndex[terms[t]] = posting;
  }

  const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
  FIELDS.forEach((field, f) => {
    for (const [post, elements] of vectors[f]) fieldVectors[`${field}/${post}`] = new lunr.Vector(elements);
  });

  // @types/lunr lists only some of the attributes lunr.Index takes.
  const index = new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet: EXACT_TERMS_ONLY,
    fields: [...FIELDS],
    pipeline: new lunr.Pipeline(),
  } as unknown as lunr.Index.Attributes);
  return { index, terms, documentFrequency };
}
