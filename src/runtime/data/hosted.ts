/**
 * The ES module build's data source (it replaces source.ts there): JSON files in dist/data/, fetched by name,
 * relative to where the bundle is hosted. What a page pulls depends on what it shows, not on the archive's size.
 * A 404 means the archive has no such post; any other failure is an error the widgets show, with a retry.
 */
import type { Article, ArticleSummary } from '../../core/post.js';
import type { Quote } from '../../core/quote.js';
import type { SearchManifest, SearchShard } from '../../core/search/compact-index.js';
import { type SearchSource, searchSource } from './search-source.js';

/** dist/data/: the build rewrites `import.meta.url` here to the URL of dist/ (rollup.config.js). */
const DATA = new URL('data/', import.meta.url);

async function fetchJson<T>(path: string): Promise<T | undefined> {
  const response = await fetch(new URL(path, DATA), { credentials: 'omit' });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`fosc-widgets: ${path} could not be loaded (${response.status})`);
  return (await response.json()) as T;
}

async function required<T>(path: string): Promise<T> {
  const value = await fetchJson<T>(path);
  if (value === undefined) throw new Error(`fosc-widgets: ${path} is missing`);
  return value;
}

const safe = (id: string) => encodeURIComponent(id);

export const catalog = () => required<ArticleSummary[]>('catalog.json');
export const summary = (id: string) => fetchJson<ArticleSummary>(`summaries/${safe(id)}.json`);
export const post = (id: string) => fetchJson<Article>(`posts/${safe(id)}.json`);
export const allQuotes = () => required<Quote[]>('quotes.json');
export const featuredQuotes = () => required<Quote[]>('quotes-featured.json');

export async function search(): Promise<SearchSource> {
  const manifest = await required<SearchManifest>('search/manifest.json');
  return searchSource(
    manifest,
    (n) => required<SearchShard>(`search/shard-${n}.json`),
    (n) => required<string[]>(`search/ids-${n}.json`),
  );
}
