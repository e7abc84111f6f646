/**
 * `search(query, { lang, limit })`. Everything heavy (lunr, the French stemmer, the index) is one lazy step,
 * loaded on first use or ahead of it with {@link loadSearch}; this module is all a page pays before that.
 */
import { cached } from '../cached.js';
import { searchSource } from '../data/search-source.js';
import { onDataChange } from '../data/store.js';
import type { Searcher } from './searcher.js';

export interface SearchOptions {
  /** Only posts in this language (their main language). */
  lang?: string;
  /** At most this many results (default 10, at most 50). */
  limit?: number;
}

export interface SearchResult {
  id: string;
  title: string;
  lang: string;
  /** Text around the best match. */
  excerpt: string;
  /** Matched words in `excerpt`, as [start, end) offsets. */
  highlights: [start: number, end: number][];
  /** Matched words in `title`. */
  titleHighlights: [start: number, end: number][];
  /** The section heading, or reprinted piece, the best match stands in. */
  section?: string;
  url?: string;
}

/** Loads the search code and index once; a failed load is forgotten, so the next call retries. */
const searcher = cached(async () => {
  const [{ Searcher }, source] = await Promise.all([import('./searcher.js'), searchSource()]);
  return new Searcher(source);
});

onDataChange(() => searcher.clear());

export const loadSearch = (): Promise<Searcher> => searcher(undefined);

export async function search(query: string, options: SearchOptions = {}): Promise<SearchResult[]> {
  const limit = Math.min(50, Math.max(1, Math.floor(Number(options.limit) || 10)));
  return (await loadSearch()).search(String(query ?? ''), options, limit);
}
