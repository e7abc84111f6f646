/**
 * The names of the archive's data files, which the build writes and the runtime reads (as JSON files fetched from
 * `dist/data/`, or as bundled modules): one list, so that both sides agree.
 *
 * Files are grouped, never one per post: a post's summary and body are in the bucket its id hashes to (the counts
 * are in the small `archive` manifest), so a card finds its summary in one small request without a catalog of the
 * whole archive; the catalog is paged in the archive's order; search fragments are grouped by index number.
 */
export const dataFile = {
  /** How the archive is split: see ArchiveManifest. */
  archive: 'archive',
  /** Page n of the catalog: summaries in the archive's order. */
  catalog: (page: number) => `catalog/${page}`,
  /** The summaries of the posts whose ids hash to this bucket. */
  summaries: (bucket: number) => `summaries/${bucket}`,
  /** The whole posts (with their blocks) whose ids hash to this bucket. */
  posts: (bucket: number) => `posts/${bucket}`,
  /** Every pull quote. */
  quotes: 'quotes',
  /** A bounded selection of quotes for a carousel with no filter. */
  featuredQuotes: 'quotes-featured',
  /** The search index's manifest (with its one shard inline for a small archive). */
  searchManifest: 'search/manifest',
  searchShard: (n: number) => `search/shard-${n}`,
  /** Postings past the head of some of a shard's terms (the shard says which file holds a term's). */
  searchTail: (n: number, k: number) => `search/tail-${n}-${k}`,
  /** Word positions of some of a shard's terms (phrases; the shard says which file holds a term's). */
  searchPositions: (n: number, k: number) => `search/pos-${n}-${k}`,
  /** The stop words beside those positions, for a phrase with stop words (same terms as position file k). */
  searchNear: (n: number, k: number) => `search/near-${n}-${k}`,
  /** Which of a shard's positions files holds each of its terms (phrase queries: see SearchLayout). */
  searchLayout: 'search/layout',
  /** Each post's language (a search filtered by language). */
  searchLangs: 'search/langs',
  /** What results show of posts, `fragmentsPerFile` posts to a file. */
  searchFragments: (n: number) => `search/frag-${n}`,
  /** The other excerpt windows of the same posts (read when a fragment's own have no match). */
  searchTexts: (n: number) => `search/text-${n}`,
  /** Part k (from 1) of them: long posts' other windows (a fragment's `rest` says which part holds its post's). */
  searchTextPart: (n: number, k: number) => `search/text-${n}-${k}`,
  /** The typo dictionaries' shards: words by their start, and by their end. */
  searchTypos: (by: 'prefix' | 'suffix', n: number) => `search/typo-${by}-${n}`,
} as const;

export interface ArchiveManifest {
  posts: number;
  /** Buckets of summaries and of posts (powers of two). */
  summaryBuckets: number;
  postBuckets: number;
  /** Catalog pages, and summaries per page. */
  catalogPages: number;
  catalogPageSize: number;
}

/** The bucket a post's id falls in: FNV-1a over its UTF-16 code units, stable across builds and runtimes. */
export function bucketOf(id: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % buckets;
}

/** Buckets for `posts` posts at about `perBucket` to a bucket: a power of two, at least 1. */
export function bucketCount(posts: number, perBucket: number): number {
  let n = 1;
  while (n * perBucket < posts) n *= 2;
  return n;
}
