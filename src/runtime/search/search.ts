/**
 * `search(query, { lang, limit })` and `searchHits(query, { lang, limit })`. Everything heavy (the engine, the
 * index) is one lazy step, loaded on first use or ahead of it with {@link loadSearch}; this module is all a page
 * pays before that. Neither function throws on what a caller passes: a query is read as text, options of the
 * wrong kind are ignored (with one console warning).
 */
import { cached } from '../cached.js';
import { searchSource } from '../data/search-source.js';
import { onDataChange } from '../data/store.js';
import type { Searcher } from './searcher.js';
import { SEARCH_DEFAULTS, type SearchHit, type SearchOptions, type SearchResult } from './types.js';

export { SEARCH_DEFAULTS };
export type { SearchHit, SearchOptions, SearchResult };

/** Loads the search code and index once; a failed load is forgotten, so the next call retries. */
const searcher = cached(async () => {
  const [{ Searcher }, source] = await Promise.all([import('./searcher.js'), searchSource()]);
  return new Searcher(source);
});

onDataChange(() => searcher.clear());

export const loadSearch = (): Promise<Searcher> => searcher(undefined);

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`fosc-widgets: ${message}`);
}

/** The options as search uses them: defaults for what is missing, wrong kinds ignored (and warned about once). */
function readOptions(options: unknown): { lang: string | undefined; limit: number } {
  const out: { lang: string | undefined; limit: number } = { lang: undefined, limit: SEARCH_DEFAULTS.limit };
  if (options === undefined) return out;
  if (options === null || typeof options !== 'object') {
    warnOnce(`search options are an object like { lang: 'en', limit: 5 }; ignoring ${String(options)}.`);
    return out;
  }
  const { lang, limit } = options as Record<string, unknown>;
  if (typeof lang === 'string') out.lang = lang.trim() || undefined;
  else if (lang != null) warnOnce(`search option \`lang\` is a language tag such as 'en'; ignoring it.`);
  if (limit != null && limit !== '') {
    const n = Math.floor(Number(limit));
    if (Number.isFinite(n)) out.limit = Math.min(SEARCH_DEFAULTS.maxLimit, Math.max(SEARCH_DEFAULTS.minLimit, n));
    else warnOnce(`search option \`limit\` is a number; using ${SEARCH_DEFAULTS.limit}.`);
  }
  return out;
}

/** Ranked posts for what a reader typed, each with its excerpt and marks. */
export async function search(query: string, options?: SearchOptions): Promise<SearchResult[]> {
  const { lang, limit } = readOptions(options);
  return (await loadSearch()).search(String(query ?? ''), lang, limit);
}

/**
 * The same posts, ranked, before what they show is loaded: `hit.result()` loads a result (one small file), so a
 * list shows its first result as soon as that one is ready.
 */
export async function searchHits(query: string, options?: SearchOptions): Promise<SearchHit[]> {
  const { lang, limit } = readOptions(options);
  return (await loadSearch()).hits(String(query ?? ''), lang, limit);
}
