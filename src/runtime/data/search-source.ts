import { dataFile } from '../../core/data-files.js';
import type { SearchManifest, SearchShard } from '../../core/search/compact-index.js';
import { readRequired } from './store.js';

/** The search index as the engine reads it: the manifest at hand, shards and id stores on demand. */
export interface SearchSource {
  manifest: SearchManifest;
  shard(n: number): Promise<SearchShard>;
  ids(store: number): Promise<string[]>;
}

/** The index in the data store: a small archive's one shard and ids come inline with the manifest. */
export async function searchSource(): Promise<SearchSource> {
  const manifest = await readRequired<SearchManifest>(dataFile.searchManifest);
  const { inline, idsPerStore } = manifest;
  return {
    manifest,
    shard: (n) =>
      inline && n === 0 ? Promise.resolve(inline.shard) : readRequired<SearchShard>(dataFile.searchShard(n)),
    ids: (n) =>
      inline
        ? Promise.resolve(inline.ids.slice(n * idsPerStore, (n + 1) * idsPerStore))
        : readRequired<string[]>(dataFile.searchIds(n)),
  };
}
