import { dataFile } from '../../core/data-files.js';
import type {
  Fragment,
  PostLangs,
  SearchLayout,
  SearchManifest,
  SearchShard,
  ShardNear,
  ShardPositions,
  ShardTail,
  TextFile,
  TypoShard,
} from '../../core/search/index-format.js';
import { readRequired } from './store.js';

/** The search index as the engine reads it: the manifest at hand, every other file on demand (each read once). */
export interface SearchSource {
  manifest: SearchManifest;
  shard(n: number): Promise<SearchShard>;
  /** Tail file k of shard n (postings past the head; the shard says which file holds a term's). */
  tail(n: number, k: number): Promise<ShardTail>;
  /** Position file k of shard n (the shard says which file holds a term's). */
  positions(n: number, k: number): Promise<ShardPositions>;
  /** The stop words beside those positions (phrases with stop words). */
  near(n: number, k: number): Promise<ShardNear>;
  /** Which positions file of its shard holds each term (phrase queries). */
  layout(): Promise<SearchLayout>;
  fragments(n: number): Promise<Fragment[]>;
  /** The other excerpt windows of the same posts: the text file n, or its part k (Fragment.rest). */
  texts(n: number, part?: number): Promise<TextFile>;
  typos(by: 'prefix' | 'suffix', n: number): Promise<TypoShard>;
  postLangs(): Promise<PostLangs>;
}

/** The index in the data store: a small archive's one shard and languages come inline with the manifest. */
export async function searchSource(): Promise<SearchSource> {
  const manifest = await readRequired<SearchManifest>(dataFile.searchManifest);
  const { inline } = manifest;
  return {
    manifest,
    shard: (n) => (inline && n === 0 ? Promise.resolve(inline.shard) : readRequired(dataFile.searchShard(n))),
    tail: (n, k) => readRequired(dataFile.searchTail(n, k)),
    positions: (n, k) => readRequired(dataFile.searchPositions(n, k)),
    near: (n, k) => readRequired(dataFile.searchNear(n, k)),
    layout: () => readRequired(dataFile.searchLayout),
    fragments: (n) => readRequired(dataFile.searchFragments(n)),
    texts: (n, part) => readRequired(part ? dataFile.searchTextPart(n, part) : dataFile.searchTexts(n)),
    typos: (by, n) => readRequired(dataFile.searchTypos(by, n)),
    postLangs: () => (inline ? Promise.resolve(inline) : readRequired(dataFile.searchLangs)),
  };
}
