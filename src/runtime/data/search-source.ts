import type { SearchManifest, SearchShard } from '../../core/search/compact-index.js';

/** The search index as the engine reads it: the manifest at hand, shards and id stores on demand. */
export interface SearchSource {
  manifest: SearchManifest;
  shard(n: number): Promise<SearchShard>;
  ids(store: number): Promise<string[]>;
}

/** A source over a manifest: a small archive's one shard and ids come inline, a large one's are loaded. */
export function searchSource(
  manifest: SearchManifest,
  loadShard: (n: number) => Promise<SearchShard>,
  loadIds: (n: number) => Promise<string[]>,
): SearchSource {
  const { inline, idsPerStore } = manifest;
  return {
    manifest,
    shard: (n) => (inline && n === 0 ? Promise.resolve(inline.shard) : loadShard(n)),
    ids: (n) => (inline ? Promise.resolve(inline.ids.slice(n * idsPerStore, (n + 1) * idsPerStore)) : loadIds(n)),
  };
}
