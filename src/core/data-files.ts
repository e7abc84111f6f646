/**
 * The names of the archive's data files, which the build writes and the runtime reads (as JSON files fetched from
 * `dist/data/`, or as bundled modules): one list, so that both sides agree.
 */
export const dataFile = {
  /** Every post's summary, in the archive's order. */
  catalog: 'catalog',
  /** One post's summary (a card needs no more). */
  summary: (id: string) => `summaries/${encodeURIComponent(id)}`,
  /** One whole post with its blocks. */
  post: (id: string) => `posts/${encodeURIComponent(id)}`,
  /** Every pull quote. */
  quotes: 'quotes',
  /** A bounded selection of quotes for a carousel with no filter. */
  featuredQuotes: 'quotes-featured',
  /** The search index's manifest (with its one shard inline for a small archive). */
  searchManifest: 'search/manifest',
  searchShard: (n: number) => `search/shard-${n}`,
  searchIds: (n: number) => `search/ids-${n}`,
} as const;
